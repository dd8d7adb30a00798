"""A table with its row buttons (add, delete, move up/down) and their shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui.pages.table_model import RowsModel


class TableSection(QWidget):
    """Emits ``addRequested`` / ``deleteRequested(row)`` / ``moveRequested(row, delta)``.

    Keys while the table has the focus: Insert adds a row, Ctrl+Delete deletes the
    current row, Alt+Up / Alt+Down move it. F2 or typing edits a cell (Qt's own).
    """

    addRequested = Signal()
    deleteRequested = Signal(int)
    moveRequested = Signal(int, int)

    def __init__(self, model: RowsModel, name: str, add_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName(name)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.addButton = self._button(add_label, "Insert", self._add, name + "Add")
        self.deleteButton = self._button(self.tr("&Supprimer la ligne"), "Ctrl+Delete", self._delete, name + "Delete")
        self.upButton = self._button(self.tr("Monter"), "Alt+Up", lambda: self._move(-1), name + "Up")
        self.downButton = self._button(self.tr("Descendre"), "Alt+Down", lambda: self._move(1), name + "Down")

        buttons = QHBoxLayout()
        for button in (self.addButton, self.deleteButton, self.upButton, self.downButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, label: str, shortcut: str, slot, name: str) -> QToolButton:  # noqa: ANN001
        action = QAction(label, self)
        action.setObjectName(name + "Action")
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{label.replace('&', '')} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.table.addAction(action)
        button = QToolButton(self)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, column)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.current_row()
        has = row >= 0
        self.deleteButton.defaultAction().setEnabled(has)
        self.upButton.defaultAction().setEnabled(has and row > 0)
        self.downButton.defaultAction().setEnabled(has and row < self.model.rowCount() - 1)

    def _add(self) -> None:
        self.addRequested.emit()

    def _delete(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.deleteRequested.emit(row)

    def _move(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.moveRequested.emit(row, delta)
