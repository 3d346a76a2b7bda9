# Sourced by the steps: starts the built mock as a process on a free port and stops it on exit.
# start_mock RESULTS_DIR [mock options…] sets $base (…/api/v2) and $mock_pid.
mock_pid=""
base=""

stop_mock() {
  if [ -n "$mock_pid" ] && kill -0 "$mock_pid" 2>/dev/null; then
    kill -TERM "$mock_pid" 2>/dev/null
    wait "$mock_pid" 2>/dev/null
  fi
  mock_pid=""
}
trap stop_mock EXIT

start_mock() {
  local dir=$1; shift
  mkdir -p "$dir"
  local log="$dir/mock-process.log"
  dotnet run --project mock-server -c Release --no-build -- --port 0 "$@" >"$log" 2>&1 &
  mock_pid=$!
  for _ in $(seq 1 300); do
    base=$(grep -o 'Base URL  http://[^ ]*' "$log" 2>/dev/null | awk '{print $3}')
    if [ -n "$base" ] && curl -fsS "$base/health" >/dev/null 2>&1; then
      echo "mock listening at $base"
      return 0
    fi
    base=""
    sleep 0.2
  done
  echo "The mock did not answer /health within 60 s:" >&2
  cat "$log" >&2
  return 1
}

# Runs a command with the contract suite's variables pointing at the started mock and its default keys.
mock_env() {
  BUENA_BASE_URL="$base" \
  BUENA_API_KEY="bna_1111111111111111111111111111111111111111111111111111111111111111" \
  BUENA_LIMITED_API_KEY="bna_2222222222222222222222222222222222222222222222222222222222222222" \
  BUENA_OTHER_API_KEY="bna_3333333333333333333333333333333333333333333333333333333333333333" \
  BUENA_GLOBAL_API_KEY="abc12345-xyz789def456ghi123jkl" \
  BUENA_CONTRACT_ALLOW_WRITES=1 \
    "$@"
}
