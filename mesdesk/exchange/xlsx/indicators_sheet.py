"""The « Indicateurs » sheet: one row per indicator, one column per year of the convention.

The last column holds the indicator's stable identifier, hidden: it is what lets a
workbook sent back by a member be matched row by row (``indicators_import.py``)
whatever the member did to the order of the rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from mesdesk.exchange.xlsx.report_access import action_label
from mesdesk.exchange.xlsx.sheets import Column, Kind, TableSheet, Value
from mesdesk.model.entities import Indicator, Report

SHEET_TITLE = "Indicateurs"
TABLE_NAME = "Indicateurs"
UID_HEADER = "Identifiant (ne pas modifier)"
LABEL_HEADER = "Indicateur"

_LEADING_COLUMNS = (
    Column("Axe", Kind.CODE, 5),
    Column("Action", Kind.TEXT, 34),
    Column(LABEL_HEADER, Kind.TEXT, 40),
    Column("Unité", Kind.TEXT, 12),
)
YEAR_WIDTH = 10
YEARS_AROUND = 10  # figures this far outside the convention still get a column


@dataclass(frozen=True)
class IndicatorsLayout:
    """Where things are on the sheet (1-based), for the charts that point at it."""

    years: list[int]
    first_year_column: int
    label_column: int
    rows: dict[str, int]  # indicator uid -> sheet row

    def year_column(self, year: int) -> int:
        return self.first_year_column + self.years.index(year)


def year_header(year: int) -> str:
    """A year column's header. Text: an Excel table's headers are always text."""
    return str(year)


def change_header(year: int) -> str:
    return f"Évolution {year}/{year - 1}"


def relative_change(current: float | None, previous: float | None) -> float | None:
    """(current − previous) / |previous|, None when it cannot be computed."""
    if current is None or previous is None or previous == 0:
        return None
    return (current - previous) / abs(previous)


def table_years(report: Report) -> list[int]:
    """The year columns: the convention's years, and any year some indicator has a
    figure for (e.g. the year before the convention, to show the change), contiguous."""
    convention = report.convention
    years = set(convention.years) | {report.year}
    low, high = min(years) - YEARS_AROUND, max(years) + YEARS_AROUND
    # Bounded: a mistyped year (« 224 ») must not add two thousand columns.
    years |= {v.year for ind in convention.indicators for v in ind.values if low <= v.year <= high}
    return list(range(min(years), max(years) + 1))


def indicators_table(report: Report) -> tuple[TableSheet, IndicatorsLayout]:
    """The sheet's table and its layout."""
    years = table_years(report)
    columns = [
        *_LEADING_COLUMNS,
        *(Column(year_header(y), Kind.NUMBER, YEAR_WIDTH) for y in years),
        Column(change_header(report.year), Kind.PERCENT, 12),
        Column("Source / note", Kind.LONG_TEXT, 30),
        Column(UID_HEADER, Kind.IDENTIFIER, 14),
    ]
    rows: list[list[Value]] = []
    row_of: dict[str, int] = {}
    for indicator in report.convention.indicators:
        values = indicator_values(indicator)
        action = indicator.action
        row_of[indicator.uid] = len(rows) + 2  # row 1 is the header
        rows.append(
            [
                # The axis number only: its title is on the Synthèse sheet, and
                # repeating it on every row would triple the rows' height.
                action.axis.number if action is not None else "",
                action_label(action),
                indicator.label,
                indicator.unit,
                *(values.get(y) for y in years),
                relative_change(values.get(report.year), values.get(report.year - 1)),
                indicator.source,
                indicator.uid,
            ]
        )
    layout = IndicatorsLayout(
        years=years,
        first_year_column=len(_LEADING_COLUMNS) + 1,
        label_column=[c.header for c in _LEADING_COLUMNS].index(LABEL_HEADER) + 1,
        rows=row_of,
    )
    return TableSheet(SHEET_TITLE, TABLE_NAME, columns, rows), layout


def indicator_values(indicator: Indicator) -> dict[int, float]:
    """The indicator's values by year, looked up once (``value_for`` scans the list)."""
    return {v.year: v.value for v in indicator.values}
