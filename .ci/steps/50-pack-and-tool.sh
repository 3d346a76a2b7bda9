#!/usr/bin/env bash
# Ships as users install it: packs the solution, installs the buenamock tool into a temporary tool path,
# runs `buenamock serve` and `buenamock verify` (exit 0 against the mock, 1 against a failing server,
# 2 for usage errors), then runs examples/dotnet-xunit against the packed BuenaMock.Testing.
set -uo pipefail
cd "$(dirname "$0")/../.."
RESULTS=${RESULTS:-$(pwd)/artifacts/test-results/local}
CHECKS=${CHECKS:-$RESULTS/checks.txt}
out="$RESULTS/50-pack-and-tool"
mkdir -p "$out"
source .ci/lib/checks.sh
source .ci/lib/mock-process.sh

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)
packages=$(pwd)/artifacts/packages
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; wait "$pid" 2>/dev/null; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

# 1. Pack. Old copies of these packages are removed from the folder and from the global packages
#    cache, so the install and the example restore use the bits packed now. Not --no-build: the tool's
#    per-RID packages are published by builds of their own (linux-x64 ReadyToRun, and "any"), which
#    CI's solution build does not make; the rest is up to date and only checked.
rm -f "$packages"/BuenaMock.*nupkg
global=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
rm -rf "$global/buenamock" "$global/buenamock.testing" "$global"/buenamock.tool "$global"/buenamock.tool.*
dotnet pack BuenaMock.sln -c Release >"$out/pack.log" 2>&1
packed() {
  for id in BuenaMock BuenaMock.Testing BuenaMock.Tool BuenaMock.Tool.linux-x64 BuenaMock.Tool.any; do
    [ -f "$packages/$id.$version.nupkg" ] || { cat "$out/pack.log" >&2; return 1; }
  done
}
check pack-and-tool "dotnet pack writes BuenaMock, BuenaMock.Testing, and BuenaMock.Tool $version with its linux-x64 and any packages" packed

# 2. Install the tool as a user does, into a temporary tool path.
dotnet tool install BuenaMock.Tool --version "$version" --add-source "$packages" --tool-path "$work/tools" >"$out/install.log" 2>&1
check pack-and-tool "dotnet tool install BuenaMock.Tool" test -x "$work/tools/buenamock"
buenamock="$work/tools/buenamock"
[ -x "$buenamock" ] || exit 1
# On linux-x64 the install picks the ReadyToRun package, whose command is its native launcher.
installed_linux_x64() { [ "$(uname -sm)" != "Linux x86_64" ] || readlink -f "$buenamock" | grep -q '/buenamock.tool.linux-x64/.*/linux-x64/buenamock$'; }
check pack-and-tool "the install on linux-x64 is BuenaMock.Tool.linux-x64" installed_linux_x64

# start_serve LOG [options…]: buenamock serve on a free port; sets $base once the banner is printed.
start_serve() {
  local log=$1; shift
  "$buenamock" serve --port 0 --clock 2026-01-15T12:00:00Z "$@" >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 150); do
    if grep -q 'Press Ctrl+C to stop.' "$log" 2>/dev/null; then
      base=$(grep -o 'Base URL  http://[^ ]*' "$log" | awk '{print $3}')
      [ -n "$base" ] && return 0
    fi
    sleep 0.2
  done
  cat "$log" >&2
  base=""
  return 1
}

keys=(--key "$default_key" --limited-key "$default_limited_key" --global-key "$default_global_key" --other-key "$default_other_key")

# expect_exit CODE LOG COMMAND…: the command exits with CODE (its output in LOG).
expect_exit() {
  local want=$1 log=$2; shift 2
  "$@" >"$log" 2>&1
  local got=$?
  [ "$got" -eq "$want" ] || { echo "expected exit $want, got $got: $*" >&2; tail -40 "$log" >&2; return 1; }
}

# 3. serve, then verify it: exit 0, and the JUnit file is xunit's.
check pack-and-tool "buenamock serve --port 0 starts and prints its base URL" start_serve "$out/serve.log"
if [ -n "$base" ]; then
  check pack-and-tool "buenamock serve answers GET /health with 200" curl -fsS -o /dev/null "$base/health"
  check pack-and-tool "buenamock verify <own mock> --level inferred exits 0" \
    expect_exit 0 "$out/verify-mock.log" "$buenamock" verify "$base" "${keys[@]}" --allow-writes --level inferred \
      --report "$out/verify-mock.md" --junit "$out/verify-mock.junit.xml"
  check pack-and-tool "buenamock verify --junit writes a JUnit file with no failure" \
    grep -q '<testsuites[^>]* failures="0"' "$out/verify-mock.junit.xml"
