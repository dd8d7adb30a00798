"""« Sans action »: indicators and events that belong to no action.

They come from deleting an action (its indicators and events stay, detached) or from
an import. No action page shows them, so this page does: the same tables as on an
action's page plus an « Action » column (shown first) to attach each row to an action
(undoable). The outline shows the page only while it has something on it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.document import Document
from mesdesk.gui.outline import unassigned_events, unassigned_indicators
from mesdesk.gui.pages.base import Page
from mesdesk.gui.pages.delegates import ChoiceDelegate, CountDelegate, DateDelegate
from mesdesk.gui.pages.events_model import END, PARTICIPANTS, START, TITLE, EventsModel
from mesdesk.gui.pages.indicators_model import IndicatorsModel
from mesdesk.gui.pages.partners_models import action_choices, find_action
from mesdesk.gui.pages.partners_page import heading_font
from mesdesk.gui.pages.table_model import Index
from mesdesk.gui.pages.table_section import TableSection
from mesdesk.model.edits import Delete, SetRelation
from mesdesk.model.entities import Event, Indicator

PENDING_COLOUR = QColor("#8a6d00")  # the « to choose » placeholder: visible, not alarming


class _ActionColumn:
    """An « Action » column after a table's own columns, to attach each row to an action.

    A plain mixin placed before the Qt model class; its strings use an explicit
    translation context, since ``self.tr`` would look them up under each subclass.
    """

    doc: Document
    rows: list[Any]

    def attach_text(self) -> str:
        """The undo text of attaching a row."""
        raise NotImplementedError

    def action_column(self) -> int:
        return super().columnCount()  # type: ignore[misc]  # a mixin calling the table model it is mixed into

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return self.action_column() + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == self.action_column():
            return QCoreApplication.translate("UnassignedPage", "Action") if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)  # type: ignore[misc]  # a mixin calling the table model it is mixed into

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.action_column():
            return _pending(role, QCoreApplication.translate("UnassignedPage", "(à choisir)"))
        return super().data(index, role)  # type: ignore[misc]  # a mixin calling the table model it is mixed into

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == self.action_column():
            return _attach(self.doc, self.rows[index.row()], str(value or ""), self.attach_text())
        return super().setData(index, value, role)  # type: ignore[misc]  # a mixin calling the table model it is mixed into


class UnassignedIndicatorsModel(_ActionColumn, IndicatorsModel):
    """An action's indicator columns, then « Action »."""

    def attach_text(self) -> str:
        return self.tr("Rattacher l'indicateur")


class UnassignedEventsModel(_ActionColumn, EventsModel):
    """An action's event columns, then « Action »."""

    def attach_text(self) -> str:
        return self.tr("Rattacher l'événement")


def _pending(role: int, label: str) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return label
    if role == Qt.ItemDataRole.EditRole:
        return ""
    if role == Qt.ItemDataRole.ForegroundRole:
        return PENDING_COLOUR
    return None


def _attach(doc: Document, row: Indicator | Event, uid: str, text: str) -> bool:
    action = find_action(doc, uid)
    if action is None:
        return False
    doc.undo_stack.push(EditCommand(doc, SetRelation(row, "action", action), text))
    return True


