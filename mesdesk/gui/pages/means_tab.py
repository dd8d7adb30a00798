"""The « Moyens » tab of an action: its budget, people, funding and in-kind lines in the
current report, with their totals.

Every change goes through the model's edits (``AddRow``, ``SetField``, ``Delete``)
on the window's undo stack, so Ctrl+Z undoes it and each edit is saved as the others.
One generic table model serves the four kinds of lines: each lists its columns as
(attribute, header, number or text).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QScrollArea, QVBoxLayout, QWidget

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.document import Document
from mesdesk.gui.pages.table_model import Index, RowsModel
from mesdesk.gui.pages.table_section import TableSection
from mesdesk.gui.pages.valuation_form import ValuationForm
from mesdesk.model.edits import AddRow, Delete, SetField
from mesdesk.model.entities import Action, Base
from mesdesk.model.means import BudgetLine, FundingLine, InKindKind, InKindLine, PeopleLine, action_totals

# (attribute, is a number)
Columns = Sequence[tuple[str, bool]]
KINDS: dict[type, Columns] = {
    BudgetLine: (("account", False), ("label", False), ("planned", True), ("actual", True), ("gap_explanation", False)),
    PeopleLine: (("role", False), ("salaried_hours", True), ("volunteer_hours", True)),
    FundingLine: (("funder", False), ("planned", True), ("obtained", True)),
    InKindLine: (("kind", False), ("quantity", True), ("basis", False), ("amount", True)),
}
LISTS = {BudgetLine: "budget_lines", PeopleLine: "people_lines", FundingLine: "funding_lines", InKindLine: "in_kind_lines"}


def parse_number(text: str) -> float | None:
    """« 1 234,5 » or « 1234.5 » → 1234.5; empty → None; raises ValueError otherwise."""
    cleaned = "".join(text.split()).replace("\u202f", "").replace("\u00a0", "").replace("€", "").replace(",", ".")
    return float(cleaned) if cleaned else None


class LinesModel(RowsModel):
    """The lines of one kind for the current action."""

    def __init__(self, doc: Document, kind: type, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(doc, parent)
        self.kind = kind
        self.columns = KINDS[kind]
        self.headers = list(headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(section + 1) if orientation == Qt.Orientation.Vertical else self.headers[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.rows[index.row()]
        name, number = self.columns[index.column()]
        value = getattr(line, name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if number:
                return "" if value is None else QLocale().toString(float(value), "f", 2).rstrip("0").rstrip(
                    QLocale().decimalPoint())
            if name == "kind" and role == Qt.ItemDataRole.DisplayRole:
                return self.kind_label(value)
            return value or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and getattr(line, "to_update", False):
            return self.tr("Ligne reprise de l'an dernier : montant réalisé à saisir")
        return None

    def kind_label(self, value: str) -> str:
        labels = {
            "benevolat": self.tr("bénévolat"),
            "biens": self.tr("dons en nature"),
            "prestations": self.tr("prestations en nature"),
            "locaux": self.tr("locaux mis à disposition"),
        }
        return labels.get(value, value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line = self.rows[index.row()]
        name, number = self.columns[index.column()]
        if number:
            try:
                new: Any = parse_number(str(value))
            except ValueError:
                return False
        else:
            new = str(value).strip()
            if name == "kind" and new not in {k.value for k in InKindKind}:
                new = next((k.value for k in InKindKind if self.kind_label(k.value).casefold() == new.casefold()), None)
                if new is None:
                    return False
        if new == getattr(line, name):
            return False
        self.doc.undo_stack.push(EditCommand(self.doc, SetField(line, name, new), self.tr("Modifier les moyens")))
        return True


class MeansTab(QWidget):
    """Four tables (budget, people, funding, in kind) and the action's totals."""

    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.action: Action | None = None
        self.models: dict[type, LinesModel] = {}
        self.sections: dict[type, TableSection] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        specs = (
            (BudgetLine, "budgetTable", self.tr("Ajouter une ligne de &budget"),
             (self.tr("Compte"), self.tr("Libellé"), self.tr("Prévu (€)"), self.tr("Réalisé (€)"),
              self.tr("Explication de l'écart"))),
            (PeopleLine, "peopleTable", self.tr("Ajouter une personne"),
             (self.tr("Rôle ou catégorie"), self.tr("Heures salariées"), self.tr("Heures bénévoles"))),
            (FundingLine, "fundingTable", self.tr("Ajouter un financement"),
             (self.tr("Financeur"), self.tr("Prévu (€)"), self.tr("Obtenu (€)"))),
            (InKindLine, "inKindTable", self.tr("Ajouter une contribution en nature"),
             (self.tr("Nature"), self.tr("Heures ou quantité"), self.tr("Base de valorisation"), self.tr("Montant (€)"))),
        )
        for kind, name, add_label, headers in specs:
            model = LinesModel(doc, kind, headers, self)
            section = TableSection(model, name, add_label, self)
            section.setMinimumHeight(150)
            header_view = section.table.horizontalHeader()
            for column, (_name, number) in enumerate(KINDS[kind]):
                if number:
                    section.table.setColumnWidth(column, 110)
                else:  # text takes the room left
                    header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            section.addRequested.connect(lambda k=kind: self._add(k))
            section.deleteRequested.connect(lambda row, k=kind: self._delete(k, row))
            self.models[kind], self.sections[kind] = model, section
            layout.addWidget(section)
        self.valuation = ValuationForm(doc, self)  # the report's volunteer valuation
        self.totalsLabel = QLabel(self)
        self.totalsLabel.setObjectName("meansTotals")
        self.totalsLabel.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.valuation)
        outer.addWidget(self.totalsLabel)
        outer.addWidget(scroll, 1)

    def load(self, action: Action) -> None:
        self.action = action
        for kind, model in self.models.items():
            model.set_source(functools.partial(self._lines, kind))
        self.valuation.refresh()
        self._update_totals()

    def refresh(self) -> None:
        for model in self.models.values():
            model.refresh()
        self.valuation.refresh()
        self._update_totals()

    def count(self) -> int:
        return sum(model.rowCount() for model in self.models.values())

    def _lines(self, kind: type[Base]) -> list[Any]:
        report = self.doc.report
        if report is None or self.action is None:
            return []
        return [line for line in getattr(report, LISTS[kind]) if line.action is self.action]

    def _add(self, kind: type) -> None:
        report = self.doc.report
        if report is None or self.action is None:
            return
        fields: dict[str, Any] = {"action": self.action}
        if kind is BudgetLine:
            fields.update(account="60", label=self.tr("Nouvelle ligne"))
        elif kind is InKindLine:
            fields.update(kind="benevolat")
        edit = AddRow(report, kind, None, **fields)
        self.doc.undo_stack.push(EditCommand(self.doc, edit, self.tr("Ajouter une ligne de moyens")))
        section = self.sections[kind]
        row = section.model.row_of_uid(edit.uid)
        if row >= 0:
            column = 1 if kind is BudgetLine else 0
            section.select_row(row, column)
            section.table.setFocus()
            section.table.edit(section.model.index(row, column))

    def _delete(self, kind: type, row: int) -> None:
        model = self.models[kind]
        line = model.rows[row]
        self.doc.undo_stack.push(EditCommand(self.doc, Delete(line), self.tr("Supprimer la ligne de moyens")))
        self.message.emit(self.tr("Ligne supprimée — Ctrl+Z pour l'annuler."))
        self.sections[kind].select_row(min(row, model.rowCount() - 1))

    def _update_totals(self) -> None:
        report = self.doc.report
        if report is None or self.action is None:
            self.totalsLabel.clear()
            return
        t = action_totals(report, self.action)
        locale = QLocale()

        def money(value: float) -> str:
            return locale.toString(round(value)) + "\u00a0€"

        self.totalsLabel.setText(
            self.tr("Charges : %1 prévus, %2 réalisés — Produits : %3 prévus, %4 réalisés — "
                    "Heures : %5 salariées, %6 bénévoles — En nature : %7")
            .replace("%1", money(t["charges_planned"])).replace("%2", money(t["charges_actual"]))
            .replace("%3", money(t["products_planned"])).replace("%4", money(t["products_actual"]))
            .replace("%5", locale.toString(round(t["salaried_hours"])))
            .replace("%6", locale.toString(round(t["volunteer_hours"])))
            .replace("%7", money(t["in_kind"]))
        )
