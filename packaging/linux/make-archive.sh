#!/usr/bin/env bash
# Pack the PyInstaller folder (dist/mesdesk, from `make package`) with its Linux
# desktop integration into dist/mesdesk-<version>-linux-<arch>.tar.gz:
#
#   mesdesk-<version>-linux-<arch>/
#     mesdesk/                       the application (run mesdesk/mesdesk)
#     install.sh                     installs it under ~/.local with menu entry and file type
#     mesdesk.desktop  application-x-mesdesk.xml  LISEZMOI.txt
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
bundle="dist/mesdesk"
if [ ! -x "$bundle/mesdesk" ]; then
  echo "make-archive.sh: $bundle/mesdesk is missing: build it first (make package)" >&2
  exit 1
fi

# The version the bundle itself reports (from the git tag, see mesdesk/version.py): the
# archive's name can never disagree with what is inside it.
version="$("$bundle/mesdesk" --version)"
version="${version#MES Desk }"
case "$version" in
  ""|*[[:space:]/]*) echo "make-archive.sh: unexpected version from $bundle/mesdesk --version: '$version'" >&2; exit 1 ;;
esac
arch="$(uname -m)"
name="mesdesk-$version-linux-$arch"
stage="build/archive/$name"

rm -rf "build/archive"
mkdir -p "$stage"
cp -a "$bundle" "$stage/mesdesk"
cp packaging/linux/install.sh packaging/linux/mesdesk.desktop packaging/linux/application-x-mesdesk.xml "$stage/"
chmod 755 "$stage/install.sh"
cat >"$stage/LISEZMOI.txt" <<TXT
MES Desk $version pour Linux ($arch)

Installer pour votre compte (menu des applications, icône, fichiers .mesdesk) :
    ./install.sh
Désinstaller :
    ./install.sh --uninstall

Ou lancer sans installer :
    ./mesdesk/mesdesk                       (l'application)
    ./mesdesk/mesdesk demo --out ~/bilan    (l'exemple exporté en Word et Excel)
TXT

# Stable file order, owner and dates: the same bundle gives the same archive.
mtime="$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)"
archive="dist/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" \
  -C build/archive -cf - "$name" | gzip -n -6 >"$archive"
rm -rf "build/archive"
echo "$archive: $(du -h "$archive" | cut -f1) (bundle $(du -sh "$bundle" | cut -f1) on disk)"
