#!/usr/bin/env bash
# Install MES Desk for the current user (no root): the bundle, a `mesdesk` command, the
# menu entry, the icon and the `.mesdesk` file type, all under ~/.local (XDG folders).
#
#   ./install.sh               install or update (from the unpacked archive, or from the
#                              repository after `make package`)
#   ./install.sh --uninstall   remove all of it (workspaces and settings are kept)
#
# Folders (override with the environment):
#   MESDESK_APP_DIR   the bundle           default ~/.local/lib/mesdesk
#   MESDESK_BIN_DIR   the `mesdesk` link   default ~/.local/bin
#   XDG_DATA_HOME     menu, icons, MIME    default ~/.local/share
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
app_dir="${MESDESK_APP_DIR:-$HOME/.local/lib/mesdesk}"
bin_dir="${MESDESK_BIN_DIR:-$HOME/.local/bin}"
data_dir="${XDG_DATA_HOME:-$HOME/.local/share}"
mime_type="application/x-mesdesk"
icon_name="mesdesk"
mime_icon_name="application-x-mesdesk"

desktop_file="$data_dir/applications/mesdesk.desktop"
mime_file="$data_dir/mime/packages/mesdesk.xml"
icon_files=(
  "$data_dir/icons/hicolor/scalable/apps/$icon_name.svg"
  "$data_dir/icons/hicolor/256x256/apps/$icon_name.png"
  "$data_dir/icons/hicolor/scalable/mimetypes/$mime_icon_name.svg"
  "$data_dir/icons/hicolor/256x256/mimetypes/$mime_icon_name.png"
)

say() { printf '%s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

refresh_caches() {
  # Each tool is optional: desktops rescan on their own, only later.
  if have update-mime-database && [ -d "$data_dir/mime" ]; then update-mime-database "$data_dir/mime" >/dev/null 2>&1 || true; fi
  if have update-desktop-database; then update-desktop-database -q "$data_dir/applications" 2>/dev/null || true; fi
  # Refresh an icon cache only if there is one: creating one in the user's folder would
  # hide the icons that other programs add there later without refreshing it.
  if have gtk-update-icon-cache && [ -f "$data_dir/icons/hicolor/icon-theme.cache" ]; then
    gtk-update-icon-cache -q -f -t "$data_dir/icons/hicolor" 2>/dev/null || true
  fi
}

uninstall() {
  rm -rf -- "$app_dir"
  if [ -L "$bin_dir/mesdesk" ]; then rm -f -- "$bin_dir/mesdesk"; fi
  rm -f -- "$desktop_file" "$mime_file" "${icon_files[@]}"
  local mimeapps="${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list"
  if [ -f "$mimeapps" ]; then sed -i "\|^$mime_type=mesdesk.desktop\$|d" "$mimeapps"; fi
  refresh_caches
  say "MES Desk est désinstallé (les espaces de travail et les réglages sont conservés)."
}

find_bundle() {
  local candidate
  for candidate in "$here/mesdesk" "$here/../../dist/mesdesk"; do
    if [ -x "$candidate/mesdesk" ] && [ -d "$candidate/_internal" ]; then
      (cd "$candidate" && pwd)
      return 0
    fi
  done
  say "install.sh: bundle not found next to this script nor in dist/ (run \`make package\` first)" >&2
  return 1
}

install() {
  local bundle icons exe
  bundle="$(find_bundle)"
  icons="$bundle/_internal/resources/icons"

  # Copy beside the old version, then swap: a failed copy leaves the old one working.
  mkdir -p "$(dirname "$app_dir")"
  rm -rf -- "$app_dir.new"
  cp -a -- "$bundle" "$app_dir.new"
  rm -rf -- "$app_dir"
  mv -- "$app_dir.new" "$app_dir"
  exe="$app_dir/mesdesk"

  mkdir -p "$bin_dir"
  ln -sfn -- "$exe" "$bin_dir/mesdesk"

  # Desktop entry with the absolute path: ~/.local/bin is not on every session's PATH.
  mkdir -p "$(dirname "$desktop_file")"
  local quoted="$exe"
  case "$exe" in *[[:space:]]*) quoted="\"$exe\"" ;; esac
  sed -e "s|^Exec=mesdesk |Exec=$quoted |" -e "s|^TryExec=mesdesk\$|TryExec=$exe|" \
    "$here/mesdesk.desktop" >"$desktop_file"

  mkdir -p "$(dirname "$mime_file")"
  cp -- "$here/application-x-mesdesk.xml" "$mime_file"

  local i
  for i in 0 1 2 3; do mkdir -p "$(dirname "${icon_files[$i]}")"; done
  if [ -f "$icons/mesdesk.svg" ]; then
    cp -- "$icons/mesdesk.svg" "${icon_files[0]}"
    cp -- "$icons/mesdesk.svg" "${icon_files[2]}"
  fi
  if [ -f "$icons/mesdesk-256.png" ]; then
    cp -- "$icons/mesdesk-256.png" "${icon_files[1]}"
    cp -- "$icons/mesdesk-256.png" "${icon_files[3]}"
  fi

  refresh_caches
  if have xdg-mime; then xdg-mime default mesdesk.desktop "$mime_type" 2>/dev/null || true; fi

  say "MES Desk est installé : $app_dir"
  say "  menu des applications : MES Desk ; fichiers .mesdesk associés"
  say "  ligne de commande     : $bin_dir/mesdesk (par exemple : mesdesk demo --out ~/bilan)"
  case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) say "  (ajoutez $bin_dir à votre PATH pour taper simplement « mesdesk »)" ;;
  esac
}

case "${1:-}" in
  "") install ;;
  --uninstall | -u) uninstall ;;
  -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) say "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
