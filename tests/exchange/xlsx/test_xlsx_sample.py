"""The bundled sample (Bilan 2024 du MES) as a workbook, and back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from xlsx_testing import UID_HEADER, records, report_of, returned_copy, row_in, worksheet_xml

from mesdesk.exchange.xlsx import InvalidValuesError, apply_indicator_updates, export_xlsx, read_indicator_updates
from mesdesk.store.workspace import Workspace

VISITS = "ind-site-visites"


def test_five_sheets_tables_and_chart(sample_xlsx: Path) -> None:
    wb = load_workbook(sample_xlsx)
    assert wb.sheetnames == ["Synthèse", "Indicateurs", "Événements", "Partenaires", "Graphiques"]
    for title in wb.sheetnames[:4]:
        assert len(wb[title].tables) == 1
    charts = wb["Graphiques"]._charts
    assert charts and all(c.series[0].val.numRef.f.startswith("'Indicateurs'!") for c in charts)
    assert wb.properties.creator  # the organisation
    assert wb.properties.title == "Bilan 2024"


def test_every_action_indicator_event_and_partner(sample_workspace: Workspace, sample_xlsx: Path) -> None:
    report = report_of(sample_workspace)
    convention = report.convention
    assert [r["N°"] for r in records(sample_xlsx, "Synthèse")] == [a.number for a in convention.actions]
    indicators = records(sample_xlsx, "Indicateurs")
    assert [r[UID_HEADER] for r in indicators] == [i.uid for i in convention.indicators]
    for row, indicator in zip(indicators, convention.indicators):
        assert row["Indicateur"] == indicator.label
        assert row["2024"] == indicator.value_for(2024)
    events = records(sample_xlsx, "Événements")
    assert [r["Titre"] for r in events] == [e.title for e in report.events]
    for row, event in zip(events, report.events):
        start = row["Début"]
        assert isinstance(start, dt.datetime) and start.date() == event.start_date
        if event.end_date is not None:
            assert row["Fin"].date() == event.end_date
    names = [r["Partenaire"] for r in records(sample_xlsx, "Partenaires")]
    assert all(p.name in names for p in convention.partners)


def test_website_visits_numbers_and_change(sample_xlsx: Path) -> None:
    wb = load_workbook(sample_xlsx)
    ws = wb["Indicateurs"]
    headers = {c.value: c.column for c in ws[1]}
    row = row_in(sample_xlsx, VISITS)
    v2023, v2024 = ws.cell(row, headers["2023"]), ws.cell(row, headers["2024"])
    assert (v2023.value, v2024.value) == (32732, 52464)
    assert v2023.data_type == v2024.data_type == "n"
    change = ws.cell(row, headers["Évolution 2024/2023"])
    assert change.data_type == "n" and round(change.value, 2) == 0.60
    assert "%" in change.number_format


def test_no_formula_even_with_formula_like_titles(sample_workspace: Workspace, tmp_path: Path) -> None:
    report = report_of(sample_workspace)
    convention = report.convention
    convention.actions[0].title = "=1+1"
    report.events[0].title = "@SUM(A1)"
    convention.indicators[1].label = "+33 1"
    convention.partners[0].name = "-x"
    result = export_xlsx(report, tmp_path / "hostile.xlsx")
    for xml in worksheet_xml(result.path).values():
        assert not re.search(r"<f[\s>/]", xml)
    wb = load_workbook(result.path, read_only=True)
    assert (wb["Synthèse"]["C2"].value, wb["Synthèse"]["C2"].data_type) == ("=1+1", "s")
    assert (wb["Événements"]["C2"].value, wb["Événements"]["C2"].data_type) == ("@SUM(A1)", "s")
    assert (wb["Indicateurs"]["C3"].value, wb["Indicateurs"]["C3"].data_type) == ("+33 1", "s")
    assert (wb["Partenaires"]["A2"].value, wb["Partenaires"]["A2"].data_type) == ("-x", "s")
    wb.close()
    sample_workspace.rollback()


def test_returned_sample_three_edits_two_sorted_rows_one_bad_value(
    sample_workspace: Workspace, sample_xlsx: Path, tmp_path: Path
) -> None:
    report = report_of(sample_workspace)
    edits: dict[str, object] = {
        VISITS: 53000,
        "ind-facebook-abonnes": 1000,
        "ind-consortiums": "5",
        "ind-lettres-information": "quatre",
    }
    returned = returned_copy(
        sample_xlsx, tmp_path / "retour.xlsx", edits, swap=("ind-site-visites", "ind-chantiers-personnes")
    )
    assert row_in(returned, VISITS) != row_in(sample_xlsx, VISITS)  # really moved
    summary = read_indicator_updates(returned, report)
    assert {(c.uid, c.old, c.new) for c in summary.changed} == {
        (VISITS, 52464, 53000),
        ("ind-facebook-abonnes", 963, 1000),
        ("ind-consortiums", 4, 5),
    }
    assert [(p.row, p.column, p.value) for p in summary.invalid] == [
        (row_in(returned, "ind-lettres-information"), "F", "quatre")
    ]
    assert summary.unknown == [] and summary.missing == []
    assert len(summary.unchanged) == len(report.convention.indicators) - 4
    with pytest.raises(InvalidValuesError):
        apply_indicator_updates(summary, report)
    visits = next(i for i in report.convention.indicators if i.uid == VISITS)
    assert visits.value_for(2024) == 52464  # nothing changed until asked
    assert apply_indicator_updates(summary, report, allow_partial=True) == 3
    assert visits.value_for(2024) == 53000 and visits.value_for(2023) == 32732
