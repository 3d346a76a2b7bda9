#!/usr/bin/env bash
# schemas/openapi.yaml judged by an independent tool, Stoplight Prism:
#   - `prism mock` of the document answers GET /users/jobs with the page's example, and its validator
#     finds no violation in that or in the other documented examples it serves (the /__admin ones too);
#   - `prism proxy` in front of the running mock finds no violation in the mock's answers (and does report
#     one for a request it is shown to be wrong, so a silent judge cannot pass); a second proxy at the
#     mock's root does the same for the WireMock admin API (/__admin, with --wiremock-admin).
# Prism reports violations in its `sl-violations` response header.
set -uo pipefail
out="$RESULTS/45-openapi-prism"
mkdir -p "$out"
source .ci/lib/checks.sh
source .ci/lib/mock-process.sh

PRISM_VERSION=5.16.0
prism_dir=artifacts/prism
prism_pids=()
cleanup() {
  for pid in "${prism_pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  stop_mock
}
trap cleanup EXIT

check_log="$out/checks.log"

command -v npm >/dev/null || need_apt nodejs npm
if [ ! -x "$prism_dir/node_modules/.bin/prism" ] || ! grep -q "\"version\": \"$PRISM_VERSION\"" "$prism_dir/node_modules/@stoplight/prism-cli/package.json" 2>/dev/null; then
  npm install --prefix "$prism_dir" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$PRISM_VERSION" >"$out/npm-install.log" 2>&1 \
    || { cat "$out/npm-install.log"; echo "FAIL prism: npm install @stoplight/prism-cli@$PRISM_VERSION" >>"$CHECKS"; exit 1; }
fi
prism="$prism_dir/node_modules/.bin/prism"

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

start_prism() { # start_prism LOG ARGS…: sets $prism_url once Prism answers
  local log=$1; shift
  local port; port=$(free_port)
  "$prism" "$@" -h 127.0.0.1 -p "$port" >"$log" 2>&1 &
  prism_pids+=($!)
  prism_url="http://127.0.0.1:$port"
  for _ in $(seq 1 600); do
    if grep -q "Prism is listening" "$log"; then return 0; fi
    sleep 0.2
  done
  echo "Prism did not start within 120 s:" >&2; cat "$log" >&2; return 1
}

# Prints the answer's status; headers go to $out/last.headers, the body to $out/last.body.
fetch() { # fetch URL [curl args…]
  local url=$1; shift
  local status
  status=$(curl -s -o "$out/last.body" -D "$out/last.headers" -w '%{http_code}' --max-time 30 "$url" "$@")
  echo "$status"
}
violations() { grep -i '^sl-violations:' "$out/last.headers" | cut -d' ' -f2- | tr -d '\r'; }
# Fails unless the answer has the expected status and carries no sl-violations (the callers that expect
# a request violation read violations themselves).
no_violations() { # no_violations LABEL EXPECTED_STATUS URL [curl args…]
  local label=$1 expected=$2; shift 2
  local status; status=$(fetch "$@")
  local found; found=$(violations)
  echo "$label: $status ${found:-no violations}"
  [ "$status" = "$expected" ] && [ -z "$found" ]
}
same_json() { node -e 'const fs=require("fs"),u=require("util");const [a,b]=process.argv.slice(1).map(f=>JSON.parse(fs.readFileSync(f,"utf8")));if(!u.isDeepStrictEqual(a,b)){console.error("differs:",JSON.stringify(a),"vs",JSON.stringify(b));process.exit(1)}' "$1" "$2"; }

key="x-api-key: $default_key"

# 1. Prism's own mock of the document.
start_prism "$out/prism-mock.log" mock schemas/openapi.yaml || { echo "FAIL prism mock: did not start" >>"$CHECKS"; exit 1; }
echo "prism mock listening at $prism_url"

page_example() {
  no_violations "GET /users/jobs" 200 "$prism_url/users/jobs" -H "$key" && same_json "$out/last.body" fixtures/documented/get-user-jobs.200.json
}
check "prism mock" "GET /users/jobs answers the page's example with no violation" page_example

