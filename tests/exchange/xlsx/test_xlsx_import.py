"""Re-import of the figures a member sends back: matching, summary, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from xlsx_testing import UID_HEADER, report_of, returned_copy, row_in

from mesdesk.exchange.errors import ImportFileError
from mesdesk.exchange.xlsx import (
    InvalidValuesError,
    apply_indicator_updates,
    read_indicator_updates,
)
from mesdesk.store.workspace import Workspace

# Three edits (one typed as French text), one bad value; rows sorted the other way.
EDITS: dict[str, object] = {
    "ind-visits": 53000,
    "ind-books": "1 250",
    "ind-share": 72.5,
    "ind-letters": "beaucoup",
}


@pytest.fixture
def returned(small_xlsx: Path, tmp_path: Path) -> Path:
    return returned_copy(small_xlsx, tmp_path / "retour.xlsx", EDITS, reverse=True)


def values_2024(ws: Workspace) -> dict[str, float | None]:
    return {i.uid: i.value_for(2024) for i in report_of(ws).convention.indicators}


def test_summary_of_a_returned_workbook(small_workspace: Workspace, returned: Path) -> None:
    before = values_2024(small_workspace)
    summary = read_indicator_updates(returned, report_of(small_workspace))
    assert {(c.uid, c.old, c.new) for c in summary.changed} == {
        ("ind-visits", 52464, 53000),
        ("ind-books", 1200, 1250),
        ("ind-share", 71, 72.5),
    }
    # rows were sorted the other way: the summary gives the rows where they now are
    assert {c.uid: c.row for c in summary.changed}["ind-visits"] == row_in(returned, "ind-visits") == 8
    assert sorted(summary.unchanged) == ["ind-empty", "ind-linkedin", "ind-trained"]
    assert summary.unknown == [] and summary.blank_kept == [] and summary.missing == []
    [bad] = summary.invalid
    assert (bad.sheet, bad.row, bad.column, bad.header, bad.value) == (
        "Indicateurs", row_in(returned, "ind-letters"), "F", "2024", "beaucoup"
    )
    assert bad.label == "Lettres d'information"
    assert not summary.is_valid
    assert values_2024(small_workspace) == before  # reading changed nothing
    assert not small_workspace.session.dirty


def test_summary_text(small_workspace: Workspace, returned: Path) -> None:
    text = read_indicator_updates(returned, report_of(small_workspace)).format_fr()
    lines = text.splitlines()
    assert lines[0] == "Fichier : retour.xlsx – bilan 2024, feuille « Indicateurs »"
    assert "3 valeurs modifiées :" in lines
    assert "  - Visites du site internet : 52\u202f464 → 53\u202f000 (ligne 8)" in lines
    assert "  - Part des visites venant des actualités : 71 → 72,5 (ligne 5)" in lines
    assert "3 valeurs inchangées" in lines
    assert "1 valeur non valable :" in lines
    assert any(
        line.startswith("  - Indicateurs, ligne 3, colonne F (2024) : « beaucoup »") and "Lettres d'information" in line
        for line in lines
    )


def test_nothing_applied_until_asked_then_the_valid_ones(small_workspace: Workspace, returned: Path) -> None:
    report = report_of(small_workspace)
    before = values_2024(small_workspace)
    summary = read_indicator_updates(returned, report)
    with pytest.raises(InvalidValuesError, match="rien n'a été modifié"):
        apply_indicator_updates(summary, report)
    assert values_2024(small_workspace) == before
    assert apply_indicator_updates(summary, report, allow_partial=True) == 3
    after = values_2024(small_workspace)
    assert after == {**before, "ind-visits": 53000, "ind-books": 1250, "ind-share": 72.5}
    # other years are never touched
    visits = next(i for i in report.convention.indicators if i.uid == "ind-visits")
    assert visits.value_for(2023) == 32732


def test_all_valid_applies_everything(small_workspace: Workspace, small_xlsx: Path, tmp_path: Path) -> None:
    report = report_of(small_workspace)
    path = returned_copy(small_xlsx, tmp_path / "ok.xlsx", {"ind-visits": 60000, "ind-empty": "12"})
    summary = read_indicator_updates(path, report)
    assert summary.is_valid
    assert apply_indicator_updates(summary, report) == 2
    assert values_2024(small_workspace)["ind-empty"] == 12  # a first figure for it


def test_unknown_rows_blank_cells_and_duplicates(small_workspace: Workspace, small_xlsx: Path, tmp_path: Path) -> None:
    path = returned_copy(
        small_xlsx,
        tmp_path / "mix.xlsx",
        {"ind-linkedin": None},
        extra_rows=[
            {"Indicateur": "Nouvel indicateur du membre", "2024": 5},
            {"Indicateur": "Venu d'ailleurs", "2024": 7, UID_HEADER: "ind-ailleurs"},
            {"Indicateur": "Visites (copie)", "2024": 1, UID_HEADER: "ind-visits"},
        ],
    )
    summary = read_indicator_updates(path, report_of(small_workspace))
    assert [(u.uid, u.label) for u in summary.unknown] == [
        ("", "Nouvel indicateur du membre"),
        ("ind-ailleurs", "Venu d'ailleurs"),
    ]
    assert summary.blank_kept == ["ind-linkedin"]  # an emptied cell does not erase a figure
    [duplicate] = summary.invalid
    assert duplicate.row == 11 and duplicate.column == "K" and "double (déjà ligne 2)" in duplicate.reason
    text = summary.format_fr()
    assert "2 lignes inconnues" in text and "1 cellule vidée ignorée" in text


def test_missing_rows_are_reported_and_left_alone(small_workspace: Workspace, tmp_path: Path) -> None:
    """A member may delete rows, move columns and put a title above the table."""
    wb = Workbook()
    ws = wb.active
    ws.title = "indicateurs "  # case and spaces do not matter
    ws["A1"] = "Chiffres corrigés par le réseau"
    ws.append([])
    ws.append([UID_HEADER, "2024", "Indicateur", "2023"])
    ws.append(["ind-visits", 52464, "Visites", 1])
    ws.append(["ind-letters", 5, "Lettres", 1])
    path = tmp_path / "moved.xlsx"
    wb.save(path)
    summary = read_indicator_updates(path, report_of(small_workspace))
    assert [(c.uid, c.new, c.row) for c in summary.changed] == [("ind-letters", 5, 5)]
    assert summary.unchanged == ["ind-visits"]
    assert sorted(summary.missing) == ["ind-books", "ind-empty", "ind-linkedin", "ind-share", "ind-trained"]
    assert "5 indicateurs absents du fichier" in summary.format_fr()


def test_stale_summary_is_refused(small_workspace: Workspace, returned: Path) -> None:
    report = report_of(small_workspace)
    summary = read_indicator_updates(returned, report)
    next(i for i in report.convention.indicators if i.uid == "ind-visits").set_value(2024, 1)
    with pytest.raises(ImportFileError, match="relisez"):
        apply_indicator_updates(summary, report, allow_partial=True)
    # all or nothing: the other changes were not applied either
    assert values_2024(small_workspace)["ind-books"] == 1200


def test_summary_of_another_report_is_refused(small_workspace: Workspace, returned: Path) -> None:
    report = report_of(small_workspace)
    summary = read_indicator_updates(returned, report)
    summary.year = 2025
    with pytest.raises(ImportFileError, match="autre bilan"):
        apply_indicator_updates(summary, report, allow_partial=True)


def test_a_workbook_of_another_year_or_without_identifiers(small_workspace: Workspace, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Indicateurs"
    ws.append([UID_HEADER, "Indicateur", "2023"])
    wb.save(tmp_path / "year.xlsx")
    with pytest.raises(ImportFileError, match="pas de colonne 2024"):
        read_indicator_updates(tmp_path / "year.xlsx", report_of(small_workspace))
    ws.delete_rows(1)
    ws.append(["Indicateur", "2024"])
    wb.save(tmp_path / "nouid.xlsx")
    with pytest.raises(ImportFileError, match="Identifiant"):
        read_indicator_updates(tmp_path / "nouid.xlsx", report_of(small_workspace))


def test_values_and_labels_beyond_the_limits(small_workspace: Workspace, small_xlsx: Path, tmp_path: Path) -> None:
    # A figure no indicator can hold (it would print as 1E+20 in Word) and a 30,000-character label.
    path = returned_copy(
        small_xlsx,
        tmp_path / "hors-limites.xlsx",
        {"ind-visits": 1e20, "ind-books": "-2 000 000 000 000 000"},
        extra_rows=[{"Indicateur": "L" * 30_000, "2024": 5}],
    )
    summary = read_indicator_updates(path, report_of(small_workspace))
    reasons = {v.label: v.reason for v in summary.invalid}
    assert len(summary.invalid) == 2 and all("hors limites" in r for r in reasons.values())
    assert [len(u.label) for u in summary.unknown] == [200]
    with pytest.raises(InvalidValuesError):
        apply_indicator_updates(summary, report_of(small_workspace))
