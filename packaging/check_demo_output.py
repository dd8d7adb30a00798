"""Check what ``mesdesk demo --out DIR`` wrote: a Word and an Excel file that open as such.

    python packaging/check_demo_output.py DIR

The release jobs run it after each installed or unpacked bundle made its demo
(.github/workflows/ci.yml). Standard library only: it runs with the CI machine's Python,
beside the bundle, not inside it. Exit code 0 when both files are sound, 1 otherwise,
with one line per problem.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

# The part each kind of file cannot be without, and a piece of XML proving it holds content.
EXPECTED = {
    ".docx": ("word/document.xml", b"<w:t"),
    ".xlsx": ("xl/workbook.xml", b"<sheet "),
}


def problems(folder: Path) -> list[str]:
    """What is wrong with the demo's output in ``folder``; empty when all is well."""
    if not folder.is_dir():
        return [f"{folder}: no such folder"]
    found: list[str] = []
    for suffix, (part, marker) in EXPECTED.items():
        files = sorted(folder.glob(f"bilan-*{suffix}"))
        if not files:
            found.append(f"{folder}: no bilan-*{suffix}")
            continue
        for path in files:
            found.extend(_package_problems(path, part, marker))
    return found


def _package_problems(path: Path, part: str, marker: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(path) as package:
            broken = package.testzip()
            if broken is not None:
                return [f"{path.name}: damaged member {broken}"]
            if part not in package.namelist():
                return [f"{path.name}: no {part}"]
            if marker not in package.read(part):
                return [f"{path.name}: {part} is empty"]
    except (OSError, zipfile.BadZipFile) as exc:
        return [f"{path.name}: not a readable Office file ({exc})"]
    return []


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: check_demo_output.py DIR", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    found = problems(folder)
    for line in found:
        print(f"check_demo_output: {line}", file=sys.stderr)
    if not found:
        for path in sorted(folder.iterdir()):
            print(f"{path.name}: {path.stat().st_size} bytes")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
