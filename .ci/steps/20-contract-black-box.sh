#!/usr/bin/env bash
# The contract suite, black-box, against the mock started as a separate process.
set -uo pipefail
source .ci/lib/mock-process.sh
start_mock "$RESULTS/20-contract-black-box" --clock 2026-01-15T12:00:00Z || exit 1
mock_env dotnet test contract-tests -c Release --no-build --logger "trx" --results-directory "$RESULTS/20-contract-black-box"
