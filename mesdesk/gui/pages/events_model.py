"""The events of an action in the current report: dates, title, place, role, participants."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.pages.table_model import Index, RowsModel
from mesdesk.model.edits import SetField
from mesdesk.model.entities import Event

COLUMNS = ("start_date", "end_date", "title", "place", "role", "participants")
START, END, TITLE, PLACE, ROLE, PARTICIPANTS = range(len(COLUMNS))


def to_qdate(value: dt.date | None) -> QDate | None:
    return QDate(value.year, value.month, value.day) if value else None


def from_qdate(value: Any) -> dt.date | None:
    if isinstance(value, QDate) and value.isValid():
        return dt.date(value.year(), value.month(), value.day())
    if isinstance(value, dt.date):
        return value
    return None


class EventsModel(RowsModel):
    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("Début"),
            self.tr("Fin"),
            self.tr("Intitulé"),
            self.tr("Lieu"),
            self.tr("Rôle du MES"),
            self.tr("Participants"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event: Event = self.rows[index.row()]
        column = index.column()
        value = getattr(event, COLUMNS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column in (START, END):
                return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat) if value else ""
            if column == PARTICIPANTS:
                return QLocale().toString(value) if value is not None else ""
            return value
        if role == Qt.ItemDataRole.EditRole:
            if column in (START, END):
                return to_qdate(value) or to_qdate(event.start_date) or QDate.currentDate()
            if column == PARTICIPANTS:
                return value or 0
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        event: Event = self.rows[index.row()]
        column = index.column()
        name = COLUMNS[column]
        if column in (START, END):
            new: Any = from_qdate(value)
        elif column == PARTICIPANTS:
            new = int(value) if value else None
        else:
            new = str(value).strip()
        if new == getattr(event, name):
            return False
        self.doc.undo_stack.push(EditCommand(self.doc, SetField(event, name, new), self.tr("Modifier l'événement")))
        return True
