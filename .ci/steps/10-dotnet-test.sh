#!/usr/bin/env bash
# The README's test command: unit tests and the contract suite against the in-process mock.
set -uo pipefail
dotnet test BuenaMock.sln -c Release --no-build --logger "trx" --results-directory "$RESULTS/10-dotnet-test"
