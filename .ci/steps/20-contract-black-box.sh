#!/usr/bin/env bash
# The contract suite, black-box, against the mock started as a separate process, judged by every rule
# (BUENA_CONTRACT_LEVEL=inferred); the Markdown report lands beside the TRX.
set -uo pipefail
source .ci/lib/mock-process.sh
out="$RESULTS/20-contract-black-box"
start_mock "$out" --clock 2026-01-15T12:00:00Z || exit 1
BUENA_CONTRACT_LEVEL=inferred BUENA_CONTRACT_REPORT="$out/contract.md" BUENA_CONTRACT_JUNIT="$out/contract.junit.xml" \
  mock_env dotnet test contract-tests -c Release --no-build --logger "trx" --results-directory "$out"
