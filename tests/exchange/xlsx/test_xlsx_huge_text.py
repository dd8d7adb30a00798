"""A title far beyond every limit (one that got in before the limits) cannot blow up the Excel export."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from mesdesk.exchange.xlsx import export_xlsx
from mesdesk.exchange.xlsx.cells import MAX_CELL_CHARS, TRUNCATION_MARKER, safe_text
from mesdesk.store.workspace import Workspace


def test_a_huge_title_is_never_copied_whole(sample_workspace: Workspace, tmp_path: Path) -> None:
    report = sample_workspace.current_convention().report_for(2024)  # type: ignore[union-attr]
    size = 50 * 1024 * 1024
    report.title = "Bilan " + "x" * size
    target = tmp_path / "bilan.xlsx"
    tracemalloc.start()
    try:
        export_xlsx(report, target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    sample_workspace.rollback()
    # Before: the title was cleaned, joined to each sheet's name and written to the
    # document properties whole, several copies at once (a 200 MB title ran out of memory).
    assert peak < size // 2
    with zipfile.ZipFile(target) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "Bilan xxx" in core and len(core) < 5_000
    wb = load_workbook(target)
    assert wb.properties.title == ("Bilan " + "x" * size)[:255]
    header = wb["Synthèse"].oddHeader.left.text
    assert header.startswith("Bilan xxx") and len(header) <= 200


def test_safe_text_cuts_a_huge_value_without_cleaning_it_whole() -> None:
    text = safe_text("a\x00" * (10 * MAX_CELL_CHARS))
    assert len(text) == MAX_CELL_CHARS and text.endswith(TRUNCATION_MARKER)
    assert set(text[: -len(TRUNCATION_MARKER)]) == {"a"}
