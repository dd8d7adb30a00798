#!/usr/bin/env bash
# System packages MES Desk needs on Debian/Ubuntu: Qt's runtime libraries (even the
# offscreen platform needs EGL, fontconfig and xkbcommon), the xcb libraries for a real
# window, and fonts (Qt renders nothing readable without them). Installs only what is
# missing, so a second run is instant. With EXTRA=render, also LibreOffice and poppler
# for the slow rendering checks; with EXTRA=xvfb, Xvfb for screenshots of a real window;
# with EXTRA=package, the binutils PyInstaller uses; with EXTRA=postgresql, the PostgreSQL
# server the tests start a throwaway cluster of (tests/pg_cluster.py) and its psql.
set -eu

packages="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 \
libx11-xcb1 fonts-dejavu-core fonts-liberation fonts-crosextra-carlito"
case "${EXTRA:-}" in
  *render*) packages="$packages libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils pandoc" ;;
esac
case "${EXTRA:-}" in
  *package*) packages="$packages binutils" ;;  # PyInstaller needs objdump and strip
esac
case "${EXTRA:-}" in
  *postgresql*) packages="$packages postgresql postgresql-client" ;;
esac
case "${EXTRA:-}" in
  *xvfb*) packages="$packages xvfb xauth" ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian-like system; install Qt's runtime libraries and fonts yourself." >&2
  exit 0
fi

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-system-deps: missing packages:$missing (run as root to install them)" >&2
    exit 1
  fi
fi
echo "Installing system packages:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