fi

# 3b. The "any" package, which other platforms install, holds no native launcher (a file beside one of its
#     assemblies named like it, bare or .exe: an apphost made for the packing machine), runs as
#     `dotnet buenamock.dll` and serves too.
command -v unzip >/dev/null || need_apt unzip
mkdir -p "$work/any" && unzip -q -d "$work/any" "$packages/BuenaMock.Tool.any.$version.nupkg"
no_launcher() {
  local dll launcher found=0
  for dll in "$work/any/tools/net10.0/any/"*.dll; do
    for launcher in "${dll%.dll}" "${dll%.dll}.exe"; do
      if [ -e "$launcher" ]; then echo "native launcher in BuenaMock.Tool.any: ${launcher#"$work/any/"}" >&2; found=1; fi
    done
  done
  [ -e "$work/any/tools/net10.0/any/buenamock.dll" ] && [ "$found" -eq 0 ]
}
check pack-and-tool "BuenaMock.Tool.any holds no native launcher" no_launcher
printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$work/any/tools/net10.0/any/buenamock.dll" >"$work/any/buenamock"
chmod +x "$work/any/buenamock"
installed=$buenamock
buenamock="$work/any/buenamock"
check pack-and-tool "BuenaMock.Tool.any: dotnet buenamock.dll serve starts" start_serve "$out/serve-any.log"
if [ -n "$base" ]; then
  check pack-and-tool "BuenaMock.Tool.any: serve answers GET /health with 200" curl -fsS -o /dev/null "$base/health"
fi
buenamock=$installed

# 4. A server that answers every API request with a 500/503 fault breaks the contract: exit 1.
check pack-and-tool "buenamock serve --error-rate 1 starts" start_serve "$out/serve-faulty.log" --error-rate 1
if [ -n "$base" ]; then
  check pack-and-tool "buenamock verify <failing server> exits 1" \
    expect_exit 1 "$out/verify-faulty.log" "$buenamock" verify "$base" "${keys[@]}" --allow-writes --level inferred
fi

# 5. Usage errors: exit 2 with a message, before any request.
check pack-and-tool "buenamock verify (no target) exits 2" expect_exit 2 "$out/usage-1.log" "$buenamock" verify
check pack-and-tool "buenamock verify not-a-url exits 2" expect_exit 2 "$out/usage-2.log" "$buenamock" verify not-a-url
check pack-and-tool "buenamock verify URL --bogus exits 2" expect_exit 2 "$out/usage-3.log" "$buenamock" verify http://127.0.0.1:9/api/v2 --bogus
check pack-and-tool "buenamock verify URL --level strict exits 2" expect_exit 2 "$out/usage-4.log" "$buenamock" verify http://127.0.0.1:9/api/v2 --level strict
check pack-and-tool "buenamock serve --port abc exits 2" expect_exit 2 "$out/usage-5.log" "$buenamock" serve --port abc
check pack-and-tool "buenamock unknown-command exits 2" expect_exit 2 "$out/usage-6.log" "$buenamock" unknown-command

# 6. Each C# block of DOC marked <!-- example: PATH --> is the file PATH, character for character.
snippets_match() {
  local doc=$1 paths
  paths=$(sed -n 's/^<!-- example: \(.*\) -->$/\1/p' "$doc")
  [ -n "$paths" ] || return 1
  for path in $paths; do
    diff <(awk -v m="<!-- example: $path -->" '$0 == m {mark=1; next} mark && /^```csharp$/ {on=1; mark=0; next} on && /^```$/ {exit} on' "$doc") "$path" >&2 || return 1
  done
}
check pack-and-tool "docs/install.md's C# blocks are the example project's files" snippets_match docs/install.md
check pack-and-tool "README.md's C# block is the example project's file" snippets_match README.md

# 7. The example test project, restored from the packed packages.
dotnet test examples/dotnet-xunit -c Release --logger trx --results-directory "$out" || status=1

exit $status
