# shellcheck shell=bash
# Debian packages that the operations scripts and their tests use (nginx, promtool, ...). A clean
# machine (CI) has none of them, so the scripts install what is missing instead of skipping a check.
# Sourced, not run. Needs root (or sudo) and apt-get; anything else fails with a message that says
# which package to install by hand.

# ensure_packages PACKAGE:COMMAND ... installs PACKAGE when COMMAND is not on the PATH.
ensure_packages() {
  local missing=() spec
  for spec in "$@"; do
    command -v "${spec#*:}" >/dev/null 2>&1 || missing+=("${spec%%:*}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "missing packages ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root" >&2; return 1; }
    sudo=(sudo -n)
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "missing packages ${missing[*]} and no apt-get to install them" >&2; return 1; }
  echo "Installing Debian packages: ${missing[*]}" >&2
  # A fresh machine may have no package lists yet; an update is cheap next to a failed install.
  "${sudo[@]}" apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
    || { echo "could not install ${missing[*]} with apt-get" >&2; return 1; }
  for spec in "$@"; do
    command -v "${spec#*:}" >/dev/null 2>&1 || { echo "package ${spec%%:*} installed but ${spec#*:} is still not on the PATH" >&2; return 1; }
  done
}
