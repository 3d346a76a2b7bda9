#!/usr/bin/env bash
# The whole contract suite twice in a row against one busy mock (real clock, --time-scale 60
# --arrivals-per-hour 360): no rule may depend on nothing changing between two requests. The mock's lists grow
# by about 6 jobs a second, so each run is slower than the one before; CI keeps to 2 runs and 15 cases per
# property (contract-tests/stability.sh 20 is the full proof).
set -uo pipefail
runs=${BUENA_STABILITY_RUNS:-2}
export BUENA_CONTRACT_ITERATIONS=${BUENA_CONTRACT_ITERATIONS:-15}
if contract-tests/stability.sh "$runs"; then
  echo "PASS contract-stability ($runs runs against a busy mock)" >>"$CHECKS"
else
  echo "FAIL contract-stability (see artifacts/stability/)" >>"$CHECKS"
  exit 1
fi
