"""Helpers for the xlsx tests: a small hostile workspace, reading workbooks back."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from mesdesk.model.entities import (
    Action,
    ActionText,
    Axis,
    Body,
    Convention,
    Event,
    Funder,
    Indicator,
    Organisation,
    Partner,
    Report,
    Status,
)
from mesdesk.model.richtext import RichText
from mesdesk.store.workspace import Workspace

# Titles a user could type that a spreadsheet would take for formulas.
HOSTILE = ("=1+1", "@SUM(A1)", "+33 1", "-x", '=HYPERLINK("http://example.invalid","clic")', "#N/A")
ORGANISATION = "Mouvement d'essai"


def build_small(path: Path) -> Path:
    """A workspace with one convention (2024–2026) and its 2024 report.

    Includes a website-visits indicator (2023: 32 732, 2024: 52 464) like the sample,
    titles that look like formulas, an indicator with no action, a decimal figure,
    events with and without an end date, a body with no partner.
    """
    org = Organisation(name=ORGANISATION, address="1 rue de l'Essai, 75000 Paris")
    conv = Convention(
        uid="conv-test",
        funder=Funder(name="Fondation d'essai", short_name="FE"),
        programme="Programme d'essai",
        first_year=2024,
        last_year=2026,
    )
    axis1 = Axis(uid="axis-1", title="Promouvoir l'économie solidaire")
    axis2 = Axis(uid="axis-2", title=HOSTILE[0])
    conv.axes.extend([axis1, axis2])
    a11 = Action(uid="a-1-1", title="Communication")
    a12 = Action(uid="a-1-2", title=HOSTILE[1])
    a21 = Action(uid="a-2-1", title=HOSTILE[2])
    axis1.actions.extend([a11, a12])
    axis2.actions.append(a21)

    def indicator(uid: str, action: Action | None, label: str, unit: str, values: dict[int, float], source: str = "") -> None:
        ind = Indicator(uid=uid, action=action, label=label, unit=unit, source=source)
        for year, value in values.items():
            ind.set_value(year, value)
        conv.indicators.append(ind)

    indicator("ind-visits", a11, "Visites du site internet", "visites", {2023: 32732, 2024: 52464}, "Statistiques du site")
    indicator("ind-linkedin", a11, "Abonnés LinkedIn", "abonnés", {2023: 530, 2024: 1002}, HOSTILE[3])
    indicator("ind-books", a12, "Exemplaires du livre", "exemplaires", {2024: 1200})
    indicator("ind-share", None, "Part des visites venant des actualités", "%", {2024: 71})
    indicator("ind-trained", a21, HOSTILE[4], "personnes", {2024: 10.5})
    indicator("ind-letters", a21, "Lettres d'information", "lettres", {2024: 4})
    indicator("ind-empty", a21, "Indicateur sans valeur", "", {})

    cress = Partner(uid="p-cress", name="CRESS d'essai", kind="réseau")
    cress.actions.append(a11)
    conv.partners.append(cress)
    evil = Partner(uid="p-evil", name=HOSTILE[5], kind=HOSTILE[0])
    conv.partners.append(evil)
    conv.bodies.append(Body(uid="b-1", name="Comité de coordination", role="membre", partner=cress, action=a12))
    conv.bodies.append(Body(uid="b-2", name="Conseil supérieur", role="=titulaire", action=a21))

    report = Report(
        year=2024,
        title="Bilan 2024",
        support_line="Avec l'appui de la Fondation d'essai",
        report_date=dt.date(2025, 3, 5),
    )
    report.texts.append(
        ActionText(
            action=a11,
            status=Status.VALIDATED,
            evaluation=RichText.plain("une progression évidente"),
            narrative=RichText.plain("Le site a été refait.\nDeux paragraphes."),
            means=RichText.plain("une personne à mi-temps"),
        )
    )
    report.texts.append(ActionText(action=a12, status=Status.DRAFT, evaluation=RichText.plain("-en cours")))
    report.events.extend(
        [
            Event(uid="e-tours", action=a12, title="Formation de maîtres du jeu", start_date=dt.date(2024, 2, 12),
                  place="Tours", role="organisateur"),
            Event(uid="e-villarceaux", action=a11, title="Séminaire de convergence", start_date=dt.date(2024, 5, 21),
                  end_date=dt.date(2024, 5, 23), place="Villarceaux", role="organisateur", participants=60),
            Event(uid="e-evil", action=None, title=HOSTILE[1], start_date=dt.date(2024, 10, 14),
                  end_date=dt.date(2024, 10, 15), place=HOSTILE[3], role=HOSTILE[2]),
        ]
    )
    conv.reports.append(report)

    ws = Workspace.create(path, overwrite=True)
    with ws.transaction() as session:
        session.add(org)
        session.add(conv)
    ws.close()
    return path


def report_of(ws: Workspace, year: int = 2024) -> Report:
    report = ws.current_convention().report_for(year)  # type: ignore[union-attr]
    assert report is not None
    return report


def sheet_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    """All rows of a sheet as values (header first)."""
    wb = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()


def records(path: Path, sheet: str) -> list[dict[str, Any]]:
    """The data rows of a sheet as dictionaries keyed by header."""
    rows = sheet_rows(path, sheet)
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


def worksheet_xml(path: Path) -> dict[str, str]:
    """The XML text of every worksheet part."""
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name)
        }


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> Path:
    """A copy of an xlsx with some members replaced or added (to build hostile files)."""
    replace = replace or {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return target


def sheet_part(path: Path, title: str) -> str:
    """The zip member name of the worksheet called ``title``."""
    wb = load_workbook(path, read_only=True)
    try:
        index = wb.sheetnames.index(title)
    finally:
        wb.close()
    return f"xl/worksheets/sheet{index + 1}.xml"


UID_HEADER = "Identifiant (ne pas modifier)"


def returned_copy(
    source: Path,
    target: Path,
    values: dict[str, object] | None = None,
    *,
    reverse: bool = False,
    swap: tuple[str, str] | None = None,
    extra_rows: list[dict[str, object]] | None = None,
    year: int = 2024,
) -> Path:
    """What a member sends back: the Indicateurs sheet with the year's cells edited
    (by indicator uid), rows sorted the other way or two rows swapped, rows added below."""
    wb = load_workbook(source)
    ws = wb["Indicateurs"]
    headers = {cell.value: cell.column for cell in ws[1]}
    uid_col, year_col = headers[UID_HEADER], headers[str(year)]
    last = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, uid_col).value)
    # Raw values and types are copied: assigning "=1+1" through openpyxl would make it a formula.
    rows = {r: [(c._value, c.data_type, c.number_format) for c in ws[r]] for r in range(2, last + 1)}
    order = list(rows)
    if reverse:
        order.reverse()
    if swap is not None:
        a, b = (next(r for r in rows if ws.cell(r, uid_col).value == uid) for uid in swap)
        ia, ib = order.index(a), order.index(b)
        order[ia], order[ib] = order[ib], order[ia]
    for r, source_row in zip(range(2, last + 1), order):
        for c, (value, data_type, number_format) in zip(ws[r], rows[source_row]):
            c._value, c.data_type, c.number_format = value, data_type, number_format
    for uid, value in (values or {}).items():
        row = next(r for r in range(2, last + 1) if ws.cell(r, uid_col).value == uid)
        ws.cell(row, year_col).value = value
    for n, extra in enumerate(extra_rows or [], start=last + 1):
        for header, value in extra.items():
            ws.cell(n, headers[header]).value = value
    wb.save(target)
    return target


def row_in(path: Path, uid: str) -> int:
    """The sheet row of an indicator in a (returned) workbook."""
    rows = sheet_rows(path, "Indicateurs")
    uid_index = rows[0].index(UID_HEADER)
    return next(n for n, row in enumerate(rows, start=1) if row[uid_index] == uid)
