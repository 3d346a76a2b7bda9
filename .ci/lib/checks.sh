# Sourced by the steps: reporting a check, and installing the Debian packages a step needs.

# check PREFIX NAME COMMAND…: runs COMMAND and appends "PASS PREFIX: NAME" or "FAIL PREFIX: NAME" to
# $CHECKS; a failure sets status=1. COMMAND's output goes to $check_log when that is set.
status=0
check() {
  local name="$1: $2"; shift 2
  local rc
  if [ -n "${check_log:-}" ]; then "$@" >>"$check_log" 2>&1; else "$@"; fi
  rc=$?
  if [ "$rc" -eq 0 ]; then echo "PASS $name" >>"$CHECKS"; echo "PASS $name"
  else echo "FAIL $name" >>"$CHECKS"; echo "FAIL $name${check_log:+ (see $check_log)}" >&2; status=1; fi
}

# need_apt PKG…: installs the Debian packages that are not installed yet, as root or via sudo; apt's
# output is shown only when it fails.
need_apt() {
  local missing=() pkg
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "installing ${missing[*]} (Debian packages)"
  local sudo=() log; log=$(mktemp)
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  if ! { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
    tail -20 "$log" >&2; rm -f "$log"; return 1
  fi
  rm -f "$log"
}
