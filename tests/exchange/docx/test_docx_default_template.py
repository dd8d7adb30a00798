"""The committed default template: what the script builds, A4, the styles the writer needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx

from mesdesk.exchange.docx import default_template

SCRIPT = Path(__file__).resolve().parents[3] / "tools" / "make_template.py"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_committed_template_is_what_the_script_builds(tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.docx"
    subprocess.run([sys.executable, str(SCRIPT), str(rebuilt)], check=True, capture_output=True)
    assert rebuilt.read_bytes() == default_template().read_bytes(), "run `make template` and commit the result"


def test_default_template_is_a4_with_the_writer_styles() -> None:
    document = docx.Document(str(default_template()))
    section = document.sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    names = {style.name for style in document.styles}
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Evaluation", "Moyens", "Intertitre",
                 "List Bullet", "List Bullet 2", "List Number", "List Number 2", "Hyperlink", "footnote text",
                 "footnote reference", "TOC Heading", "toc 1", "toc 2", "Header", "Footer", "Contact"):
        assert name in names, name
    levels = {
        style.name: style.element.find(f"{W}pPr/{W}outlineLvl").get(W + "val")
        for style in document.styles
        if style.element.find(f"{W}pPr/{W}outlineLvl") is not None
    }
    assert levels["Heading 1"] == "0" and levels["Heading 2"] == "1"
    assert levels.get("TOC Heading", "9") == "9"  # the TOC's title is not listed in the TOC
    assert document.styles["Hyperlink"].font.underline is True
    assert document.styles["footnote reference"].font.superscript is True
    assert document.styles["Intertitre"].font.bold is True
