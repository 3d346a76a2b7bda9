#!/usr/bin/env bash
# Debian's Chromium, installed when missing, so the README's `dotnet test` (step 10) runs browser-tests/
# for real: Playwright for .NET launches that executable and never downloads a browser.
set -uo pipefail
source .ci/lib/checks.sh
chromium_ready() { { [ -x /usr/bin/chromium ] || need_apt chromium; } && /usr/bin/chromium --version; }
check browser-deps "Chromium is installed at /usr/bin/chromium" chromium_ready
exit $status