class UnassignedPage(Page):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.setObjectName("unassignedPage")
        heading = QLabel(self.tr("Indicateurs et événements sans action"), self)
        heading.setFont(heading_font(heading))
        hint = QLabel(self.tr("Ils n'appartiennent à aucune action (la leur a été supprimée, ou ils ont été importés "
                              "ainsi) et n'apparaissent donc dans aucune partie du bilan. Choisissez leur action "
                              "dans la colonne « Action » (F2), ou supprimez-les."), self)
        hint.setObjectName("unassignedHint")
        hint.setWordWrap(True)

        none = self.tr("(à choisir)")
        self.indicatorsModel = UnassignedIndicatorsModel(doc, self)
        self.indicators = TableSection(
            self.indicatorsModel, "unassignedIndicatorsTable", None, self, movable=False,
            delete_label=self.tr("&Supprimer l'indicateur"))
        self.indicators.add_row_button(self.tr("&Rattacher à une action…"), "Ctrl+Return",
                                       lambda: self._choose_action(self.indicators), "unassignedIndicatorsTableAttach")
        table = self.indicators.table
        table.setItemDelegateForColumn(
            self.indicatorsModel.action_column(), ChoiceDelegate(lambda: action_choices(self.doc, none)[1:], table))
        self.indicators.deleteRequested.connect(self._delete_indicator)
        self.indicatorsModel.modelReset.connect(self._size_columns)

        self.eventsModel = UnassignedEventsModel(doc, self)
        self.events = TableSection(
            self.eventsModel, "unassignedEventsTable", None, self, movable=False,
            delete_label=self.tr("Supprimer l'é&vénement"))
        self.events.add_row_button(self.tr("Ra&ttacher à une action…"), "Ctrl+Return",
                                   lambda: self._choose_action(self.events), "unassignedEventsTableAttach")
        table = self.events.table
        table.setItemDelegateForColumn(START, DateDelegate(False, table))
        table.setItemDelegateForColumn(END, DateDelegate(True, table))
        table.setItemDelegateForColumn(PARTICIPANTS, CountDelegate(table))
        table.setItemDelegateForColumn(
            self.eventsModel.action_column(), ChoiceDelegate(lambda: action_choices(self.doc, none)[1:], table))
        table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.events.deleteRequested.connect(self._delete_event)

        for section in (self.indicators, self.events):
            header = section.table.horizontalHeader()
            # The column that matters here comes first.
            header.moveSection(section.model.action_column(), 0)  # type: ignore[attr-defined]  # these sections' models have the Action column mixin
            header.resizeSection(section.model.action_column(), 220)  # type: ignore[attr-defined]  # these sections' models have the Action column mixin

        self.indicatorsLabel = QLabel(self)
        self.indicatorsLabel.setObjectName("unassignedIndicatorsLabel")
        self.indicatorsLabel.setBuddy(self.indicators.table)
        self.eventsLabel = QLabel(self)
        self.eventsLabel.setObjectName("unassignedEventsLabel")
        self.eventsLabel.setBuddy(self.events.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self._boxes: list[QWidget] = []
        for label, section in ((self.indicatorsLabel, self.indicators), (self.eventsLabel, self.events)):
            box = QWidget(self.splitter)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 6, 0, 0)
            box_layout.setSpacing(0)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            box_layout.addWidget(label)
            box_layout.addWidget(section, 1)
            self.splitter.addWidget(box)
            self._boxes.append(box)
        self.emptyLabel = QLabel(self.tr("Tous les indicateurs et événements du bilan appartiennent à une action."), self)
        self.emptyLabel.setObjectName("unassignedEmpty")
        self.emptyLabel.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.emptyLabel)
        layout.addWidget(self.splitter, 1)

    # -- loading ------------------------------------------------------------------------
    def load(self) -> None:
        self.indicatorsModel.set_source(lambda: unassigned_indicators(self.doc))
        self.eventsModel.set_source(lambda: unassigned_events(self.doc))
        self._update()
        for section in (self.indicators, self.events):
            # A current row from the start: its buttons (attach, delete) work at once.
            section.select_row(0, section.model.action_column())  # type: ignore[attr-defined]  # these sections' models have the Action column mixin

    def reload(self) -> None:
        self.load()

    def refresh(self) -> None:
        self.indicatorsModel.refresh()
        self.eventsModel.refresh()
        self._update()

    def _update(self) -> None:
        indicators, events = self.indicatorsModel.rowCount(), self.eventsModel.rowCount()
        self.indicatorsLabel.setText(self.tr("&Indicateurs (%1)").replace("%1", str(indicators)))
        self.eventsLabel.setText(self.tr("É&vénements du bilan %1 (%2)")
                                 .replace("%1", str(self.doc.report.year if self.doc.report else ""))
                                 .replace("%2", str(events)))
        # An empty table says nothing: hide it (the other one gets the room).
        self._boxes[0].setVisible(indicators > 0)
        self._boxes[1].setVisible(events > 0)
        self.emptyLabel.setVisible(indicators == 0 and events == 0)

    def _size_columns(self) -> None:
        table = self.indicators.table
        model = self.indicatorsModel
        table.horizontalHeader().setSectionResizeMode(IndicatorsModel.LABEL, QHeaderView.ResizeMode.Stretch)
        for column in range(1, model.action_column()):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(max(table.columnWidth(column) + 12, 70), 200))

    def focus_field(self, field: str) -> None:
        section = self.events if field == "event" else self.indicators
        section.table.setFocus()

    def show_row(self, field: str, uid: str) -> bool:
        section = self.events if field == "event" else self.indicators
        row = section.model.row_of_uid(uid)
        if row < 0:
            return False
        section.select_row(row, section.model.action_column())  # type: ignore[attr-defined]  # these sections' models have the Action column mixin
        section.table.setFocus()
        return True

    # -- rows ---------------------------------------------------------------------------
    def _choose_action(self, section: TableSection) -> None:
        """Open the « Action » cell of the current row (its drop-down)."""
        row = section.current_row()
        if row < 0:
            return
        index = section.model.index(row, section.model.action_column())  # type: ignore[attr-defined]  # these sections' models have the Action column mixin
        section.table.setCurrentIndex(index)
        section.table.setFocus()
        section.table.edit(index)

    def _delete_indicator(self, row: int) -> None:
        indicator = self.indicatorsModel.rows[row]
        self.doc.undo_stack.push(EditCommand(self.doc, Delete(indicator), self.tr("Supprimer l'indicateur")))
        self.message.emit(self.tr("Indicateur « %1 » supprimé — Ctrl+Z pour l'annuler.").replace("%1", indicator.label))

    def _delete_event(self, row: int) -> None:
        event = self.eventsModel.rows[row]
        self.doc.undo_stack.push(EditCommand(self.doc, Delete(event), self.tr("Supprimer l'événement")))
        self.message.emit(self.tr("Événement « %1 » supprimé — Ctrl+Z pour l'annuler.").replace("%1", event.title))
