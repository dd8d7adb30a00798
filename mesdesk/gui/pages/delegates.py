"""Editors for table cells: dates with a calendar popup, counts where empty means unknown,
choices among the convention's objects, free text with suggestions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

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
