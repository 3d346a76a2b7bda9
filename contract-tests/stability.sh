#!/usr/bin/env bash
# Runs the whole contract suite RUNS times (default 20) in a row against one busy mock: the real clock, 60
# simulated seconds a second, a new job every 10 simulated seconds, writes allowed — jobs finish and arrive
# while the suite compares answers. Every rule is judged (BUENA_CONTRACT_LEVEL=inferred); any failure fails.
#   contract-tests/stability.sh [RUNS]      (from the repository root; builds the suite when it is not built)
# Reports land in artifacts/stability/run-N.md; the exit code is the number of failed runs (0: stable).
# The mock's lists grow by about 6 jobs a second, so each run takes longer than the one before;
# BUENA_CONTRACT_ITERATIONS (cases per property, default 60) shortens them.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
out="$(pwd)/artifacts/stability"
suite=${BUENA_SUITE_DLL:-contract-tests/bin/Release/net10.0/BuenaMock.ContractTests.dll}
mkdir -p "$out"

if [ ! -f "$suite" ] || [ ! -f mock-server/bin/Release/net10.0/BuenaMock.MockServer.dll ]; then
  dotnet build contract-tests -c Release >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi

source .ci/lib/mock-process.sh
start_mock "$out" --time-scale 60 --arrivals-per-hour 360 || exit 1

failed=0
for i in $(seq 1 "$runs"); do
  started=$SECONDS
  BUENA_CONTRACT_LEVEL=inferred BUENA_CONTRACT_REPORT="$out/run-$i.md" \
    mock_env dotnet "$suite" -noLogo -noColor >"$out/run-$i.log" 2>&1
  rc=$?
  counts=$(grep -o 'Counts: .*' "$out/run-$i.md" 2>/dev/null || echo 'no report')
  if [ "$rc" -eq 0 ]; then
    echo "run $i/$runs: passed in $((SECONDS - started)) s ($counts)"
  else
    failed=$((failed + 1))
    echo "run $i/$runs: FAILED in $((SECONDS - started)) s ($counts); see $out/run-$i.md"
    grep -E '^### ' "$out/run-$i.md" 2>/dev/null | sed 's/^/  /'
  fi
done

echo "stability: $runs runs against one busy mock, $failed failed"
exit "$failed"
