#!/usr/bin/env bash
# The opt-in documented rate-limit rules (BUENA_CONTRACT_RATE_LIMITS=1: 61 requests within a minute) against
# the mock with --rate-limits documented. Both rules must run and pass, not be skipped.
set -uo pipefail
source .ci/lib/mock-process.sh
out="$RESULTS/35-contract-rate-limits"
start_mock "$out" --clock 2026-01-15T12:00:00Z --rate-limits documented || exit 1
BUENA_CONTRACT_RATE_LIMITS=1 BUENA_CONTRACT_LEVEL=inferred BUENA_CONTRACT_REPORT="$out/contract.md" \
  mock_env dotnet test contract-tests -c Release --no-build --filter "FullyQualifiedName~.RateLimits." \
  --logger "trx" --results-directory "$out"
rc=$?
if grep -q 'Counts: documented-passed=2 documented-failed=0 .* skipped=0' "$out/contract.md" 2>/dev/null; then
  echo "PASS contract-rate-limits ran both rules" >>"$CHECKS"
else
  echo "FAIL contract-rate-limits did not run and pass both rules ($(grep -o 'Counts: .*' "$out/contract.md" 2>/dev/null || echo 'no report'))" >>"$CHECKS"
  rc=1
fi
exit "$rc"
