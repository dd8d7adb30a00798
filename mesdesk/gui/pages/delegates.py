"""Editors for table cells: dates with a calendar popup, counts where empty means unknown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDateEdit, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# A date edit cannot be empty: its minimum stands for "no date" and shows blank.
NO_DATE = QDate(1900, 1, 1)


def short_date_format() -> str:
    """The language's short date with a four-digit year (``dd/MM/yyyy``)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class DateDelegate(QStyledItemDelegate):
    """A QDateEdit with a calendar popup, in the interface language's short format.

    With ``optional`` the first date (blank) clears the value (an event's end date).
    """

    def __init__(self, optional: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.optional = optional

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QDateEdit(parent)
        editor.setObjectName("dateEditor")
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(short_date_format())
        if self.optional:
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(" ")
        else:
            editor.setMinimumDate(QDate(1950, 1, 1))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QDateEdit)
        if self.optional and not index.data(Qt.ItemDataRole.DisplayRole):
            editor.setDate(NO_DATE)
        elif isinstance(value, QDate):
            editor.setDate(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QDateEdit)
        date = editor.date()
        model.setData(index, None if self.optional and date == NO_DATE else date, Qt.ItemDataRole.EditRole)


class CountDelegate(QStyledItemDelegate):
    """A spin box for counts; 0 shows blank and means "not known"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 10_000_000)
        editor.setSpecialValueText(" ")
        editor.setGroupSeparatorShown(True)
        return editor
