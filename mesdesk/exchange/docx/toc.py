"""The table of contents: a real ``TOC`` field over heading levels 1–2, pre-filled.

python-docx can only insert an empty field, which Word fills when it updates fields
and LibreOffice's PDF conversion never fills. So the field result holds one
paragraph per heading, in the TOC 1 / TOC 2 styles, each entry an internal link to a
bookmark around its heading (what Word's own ``\\h`` switch produces). Page numbers
are left to Word's field update (the settings ask for one on opening): a guessed
page number would be wrong as soon as fonts differ, while the entries are right
everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from mesdesk.exchange.docx.elements import Element, W, bookmark_end, bookmark_start, el, paragraph, run
from mesdesk.exchange.docx.fields import field_char, instruction

TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


@dataclass(frozen=True, slots=True)
class TocEntry:
    level: int  # 1 or 2
    text: str
    bookmark: str


class Bookmarks:
    """Bookmark names and ids for the headings (``_Toc…`` names, as Word gives them)."""

    def __init__(self) -> None:
        self._next = 1

    def wrap(self, p: Element) -> str:
        """Put a new bookmark around the content of heading paragraph ``p``; returns its name."""
        bookmark_id = self._next
        self._next += 1
        name = f"_Toc{100000000 + bookmark_id}"
        ppr = p.find(W + "pPr")
        p.insert(1 if ppr is not None else 0, bookmark_start(bookmark_id, name))
        p.append(bookmark_end(bookmark_id))
        return name


def toc_paragraphs(entries: list[TocEntry], *, toc1: str, toc2: str) -> list[Element]:
    """The field's paragraphs: ``begin`` + instruction in the first, ``end`` in the last."""
    paragraphs: list[Element] = []
    for entry in entries:
        p = paragraph(toc1 if entry.level == 1 else toc2)
        link = el("hyperlink", {"anchor": entry.bookmark, "history": "1"})
        link.append(run(entry.text))
        p.append(link)
        paragraphs.append(p)
    if not paragraphs:
        paragraphs.append(paragraph(toc1))
    first, last = paragraphs[0], paragraphs[-1]
    start = 1 if first.find(W + "pPr") is not None else 0
    for offset, r in enumerate((field_char("begin"), instruction(TOC_INSTRUCTION), field_char("separate"))):
        first.insert(start + offset, r)
    last.append(field_char("end"))
    return paragraphs
