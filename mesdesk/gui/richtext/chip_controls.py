"""The edit's indicator chips: inserting one, their labels, and finding objects under the mouse.

A mixin of ``RichTextEdit``. A chip is one object character drawn by ``objects.py``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from mesdesk.model.richtext import IndicatorRef

from .formats import OBJECT_CHAR, char_format, indicator_format, object_inline, read_marks
from .objects import IndicatorChips, IndicatorLabeler, IndicatorMissing, object_format_at, object_formats

# Mixed into RichTextEdit, a QTextEdit: type-checked as one, a plain class at run time.
_Edit = QTextEdit if TYPE_CHECKING else object


class ChipControls(_Edit):
    """Indicator value chips in a ``RichTextEdit``."""

    if TYPE_CHECKING:  # provided by RichTextEdit
        _labeler: tuple[IndicatorLabeler | None, IndicatorMissing | None]
        _chips: IndicatorChips

    def setIndicatorLabeler(  # noqa: N802
        self, labeler: IndicatorLabeler | None, missing: IndicatorMissing | None = None
    ) -> None:
        """How indicator chips are labelled (e.g. the indicator's name; default: its uid),
        and which have no value (``missing``: drawn amber)."""
        self._labeler = (labeler, missing)
        self._chips.setLabeler(labeler, missing)

    def insertIndicatorRef(self, ref: IndicatorRef) -> None:  # noqa: N802
        """Put an indicator's value chip at the cursor (replacing the selection)."""
        cursor = self.textCursor()
        marks = read_marks(cursor.charFormat())
        cursor.insertText(OBJECT_CHAR, indicator_format(ref, marks))
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(char_format(replace(marks, href=None)))

    def isIndicatorMissingAt(self, position: int) -> bool:  # noqa: N802
        """Whether the chip at ``position`` is drawn as having no value."""
        fmt = object_format_at(self.document(), position)
        return fmt is not None and self._chips.isMissing(fmt)

    def indicatorChips(self) -> list[tuple[int, IndicatorRef, str]]:  # noqa: N802
        """Every indicator chip in order: (position, reference, label shown)."""
        chips = []
        for pos, fmt in object_formats(self.document()):
            inline = object_inline(fmt)
            if isinstance(inline, IndicatorRef):
                chips.append((pos, inline, self._chips.label(fmt)))
        return chips

    def objectAt(self, point: QPoint) -> int | None:  # noqa: N802
        """The position of the object character (marker, chip) under a viewport point."""
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        hit = self.document().documentLayout().hitTest(QPointF(point) + offset, Qt.HitTestAccuracy.FuzzyHit)
        doc = self.document()
        for pos in (hit, hit - 1):
            if 0 <= pos < doc.characterCount() - 1 and doc.characterAt(pos) == OBJECT_CHAR:
                c = QTextCursor(doc)
                c.setPosition(pos)
                left = self.cursorRect(c)
                c.setPosition(pos + 1)
                right = self.cursorRect(c)
                if left.top() == right.top() and left.left() - 1 <= point.x() <= right.left() + 1 and (
                    left.top() <= point.y() <= left.bottom()
                ):
                    return pos
        return None
