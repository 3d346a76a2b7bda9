#!/usr/bin/env bash
# The dashboard in a real browser: Debian's Chromium (installed when missing), driven by Playwright for
# .NET from browser-tests/. Here the browser is required, so a missing one fails instead of skipping.
set -uo pipefail
dir="$RESULTS/60-browser"
mkdir -p "$dir"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing chromium (Debian package)"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$dir/apt.log" 2>&1; then
    tail -20 "$dir/apt.log" >&2
    echo "FAIL 60-browser: chromium could not be installed" >>"$CHECKS"
    exit 1
  fi
fi
/usr/bin/chromium --version

# Playwright launches that executable; it never downloads a browser.
BUENAMOCK_BROWSER_REQUIRED=1 BUENAMOCK_CHROMIUM=/usr/bin/chromium \
  dotnet test browser-tests -c Release --no-build --logger "trx" --results-directory "$dir"
