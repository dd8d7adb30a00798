"""The file's text aligned with the report's, character by character.

A change or a comment is placed in the file's *original* text (every change rejected:
what the reviewer started from); that text is aligned with the report's text as the
Word file shows it (``suggestion_text.view_text``), so they land on the same words even
when the delegate or the reviewer changed other words around.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from mesdesk.exchange.docx.identity import comparable
from mesdesk.exchange.review_import.marks import FieldMarks
from mesdesk.exchange.review_import.sections import Section
from mesdesk.model.suggestion_text import View

__all__ = ["Alignment", "SectionState", "comparable", "plain_range"]

@dataclass
class Alignment:
    """Offsets of the file's original text mapped onto the report's view text."""

    starts: list[int]  # opcode starts in the original
    opcodes: Sequence[tuple[str, int, int, int, int]]

    @classmethod
    def of(cls, original: str, view: str) -> "Alignment":
        if original == view:  # the usual case, and the quick one
            return cls([0], [("equal", 0, len(original), 0, len(view))])
        ops = difflib.SequenceMatcher(None, original, view, autojunk=False).get_opcodes()
        return cls([op[1] for op in ops], ops)

    def map(self, offset: int) -> int:
        if not self.opcodes:
            return 0
        k = max(0, bisect_right(self.starts, offset) - 1)
        tag, i1, i2, j1, j2 = self.opcodes[k]
        if tag == "equal":
            return j1 + min(offset - i1, j2 - j1)
        return j1 if offset == i1 else j2


def plain_range(view: View, start: int, end: int) -> tuple[int, int] | None:
    a = view.plain_offset(start)
    b = view.plain_offset(end, end=True) if end > start else a
    if a is None or b is None:
        return None
    return a, b



@dataclass
class SectionState:
    section: Section
    marks: FieldMarks
    view: View
    alignment: Alignment
