#!/usr/bin/env bash
# The mock against the practical limit (raw Kestrel serving the same bytes), on loopback.
#
#   bench/run.sh                          # every scenario: jobs-60 filtered-60 jobs-100k filtered-100k
#   bench/run.sh jobs-60                  # one scenario (or a, b, c: c = jobs-100k and filtered-100k)
#   BENCH_SECONDS=2 bench/run.sh a        # short mode: 2 s runs and warm-ups
#   bench/run.sh --million a              # also: RSS after ~1 million requests to GET /users/jobs
#   bench/run.sh --million none           # only that
#   bench/run.sh --no-build a             # use the Release builds already there
#
# For each scenario: starts the mock (Release build, pinned seed and clock), times process start to
# the first 200 from /api/v2/health, fetches the exact bytes it answers the scenario's request with,
# starts bench/Limit (raw Kestrel) and bench/WireMockFloor (WireMock.Net, one callback mapping)
# serving those bytes, warms them up, then loads them in turn A B C A B C with the same wrk command,
# and reads each one's RSS after the runs. Prints one table and one summary line; writes the whole
# output to bench/results/<time>-<scenarios>.txt and the table to bench/results/latest.md.
# Everything it starts is stopped on exit; the whole run is bounded by BENCH_TIMEOUT.
#
# Environment (defaults in brackets):
#   BENCH_SECONDS [5]       seconds per measured run     BENCH_WARMUP [2 × BENCH_SECONDS] per warm-up
#   BENCH_ROUNDS [3]        rounds of runs               BENCH_CONNECTIONS [16] wrk -c (wrk -t1 always)
#   BENCH_TIMEOUT [1800]    overall limit in seconds     BENCH_PORT [5391] first port tried
#   BENCH_MOCK_ARGS []      extra mock options, e.g. "--no-control" (shown in the output)
#   BENCH_MOCK_ENV []       environment for the mock only, e.g. "DOTNET_gcServer=1"
#   BENCH_FLOOR [1]         0 leaves the WireMock floor out
#   BENCH_FLOOR_MAPPINGS [1] mappings the floor checks per request (WireMock checks every one)
#   BENCH_MILLION [1000000] requests for --million       BENCH_MILLION_MAX [300] its time limit, s
#   BENCH_LABEL []          appended to the results file's name, e.g. "server-gc"
set -uo pipefail

# The whole script is one block, read before it runs: editing this file during a run cannot break it.
{
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

SECONDS_PER_RUN=${BENCH_SECONDS:-5}
WARMUP=${BENCH_WARMUP:-$((2 * SECONDS_PER_RUN))}
ROUNDS=${BENCH_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
TIMEOUT=${BENCH_TIMEOUT:-1800}
PORT=${BENCH_PORT:-5391}
MOCK_ARGS=${BENCH_MOCK_ARGS:-}
MOCK_ENV=${BENCH_MOCK_ENV:-}
MILLION=${BENCH_MILLION:-1000000}
MILLION_MAX=${BENCH_MILLION_MAX:-300}
FLOOR=${BENCH_FLOOR:-1}
FLOOR_MAPPINGS=${BENCH_FLOOR_MAPPINGS:-1}

SEED=42
CLOCK=2026-01-15T12:00:00Z
KEY="bna_$(printf '1%.0s' {1..64})"
START_DATE=$(( $(date -u -d "$CLOCK" +%s) - 7 * 86400 ))
JOBS_PATH=/api/v2/users/jobs
FILTERED_PATH="/api/v2/users/jobs?status=running&type=linkedin_action&startDate=$START_DATE"
MOCK_DLL=mock-server/bin/Release/net10.0/BuenaMock.MockServer.dll
LIMIT_DLL=bench/Limit/bin/Release/net10.0/BuenaMock.Bench.Limit.dll
FLOOR_DLL=bench/WireMockFloor/bin/Release/net10.0/BuenaMock.Bench.WireMockFloor.dll

usage() { sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; }

# ---- arguments -------------------------------------------------------------------------------
build=1
million=0
none=0
scenarios=()
for arg in "$@"; do
  case "$arg" in
    --million) million=1 ;;
    --no-build) build=0 ;;
    -h|--help) usage; exit 0 ;;
    a) scenarios+=(jobs-60) ;;
    b) scenarios+=(filtered-60) ;;
    c) scenarios+=(jobs-100k filtered-100k) ;;
    all) scenarios+=(jobs-60 filtered-60 jobs-100k filtered-100k) ;;
    none) none=1 ;;
    jobs-60|filtered-60|jobs-100k|filtered-100k) scenarios+=("$arg") ;;
    *) echo "bench/run.sh: unknown argument '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done
