"""Word numbering for the lists the writer produces.

Three list looks: bullets (level 0 a round bullet, level 1 an arrow), the ✓ list of
the convention's axes, and numbered lists (``1)``, then ``a)``). Every list gets its
own ``w:num``; a numbered one also a ``startOverride``, otherwise Word and LibreOffice
continue the count from the previous list.

Definitions are appended to whatever numbering part the template has (or a new
one), with ids above the template's own, so they never clash.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml.parser import parse_xml
from docx.parts.numbering import NumberingPart

from mesdesk.exchange.docx.elements import Element, W, el, sub

BULLET_GLYPHS = ("\u2022", "\u2192")  # • then →
CHECK_GLYPH = "\u2713"  # ✓
# Indentation of the two levels, in twentieths of a point: text at 1.26 cm and 1.89 cm.
LEVEL_LEFT = (714, 1071)
HANGING = 357
# Fonts holding the glyphs: the body font has • and →; ✓ needs a symbol font
# (LibreOffice falls back to DejaVu Sans when Segoe UI Symbol is not installed).
CHECK_FONT = "Segoe UI Symbol"


def numbering_element(document: DocxDocument) -> Element:
    """The document's ``w:numbering`` element, creating the numbering part if missing.

    python-docx 1.2 cannot create one (``NumberingPart.new`` is not implemented).
    """
    doc_part = document.part
    for rel in doc_part.rels.values():
        if rel.reltype == RT.NUMBERING and not rel.is_external:
            return rel.target_part.element
    partname = PackURI("/word/numbering.xml")
    existing = {str(p.partname) for p in doc_part.package.iter_parts()}
    n = 1
    while str(partname) in existing:
        n += 1
        partname = PackURI(f"/word/numbering{n}.xml")
    element = parse_xml(f'<w:numbering xmlns:w="{W[1:-1]}"/>')
    part = NumberingPart(partname, CT.WML_NUMBERING, element, doc_part.package)
    doc_part.relate_to(part, RT.NUMBERING)
    return element


def _level(ilvl: int, fmt: str, text: str, font: str | None) -> Element:
    lvl = el("lvl", {"ilvl": str(ilvl)})
    sub(lvl, "start", {"val": "1"})
    sub(lvl, "numFmt", {"val": fmt})
    sub(lvl, "lvlText", {"val": text})
    sub(lvl, "lvlJc", {"val": "left"})
    ppr = sub(lvl, "pPr")
    sub(ppr, "ind", {"left": str(LEVEL_LEFT[ilvl]), "hanging": str(HANGING)})
    if font:
        rpr = sub(lvl, "rPr")
        sub(rpr, "rFonts", {"ascii": font, "hAnsi": font, "cs": font, "hint": "default"})
    return lvl


class ListNumbering:
    """Allocates numbering definitions and list instances in one document."""

    def __init__(self, document: DocxDocument) -> None:
        self._root = numbering_element(document)
        abstract_ids = [int(a.get(W + "abstractNumId", "0")) for a in self._root.iterfind(W + "abstractNum")]
        num_ids = [int(n.get(W + "numId", "0")) for n in self._root.iterfind(W + "num")]
        self._next_abstract = max(abstract_ids, default=-1) + 1
        self._next_num = max(num_ids, default=0) + 1
        self._abstract: dict[str, int] = {}
        self._shared: dict[str, int] = {}

    def new_bullet_list(self) -> int:
        """A numId for one bullet list: each list its own instance, so two lists that
        follow each other stay two lists (for Word's list commands and for re-import)."""
        return int(self._add_num(self._abstract_id("bullet")).get(W + "numId", "0"))

    def checks(self) -> int:
        """The numId of the ✓ list."""
        return self._shared_num("check")

    def new_numbered_list(self) -> int:
        """A fresh numId for one numbered list, starting again at 1 on both levels."""
        num = self._add_num(self._abstract_id("number"))
        for ilvl in (0, 1):
            override = sub(num, "lvlOverride", {"ilvl": str(ilvl)})
            sub(override, "startOverride", {"val": "1"})
        return int(num.get(W + "numId", "0"))

    # -- internals -------------------------------------------------------------------
    def _shared_num(self, look: str) -> int:
        if look not in self._shared:
            num = self._add_num(self._abstract_id(look))
            self._shared[look] = int(num.get(W + "numId", "0"))
        return self._shared[look]

    def _abstract_id(self, look: str) -> int:
        if look in self._abstract:
            return self._abstract[look]
        abstract_id = self._next_abstract
        self._next_abstract += 1
        abstract = el("abstractNum", {"abstractNumId": str(abstract_id)})
        sub(abstract, "multiLevelType", {"val": "hybridMultilevel"})
        if look == "bullet":
            levels = [_level(i, "bullet", g, None) for i, g in enumerate(BULLET_GLYPHS)]
        elif look == "check":
            levels = [_level(0, "bullet", CHECK_GLYPH, CHECK_FONT), _level(1, "bullet", BULLET_GLYPHS[1], None)]
        else:
            levels = [_level(0, "decimal", "%1)", None), _level(1, "lowerLetter", "%2)", None)]
        abstract.extend(levels)
        # Schema order: every abstractNum comes before the first num.
        first_num = self._root.find(W + "num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self._insert_before_cleanup(abstract)
        self._abstract[look] = abstract_id
        return abstract_id

    def _add_num(self, abstract_id: int) -> Element:
        num = el("num", {"numId": str(self._next_num)})
        self._next_num += 1
        sub(num, "abstractNumId", {"val": str(abstract_id)})
        self._insert_before_cleanup(num)
        return num

    def _insert_before_cleanup(self, element: Element) -> None:
        cleanup = self._root.find(W + "numIdMacAtCleanup")
        if cleanup is not None:
            cleanup.addprevious(element)
        else:
            self._root.append(element)
