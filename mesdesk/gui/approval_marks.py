"""The approval mark at the right end of an outline row: a green ✓ for a section « validé »,
an amber ↻ for one « à revoir » (changed since). Drawn by a delegate so the title keeps
its text and its elision; the tooltip and the accessible text say it in words."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mesdesk.gui.approval_bar import APPROVED_COLOUR, TO_REVIEW_COLOUR
from mesdesk.gui.outline import ApprovalRole  # "approved", "to_review" or None
MARKS = {"approved": ("\u2713", APPROVED_COLOUR), "to_review": ("\u21bb", TO_REVIEW_COLOUR)}
MARK_WIDTH = 18


class ApprovalMarkDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        mark = MARKS.get(index.data(ApprovalRole))
        if mark is None:
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
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(mark[1]))
        box = QRect(option.rect.right() - MARK_WIDTH + 1, option.rect.y(), MARK_WIDTH, option.rect.height())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mark[0])
        painter.restore()
