"""The indicators of an action: label, unit, one value per year of the convention, source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.pages.table_model import Index, RowsModel
from mesdesk.model.edits import SetField, SetIndicatorValue
from mesdesk.model.entities import Indicator


def format_value(value: float | None) -> str:
    """A figure in the interface language: ``52 464`` / ``52,464``, decimals only when needed."""
    if value is None:
        return ""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value)) if abs(value) < 2**53 else locale.toString(value, "f", 0)
    return locale.toString(value, "f", 2).rstrip("0").rstrip(locale.decimalPoint())


def parse_value(text: str) -> tuple[bool, float | None]:
    """(ok, value) from what the user typed; empty means no value."""
    text = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not text:
        return True, None
    value, ok = QLocale().toDouble(text)
    if ok:
        return True, value
    try:  # accept a dot or a comma whatever the language
        return True, float(text.replace(",", "."))
    except ValueError:
        return False, None


class IndicatorsModel(RowsModel):
    LABEL, UNIT = 0, 1

    def years(self) -> list[int]:
        convention = self.doc.convention
        return convention.years if convention else []

    def source_column(self) -> int:
        return 2 + len(self.years())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3 + len(self.years())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        years = self.years()
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.LABEL:
                return self.tr("Indicateur")
            if section == self.UNIT:
                return self.tr("Unité")
            if section == self.source_column():
                return self.tr("Source")
            return str(years[section - 2])
        if role == Qt.ItemDataRole.FontRole and 2 <= section < self.source_column():
            report = self.doc.report
            if report is not None and years[section - 2] == report.year:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        indicator: Indicator = self.rows[index.row()]
        column = index.column()
        years = self.years()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.LABEL:
                return indicator.label
            if column == self.UNIT:
                return indicator.unit
            if column == self.source_column():
                return indicator.source
            return format_value(indicator.value_for(years[column - 2]))
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column < self.source_column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        indicator: Indicator = self.rows[index.row()]
        column = index.column()
        stack = self.doc.undo_stack
        if column in (self.LABEL, self.UNIT) or column == self.source_column():
            name = {self.LABEL: "label", self.UNIT: "unit"}.get(column, "source")
            text = str(value).strip()
            if text == getattr(indicator, name):
                return False
            stack.push(EditCommand(self.doc, SetField(indicator, name, text), self.tr("Modifier l'indicateur")))
            return True
        ok, number = parse_value(str(value))
        year = self.years()[column - 2]
        if not ok or number == indicator.value_for(year):
            return False
        stack.push(EditCommand(self.doc, SetIndicatorValue(indicator, year, number), self.tr("Modifier une valeur")))
        return True