if [ ${#scenarios[@]} -eq 0 ] && [ "$none" -eq 0 ]; then
  scenarios=(jobs-60 filtered-60 jobs-100k filtered-100k)
fi
for n in "$SECONDS_PER_RUN" "$WARMUP" "$ROUNDS" "$CONNECTIONS" "$TIMEOUT" "$PORT" "$MILLION" "$MILLION_MAX" "$FLOOR" "$FLOOR_MAPPINGS"; do
  case "$n" in ''|*[!0-9]*) echo "bench/run.sh: BENCH_* numbers must be whole numbers (got '$n')" >&2; exit 2 ;; esac
done

scenario_path() { case "$1" in jobs-*) echo "$JOBS_PATH" ;; filtered-*) echo "$FILTERED_PATH" ;; esac; }
scenario_jobs() { case "$1" in *-60) echo 60 ;; *-100k) echo 100000 ;; esac; }

# ---- output: everything to the terminal and to the results file --------------------------------
stamp=$(date -u +%Y-%m-%dT%H%MZ)
label=$(IFS=+; echo "${scenarios[*]:-}")
[ "$million" -eq 1 ] && label="${label:+$label+}million"
[ "$SECONDS_PER_RUN" -lt 5 ] && label="$label-short"
[ -n "${BENCH_LABEL:-}" ] && label="$label-$(echo "$BENCH_LABEL" | tr -c 'A-Za-z0-9.-' '-' | sed 's/-*$//')"
mkdir -p bench/results
log="bench/results/$stamp-$label.txt"
work=$(mktemp -d "${TMPDIR:-/tmp}/buenamock-bench.XXXXXX")
exec > >(tee "$log") 2>&1
tee_pid=$!

# ---- processes: every one started is recorded and stopped on exit ------------------------------
mock_pid=""
limit_pid=""
floor_pid=""
current_pid=""
watchdog_pid=""

stop_process() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}

