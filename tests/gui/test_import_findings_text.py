"""The Word import's findings: every code the command line words in French has the same
source text in the GUI's tr() table, and an English translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import mesdesk.exchange.docx_import  # noqa: F401  (registers the codes)
from mesdesk.gui import findings_text
from mesdesk.model.findings import FRENCH
from mesdesk.resources import translations_dir


def test_every_word_import_code_is_in_the_gui_table_with_the_cli_wording() -> None:
    codes = {code for code in FRENCH if code.startswith("docx_import.")}
    assert len(codes) > 50
    assert codes <= findings_text.known_codes()
    for code in codes:
        assert findings_text._TEXTS[code] == FRENCH[code], code


def test_every_word_import_text_has_an_english_translation() -> None:
    root = ET.parse(translations_dir() / "mesdesk_en.ts").getroot()
    english = {
        message.findtext("source"): message.find("translation")
        for context in root.iter("context") if context.findtext("name") == "Findings"
        for message in context.iter("message")
    }
    for code in (c for c in FRENCH if c.startswith("docx_import.")):
        translation = english.get(FRENCH[code])  # type: ignore[arg-type]
        assert translation is not None and (translation.text or "").strip(), code
        assert translation.get("type") is None, code
