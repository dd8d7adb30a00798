#!/usr/bin/env bash
# Build "MES Desk.app" and a disk image on a Mac (Apple Silicon or Intel; the app is
# built for the architecture of the Python that runs PyInstaller).
#
#   bash packaging/macos/build-app.sh
#
# Needs Python 3.11+ (python.org or Homebrew) and the Xcode command-line tools
# (codesign, hdiutil, plutil). Output:
#   dist/MES Desk.app
#   dist/mesdesk-<version>-macos-<arch>.dmg   (the app and a link to /Applications)
# Signing: ad hoc by default (runs on the Mac that built it; elsewhere Gatekeeper asks
# to confirm with right-click > Open). With an Apple "Developer ID Application"
# certificate, set MESDESK_CODESIGN_IDENTITY, then notarise the DMG (see README.md).
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
python="${PYTHON:-python3}"
venv="${VENV:-.venv}"

if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -e '.[package]'

rm -rf "dist/MES Desk.app" dist/mesdesk
"$venv/bin/python" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/mesdesk.spec

app="dist/MES Desk.app"
plutil -lint "$app/Contents/Info.plist"

identity="${MESDESK_CODESIGN_IDENTITY:--}"
if [ "$identity" != "-" ]; then
  # A real identity: hardened runtime, required for notarisation.
  codesign --force --deep --options runtime --timestamp --sign "$identity" "$app"
else
  codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

# Smoke check of the frozen app from its final place, without a window.
exe="$app/Contents/MacOS/mesdesk"
version="$("$exe" --version)"
version="${version#MES Desk }"
echo "MES Desk $version"
# The version from the git tag, in the app's Info.plist as macOS shows it (X.Y.Z).
plist_version="$(plutil -extract CFBundleShortVersionString raw "$app/Contents/Info.plist")"
expected="$("$venv/bin/python" packaging/print_version.py --numeric)"
if [ "$plist_version" != "$expected" ]; then
  echo "build-app.sh: Info.plist says $plist_version, expected $expected" >&2
  exit 1
fi
demo_dir="$(mktemp -d)"
"$exe" demo --out "$demo_dir"
ls "$demo_dir"
rm -rf "$demo_dir"

# Let Finder pick up the document type and icon right away on this Mac.
lsregister=/System/Library/Frameworks/CoreServices.framework/Frameworks/LaunchServices.framework/Support/lsregister
if [ -x "$lsregister" ]; then "$lsregister" -f "$app" || true; fi

arch="$(uname -m)"
dmg="dist/mesdesk-$version-macos-$arch.dmg"
stage="build/dmg"
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -quiet -volname "MES Desk $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
rm -rf "$stage"
if [ "$identity" != "-" ]; then codesign --force --sign "$identity" "$dmg"; fi
echo "$dmg: $(du -h "$dmg" | cut -f1); app $(du -sh "$app" | cut -f1) on disk"
