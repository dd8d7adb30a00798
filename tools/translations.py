"""``make translations``: refresh the English translation of the interface.

1. ``pyside6-lupdate`` reads every ``tr()`` / ``QCoreApplication.translate()`` string
   in ``mesdesk/gui`` (French, the source language) into
   ``resources/translations/mesdesk_en.ts``, keeping the translations already there;
2. ``pyside6-lrelease`` compiles it to ``mesdesk_en.qm``, which the application loads.

The ``.qm`` is committed with the ``.ts``: the app and its tests need it, and building
it needs the Qt tools, which a user running from a package does not have.
The command ends with the number of strings still waiting for an English translation
(``--check`` makes that an error, for CI or before a commit).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "mesdesk" / "gui"
TS = ROOT / "resources" / "translations" / "mesdesk_en.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv's bin), else on PATH."""
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} introuvable : installez PySide6 dans l'environnement (make install).")
    return found


def sources() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-source-language", "fr_FR", "-target-language", "en_GB",
         "-no-obsolete", "-locations", "none", "-ts", str(TS.relative_to(ROOT))],
        cwd=ROOT, check=True,
    )


def release() -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)


def unfinished(ts: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text] if translation is not None and translation.find("numerusform") is None else [
                n.text for n in (translation.findall("numerusform") if translation is not None else [])
            ]
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(texts):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="échouer s'il reste des chaînes non traduites")
    args = parser.parse_args(argv)
    update()
    release()
    missing = unfinished()
    for context, source in missing:
        print(f"  à traduire [{context}] {source}")
    print(f"{TS.name} : {len(missing)} chaîne(s) à traduire ; {QM.name} écrit.")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
