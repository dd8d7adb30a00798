"""User text never becomes a formula, an error value or broken XML in the workbook."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook
from xlsx_testing import HOSTILE, report_of, worksheet_xml

from mesdesk.exchange.xlsx import export_xlsx
from mesdesk.exchange.xlsx.cells import MAX_CELL_CHARS, TRUNCATION_MARKER
from mesdesk.model.richtext import RichText
from mesdesk.store.workspace import Workspace

FORMULA_ELEMENT = re.compile(r"<f[\s>/]")


def all_cells(path: Path):  # type: ignore[no-untyped-def]
    wb = load_workbook(path, read_only=True)
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value is not None:
                        yield ws.title, cell.coordinate, cell.value, cell.data_type
    finally:
        wb.close()


def test_formula_like_titles_come_back_as_text(small_xlsx: Path) -> None:
    found: dict[str, str] = {}
    for _sheet, _coordinate, value, data_type in all_cells(small_xlsx):
        if isinstance(value, str) and value in HOSTILE:
            found[value] = data_type
            assert data_type == "s", value
    assert set(found) == set(HOSTILE)  # each hostile string is there, as text
    assert all(data_type != "f" for *_, data_type in all_cells(small_xlsx))


def test_no_formula_or_error_cell_anywhere_in_the_file(small_xlsx: Path) -> None:
    parts = worksheet_xml(small_xlsx)
    assert len(parts) == 5
    for name, xml in parts.items():
        assert not FORMULA_ELEMENT.search(xml), name
        assert 't="e"' not in xml, name  # "#N/A" typed as a title is not an error value
    assert "=1+1" in "".join(parts.values())


def test_formula_like_text_keeps_excels_quote_prefix(small_xlsx: Path) -> None:
    wb = load_workbook(small_xlsx)
    synthesis = wb["Synthèse"]
    cell = next(c for row in synthesis.iter_rows() for c in row if c.value == "@SUM(A1)")
    assert cell.quotePrefix and cell.data_type == "s"
    plain = synthesis["C2"]
    assert plain.value == "Communication" and not plain.quotePrefix


def test_control_characters_are_removed(small_workspace: Workspace, tmp_path: Path) -> None:
    report = report_of(small_workspace)
    convention = report.convention
    # Entities can hold what the editors would have cleaned: the writer cleans again.
    convention.partners[0].name = "CRESS\x07 d'essai\x1b"
    convention.indicators[0].label = "Visites\x01 du site"
    report.events[0].title = "Formation\x0b de maîtres\x00"
    result = export_xlsx(report, tmp_path / "ctrl.xlsx")
    values = {value for *_, value, _ in all_cells(result.path)}
    assert "CRESS d'essai" in values
    assert "Visites du site" in values
    assert "Formation\n de maîtres" in values  # a vertical tab is a line separator
    small_workspace.rollback()


def test_text_longer_than_a_cell_is_cut_visibly(small_workspace: Workspace, tmp_path: Path) -> None:
    report = report_of(small_workspace)
    text = next(t for t in report.texts if t.action.number == "1.1")
    text.means = RichText.plain("mot " * 10_000)  # 40,000 characters
    result = export_xlsx(report, tmp_path / "long.xlsx")
    wb = load_workbook(result.path, read_only=True)
    means = wb["Synthèse"]["F2"].value
    wb.close()
    assert len(means) == MAX_CELL_CHARS
    assert means.endswith(TRUNCATION_MARKER)
    assert any("tronqué" in w and "Synthèse, ligne 2, Moyens" in w for w in result.warnings)
    small_workspace.rollback()


def test_ampersand_in_a_title_is_not_a_page_header_code(small_workspace: Workspace, tmp_path: Path) -> None:
    report = report_of(small_workspace)
    report.title = "Bilan R&D 2024"
    result = export_xlsx(report, tmp_path / "amp.xlsx")
    wb = load_workbook(result.path)
    assert wb["Synthèse"].oddHeader.left.text.startswith("Bilan R&&D 2024")
    assert wb.properties.title == "Bilan R&D 2024"
    small_workspace.rollback()
