"""The « Événements » sheet: the report's events, with real dates."""

from __future__ import annotations

import datetime as dt

from mesdesk.exchange.xlsx.report_access import action_label
from mesdesk.exchange.xlsx.sheets import Column, Kind, TableSheet, Value
from mesdesk.model.entities import Event, Report

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
    """One row per event, by date (start, else end); undated events last, in the report's order."""
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
        for event in sorted(report.events, key=_when)
    ]
    return TableSheet(SHEET_TITLE, TABLE_NAME, COLUMNS, rows)


def _when(event: Event) -> tuple[bool, dt.date, dt.date]:
    start = event.start_date or event.end_date
    if start is None:
        return (True, dt.date.max, dt.date.max)
    return (False, start, event.end_date or start)
