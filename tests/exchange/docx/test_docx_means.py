"""The means in the Word report: a table after each « Moyens = » with figures, none
without, and the « Moyens mobilisés » annex with totals and the valuation method."""

from __future__ import annotations

from pathlib import Path

import docx
from means_testing import add_sample_means

from mesdesk.exchange.docx import export_docx
from mesdesk.store.workspace import Workspace


def _texts(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_tables_follow_the_means_of_actions_with_figures_and_the_annex_totals(
    sample_workspace: Workspace, tmp_path: Path
) -> None:
    conv = sample_workspace.current_convention()
    assert conv is not None
    report = add_sample_means(conv)
    sample_workspace.commit()
    path = export_docx(report, tmp_path / "bilan.docx").path
    document = docx.Document(str(path))
    body = document.element.body
    tables = document.tables
    assert len(tables) == 3  # two actions with figures, and the annex; none for the others
    first = _texts(tables[0])
    assert first[0] == ["Moyens", "Détail", "Prévu", "Réalisé"]
    assert ["62 Autres services extérieurs", "Déplacements", "2\u202f000\u00a0€", "2\u202f800\u00a0€"] in first
    assert first[-2][0] == "Bénévolat (870)" and first[-2][3] == "5\u202f067\u00a0€"  # 300 h × 16,89 €
    # right after the first action's « Moyens = » paragraph
    previous = tables[0]._tbl.getprevious()
    assert "".join(previous.itertext()).startswith("Moyens = ")
    annex = _texts(tables[2])
    assert annex[-1][:3] == ["Total", "360\u00a0h", "900\u00a0h"]
    annex_heading = [p for p in document.paragraphs if p.text == "Moyens mobilisés" and p.style.style_id == "Heading1"]
    assert len(annex_heading) == 1
    after = [p.text for p in document.paragraphs if p.text.startswith("Valorisation du bénévolat")]
    assert after and "16,89\u00a0€" in after[0] and "SMIC brut horaire 2024" in after[0]
    assert list(body).index(tables[2]._tbl) > list(body).index(annex_heading[0]._p)


def test_a_report_without_figures_prints_no_table_and_no_annex(sample_workspace: Workspace, tmp_path: Path) -> None:
    conv = sample_workspace.current_convention()
    assert conv is not None
    path = export_docx(conv.report_for(2024), tmp_path / "bilan.docx").path  # type: ignore[arg-type]
    document = docx.Document(str(path))
    assert document.tables == []
    assert not any(p.text == "Moyens mobilisés" for p in document.paragraphs)
