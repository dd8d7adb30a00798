"""« Relecture »: the whole report in one continuous, read-only view, in export order and
formatted as it will be exported (headings, the Évaluation / Moyens boxes, lists, links,
note markers with the notes at the end of each section), with each section's word count
against its target. A click anywhere opens that place in the editor.

The view is built with a QTextCursor, not HTML: every block carries the place it comes
from (``PLACE_PROPERTY``), so a click maps to an outline node and a field exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QKeySequence,
    QMouseEvent,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from mesdesk.gui.indicator_labels import chip_label
from mesdesk.gui.richtext.formats import Marks, char_format, list_format
from mesdesk.model.entities import Action, Report
from mesdesk.model.richtext import Footnote, IndicatorRef, ListBlock, Paragraph, RichText, Text

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow

PLACE_PROPERTY = QTextFormat.Property.UserProperty + 40  # "node kind|uid|field"
BOX_COLOUR = QColor(242, 242, 242)
READABLE_WIDTH = 820  # pixels of text: a page's measure, not the screen's


def encode_place(kind: str, uid: str | None, field: str | None) -> str:
    return f"{kind}|{uid or ''}|{field or ''}"


def decode_place(value: str) -> tuple[tuple[str, ...], str | None]:
    """(outline key, field) from a block's place."""
    kind, uid, field = (value.split("|") + ["", ""])[:3]
    key = (kind, uid) if uid else (kind,)
    return key, field or None


class _Builder:
    """Writes the report into a QTextDocument, section by section."""

    def __init__(self, document: QTextDocument, window: "MainWindow") -> None:
        self.document = document
        self.window = window
        self.cursor = QTextCursor(document)
        self.place = ""
        self.notes: list[tuple[Text, ...]] = []
        base = document.defaultFont()
        self.heading1 = QTextCharFormat()
        self.heading1.setFontPointSize(base.pointSizeF() * 1.6)
        self.heading1.setFontWeight(QFont.Weight.Bold)
        self.heading2 = QTextCharFormat()
        self.heading2.setFontPointSize(base.pointSizeF() * 1.25)
        self.heading2.setFontWeight(QFont.Weight.Bold)
        self.count_format = QTextCharFormat()
        self.count_format.setForeground(QColor(110, 110, 110))
        self.count_format.setFontPointSize(base.pointSizeF() * 0.85)
        self.over_format = QTextCharFormat(self.count_format)
        self.over_format.setForeground(QColor(190, 0, 0))
        self.first_block = True

    # -- blocks ---------------------------------------------------------------------------
    def _block(self, fmt: QTextBlockFormat | None = None, char: QTextCharFormat | None = None) -> None:
        if fmt is None:
            fmt = QTextBlockFormat()
            fmt.setBottomMargin(5)
        else:
            fmt = QTextBlockFormat(fmt)
        fmt.setProperty(PLACE_PROPERTY, self.place)
        if self.first_block:
            self.cursor.setBlockFormat(fmt)
            self.first_block = False
        else:
            self.cursor.insertBlock(fmt, char or QTextCharFormat())
        self.cursor.setBlockCharFormat(char or QTextCharFormat())

    def heading(self, level: int, text: str, counts: str = "", over: bool = False) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(18 if level == 1 else 12)
        fmt.setBottomMargin(4)
        fmt.setHeadingLevel(level)
        self._block(fmt)
        self.cursor.insertText(text, self.heading1 if level == 1 else self.heading2)
        if counts:
            self.cursor.insertText("    " + counts, self.over_format if over else self.count_format)

    def rich(self, rich: RichText, label: str = "", box: bool = False) -> None:
        if rich.is_empty() and not label:
            return
        frame_cursor = None
        if box:
            frame = QTextFrameFormat()
            frame.setBackground(QBrush(BOX_COLOUR))
            frame.setBorder(1)
            frame.setBorderBrush(QBrush(QColor(200, 200, 200)))
            frame.setPadding(6)
            frame.setMargin(4)
            frame_cursor = self.cursor
            self.cursor.insertFrame(frame)
            self.first_block = True  # the frame's own first block takes the first paragraph
        first = True
        for block in rich.blocks or (Paragraph(()),):
            if isinstance(block, ListBlock):
                current_list = None
                for item in block.items:
                    self._block()
                    item_format = QTextListFormat(list_format(block.kind, item.level))
                    if current_list is None or item.level != current_list.format().indent() - 1:
                        current_list = self.cursor.createList(item_format)
                    else:
                        current_list.add(self.cursor.block())
                    self._inlines(item.content)
                first = False
                continue
            self._block()
            if first and label:
                bold = QTextCharFormat()
                bold.setFontWeight(QFont.Weight.Bold)
                self.cursor.insertText(label, bold)
            first = False
            self._inlines(block.content)
        if frame_cursor is not None:
            self.cursor.movePosition(QTextCursor.MoveOperation.End)
            self.first_block = True  # Qt keeps an empty block after a frame: write into it

    def _inlines(self, content: Iterable[object]) -> None:
        for inline in content:
            if isinstance(inline, Text):
                fmt = char_format(Marks(bold=inline.bold or inline.runin, italic=inline.italic, href=inline.href))
                if inline.href:
                    fmt.setForeground(QColor(0, 70, 160))
                    fmt.setFontUnderline(True)
                    fmt.setAnchor(True)
                    fmt.setAnchorHref(inline.href)
                    fmt.setToolTip(inline.href)
                self.cursor.insertText(inline.text, fmt)
            elif isinstance(inline, Footnote):
                self.notes.append(inline.content)
                marker = QTextCharFormat()
                marker.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                marker.setToolTip("".join(t.text for t in inline.content))
                self.cursor.insertText(str(len(self.notes)), marker)
            elif isinstance(inline, IndicatorRef):
                value = QTextCharFormat()
                value.setBackground(QColor(230, 240, 255))
                self.cursor.insertText(chip_label(self.window.doc, inline), value)

    def notes_here(self) -> None:
        """The notes of the section just written, numbered as in the export."""
        if not self.notes:
            return
        small = QTextCharFormat()
        small.setFontPointSize(self.document.defaultFont().pointSizeF() * 0.85)
        for number, content in enumerate(self.notes, 1):
            fmt = QTextBlockFormat()
            fmt.setLeftMargin(12)
            self._block(fmt, small)
            self.cursor.insertText(f"{number}. ", small)
            self.cursor.insertText("".join(t.text for t in content), small)
        self.notes.clear()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadThrough", text)


