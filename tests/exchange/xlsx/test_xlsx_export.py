"""The exported workbook read back with openpyxl: sheets, types, formats, tables, chart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart
from openpyxl.worksheet.worksheet import Worksheet
from xlsx_testing import ORGANISATION, records, report_of

from mesdesk.exchange.xlsx import build_workbook, export_xlsx
from mesdesk.exchange.xlsx.sheets import check_table_name
from mesdesk.store.workspace import Workspace

SHEETS = ["Synthèse", "Indicateurs", "Événements", "Partenaires", "Graphiques"]
TABLE_SHEETS = SHEETS[:4]


@pytest.fixture(scope="module")
def wb(small_xlsx: Path):  # type: ignore[no-untyped-def]
    return load_workbook(small_xlsx)


def column_of(ws: Worksheet, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


def row_of(ws: Worksheet, uid: str) -> int:
    uid_col = column_of(ws, "Identifiant (ne pas modifier)")
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, uid_col).value == uid)


def test_five_sheets_in_order_and_properties(wb) -> None:  # type: ignore[no-untyped-def]
    assert wb.sheetnames == SHEETS
    assert wb.active.title == "Synthèse"
    assert wb.properties.title == "Bilan 2024"
    assert wb.properties.creator == ORGANISATION
    assert wb.properties.subject == "Programme d'essai"


def test_synthesis_one_row_per_action(small_xlsx: Path) -> None:
    rows = records(small_xlsx, "Synthèse")
    assert [r["N°"] for r in rows] == ["1.1", "1.2", "2.1"]
    first = rows[0]
    assert first["Axe"] == "1. Promouvoir l'économie solidaire"
    assert first["Action"] == "Communication"
    assert first["Statut"] == "validé"
    assert first["Évaluation"] == "une progression évidente"
    assert first["Moyens"] == "une personne à mi-temps"
    # evaluation 3 + narrative 7 + means 4 words
    assert first["Mots"] == 14 and isinstance(first["Mots"], int)
    # 2.1 has no text in the report: shown "à rédiger", and the export did not create one
    assert rows[2]["Statut"] == "à rédiger" and rows[2]["Mots"] == 0


def test_export_does_not_change_the_model(small_workspace: Workspace, tmp_path: Path) -> None:
    report = report_of(small_workspace)
    texts_before = len(report.texts)
    export_xlsx(report, tmp_path / "x.xlsx")
    assert len(report.texts) == texts_before
    assert not small_workspace.session.dirty and not small_workspace.session.new


def test_indicators_numbers_change_and_hidden_uid(wb) -> None:  # type: ignore[no-untyped-def]
    ws = wb["Indicateurs"]
    headers = [c.value for c in ws[1]]
    assert headers == [
        "Axe", "Action", "Indicateur", "Unité", "2023", "2024", "2025", "2026",
        "Évolution 2024/2023", "Source / note", "Identifiant (ne pas modifier)",
    ]
    visits = row_of(ws, "ind-visits")
    v2023 = ws.cell(visits, column_of(ws, "2023"))
    v2024 = ws.cell(visits, column_of(ws, "2024"))
    assert (v2023.value, v2024.value) == (32732, 52464)
    assert v2023.data_type == v2024.data_type == "n"
    assert v2024.number_format == "#,##0"
    change = ws.cell(visits, column_of(ws, "Évolution 2024/2023"))
    assert change.data_type == "n"
    assert change.value == pytest.approx((52464 - 32732) / 32732)
    assert round(change.value, 2) == 0.60
    assert "%" in change.number_format
    assert ws.cell(visits, 2).value == "1.1 Communication" and ws.cell(visits, 1).value == 1  # a number, not text
    # a decimal keeps its decimals, shown with a decimal format
    trained = ws.cell(row_of(ws, "ind-trained"), column_of(ws, "2024"))
    assert trained.value == 10.5 and "0.0" in trained.number_format
    # no previous year: no change, not a zero
    books = row_of(ws, "ind-books")
    assert ws.cell(books, column_of(ws, "Évolution 2024/2023")).value is None
    # indicator with no action: empty axis and action, still listed
    share = row_of(ws, "ind-share")
    assert ws.cell(share, 1).value is None and ws.cell(share, 2).value is None
    uid_letter = ws.cell(1, column_of(ws, "Identifiant (ne pas modifier)")).column_letter
    assert ws.column_dimensions[uid_letter].hidden


def test_every_indicator_and_event_present(small_workspace: Workspace, small_xlsx: Path) -> None:
    report = report_of(small_workspace)
    indicator_rows = records(small_xlsx, "Indicateurs")
    assert [r["Identifiant (ne pas modifier)"] for r in indicator_rows] == [
        i.uid for i in report.convention.indicators
    ]
    assert [r["Indicateur"] for r in indicator_rows] == [i.label for i in report.convention.indicators]
    event_rows = records(small_xlsx, "Événements")
    assert [r["Titre"] for r in event_rows] == [e.title for e in report.events]


def test_events_dates_are_dates(wb) -> None:  # type: ignore[no-untyped-def]
    ws = wb["Événements"]
    assert [c.value for c in ws[1]] == ["Début", "Fin", "Titre", "Lieu", "Action", "Rôle", "Participants"]
    start, end = ws["A3"], ws["B3"]
    assert start.is_date and end.is_date
    assert start.value == dt.datetime(2024, 5, 21) and end.value == dt.datetime(2024, 5, 23)
    assert start.number_format == "dd/mm/yyyy"
    assert ws["B2"].value is None  # a one-day event has no end
    assert ws["G3"].value == 60 and ws["G3"].data_type == "n"
    assert ws["E3"].value == "1.1 Communication"


def test_partners_with_bodies_and_actions(small_xlsx: Path) -> None:
    rows = records(small_xlsx, "Partenaires")
    cress = rows[0]
    assert cress["Partenaire"] == "CRESS d'essai"
    assert cress["Type"] == "réseau"
    assert cress["Instances et rôle"] == "Comité de coordination (membre)"
    # its own action and its body's action, in document order
    assert cress["Actions liées"] == "1.1 Communication\n1.2 @SUM(A1)"
    lone_body = rows[-1]
    assert lone_body["Partenaire"] == "Conseil supérieur"
    assert lone_body["Type"] == "instance"
    assert lone_body["Actions liées"] == "2.1 +33 1"


def test_tables_headers_frozen_and_print_setup(wb) -> None:  # type: ignore[no-untyped-def]
    names = []
    for title in TABLE_SHEETS:
        ws = wb[title]
        assert len(ws.tables) == 1
        table = next(iter(ws.tables.values()))
        names.append(table.displayName)
        check_table_name(table.displayName)
        assert table.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert [c.name for c in table.tableColumns] == [c.value for c in ws[1]]
        assert ws.freeze_panes == "A2"
        header = ws["A1"]
        assert header.font.bold and header.fill.fgColor.rgb.endswith("1F4E78")
        assert ws["C2"].alignment.wrap_text  # a text column in every table
        assert all(ws.column_dimensions[c.column_letter].width > 0 for c in ws[1])
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert "Bilan 2024" in ws.oddHeader.left.text
    assert len(set(names)) == len(names)


def test_chart_points_at_the_indicators(wb) -> None:  # type: ignore[no-untyped-def]
    charts = wb["Graphiques"]._charts
    assert len(charts) == 2  # the two indicators with figures for two years
    assert all(isinstance(c, BarChart) for c in charts)
    refs = [c.series[0].val.numRef.f for c in charts]
    ind = wb["Indicateurs"]
    visits = row_of(ind, "ind-visits")
    assert refs[0] == f"'Indicateurs'!$E${visits}:$H${visits}"
    assert charts[0].series[0].cat.strRef.f == "'Indicateurs'!$E$1:$H$1"
    assert wb["Graphiques"].print_area  # the charts are printed


def test_chart_falls_back_to_this_years_figures(small_workspace: Workspace) -> None:
    report = report_of(small_workspace)
    for indicator in report.convention.indicators:
        indicator.set_value(2023, None)
    workbook, warnings = build_workbook(report)
    assert len(workbook["Graphiques"]._charts) == 6  # every indicator with a 2024 figure
    assert warnings == []
    small_workspace.rollback()


def test_no_figures_no_chart_and_a_warning(small_workspace: Workspace, tmp_path: Path) -> None:
    report = report_of(small_workspace)
    for indicator in report.convention.indicators:
        for year in (2023, 2024):
            indicator.set_value(year, None)
    result = export_xlsx(report, tmp_path / "x.xlsx")
    assert any("Graphiques" in w for w in result.warnings)
    assert load_workbook(result.path)["Graphiques"]._charts == []
    small_workspace.rollback()


def test_empty_lists_still_make_valid_tables(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "empty.mesdesk")
    from mesdesk.model.entities import Convention, Report

    with ws.transaction() as session:
        session.add(Convention(first_year=2024, last_year=2024, reports=[Report(year=2024)]))
    result = export_xlsx(report_of(ws), tmp_path / "empty.xlsx")
    ws.close()
    wb = load_workbook(result.path)
    for title in TABLE_SHEETS:
        table = next(iter(wb[title].tables.values()))
        assert table.ref.endswith("2")  # header and one empty row: Excel needs a data row
    assert wb.properties.title == "Bilan 2024" and wb.properties.creator == "MES Desk"


def test_progress_reports_each_step(small_workspace: Workspace, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    export_xlsx(report_of(small_workspace), tmp_path / "x.xlsx", progress=lambda d, t, m: calls.append((d, t, m)))
    done = [d for d, _, _ in calls]
    assert done == sorted(done) and done[0] == 0 and calls[-1][0] == calls[-1][1]
    assert {"Synthèse", "Indicateurs", "Graphiques"} <= {m for _, _, m in calls}


def test_a_name_without_xlsx_suffix_gets_a_warning(small_workspace: Workspace, tmp_path: Path) -> None:
    result = export_xlsx(report_of(small_workspace), tmp_path / "bilan.xls")
    assert any(".xlsx" in w for w in result.warnings)


@pytest.mark.parametrize("name", ["A1", "XFD1048576", "R1C1", "r", "1abc", "with space", ""])
def test_table_names_excel_refuses(name: str) -> None:
    with pytest.raises(ValueError):
        check_table_name(name)
