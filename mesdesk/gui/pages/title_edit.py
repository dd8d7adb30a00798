"""A one-paragraph title field that wraps instead of scrolling sideways.

A long action title (« Consolidation des outils de communication et de leur animation
régulière ») did not fit a QLineEdit at 1366×768: the end was simply cut. This field
wraps onto as many lines as it needs (up to ``MAX_LINES``, then scrolls, with the
whole title in the tooltip) and behaves like a line edit otherwise: Enter or leaving
it ends the edit (``editingFinished``), Escape restores the title, no line breaks.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

MAX_LINES = 3


class TitleEdit(QTextEdit):
    """``text()`` / ``setText()`` / ``editingFinished`` like a QLineEdit, wrapping like a label."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No bar: it would narrow the text and change the wrapping it depends on.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(1.0)
        self._committed = ""
        self.document().contentsChanged.connect(self._fit_height)

    # -- QLineEdit-like API ---------------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802
        self._committed = text
        self.setPlainText(text)
        self._fit_height()

    def setCursorPosition(self, position: int) -> None:  # noqa: N802
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- keys and focus -------------------------------------------------------------------
    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish()
            return
        if e.key() == Qt.Key.Key_Escape and self.toPlainText() != self._committed:
            self.setText(self._committed)
            self.moveCursor(QTextCursor.MoveOperation.End)
            return
        super().keyPressEvent(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(e)
        if e.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu is not leaving
            self._finish()

    def _finish(self) -> None:
        self._committed = self.toPlainText()
        self.editingFinished.emit()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        """A pasted paragraph becomes one line: a title has no line breaks."""
        text = " ".join(source.text().split())
        if text:
            self.textCursor().insertText(text)

    # -- size -----------------------------------------------------------------------------
    def _fit_height(self) -> None:
        """As tall as the wrapped title, between one and ``MAX_LINES`` lines."""
        margin = 2 * self.document().documentMargin()
        line = self.fontMetrics().lineSpacing()
        content = self.document().size().height()
        shown = max(line + margin, min(content, MAX_LINES * line + margin))
        frame = self.contentsMargins()
        height = int(shown + 0.999) + frame.top() + frame.bottom()
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
        # QTextEdit keeps the scroll range of the height it had while the text was laid
        # out; a stale range would let the wheel push the first line out of sight.
        self.verticalScrollBar().setRange(0, max(0, math.ceil(content) - self.viewport().height()))
        # Past MAX_LINES the field scrolls: the tooltip still shows the whole title.
        self.setToolTip(self.toPlainText() if content > MAX_LINES * line + margin + 1 else "")

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(e)
        self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.height())

    def lineCount(self) -> int:  # noqa: N802
        """Lines the title takes at the current width."""
        layout = self.document().firstBlock().layout()
        return layout.lineCount() if layout is not None else 1
