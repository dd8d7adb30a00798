"""Drawing of the inline objects: footnote markers and indicator chips.

Both are a single object-replacement character in the document (see ``formats.py``),
so the cursor steps over them in one move and Delete removes them whole, with undo.
A footnote marker shows its number, computed from the document order each time it is
drawn: inserting or deleting a note renumbers the others at once, and no number is
ever stored.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSizeF, QTimer
from PySide6.QtGui import (
    QColor,
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

from .formats import (
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
# Whether a reference has no value to show (drawn amber, so the writer sees it in the text).
IndicatorMissing = Callable[[IndicatorRef], bool]
MISSING_BACKGROUND = QColor("#fdf0d5")
MISSING_BORDER = QColor("#e0b050")
MISSING_TEXT = QColor("#6b4a00")

_SUPERSCRIPT_SCALE = 0.72
_FAR = 1 << 62


def _resolved_font(doc: QTextDocument, fmt: QTextFormat) -> QFont:
    return QTextCharFormat(fmt).font().resolve(doc.defaultFont())


def utf16_positions(text: str, char: str = OBJECT_CHAR) -> list[int]:
    """Where ``char`` occurs in ``text``, counted in UTF-16 units as Qt counts positions.

    Python counts code points: past an emoji the two differ by one.
    """
    if char not in text:
        return []
    data = text.encode("utf-16-le", "surrogatepass")
    needle = char.encode("utf-16-le")
    found: list[int] = []
    i = data.find(needle)
    while i >= 0:
        if i % 2 == 0:
            found.append(i // 2)
        i = data.find(needle, i + 1)
    return found


def object_formats(doc: QTextDocument) -> list[tuple[int, QTextCharFormat]]:
    """Every object character (markers, chips, foreign objects) with its format, in order.

    Reads block fragments only: a QTextCursor would ask the layout for its x position,
    and the layout asks the markers for their size, i.e. for these very numbers.
    """
    found: list[tuple[int, QTextCharFormat]] = []
    block_end = -1
    fragments: list[tuple[int, int, QTextCharFormat]] = []
    for pos in utf16_positions(doc.toRawText()):
        if pos >= block_end:
            block = doc.findBlock(pos)
            block_end = block.position() + block.length()
            fragments = []
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                it += 1
                fragments.append((frag.position(), frag.length(), frag.charFormat()))
        for start, length, fmt in fragments:
            if start <= pos < start + length:
                found.append((pos, fmt))
                break
    return found


def footnote_positions(doc: QTextDocument) -> list[int]:
    """Document positions of the footnote markers, in order."""
    return [pos for pos, fmt in object_formats(doc) if fmt.objectType() == FOOTNOTE_OBJECT]


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
    """Draws footnote markers as superscript numbers, renumbered live.

    The markers' positions are kept up to date incrementally: an edit that neither
    touches nor inserts an object character only shifts the positions after it.
    Otherwise they are read again from the document, at most once per edit.
    """

    def __init__(self, doc: QTextDocument) -> None:
        super().__init__(doc)
        self._doc = doc
        self._positions: list[int] | None = None  # sorted; None: to be read again
        self._laid_out_count = 0  # markers at the last renumbering
        self._changed_from = _FAR  # first position edited since then
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._refresh_numbers)
        doc.contentsChange.connect(self._on_change)
        doc.documentLayout().registerHandler(FOOTNOTE_OBJECT, self)

    def positions(self) -> list[int]:
        if self._positions is None:
            self._positions = footnote_positions(self._doc)
        return self._positions

    def number_at(self, position: int) -> int:
        """The number shown by the marker at ``position`` (0 when there is none)."""
        positions = self.positions()
        i = bisect_left(positions, position)
        return i + 1 if i < len(positions) and positions[i] == position else 0

    def _on_change(self, position: int, removed: int, added: int) -> None:
        if not (removed or added):
            return
        if self._positions is not None and self._shift(self._positions, position, removed, added):
            return  # no marker came or went: every number stays
        self._positions = None
        self._changed_from = min(self._changed_from, position)
        self._relayout.start()

    def _shift(self, old: list[int], position: int, removed: int, added: int) -> bool:
        first = bisect_left(old, position)
        if first < len(old) and old[first] < position + removed:
            return False  # a marker was in the replaced text (or its format changed)
        if added > 256:
            return False  # a paste: reading again is cheaper than looking
        doc = self._doc
        if any(doc.characterAt(p) == OBJECT_CHAR for p in range(position, position + added)):
            return False
        delta = added - removed
        if delta:
            self._positions = old[:first] + [p + delta for p in old[first:]]
        return True

    def _refresh_numbers(self) -> None:
        """Re-lay out the markers after an edit that added or removed some.

        Numbers follow document order, so they only change when the count of markers
        does; then every marker after the edit may show a new (and wider) number.
        ``markContentsDirty`` is layout only: no undo step, no content-change signal.
        """
        changed_from, self._changed_from = self._changed_from, _FAR
        positions = self.positions()
        if len(positions) == self._laid_out_count:
            return
        self._laid_out_count = len(positions)
        for pos in positions:
            if pos >= changed_from:
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
        self._missing: IndicatorMissing | None = None
        doc.documentLayout().registerHandler(INDICATOR_OBJECT, self)

    def setLabeler(self, labeler: IndicatorLabeler | None, missing: IndicatorMissing | None = None) -> None:  # noqa: N802
        self._labeler = labeler or indicator_placeholder
        self._missing = missing
        self._doc.markContentsDirty(0, self._doc.characterCount())

    def isMissing(self, fmt: QTextFormat) -> bool:  # noqa: N802
        ref = object_inline(QTextCharFormat(fmt))
        return isinstance(ref, IndicatorRef) and self._missing is not None and self._missing(ref)

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
        missing = self.isMissing(fmt)
        painter.setPen(QPen(MISSING_BORDER if missing else CHIP_BORDER, 1.0))
        painter.setBrush(MISSING_BACKGROUND if missing else CHIP_BACKGROUND)
        painter.drawRoundedRect(box, 4.0, 4.0)
        painter.setFont(font)
        painter.setPen(MISSING_TEXT if missing else CHIP_TEXT)
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
    "IndicatorMissing",
    "footnote_positions",
    "object_format_at",
    "object_formats",
    "install_object_handlers",
]
