"""Details seen when the workbook is opened in Excel and its previews: events by date, no
« number stored as text » markers, charts with square corners, cached values and the
years under the bars. Read back with openpyxl and from the raw XML of the package."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils.cell import range_boundaries
from xlsx_testing import sheet_part

from mesdesk.exchange.xlsx import export_xlsx
from mesdesk.model.entities import Event
from mesdesk.store.workspace import Workspace

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
NUMERIC = re.compile(r"\s*[+-]?[\d\s.,\u00a0\u202f]*\d[\d\s.,\u00a0\u202f]*%?\s*")


def _export(sample_workspace: Workspace, tmp_path: Path) -> Path:
    report = sample_workspace.current_convention().report_for(2024)  # type: ignore[union-attr]
    assert report is not None
    return export_xlsx(report, tmp_path / "bilan.xlsx").path


def test_events_are_sorted_by_date(sample_workspace: Workspace, tmp_path: Path) -> None:
    report = sample_workspace.current_convention().report_for(2024)  # type: ignore[union-attr]
    assert report is not None
    # Added last, as a user adds them: an early one, one with an end date only, one undated.
    report.events.append(Event(title="Vœux", start_date=dt.date(2024, 1, 8)))
    report.events.append(Event(title="Clôture", start_date=None, end_date=dt.date(2024, 6, 30)))
    report.events.append(Event(title="Date à fixer"))
    report.events.insert(0, Event(title="Bilan de décembre", start_date=dt.date(2024, 12, 20)))
    path = export_xlsx(report, tmp_path / "e.xlsx").path
    rows = list(load_workbook(path)["Événements"].iter_rows(min_row=2, values_only=True))
    titles = [r[2] for r in rows]
    dates = [(r[0] or r[1]) for r in rows]
    assert titles[0] == "Vœux" and titles[-1] == "Date à fixer"
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated) and len(dated) == len(rows) - 1
    assert titles.index("Clôture") == next(i for i, d in enumerate(dates) if d and d.date() == dt.date(2024, 6, 30))
    assert titles.index("Bilan de décembre") > titles.index("Clôture")


def _ignored(xml: str) -> set[tuple[int, int]]:
    """The cells an ``ignoredErrors`` element exempts from « number stored as text »."""
    cells: set[tuple[int, int]] = set()
    root = ET.fromstring(xml)
    for error in root.iter(MAIN + "ignoredError"):
        if error.get("numberStoredAsText") not in ("1", "true"):
            continue
        for ref in (error.get("sqref") or "").split():
            min_col, min_row, max_col, max_row = range_boundaries(ref)
            cells |= {(r, c) for r in range(min_row, max_row + 1) for c in range(min_col, max_col + 1)}
    return cells


def test_no_number_stored_as_text_marker(sample_workspace: Workspace, tmp_path: Path) -> None:
    path = _export(sample_workspace, tmp_path)
    wb = load_workbook(path)
    with zipfile.ZipFile(path) as archive:
        for title in ("Indicateurs", "Synthèse"):
            ws = wb[title]
            ignored = _ignored(archive.read(sheet_part(path, title)).decode("utf-8"))
            flagged = [
                cell.coordinate
                for row in ws.iter_rows()
                for cell in row
                if cell.data_type == "s" and isinstance(cell.value, str) and NUMERIC.fullmatch(cell.value)
                and (cell.row, cell.column) not in ignored
            ]
            assert flagged == [], f"{title}: Excel would flag {flagged}"
    indicators, synthesis = wb["Indicateurs"], wb["Synthèse"]
    # Numbers are numbers: the axis number, the figures, the word counts.
    assert {indicators.cell(r, 1).value for r in range(2, indicators.max_row + 1)} - {None} <= {1, 2, 3, 4}
    assert all(isinstance(indicators.cell(r, 1).value, int) for r in range(2, 10))
    assert all(isinstance(synthesis.cell(r, 7).value, int) for r in range(2, synthesis.max_row + 1))
    # Text on purpose stays text, exempted: the year headers and the action numbers (« 1.10 »).
    assert indicators["F1"].value == "2024" and indicators["F1"].data_type == "s"
    assert synthesis["B2"].value == "1.1" and synthesis["B2"].data_type == "s"


def test_other_workbooks_saved_in_the_process_are_unchanged(tmp_path: Path) -> None:
    """The writer's extra step only acts on our sheets' marked cells."""
    book = Workbook()
    book.active["A1"] = "2024"
    book.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as archive:
        assert b"ignoredErrors" not in archive.read("xl/worksheets/sheet1.xml")


def test_charts_square_cached_and_years_at_the_bottom(sample_workspace: Workspace, tmp_path: Path) -> None:
    path = _export(sample_workspace, tmp_path)
    wb = load_workbook(path)
    indicators = wb["Indicateurs"]
    header = [c.value for c in indicators[1]]
    with zipfile.ZipFile(path) as archive:
        charts = sorted(n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        assert charts
        for name in charts:
            root = ET.fromstring(archive.read(name))
            rounded = root.find(C + "roundedCorners")
            assert rounded is not None and rounded.get("val") in ("0", "false"), name
            cat_ax = root.find(f"{C}chart/{C}plotArea/{C}catAx")
            assert cat_ax is not None and cat_ax.find(C + "axPos").get("val") == "b"  # type: ignore[union-attr]
            for ser in root.iter(C + "ser"):
                # Each cache holds what its reference points at, read back from the sheet.
                val = ser.find(f"{C}val/{C}numRef")
                assert val is not None
                cells = indicators[val.findtext(C + "f").split("!")[1].replace("$", "")]  # type: ignore[union-attr]
                expected = [c.value for c in cells[0]]
                cache = val.find(C + "numCache")
                assert cache is not None, f"{name}: no cached values"
                assert int(cache.find(C + "ptCount").get("val")) == len(expected)  # type: ignore[union-attr]
                cached = {int(pt.get("idx")): float(pt.findtext(C + "v")) for pt in cache.iter(C + "pt")}  # type: ignore[arg-type]
                assert cached == {i: float(v) for i, v in enumerate(expected) if v is not None}
                assert len(cached) >= 2
                cat = ser.find(f"{C}cat/{C}strRef")
                years = [pt.findtext(C + "v") for pt in cat.iter(C + "pt")]  # type: ignore[union-attr]
                first, _row, last, _ = range_boundaries(cat.findtext(C + "f").split("!")[1].replace("$", ""))  # type: ignore[union-attr]
                assert years == header[first - 1:last]
                label = ser.find(f"{C}tx/{C}strRef")
                row = int(re.search(r"(\d+)$", label.findtext(C + "f")).group(1))  # type: ignore[union-attr]
                assert [pt.findtext(C + "v") for pt in label.iter(C + "pt")] == [indicators.cell(row, 3).value]  # type: ignore[union-attr]
