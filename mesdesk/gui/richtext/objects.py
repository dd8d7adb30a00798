"""Drawing of the inline objects: footnote markers and indicator chips.

Both are a single object-replacement character in the document (see ``convert.py``),
so the cursor steps over them in one move and Delete removes them whole, with undo.
A footnote marker shows its number, computed from the document order each time it is
drawn: inserting or deleting a note renumbers the others at once, and no number is
ever stored.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPointF, QRectF, QSizeF, QTimer
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from mesdesk.model.richtext import IndicatorRef, indicator_placeholder

from .convert import (
    CHIP_BACKGROUND,
    CHIP_BORDER,
    CHIP_TEXT,
    FOOTNOTE_COLOR,
    FOOTNOTE_OBJECT,
    INDICATOR_OBJECT,
    OBJECT_CHAR,
    object_inline,
)

IndicatorLabeler = Callable[[IndicatorRef], str]

_SUPERSCRIPT_SCALE = 0.72


def _resolved_font(doc: QTextDocument, fmt: QTextFormat) -> QFont:
    return QTextCharFormat(fmt).font().resolve(doc.defaultFont())


def footnote_positions(doc: QTextDocument) -> list[int]:
    """Document positions of the footnote markers, in order.

    Reads block fragments only: a QTextCursor would ask the layout for its x position,
    and the layout asks the markers for their size, i.e. for these very numbers.
    """
    text = doc.toRawText()  # positions match the document's, markers included
    positions: list[int] = []
    start = text.find(OBJECT_CHAR)
    while start >= 0:
        block = doc.findBlock(start)
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            it += 1
            if frag.charFormat().objectType() == FOOTNOTE_OBJECT:
                base = frag.position()
                positions.extend(base + i for i, ch in enumerate(frag.text()) if ch == OBJECT_CHAR)
        start = text.find(OBJECT_CHAR, block.position() + block.length())
    return positions


def object_format_at(doc: QTextDocument, position: int) -> QTextCharFormat | None:
    """The format of the object character at ``position`` (no cursor, no layout)."""
    if not 0 <= position < doc.characterCount() - 1 or doc.characterAt(position) != OBJECT_CHAR:
        return None
    block = doc.findBlock(position)
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        it += 1
        if frag.position() <= position < frag.position() + frag.length():
            return frag.charFormat()
    return None


class FootnoteMarkers(QPyTextObject):
    """Draws footnote markers as superscript numbers, renumbered live."""

    def __init__(self, doc: QTextDocument) -> None:
        super().__init__(doc)
        self._doc = doc
        self._numbers: dict[int, int] | None = None
        self._shown: list[int] = []  # positions as last laid out, to find stale numbers
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._refresh_numbers)
        doc.contentsChange.connect(self._on_change)
        doc.documentLayout().registerHandler(FOOTNOTE_OBJECT, self)

    def number_at(self, position: int) -> int:
        if self._numbers is None:
            self._numbers = {pos: i + 1 for i, pos in enumerate(footnote_positions(self._doc))}
        return self._numbers.get(position, 0)

    def _on_change(self, position: int, removed: int, added: int) -> None:
        self._numbers = None
        if removed or added:
            self._relayout.start()

    def _refresh_numbers(self) -> None:
        """Re-lay out markers whose number changed, so their width and paint follow.

        ``markContentsDirty`` is layout only: it adds nothing to the undo stack and
        does not signal a content change.
        """
        positions = footnote_positions(self._doc)
        old = self._shown
        self._shown = positions
        first_diff = next(
            (i for i, (a, b) in enumerate(zip(old, positions)) if a != b),
            min(len(old), len(positions)),
        )
        if len(old) == len(positions) and first_diff == len(positions):
            return
        for pos in positions[first_diff:]:
            self._doc.markContentsDirty(pos, 1)

    def _font(self, doc: QTextDocument, fmt: QTextFormat) -> QFont:
        font = _resolved_font(doc, fmt)
        font.setPointSizeF(font.pointSizeF() * _SUPERSCRIPT_SCALE)
        font.setWeight(QFont.Weight.DemiBold)
        font.setItalic(False)
        font.setUnderline(False)
        return font

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        label = str(self.number_at(pos) or "?")
        small = QFontMetricsF(self._font(doc, fmt))
        normal = QFontMetricsF(_resolved_font(doc, fmt))
        return QSizeF(small.horizontalAdvance(label) + 2.0, normal.ascent())

    def drawObject(  # noqa: N802
        self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        label = str(self.number_at(pos) or "?")
        font = self._font(doc, fmt)
        painter.save()
        painter.setFont(font)
        painter.setPen(FOOTNOTE_COLOR)
        baseline = rect.top() + QFontMetricsF(font).ascent() - 1.0
        painter.drawText(QPointF(rect.left() + 1.0, baseline), label)
        painter.restore()


class IndicatorChips(QPyTextObject):
    """Draws indicator references as small tinted chips holding the indicator's label."""

    def __init__(self, doc: QTextDocument, labeler: IndicatorLabeler | None = None) -> None:
        super().__init__(doc)
        self._doc = doc
        self._labeler: IndicatorLabeler = labeler or indicator_placeholder
        doc.documentLayout().registerHandler(INDICATOR_OBJECT, self)

    def setLabeler(self, labeler: IndicatorLabeler | None) -> None:  # noqa: N802
        self._labeler = labeler or indicator_placeholder
        self._doc.markContentsDirty(0, self._doc.characterCount())

    def label(self, fmt: QTextFormat) -> str:
        ref = object_inline(QTextCharFormat(fmt))
        if not isinstance(ref, IndicatorRef):
            return "[?]"
        return self._labeler(ref)

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        metrics = QFontMetricsF(self._font(doc, fmt))
        return QSizeF(metrics.horizontalAdvance(self.label(fmt)) + 10.0, metrics.height() + 2.0)

    def _font(self, doc: QTextDocument, fmt: QTextFormat) -> QFont:
        font = _resolved_font(doc, fmt)
        font.setPointSizeF(font.pointSizeF() * 0.92)
        font.setUnderline(False)
        return font

    def drawObject(  # noqa: N802
        self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        font = self._font(doc, fmt)
        metrics = QFontMetricsF(font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = rect.adjusted(1.0, 1.0, -1.0, -1.0)
        painter.setPen(QPen(CHIP_BORDER, 1.0))
        painter.setBrush(CHIP_BACKGROUND)
        painter.drawRoundedRect(box, 4.0, 4.0)
        painter.setFont(font)
        painter.setPen(CHIP_TEXT)
        baseline = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent()
        painter.drawText(QPointF(box.left() + 4.0, baseline), self.label(fmt))
        painter.restore()


def install_object_handlers(
    doc: QTextDocument, labeler: IndicatorLabeler | None = None
) -> tuple[FootnoteMarkers, IndicatorChips]:
    """Register the marker and chip painters on ``doc``'s layout (owned by ``doc``)."""
    return FootnoteMarkers(doc), IndicatorChips(doc, labeler)


__all__ = [
    "FootnoteMarkers",
    "IndicatorChips",
    "IndicatorLabeler",
    "footnote_positions",
    "object_format_at",
    "install_object_handlers",
]
