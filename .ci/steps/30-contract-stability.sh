#!/usr/bin/env bash
# The whole contract suite 3 times in a row against one busy mock (real clock, --time-scale 60
# --arrivals-per-hour 360): no rule may depend on nothing changing between two requests.
set -uo pipefail
runs=${BUENA_STABILITY_RUNS:-3}
if contract-tests/stability.sh "$runs"; then
  echo "PASS contract-stability ($runs runs against a busy mock)" >>"$CHECKS"
else
  echo "FAIL contract-stability (see artifacts/stability/)" >>"$CHECKS"
  exit 1
fi