def _words(rich: RichText) -> int:
    return rich.word_count()


def build_readthrough(document: QTextDocument, report: Report, window: "MainWindow") -> None:
    """Fill ``document`` with the whole report in export order."""
    document.clear()
    b = _Builder(document, window)
    b.place = encode_place("cover", None, None)
    title = QTextCharFormat(b.heading1)
    title.setFontPointSize(b.heading1.fontPointSize() * 1.2)
    b._block()
    b.cursor.insertText(report.title or str(report.year), title)
    b.place = encode_place("preamble", None, "preamble")
    b.heading(1, _tr("Préambule"), _tr("%1 mots").replace("%1", str(_words(report.preamble))))
    b.rich(report.preamble)
    b.notes_here()
    for axis in report.convention.axes:
        b.place = encode_place("axis", axis.uid, None)
        b.heading(1, f"{axis.number}. {axis.title}")
        for action in axis.actions:
            _action(b, report, action)
    b.place = encode_place("conclusion", None, "conclusion")
    b.heading(1, _tr("Conclusion et perspectives"), _tr("%1 mots").replace("%1", str(_words(report.conclusion))))
    b.rich(report.conclusion)
    b.notes_here()


def _action(b: _Builder, report: Report, action: Action) -> None:
    text = report.find_text(action)
    empty = RichText()
    evaluation = text.evaluation if text is not None else empty
    narrative = text.narrative if text is not None else empty
    means = text.means if text is not None else empty
    total = sum(_words(r) for r in (evaluation, narrative, means))
    target = text.target_words if text is not None else None
    counts = (_tr("%1 / %2 mots").replace("%1", str(total)).replace("%2", str(target))
              if target else _tr("%1 mots").replace("%1", str(total)))
    b.place = encode_place("action", action.uid, "evaluation")
    b.heading(2, f"{action.number} {action.title}", counts, over=bool(target and total > target))
    b.rich(evaluation, "Evaluation = ", box=True)
    b.place = encode_place("action", action.uid, "narrative")
    b.rich(narrative)
    b.place = encode_place("action", action.uid, "means")
    b.rich(means, "Moyens = ", box=True)
    b.notes_here()


class ReadThroughView(QTextBrowser):
    """Read-only; a click (not a drag) on any text opens its place in the editor."""

    placeClicked = Signal(object, object)  # outline key, field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readThroughView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: QDesktopServices.openUrl(url))
        self._press: QPoint | None = None

    def place_at(self, point: QPoint) -> tuple[tuple[str, ...], str | None] | None:
        """The outline key and field of the text at ``point`` (viewport coordinates)."""
        value = self.cursorForPosition(point).block().blockFormat().property(PLACE_PROPERTY)
        return decode_place(value) if isinstance(value, str) and value else None

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        self._press = e.position().toPoint()
        super().mousePressEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(e)
        point = e.position().toPoint()
        if self._press is None or (point - self._press).manhattanLength() > 4:
            return  # a selection, not a click
        if self.anchorAt(point):
            return  # a link opens in the browser
        place = self.place_at(point)
        if place is not None and e.button() == Qt.MouseButton.LeftButton:
            self.placeClicked.emit(*place)


class ReadThroughWindow(QWidget):
    """A window of its own beside the main one (F7), refreshed each time it is shown."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.setObjectName("readThroughWindow")
        self.window_ = window
        self.setWindowTitle(self.tr("Relecture"))
        self.hint = QLabel(self.tr("Le bilan tel qu'il sera exporté. Un clic ouvre l'endroit dans l'éditeur."), self)
        self.hint.setWordWrap(True)
        self.view = ReadThroughView(self)
        self.view.document().setDocumentMargin(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.view.placeClicked.connect(self._open)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.resize(READABLE_WIDTH + 120, 760)

    def refresh(self) -> None:
        report = self.window_.doc.report
        self.window_.doc.save_now()  # the editors' latest words are in the model
        if report is None:
            self.view.clear()
            return
        scroll = self.view.verticalScrollBar().value()
        build_readthrough(self.view.document(), report, self.window_)
        self.view.verticalScrollBar().setValue(scroll)

    def _open(self, key: tuple[str, ...], field: str | None) -> None:
        self.window_.go_to(key, field)
        self.window_.raise_()
        self.window_.activateWindow()
