"""Helpers shared by the Word export tests: package relationships, and organisation
templates built from our default one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import docx
import docx.document
import docx.shared

from mesdesk.exchange.docx import default_template

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class Rel:
    """One relationship of a package part, as read from its ``.rels``."""

    rid: str
    type: str
    target: str
    external: bool


def rename_style(document: docx.document.Document, old_id: str, new_id: str, new_name: str) -> None:
    style = next(s for s in document.styles.element.iter(W + "style") if s.get(W + "styleId") == old_id)
    style.set(W + "styleId", new_id)
    style.find(W + "name").set(W + "val", new_name)


def french_template(path: Path) -> Path:
    """Our template as an old French Word would store it: localised names and ids,
    the organisation's own heading colour, and the « Moyens » style missing."""
    document = docx.Document(str(default_template()))
    rename_style(document, "Heading1", "Titre1", "Titre 1")
    rename_style(document, "Heading2", "Titre2", "Titre 2")
    rename_style(document, "Hyperlink", "Lienhypertexte", "Lien hypertexte")
    rename_style(document, "FootnoteText", "Notedebasdepage", "Note de bas de page")
    document.styles["Titre 1"].font.color.rgb = docx.shared.RGBColor(0xC0, 0x00, 0x00)
    moyens = next(s for s in document.styles.element.iter(W + "style") if s.get(W + "styleId") == "Moyens")
    moyens.getparent().remove(moyens)
    document.save(str(path))
    return path
