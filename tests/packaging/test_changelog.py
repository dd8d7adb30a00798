"""CHANGELOG.md: one bilingual entry per release, and one for the version being built."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import mesdesk
from mesdesk.version import is_release

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import changelog  # noqa: E402

sys.path.remove(str(REPO / "packaging"))

TEXT = changelog.CHANGELOG.read_text(encoding="utf-8")


def test_the_version_being_built_has_an_entry() -> None:
    """A tag vX.Y.Z needs its section; a build between tags, « Non publié / Unreleased »."""
    section = changelog.section_for(mesdesk.__version__, TEXT)
    expected = mesdesk.__version__ if is_release(mesdesk.__version__) else changelog.UNRELEASED
    assert section is not None, f"CHANGELOG.md has no « ## [{expected}] » section for {mesdesk.__version__}"
    assert section.label == expected
    assert re.search(r"^- ", section.body, re.MULTILINE), "the entry lists no change"


def test_sections_are_newest_first_with_dates() -> None:
    found = changelog.sections(TEXT)
    assert found, "no ## [...] section"
    labels = [s.label for s in found]
    assert labels.count(changelog.UNRELEASED) <= 1
    if changelog.UNRELEASED in labels:
        assert labels[0] == changelog.UNRELEASED, "« Non publié / Unreleased » comes first"
    releases = [s for s in found if s.label != changelog.UNRELEASED]
    for section in releases:
        assert is_release(section.label), f"« {section.label} » is not X.Y.Z"
        assert section.date is not None, f"{section.label} has no date"
        dt.date.fromisoformat(section.date)
    numbers = [tuple(int(n) for n in s.label.split(".")) for s in releases]
    assert numbers == sorted(numbers, reverse=True) and len(set(numbers)) == len(numbers)


def test_every_change_is_written_in_french_then_english() -> None:
    for section in changelog.sections(TEXT):
        kinds = re.findall(r"^### (.+)$", section.body, re.MULTILINE)
        assert kinds, f"{section.label}: no « ### Ajouté / Added »-like heading"
        for kind in kinds:
            assert kind in changelog.KINDS, f"{section.label}: « {kind} » is not one of {changelog.KINDS}"
        # Each bullet: French lines, then its English translation in italics.
        for bullet in re.split(r"^- ", section.body, flags=re.MULTILINE)[1:]:
            bullet = bullet.split("\n### ", 1)[0].strip()
            english = re.search(r"\*([^*]+)\*\s*$", bullet)
            assert english is not None, f"{section.label}: no English (in italics) after « {bullet[:60]}… »"
            assert bullet.index(english.group(0)) > 0, f"{section.label}: French first: « {bullet[:60]}… »"


def test_sections_are_found_and_notes_extracted() -> None:
    text = (
        "# Changelog\n\n## [Non publié / Unreleased]\n\n### Corrigé / Fixed\n\n- a\n  *a*\n\n"
        "## [0.2.0] - 2027-03-01\n\n### Ajouté / Added\n\n- b\n  *b*\n\n"
        "## [0.1.0] - 2027-01-15\n\n- c\n"
    )
    assert [s.label for s in changelog.sections(text)] == [changelog.UNRELEASED, "0.2.0", "0.1.0"]
    assert changelog.section_for("0.2.0", text).body.endswith("- b\n  *b*")  # type: ignore[union-attr]
    assert changelog.section_for("0.2.1.dev4+g1a2b3c4", text).label == changelog.UNRELEASED  # type: ignore[union-attr]
    assert changelog.section_for("0.3.0", text) is None
    without_unreleased = text.replace("## [Non publié / Unreleased]", "## [0.2.1] - 2027-04-01")
    assert changelog.section_for("0.2.2.dev1+gabc", without_unreleased) is None


def test_release_job_gets_the_notes_and_refuses_a_missing_entry() -> None:
    script = REPO / "packaging" / "changelog.py"
    version = mesdesk.__version__
    notes = subprocess.run([sys.executable, str(script), "notes", f"v{version}"], capture_output=True, text=True,
                           encoding="utf-8", timeout=60)
    assert notes.returncode == 0, notes.stderr
    assert notes.stdout.strip() == changelog.section_for(version, TEXT).body  # type: ignore[union-attr]
    missing = subprocess.run([sys.executable, str(script), "check", "v999.0.0"], capture_output=True, text=True,
                             encoding="utf-8", timeout=60)
    assert missing.returncode == 1
    assert "no entry for v999.0.0" in missing.stderr