for pair in 400:globalKey 400:validation 401:documented 403:documented 405:generated 429:documented 429:generated 431:generated 500:generated 503:generated; do
  code=${pair%%:*} name=${pair#*:}
  check "prism mock" "GET /users/jobs example $name ($code) follows its schema" \
    no_violations "GET /users/jobs Prefer: code=$code, example=$name" "$code" "$prism_url/users/jobs" -H "$key" -H "Prefer: code=$code, example=$name"
done
for path in /users/jobs/userJobStatus/65e0a32640a597f6a7f897ea /users/jobs/jobStatus /users/jobs/jobCounts /health; do
  check "prism mock" "GET $path example follows its schema" no_violations "GET $path" 200 "$prism_url$path" -H "$key"
done
check "prism mock" "PUT /users/jobs/editJobMessage example follows its schema" \
  no_violations "PUT editJobMessage" 200 "$prism_url/users/jobs/editJobMessage/job_123abc" -X PUT -H "$key" -H 'content-type: application/json' -d '{"message": "Paused"}'
stub_guid=0b5e55ed-0000-4000-8000-000000000001
json='content-type: application/json'
for path in /__admin/mappings /__admin/mappings/$stub_guid /__admin/scenarios; do
  check "prism mock" "GET $path example follows its schema" no_violations "GET $path" 200 "$prism_url$path"
done
check "prism mock" "POST /__admin/mappings example follows its schema" \
  no_violations "POST /__admin/mappings" 201 "$prism_url/__admin/mappings" -X POST -H "$json" -d '{"Request": {"Path": "/api/v2/health"}, "Response": {"StatusCode": 503}}'
check "prism mock" "GET /__admin/mappings/{guid} example notSupported (404) follows its schema" \
  no_violations "GET /__admin/mappings/{guid} Prefer: code=404, example=notSupported" 404 "$prism_url/__admin/mappings/$stub_guid" -H 'Prefer: code=404, example=notSupported'

# 2. Prism as a proxy in front of the mock: every answer checked against the document.
start_mock "$out" --clock 2026-01-15T12:00:00Z --wiremock-admin || exit 1
start_prism "$out/prism-proxy.log" proxy schemas/openapi.yaml "$base" || { echo "FAIL prism proxy: did not start" >>"$CHECKS"; exit 1; }
echo "prism proxy listening at $prism_url in front of $base"

while IFS='|' read -r label expected path args; do
  [ -z "$label" ] && continue
  eval "extra=($args)"
  check "prism proxy" "$label ($expected) has no violation" no_violations "$label" "$expected" "$prism_url$path" "${extra[@]}"
done <<'REQUESTS'
GET /users/jobs|200|/users/jobs|-H "$key"
GET /users/jobs filtered|200|/users/jobs?status=failed&type=linkedin_action&startDate=1767225600&endDate=1768478400|-H "$key"
GET /users/jobs with a global key|400|/users/jobs|-H "x-api-key: $default_global_key"
GET /users/jobs without users:read|403|/users/jobs|-H "x-api-key: $default_limited_key"
GET /users/jobs with an unknown key|401|/users/jobs|-H 'x-api-key: bna_ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'
GET /users/jobs endDate before startDate|400|/users/jobs?startDate=1768478400&endDate=1768470000|-H "$key"
GET /users/jobs Prefer code=429|429|/users/jobs|-H "$key" -H 'Prefer: code=429'
GET /users/jobs Prefer code=500|500|/users/jobs|-H "$key" -H 'Prefer: code=500'
GET /users/jobs Prefer code=503|503|/users/jobs|-H "$key" -H 'Prefer: code=503'
GET userJobStatus with a global key|200|/users/jobs/userJobStatus/65e0a32640a597f6a7f897ea|-H "x-api-key: $default_global_key"
GET userJobStatus of an unknown user|404|/users/jobs/userJobStatus/000000000000000000000000|-H "x-api-key: $default_global_key"
GET jobStatus|200|/users/jobs/jobStatus|-H "$key"
GET jobCounts|200|/users/jobs/jobCounts|-H "$key"
PUT editJobMessage|200|/users/jobs/editJobMessage/job_2455ad5cae|-X PUT -H "$key" -H 'content-type: application/json' -d '{"message": "Paused by the operator"}'
PUT editJobMessage of an unknown job|404|/users/jobs/editJobMessage/job_0000000000|-X PUT -H "$key" -H 'content-type: application/json' -d '{"message": "x"}'
GET /health|200|/health|
GET /health with a key|200|/health|-H "$key"
REQUESTS

# The judge can fail: a request the document forbids (startDate must be an integer) is reported.
judge_speaks() {
  fetch "$prism_url/users/jobs?startDate=abc" -H "$key" >/dev/null
  violations | grep -q 'startdate'
}
check "prism proxy" "reports a violation it is shown (startDate=abc)" judge_speaks

# 3. Prism as a proxy at the mock's root, for the WireMock admin API: a stub's whole life, each answer checked.
start_prism "$out/prism-admin-proxy.log" proxy schemas/openapi.yaml "${base%/api/v2}" || { echo "FAIL prism admin proxy: did not start" >>"$CHECKS"; exit 1; }
echo "prism proxy listening at $prism_url in front of ${base%/api/v2} (/__admin)"
stub='{"Guid": "'$stub_guid'", "Request": {"Path": "/api/v2/health", "Methods": ["GET"]}, "Response": {"StatusCode": 503}}'
while IFS='|' read -r label expected path args; do
  [ -z "$label" ] && continue
  eval "extra=($args)"
  path=${path//\$stub_guid/$stub_guid}
  check "prism admin proxy" "$label ($expected) has no violation" no_violations "$label" "$expected" "$prism_url$path" "${extra[@]}"
done <<'REQUESTS'
GET /__admin/mappings, none yet|200|/__admin/mappings|
POST /__admin/mappings|201|/__admin/mappings|-X POST -H "$json" -d "$stub"
POST /__admin/mappings, two|201|/__admin/mappings|-X POST -H "$json" -d '[{"Scenario": "s", "SetStateTo": "done", "Request": {"Path": "/a"}, "Response": {"StatusCode": 200}}, {"Scenario": "s", "WhenStateIs": "done", "Request": {"Path": "/a"}, "Response": {"StatusCode": 204}}]'
GET /__admin/mappings|200|/__admin/mappings|
GET /__admin/mappings/{guid}|200|/__admin/mappings/$stub_guid|
PUT /__admin/mappings/{guid}|200|/__admin/mappings/$stub_guid|-X PUT -H "$json" -d '{"Request": {"Path": "/api/v2/health"}, "Response": {"StatusCode": 429}}'
GET /__admin/scenarios|200|/__admin/scenarios|
DELETE /__admin/scenarios|200|/__admin/scenarios|-X DELETE
POST /__admin/scenarios/reset|200|/__admin/scenarios/reset|-X POST
DELETE /__admin/mappings/{guid}|200|/__admin/mappings/$stub_guid|-X DELETE
GET /__admin/mappings/{guid} of a removed stub|404|/__admin/mappings/$stub_guid|
PUT /__admin/mappings/{guid} of a removed stub|404|/__admin/mappings/$stub_guid|-X PUT -H "$json" -d "$stub"
POST /__admin/reset|200|/__admin/reset|-X POST
POST /__admin/mappings/reset|200|/__admin/mappings/reset|-X POST
DELETE /__admin/mappings|200|/__admin/mappings|-X DELETE
REQUESTS

# The judge can fail here too: a mapping without a Response breaks the request schema; Prism reports it
# and the mock refuses it with a 400 that follows the document.
admin_judge_speaks() {
  local status; status=$(fetch "$prism_url/__admin/mappings" -X POST -H "$json" -d '{"Request": {"Path": "/x"}}')
  [ "$status" = 400 ] && violations | grep -q '"request","body"' && ! violations | grep -q '"response"'
}
check "prism admin proxy" "reports the mapping without a Response, which the mock refuses (400)" admin_judge_speaks

exit $status
