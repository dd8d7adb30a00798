"""The « Synthèse » sheet: one row per action, with where its text stands."""

from __future__ import annotations

from mesdesk.exchange.xlsx.report_access import axis_label
from mesdesk.exchange.xlsx.sheets import Column, Kind, TableSheet, Value
from mesdesk.model.entities import Report, Status

SHEET_TITLE = "Synthèse"
TABLE_NAME = "Synthese"

COLUMNS = (
    Column("Axe", Kind.TEXT, 26),
    Column("N°", Kind.TEXT, 6),
    Column("Action", Kind.TEXT, 32),
    Column("Statut", Kind.TEXT, 11),
    Column("Évaluation", Kind.LONG_TEXT, 55),
    Column("Moyens", Kind.LONG_TEXT, 45),
    Column("Mots", Kind.NUMBER, 8),
)


def synthesis_table(report: Report) -> TableSheet:
    """One row per action of the convention, in document order."""
    rows: list[list[Value]] = []
    for action in report.convention.actions:
        text = report.find_text(action)
        status = text.status if text is not None else Status.TO_WRITE
        rows.append(
            [
                axis_label(action.axis),
                action.number,  # text: "1.10" must not become the number 1.1
                action.title,
                status.label_fr,
                text.evaluation.plain_text() if text is not None else "",
                text.means.plain_text() if text is not None else "",
                text.word_count() if text is not None else 0,
            ]
        )
    return TableSheet(SHEET_TITLE, TABLE_NAME, COLUMNS, rows)
