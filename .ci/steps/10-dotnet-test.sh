#!/usr/bin/env bash
# The README's test command: unit tests and the contract suite against the in-process mock. CI judges the mock
# by every rule, documented and inferred (BUENA_CONTRACT_LEVEL=inferred).
set -uo pipefail
BUENA_CONTRACT_LEVEL=inferred \
  dotnet test BuenaMock.sln -c Release --no-build --logger "trx" --results-directory "$RESULTS/10-dotnet-test"
