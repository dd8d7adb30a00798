"""Editors for table cells: dates with a calendar popup, counts where empty means unknown,
choices among the convention's objects, free text with suggestions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mesdesk.gui.pages.date_field import DateField, keeps_invalid_open, short_date_format

# A date edit cannot be empty: its minimum stands for "no date" and shows blank (the cover).
NO_DATE = QDate(1900, 1, 1)

__all__ = ["NO_DATE", "short_date_format", "DateDelegate", "CountDelegate", "ChoiceDelegate", "SuggestionDelegate"]


class DateDelegate(QStyledItemDelegate):
    """A ``DateField``: typed as the user types dates, or picked in its calendar.

    With ``optional`` the field may be left empty (an event's end date). The calendar
    opens on the date of the cell's edit role (the end date falls back to the start).
    An impossible date keeps the editor open, in red; it never changes the model.
    """

    def __init__(self, optional: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.optional = optional

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        return DateField(parent)

    def eventFilter(self, editor: Any, event: Any) -> bool:  # noqa: N802
        # The view installs the delegate on its editor: Enter or Tab on an impossible
        # date leaves it open, in red, rather than closing it with the old date back.
        if keeps_invalid_open(editor, event):
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, DateField)
        reference = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(reference, QDate) and reference.isValid():
            editor.setCalendarStart(reference)
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        editor.setDate(dt.date(reference.year(), reference.month(), reference.day())
                       if shown and isinstance(reference, QDate) else None)
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, DateField)
        try:
            value = editor.date()
        except ValueError:
            return  # shown in red while it was open; the cell keeps its date
        if value is None and not self.optional:
            return  # a start date cannot be removed
        model.setData(index, QDate(value.year, value.month, value.day) if value else None, Qt.ItemDataRole.EditRole)


class CountDelegate(QStyledItemDelegate):
    """A spin box for counts; 0 shows blank and means "not known"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 10_000_000)
        editor.setSpecialValueText(" ")
        editor.setGroupSeparatorShown(True)
        return editor


# The item data of a choice: a uid, or "" for "none". Plain strings: comparing wrapped
# Python objects in a QVariant (findData) mishandles reference counts in PySide6.
Choices = Callable[[], list[tuple[str, str]]]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box listing ``choices()`` (label, uid); the model gets the chosen uid.

    F2 or a double click opens it; picking an entry with the mouse or Enter commits.
    """

    def __init__(self, choices: Choices, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("choiceEditor")
        for label, uid in self.choices():
            editor.addItem(label, uid)
        editor.setMaxVisibleItems(20)
        # A pick with the mouse ends the edit at once, like a click in a menu.
        editor.activated.connect(lambda _i, e=editor: self._picked(e))
        return editor

    def _picked(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class SuggestionDelegate(QStyledItemDelegate):
    """Free text with the values already used offered in a drop-down (a partner's kind)."""

    def __init__(self, suggestions: Callable[[], list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.suggestions = suggestions

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("suggestionEditor")
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.addItems(self.suggestions())
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        if editor.lineEdit() is not None:
            editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
