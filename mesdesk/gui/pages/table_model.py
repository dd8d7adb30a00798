"""A table model over a list of ORM rows that follows undoable edits.

Cell edits become undo commands; after any edit the rows are fetched again. When the
same rows come back (only values changed), the view keeps its current cell, which
matters for keyboard entry across a table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mesdesk.gui.document import Document

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows fetched by ``fetch()``; subclasses give columns, display and edits."""

    def __init__(self, doc: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.fetch: Callable[[], list[Any]] = list
        self.rows: list[Any] = []

    def set_source(self, fetch: Callable[[], list[Any]]) -> None:
        self.beginResetModel()
        self.fetch = fetch
        self.rows = fetch()
        self.endResetModel()

    def refresh(self) -> None:
        rows = self.fetch()
        if [r.uid for r in rows] == [r.uid for r in self.rows] and all(a is b for a, b in zip(rows, self.rows)):
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of_uid(self, uid: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
