#!/usr/bin/env bash
# The README's test command: unit tests, the contract suite against the in-process mock, the tool's and
# BuenaMock.Testing's tests, and browser-tests/. CI judges the mock by every rule, documented and inferred
# (BUENA_CONTRACT_LEVEL=inferred), and requires the browser step 05 installed, so a missing one fails the
# browser tests instead of skipping them.
set -uo pipefail
BUENA_CONTRACT_LEVEL=inferred BUENAMOCK_BROWSER_REQUIRED=1 BUENAMOCK_CHROMIUM=/usr/bin/chromium \
  dotnet test BuenaMock.sln -c Release --no-build --logger "trx" --results-directory "$RESULTS/10-dotnet-test"
