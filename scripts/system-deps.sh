#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs, when they are missing: the libraries of the
# headless (offscreen) tests and the PDF/A validator they run, and with --gui also those of
# the X11 (xcb) platform that `make run` uses. Runs apt-get only if a package is absent; uses sudo when not root.
set -euo pipefail
pkgs=()
need() { dpkg -s "$1" >/dev/null 2>&1 || pkgs+=("$1"); }
if command -v dpkg >/dev/null 2>&1; then
  for p in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core; do
    need "$p"
  done
  if [ "${1:-}" != "--gui" ]; then
    # Apache PDFBox Preflight, the PDF/A-1b validator the tests run on the minutes.
    for p in libpdfbox2-java libactivation-java libjaxb-api-java; do
      need "$p"
    done
    command -v java >/dev/null 2>&1 || need default-jre-headless
  fi
  if [ "${1:-}" = "--gui" ]; then
    for p in libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
             libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1; do
      need "$p"
    done
  fi
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
