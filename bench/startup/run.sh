#!/usr/bin/env bash
# Start-up of the installed `buenamock` tool: time from launching `buenamock serve --port 0` to the first
# 200 from /api/v2/health, a few times over; prints each run and the median, and writes them to
# bench/results/<time>-startup.txt.
#
#   bench/startup/run.sh [--tool-path DIR] [--runs N] [extra serve options…]
#
# Without --tool-path it installs BuenaMock.Tool from artifacts/packages (run `dotnet pack BuenaMock.sln -c Release`
# first) into a temporary tool path, as a user would. Only 127.0.0.1 is used.
set -euo pipefail
cd "$(dirname "$0")/../.."

tool_path=""
runs=7
while [ $# -gt 0 ]; do
  case "$1" in
    --tool-path) tool_path=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) break ;;
  esac
done

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$tool_path" ]; then
  version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)
  if [ ! -f "artifacts/packages/BuenaMock.Tool.$version.nupkg" ]; then
    echo "artifacts/packages/BuenaMock.Tool.$version.nupkg is missing: run 'dotnet pack BuenaMock.sln -c Release' first." >&2
    exit 2
  fi
  tool_path="$work/tools"
  dotnet tool install BuenaMock.Tool --version "$version" --add-source artifacts/packages --tool-path "$tool_path" >/dev/null
fi
buenamock="$tool_path/buenamock"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

load=$(cut -d' ' -f1-3 /proc/loadavg)
times=()
cpus=()
for run in $(seq 1 "$runs"); do
  log="$work/serve-$run.log"
  started=$(now_ms)
  "$buenamock" serve --port 0 --clock 2026-01-15T12:00:00Z "$@" >"$log" 2>&1 &
  server_pid=$!
  elapsed=""
  while [ $(( $(now_ms) - started )) -lt 20000 ]; do
    base=$(grep -o 'Base URL  http://[^ ]*' "$log" 2>/dev/null | awk '{print $3}' || true)
    if [ -n "$base" ] && curl -fsS -o /dev/null "$base/health" 2>/dev/null; then
      elapsed=$(( $(now_ms) - started ))
      # CPU time the process used until then (user + system, clock ticks): the figure a busy machine moves least.
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$server_pid/stat")
      break
    fi
    sleep 0.005
  done
  kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  if [ -z "$elapsed" ]; then
    echo "run $run: no 200 from /health within 20 s" >&2; cat "$log" >&2; exit 1
  fi
  echo "run $run: first 200 after $elapsed ms ($cpu ms of CPU)"
  times+=("$elapsed")
  cpus+=("$cpu")
done

median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
median=$(median_of "${times[@]}")
cpu_median=$(median_of "${cpus[@]}")
echo "median: $median ms to the first 200, $cpu_median ms of CPU, over $runs runs"

mkdir -p bench/results
result="bench/results/$(date -u +%Y-%m-%dT%H%MZ)-startup.txt"
{
  echo "buenamock serve --port 0 --clock 2026-01-15T12:00:00Z $*: launch to first 200 from /api/v2/health"
  echo "tool: $("$buenamock" --version) installed with dotnet tool install --tool-path; dotnet $(dotnet --version); $(nproc) cores; $(uname -sr)"
  echo "load average before the runs: $load (figures from a busy machine are not comparable)"
  echo "runs, launch to first 200 (ms): ${times[*]}"
  echo "runs, CPU time until then (ms): ${cpus[*]}"
  echo "median: $median ms to the first 200, $cpu_median ms of CPU"
} >"$result"
echo "written: $result"
