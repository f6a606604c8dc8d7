#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the headless Qt tests need, when they are missing.
# Runs apt-get only if a library is absent; uses sudo when not root. Idempotent.
set -euo pipefail
pkgs=()
need() { dpkg -s "$1" >/dev/null 2>&1 || pkgs+=("$1"); }
if command -v dpkg >/dev/null 2>&1; then
  for p in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core; do
    need "$p"
  done
fi
if [ "${#pkgs[@]}" -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Saknade systempaket (installera dem själv): ${pkgs[*]}" >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installerar systempaket: ${pkgs[*]}"
$sudo apt-get update -qq || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