cleanup() {
  stop_process "$current_pid"
  stop_process "$mock_pid"
  stop_process "$limit_pid"
  stop_process "$floor_pid"
  [ -n "$watchdog_pid" ] && kill -TERM "$watchdog_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "bench: interrupted"; exit 130' INT
trap 'echo "bench: stopped (overall timeout of ${TIMEOUT} s, or TERM)"; exit 143' TERM

# The overall bound: TERM to this script after $TIMEOUT seconds.
# Its output is not the log's: tee must see the end of the log when the script ends.
( trap 'kill "$s" 2>/dev/null; exit 0' TERM; sleep "$TIMEOUT" & s=$!; wait "$s" && kill -TERM $$ ) >/dev/null 2>&1 &
watchdog_pid=$!

# Runs a command in the background and waits for it, so a TERM (timeout) stops it at once.
run() { "$@" & current_pid=$!; wait "$current_pid"; local rc=$?; current_pid=""; return $rc; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
next_port() { local p=$1; while ! port_free "$p"; do p=$((p + 1)); done; echo "$p"; }
human() { awk -v v="$1" 'BEGIN { if (v >= 1000) printf "%.1fk", v / 1000; else printf "%.0f", v }'; }
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Polls GET $2 on port $1 until it answers 200 or $3 seconds pass; prints ms since $4 (a now_ms).
wait_for_200() {
  local port=$1 path=$2 limit=$3 t0=$4 pid=$5 deadline=$(( $(now_ms) + $3 * 1000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port$path")" = 200 ]; then
      echo $(( $(now_ms) - t0 )); return 0
    fi
    sleep 0.01
  done
  return 1
}

# wrk's output → "req/s p50-ms p99-ms requests non-2xx socket-errors".
parse_wrk() {
  awk '
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /m$/)  { sub(/m$/, "", v);  return v * 60000 }
      if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
      return v + 0
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    / requests in / { requests = $1 }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%.0f %.3f %.3f %d %d %d\n", rps, p50, p99, requests, non2xx, errors }' "$1"
}

# Loads http://127.0.0.1:$1$2 for $3 seconds; the wrk output goes to $4.
load() {
  run timeout $(($3 + 60)) wrk -t1 -c"$CONNECTIONS" -d"$3"s --timeout 30s --latency \
    -H "x-api-key: $KEY" "http://127.0.0.1:$1$2" >"$4" 2>&1
}

start_mock() { # jobs-per-user port log
  # shellcheck disable=SC2086 # BENCH_MOCK_ENV and BENCH_MOCK_ARGS are lists
  env $MOCK_ENV dotnet "$MOCK_DLL" --seed "$SEED" --clock "$CLOCK" --port "$2" --jobs-per-user "$1" $MOCK_ARGS >"$3" 2>&1 &
  mock_pid=$!
}

# ---- header ------------------------------------------------------------------------------------
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git status --porcelain -- mock-server 2>/dev/null)" ] && echo ' + uncommitted mock-server changes')"
echo "BuenaMock benchmark, $(date -u +'%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, ${cpu:-unknown CPU}, $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); $(uname -sr)"
echo "commit:  $commit"
echo "runs:    wrk -t1 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency, $ROUNDS alternated rounds (mock, limit$( [ "$FLOOR" -eq 1 ] && echo ", wiremock")) after a ${WARMUP}s warm-up of each"
echo "mock:    ${MOCK_ENV:+$MOCK_ENV }dotnet $MOCK_DLL --seed $SEED --clock $CLOCK --jobs-per-user N ${MOCK_ARGS}"
echo "output:  $log"

# ---- build and wrk -----------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  echo; echo "== installing wrk (apt-get)"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  run timeout 300 $sudo apt-get update -qq && run timeout 300 $sudo apt-get install -y -qq wrk >/dev/null \
    || { echo "bench: wrk is missing and could not be installed (apt-get install wrk)"; exit 1; }
fi
echo "wrk:     $(wrk -v 2>&1 | head -n 1)"

if [ "$build" -eq 1 ]; then
  echo; echo "== build (Release)"
  for project in mock-server/BuenaMock.MockServer.csproj bench/Limit/BuenaMock.Bench.Limit.csproj bench/WireMockFloor/BuenaMock.Bench.WireMockFloor.csproj; do
    if ! run timeout 600 dotnet build "$project" -c Release -nologo -v quiet >"$work/build.log" 2>&1; then
      grep -E 'error|Error' "$work/build.log" | sort -u | head -20
      echo "bench: the Release build of $project failed"
      exit 1
    fi
    echo "built $project"
  done
fi
for dll in "$MOCK_DLL" "$LIMIT_DLL" "$FLOOR_DLL"; do
  [ -f "$dll" ] || { echo "bench: $dll is missing (run without --no-build)"; exit 1; }
done
# Others may be changing the server: say exactly which build was measured.
mock_build="$(sha1sum "$MOCK_DLL" | cut -c1-12), built $(date -u -r "$MOCK_DLL" +'%Y-%m-%d %H:%M:%S UTC')"
echo "mock build: $mock_build"

# ---- scenarios ---------------------------------------------------------------------------------
# Starts a same-bytes target (limit or wiremock) serving $3 on a free port; sets its pid and port.
start_same_bytes() { # target dll body scenario path
  local target=$1 dll=$2 body=$3 scenario=$4 path=$5 port pid t
  port=$(next_port $(( $(printf '%s\n' "${ports[@]}" | sort -n | tail -n 1) + 1 )))
  t=$(now_ms)
  if [ "$target" = wiremock ]; then
    dotnet "$dll" "$body" "$port" --mappings "$FLOOR_MAPPINGS" >"$work/$target-$scenario.log" 2>&1 &
  else
    dotnet "$dll" "$body" "$port" >"$work/$target-$scenario.log" 2>&1 &
  fi
  pid=$!
  [ "$target" = limit ] && limit_pid=$pid || floor_pid=$pid
  if ! startup_of[$target]=$(wait_for_200 "$port" "$path" 60 "$t" "$pid"); then
    echo "bench: $target did not answer within 60 s; its output:"; cat "$work/$target-$scenario.log"
    exit 1
  fi
  curl -s --max-time 120 -o "$work/$target-body.json" "http://127.0.0.1:$port$path"
  if ! cmp -s "$body" "$work/$target-body.json"; then
    echo "bench: $target does not serve the mock's bytes"; exit 1
  fi
  ports+=("$port"); port_of[$target]=$port; pid_of[$target]=$pid
  echo "$target pid $pid on port $port: first 200 after ${startup_of[$target]} ms, serving the same bytes"
}

targets=(mock limit)
[ "$FLOOR" -eq 1 ] && targets+=(wiremock)
rows=()
summary=()
declare -A port_of pid_of startup_of
for scenario in "${scenarios[@]}"; do
  path=$(scenario_path "$scenario")
  jobs=$(scenario_jobs "$scenario")
  echo; echo "== $scenario: GET $path, $jobs jobs per user"

  ports=()
  port_of[mock]=$(next_port "$PORT"); ports+=("${port_of[mock]}")
  t0=$(now_ms)
  start_mock "$jobs" "${port_of[mock]}" "$work/mock-$scenario.log"
  pid_of[mock]=$mock_pid
  if ! startup_of[mock]=$(wait_for_200 "${port_of[mock]}" /api/v2/health 120 "$t0" "$mock_pid"); then
    echo "bench: the mock did not answer 200 on /api/v2/health within 120 s; its output:"
    cat "$work/mock-$scenario.log"
    exit 1
  fi
  echo "mock pid $mock_pid on port ${port_of[mock]}: first 200 after ${startup_of[mock]} ms, RSS $(rss_mb "$mock_pid") MB"

  body="$work/body-$scenario.json"
  status=$(curl -s --max-time 120 -o "$body" -w '%{http_code}' -H "x-api-key: $KEY" "http://127.0.0.1:${port_of[mock]}$path")
  if [ "$status" != 200 ]; then
    echo "bench: the mock answered $status to GET $path:"; head -c 600 "$body"; echo
    exit 1
  fi
  echo "body: $(stat -c %s "$body") bytes ($(head -c 100 "$body")…)"

  start_same_bytes limit "$LIMIT_DLL" "$body" "$scenario" "$path"
  [ "$FLOOR" -eq 1 ] && start_same_bytes wiremock "$FLOOR_DLL" "$body" "$scenario" "$path"

  echo "warm-up: ${WARMUP}s each"
  for target in "${targets[@]}"; do
    load "${port_of[$target]}" "$path" "$WARMUP" "$work/warm-$target.txt"
  done

  declare -A rps_of=() p50_of=() p99_of=() ratio_of=()
  for round in $(seq 1 "$ROUNDS"); do
    for target in "${targets[@]}"; do
      out="$work/$scenario-$round-$target.txt"
      load "${port_of[$target]}" "$path" "$SECONDS_PER_RUN" "$out"
      read -r rps p50 p99 requests non2xx errors < <(parse_wrk "$out")
      printf '  round %d %-8s %8s req/s  p50 %8.3f ms  p99 %8.3f ms  %9d requests' "$round" "$target" "$rps" "$p50" "$p99" "$requests"
      [ "$non2xx" -gt 0 ] && printf '  NON-2xx: %d' "$non2xx"
      [ "$errors" -gt 0 ] && printf '  socket errors: %d' "$errors"
      echo
      rps_of[$target]+="$rps "; p50_of[$target]+="$p50 "; p99_of[$target]+="$p99 "
      eval "last_$target=$rps"
    done
    # Each round's ratios to the limit, taken from runs a few seconds apart.
    for target in "${targets[@]}"; do
      [ "$target" = limit ] && continue
      ratio_of[$target]+="$(awk -v m="$(eval echo "\$last_$target")" -v l="$last_limit" 'BEGIN { printf "%.3f", (l > 0 ? m / l : 0) }') "
    done
  done
  echo "  wrk output of the last mock run:"; sed 's/^/    /' "$work/$scenario-$ROUNDS-mock.txt"

  for target in "${targets[@]}"; do
    rss=$(rss_mb "${pid_of[$target]}")
    r=$(printf '%s\n' ${rps_of[$target]} | median)
    p50=$(printf '%s\n' ${p50_of[$target]} | median)
    p99=$(printf '%s\n' ${p99_of[$target]} | median)
    ratio=""
    if [ "$target" != limit ]; then
      ratio=$(printf '%s\n' ${ratio_of[$target]} | median)
      echo "  $target/limit per round: ${ratio_of[$target]}→ median $ratio"
      ratio=$(printf '%.2f' "$ratio")
    fi
    rows+=("$(printf '| %-13s | %-8s | %9.0f | %8.3f | %8.3f | %6s | %10s | %12s |' "$scenario" "$target" "$r" "$p50" "$p99" "$rss" "${startup_of[$target]}" "$ratio")")
    if [ "$target" = mock ]; then
      m_rps=$r; m_p50=$p50; m_p99=$p99; m_ratio=$ratio
      mock_rss=$rss
    elif [ "$target" = limit ]; then
      l_rps=$r
    fi
  done
  summary+=("$scenario $m_ratio× ($(human "$m_rps") vs $(human "$l_rps") req/s, p50 $(printf '%.2f' "$m_p50") ms, p99 $(printf '%.2f' "$m_p99") ms, RSS ${mock_rss} MB, first 200 in ${startup_of[mock]} ms)")

  stop_process "$floor_pid"; floor_pid=""
  stop_process "$limit_pid"; limit_pid=""
  stop_process "$mock_pid"; mock_pid=""
done

# ---- a million requests: does the mock's memory stay bounded? ----------------------------------
million_line=""
if [ "$million" -eq 1 ]; then
  echo; echo "== million: GET $JOBS_PATH until $MILLION requests (at most ${MILLION_MAX}s), 60 jobs per user"
  mock_port=$(next_port "$PORT")
  t0=$(now_ms)
  start_mock 60 "$mock_port" "$work/mock-million.log"
  if ! startup=$(wait_for_200 "$mock_port" /api/v2/health 120 "$t0" "$mock_pid"); then
    echo "bench: the mock did not start; its output:"; cat "$work/mock-million.log"; exit 1
  fi
  echo "mock pid $mock_pid: first 200 after $startup ms, RSS $(rss_mb "$mock_pid") MB"
  total=0; began=$(now_ms); chunk=15; max_rss=0
  while [ "$total" -lt "$MILLION" ] && [ $(( ($(now_ms) - began) / 1000 + chunk )) -le "$MILLION_MAX" ]; do
    load "$mock_port" "$JOBS_PATH" "$chunk" "$work/million.txt"
    read -r rps _ p99 requests non2xx errors < <(parse_wrk "$work/million.txt")
    total=$((total + requests))
    rss=$(rss_mb "$mock_pid"); [ "$rss" != "?" ] && [ "$rss" -gt "$max_rss" ] && max_rss=$rss
    printf '  %9d requests  %8s req/s  p99 %8.3f ms  RSS %4s MB' "$total" "$rps" "$p99" "$rss"
    [ "$non2xx" -gt 0 ] && printf '  NON-2xx: %d' "$non2xx"
    [ "$errors" -gt 0 ] && printf '  socket errors: %d' "$errors"
    echo
  done
  verdict=$([ "$rss" != "?" ] && [ "$rss" -lt 150 ] && echo "within" || echo "over")
  million_line="RSS after $total requests to GET /users/jobs: $rss MB (peak $max_rss MB; target < 150 MB: $verdict)"
  echo "$million_line"
  stop_process "$mock_pid"; mock_pid=""
fi

# ---- the table ---------------------------------------------------------------------------------
table="$work/table.md"
{
  if [ ${#rows[@]} -gt 0 ]; then
    echo "| scenario      | target   | req/s med | p50 ms   | p99 ms   | RSS MB | startup ms | ÷ limit med. |"
    echo "| ------------- | -------- | --------: | -------: | -------: | -----: | ---------: | -----------: |"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Summary: mock/limit $(IFS=';'; echo "${summary[*]}" | sed 's/;/; /g') — wrk -t1 -c$CONNECTIONS, $ROUNDS × ${SECONDS_PER_RUN}s alternated, $(nproc) cores, $(date -u +%Y-%m-%d)."
  fi
  [ -n "$million_line" ] && echo "$million_line"
} >"$table"

echo; echo "== results"
cat "$table"

{
  echo "# Latest benchmark"
  echo
  echo "\`bench/run.sh$( [ "$million" -eq 1 ] && echo ' --million') ${scenarios[*]:-}\` with BENCH_SECONDS=$SECONDS_PER_RUN, $(date -u +'%Y-%m-%d %H:%M UTC'); full output: \`$(basename "$log")\`."
  echo
  echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}; commit $commit (mock build $mock_build); ${MOCK_ENV:+mock environment $MOCK_ENV; }${MOCK_ARGS:+mock options $MOCK_ARGS; }$( [ "$FLOOR" -eq 1 ] && echo "WireMock floor with $FLOOR_MAPPINGS mapping(s); ")loopback, wrk -t1 -c$CONNECTIONS."
  echo
  cat "$table"
} >bench/results/latest.md
echo; echo "wrote $log and bench/results/latest.md"

# Let tee finish writing before the script exits.
kill -TERM "$watchdog_pid" 2>/dev/null; watchdog_pid=""
exec >&- 2>&-
wait "$tee_pid" 2>/dev/null
exit 0
}
