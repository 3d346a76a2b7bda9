#!/usr/bin/env bash
# Writes docs/dashboard.png: the built mock (seed 42, pinned clock) after a little activity, as headless
# Chromium shows its dashboard. Run after a Release build: bash browser-tests/screenshot.sh
set -uo pipefail
cd "$(dirname "$0")/.."
source .ci/lib/mock-process.sh
start_mock "artifacts/screenshot" --clock 2026-01-15T12:00:00Z || exit 1
root=${base%/api/v2}

curl -fsS -X POST "$root/__buena/clock/advance?seconds=300" >/dev/null
curl -fsS -X POST "$root/__buena/jobs" -H 'content-type: application/json' \
  -d '{"userId": "65e0a32640a597f6a7f897ea", "type": "data_enrichment", "status": "running"}' >/dev/null
curl -fsS -X PUT "$root/__buena/faults" -H 'content-type: application/json' \
  -d '{"latency": "5-40ms", "errorRate": 0.3, "errorKinds": ["500", "503"]}' >/dev/null
for query in "" "?status=running" "?type=linkedin_action" "?status=failed" "" "?status=completed" "" "?status=pending" "" ""; do
  curl -s -o /dev/null "$base/users/jobs$query" -H "x-api-key: $default_key"
done
curl -s -o /dev/null "$base/users/jobs" -H "x-api-key: bna_0000000000000000000000000000000000000000000000000000000000000000"

/usr/bin/chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1900 \
  --virtual-time-budget=5000 --screenshot="$(pwd)/docs/dashboard.png" "$root/__buena/ui/" 2>/dev/null
echo "docs/dashboard.png written"
