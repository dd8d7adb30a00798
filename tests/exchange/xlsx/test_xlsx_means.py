"""The « Moyens » and « Budget » sheets: typed cells, our own formulas that a spreadsheet
recalculates, user text that stays text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from means_testing import add_sample_means
from openpyxl import load_workbook

from mesdesk.exchange.xlsx import export_xlsx
from mesdesk.store.workspace import Workspace


def _export(ws: Workspace, target: Path) -> Path:
    conv = ws.current_convention()
    assert conv is not None
    report = add_sample_means(conv)
    report.budget_lines[1].label = "=HYPERLINK(\"http://x\")"  # user text that looks like a formula
    ws.commit()
    export_xlsx(report, target)
    return target


def test_means_and_budget_sheets_are_typed_with_our_own_totals(sample_workspace: Workspace, tmp_path: Path) -> None:
    path = _export(sample_workspace, tmp_path / "moyens.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[-2:] == ["Moyens", "Budget"]
    budget = wb["Budget"]
    headers = [c.value for c in budget[1]]
    assert headers[:7] == ["Action", "Compte", "Libellé", "Prévu (€)", "Réalisé (€)", "Écart (€)", "Écart (%)"]
    rows = list(budget.iter_rows(min_row=2, max_row=7, values_only=True))
    # charges first (60-68), then products (7x)
    assert [r[1] for r in rows] == ["62", "64", "62", "64", "74", "74"]
    assert rows[0][3] == 2000 and isinstance(rows[0][3], int) and rows[0][4] == 2800
    assert rows[0][5] == '=IF(OR(D2="",E2=""),"",E2-D2)'
    label = budget["C3"]
    assert label.value == '=HYPERLINK("http://x")' and label.data_type == "s" and label.quotePrefix
    totals = {row[0]: row for row in budget.iter_rows(min_row=8, values_only=True) if row[0]}
    assert totals["Total des charges"][3] == "=SUM(D2:D5)"
    assert totals["Total des produits"][3] == "=SUM(D6:D7)"
    assert totals["Total des financements"][4].startswith("=SUM(E")
    means = wb["Moyens"]
    formulas = [c.value for c in means["H"] if isinstance(c.value, str) and c.value.startswith("=")]
    assert "=E6*G6" in formulas  # the first volunteering line: hours × rate
    # the only formulas in the workbook are ours
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert str(cell.value).startswith(("=SUM(", "=IF(", "=E")), cell.value


@pytest.mark.slow  # needs LibreOffice Calc (make test-slow), like test_xlsx_render
def test_libreoffice_recalculates_the_totals(sample_workspace: Workspace, tmp_path: Path) -> None:
    path = _export(sample_workspace, tmp_path / "moyens.xlsx")
    wb = load_workbook(path)
    wb["Budget"]["E2"] = 3000  # a member corrects an actual
    edited = tmp_path / "corrige.xlsx"
    wb.save(edited)
    profile = (tmp_path / "profile").as_uri()
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx", "--outdir", str(out),
         str(edited)],
        check=True, capture_output=True, timeout=180,
    )
    values = load_workbook(out / "corrige.xlsx", data_only=True)["Budget"]
    assert values["F2"].value == 1000  # 3 000 - 2 000
    assert abs(values["G2"].value - 0.5) < 1e-9
    totals = {row[0]: row for row in values.iter_rows(min_row=8, values_only=True) if row[0]}
    assert totals["Total des charges"][4] == 3000 + 5100 + 5600 + 10200
