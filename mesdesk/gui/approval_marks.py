"""The approval mark at the right end of an outline row: a green disc with a check for a
section « validé », an amber disc with « ! » for one « à revoir » (changed since). Drawn
by a delegate so the title keeps its text and its elision; the tooltip and the
accessible text say it in words (``outline.py``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mesdesk.gui.approval_bar import APPROVED_COLOUR, TO_REVIEW_MARK
from mesdesk.gui.outline import ApprovalRole  # "approved", "to_review" or None

COLOURS = {"approved": APPROVED_COLOUR, "to_review": TO_REVIEW_MARK}
MARK_WIDTH = 18


class ApprovalMarkDelegate(QStyledItemDelegate):
    """The outline's delegate: the approval marks, and a title being typed kept."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        # Qt calls this again whenever the row being renamed changes (``dataChanged``): on a
        # shared server, each time someone enters or leaves that section. Once the user has
        # typed, the title is theirs; another's newer title is met as a conflict at saving.
        if isinstance(editor, QLineEdit) and editor.isModified():
            return
        super().setEditorData(editor, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        colour = COLOURS.get(index.data(ApprovalRole))
        if colour is None:
            super().paint(painter, option, index)
            return
        # The row's background (selection, hover) spans the mark too; the text ends before it.
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        style = full.widget.style() if full.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, full, painter, full.widget)
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = QRect(option.rect.x(), option.rect.y(), option.rect.width() - MARK_WIDTH, option.rect.height())
        super().paint(painter, narrowed, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = min(14, option.rect.height() - 4)
        x = option.rect.right() - MARK_WIDTH + (MARK_WIDTH - size) / 2 + 1
        y = option.rect.y() + (option.rect.height() - size) / 2
        disc = QRectF(x, y, size, size)
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(disc)
        pen = QPen(QColor("white"), max(1.6, size / 7))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if index.data(ApprovalRole) == "approved":  # a check mark
            painter.drawPolyline([QPointF(x + size * 0.27, y + size * 0.52), QPointF(x + size * 0.44, y + size * 0.70),
                                  QPointF(x + size * 0.74, y + size * 0.32)])
        else:  # « à revoir »: an exclamation mark
            painter.drawLine(QPointF(x + size / 2, y + size * 0.24), QPointF(x + size / 2, y + size * 0.56))
            painter.drawPoint(QPointF(x + size / 2, y + size * 0.76))
        painter.restore()
