# Sourced by the steps: starts the built mock as a process on a free port and stops it on exit.
# start_mock RESULTS_DIR [mock options…] sets $base (…/api/v2) and $mock_pid.
mock_pid=""
base=""
# The mock's default keys (BuenaMock.Options.DefaultKeys), as the steps send them.
default_key="bna_$(printf '1%.0s' {1..64})"
default_limited_key="bna_$(printf '2%.0s' {1..64})"
default_other_key="bna_$(printf '3%.0s' {1..64})"
default_global_key="abc12345-xyz789def456ghi123jkl"

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
  BUENA_API_KEY="$default_key" \
  BUENA_LIMITED_API_KEY="$default_limited_key" \
  BUENA_OTHER_API_KEY="$default_other_key" \
  BUENA_GLOBAL_API_KEY="$default_global_key" \
  BUENA_CONTRACT_ALLOW_WRITES=1 \
    "$@"
}
