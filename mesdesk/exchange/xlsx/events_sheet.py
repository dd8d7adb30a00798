"""The « Événements » sheet: the report's events, with real dates."""

from __future__ import annotations

from mesdesk.exchange.xlsx.report_access import action_label
from mesdesk.exchange.xlsx.sheets import Column, Kind, TableSheet, Value
from mesdesk.model.entities import Report

SHEET_TITLE = "Événements"
TABLE_NAME = "Evenements"

COLUMNS = (
    Column("Début", Kind.DATE, 11),
    Column("Fin", Kind.DATE, 11),
    Column("Titre", Kind.TEXT, 42),
    Column("Lieu", Kind.TEXT, 18),
    Column("Action", Kind.TEXT, 32),
    Column("Rôle", Kind.TEXT, 18),
    Column("Participants", Kind.NUMBER, 12),
)


def events_table(report: Report) -> TableSheet:
    """One row per event, in the report's order."""
    rows: list[list[Value]] = [
        [
            event.start_date,
            event.end_date,
            event.title,
            event.place,
            action_label(event.action),
            event.role,
            event.participants,
        ]
        for event in report.events
    ]
    return TableSheet(SHEET_TITLE, TABLE_NAME, COLUMNS, rows)
