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

    def __init__(self, model: RowsModel, name: str, add_label: str | None, parent: QWidget | None = None,
                 *, movable: bool = True, delete_label: str | None = None) -> None:
        """``add_label`` None: rows cannot be added here; ``movable`` False: no up / down;
        ``delete_label`` names the delete button (two tables on a page need two mnemonics)."""
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

        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)  # buttons go before it, on the left
        self._row_buttons: list[QToolButton] = []
        self.addButton = self._button(add_label, "Insert", self._add, name + "Add") if add_label else None
        self.deleteButton = self._button(delete_label or self.tr("&Supprimer la ligne"), "Ctrl+Delete", self._delete, name + "Delete")
        self.upButton = self.downButton = None
        if movable:
            self.upButton = self._button(self.tr("Monter"), "Alt+Up", lambda: self._move(-1), name + "Up")
            self.downButton = self._button(self.tr("Descendre"), "Alt+Down", lambda: self._move(1), name + "Down")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, label: str, shortcut: str, slot, name: str) -> QToolButton:  # noqa: ANN001
        """A row button and its key (active while the table has the focus), before the stretch."""
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
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def add_row_button(self, label: str, shortcut: str, slot, name: str) -> QToolButton:  # noqa: ANN001
        """One more button acting on the current row (enabled with a current row)."""
        button = self._button(label, shortcut, slot, name)
        self._row_buttons.append(button)
        self._update_buttons()
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
        for button in (self.deleteButton, *self._row_buttons):
            button.defaultAction().setEnabled(has)
        if self.upButton is not None and self.downButton is not None:
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
