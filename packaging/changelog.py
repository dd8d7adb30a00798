"""Read CHANGELOG.md: its sections by version, and the release notes of one version.

    python packaging/changelog.py notes 0.2.0    # the section's text (the release job)
    python packaging/changelog.py check 0.2.0    # exit 1 unless the version has an entry

Standard library only: the release job runs it with the CI machine's Python. A release
``X.Y.Z`` needs a section ``## [X.Y.Z] - YYYY-MM-DD``; any other version (a development
build between tags, an unknown one) is covered by ``## [Non publié / Unreleased]``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

CHANGELOG = Path(__file__).resolve().parent.parent / "CHANGELOG.md"
UNRELEASED = "Non publié / Unreleased"
# Keep a Changelog's kinds of change, each in both languages.
KINDS = (
    "Ajouté / Added",
    "Modifié / Changed",
    "Obsolète / Deprecated",
    "Supprimé / Removed",
    "Corrigé / Fixed",
    "Sécurité / Security",
)

_HEADING = re.compile(r"^## \[(?P<label>[^\]]+)\](?: - (?P<date>\S+))?\s*$")
_RELEASE = re.compile(r"\d+\.\d+\.\d+")


@dataclass(frozen=True)
class Section:
    label: str  # "0.2.0" or UNRELEASED
    date: str | None  # "2027-01-15" for a release
    body: str  # the Markdown below the heading, up to the next section


def sections(text: str) -> list[Section]:
    """The ``## [...]`` sections in the order of the file (newest first)."""
    found: list[Section] = []
    label = date = None
    lines: list[str] = []
    for line in text.splitlines():
        match = _HEADING.match(line)
        if match:
            if label is not None:
                found.append(Section(label, date, "\n".join(lines).strip()))
            label, date, lines = match["label"], match["date"], []
        elif label is not None:
            lines.append(line)
    if label is not None:
        found.append(Section(label, date, "\n".join(lines).strip()))
    return found


def section_for(version: str, text: str) -> Section | None:
    """The section a build of ``version`` is described by, None if it has none."""
    wanted = version if _RELEASE.fullmatch(version) else UNRELEASED
    return next((s for s in sections(text) if s.label == wanted), None)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("notes", "check"):
        print("usage: changelog.py notes|check VERSION", file=sys.stderr)
        return 2
    command, version = argv
    section = section_for(version.removeprefix("v"), CHANGELOG.read_text(encoding="utf-8"))
    if section is None:
        print(f"changelog.py: CHANGELOG.md has no entry for {version}", file=sys.stderr)
        return 1
    if command == "notes":
        # UTF-8 whatever the console's code page, and \n: the notes are a Markdown file.
        sys.stdout.buffer.write((section.body + "\n").encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
