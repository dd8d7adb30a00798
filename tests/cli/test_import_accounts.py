"""``mesdesk import-accounts``: a generated FEC and trial balances (CSV, xlsx) fill the
actuals of the budget lines, all or nothing, with one-line refusals."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from means_testing import add_sample_means
from openpyxl import Workbook

from mesdesk.store.workspace import Workspace

MESDESK = str(Path(sys.executable).with_name("mesdesk"))
FEC_COLUMNS = ("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|"
               "PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise")


def _workspace(sample_file: Path, tmp_path: Path, both_actions: bool = False) -> Path:
    path = tmp_path / "bilan.mesdesk"
    shutil.copyfile(sample_file, path)
    with Workspace.open(path) as ws:
        conv = ws.current_convention()
        assert conv is not None
        report = add_sample_means(conv)
        if not both_actions:  # keep the first action's lines only: accounts are then unambiguous
            for name in ("budget_lines", "people_lines", "funding_lines", "in_kind_lines"):
                lines = getattr(report, name)
                lines[:] = [line for line in lines if line.action is conv.actions[0]]
        ws.commit()
    return path


def _actuals(path: Path) -> dict[str, float | None]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT account, actual FROM means_budget ORDER BY position"))
    finally:
        con.close()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([MESDESK, "import-accounts", *args], capture_output=True, text=True, timeout=120)


def _fec(lines: list[tuple[str, str, str, str]], sep: str = "|") -> str:
    rows = [FEC_COLUMNS.replace("|", sep)]
    for i, (account, label, debit, credit) in enumerate(lines, start=1):
        fields = ["AC", "Achats", str(i), "20240315", account, label, "", "", f"F{i}", "20240315", label, debit,
                  credit, "", "", "20240320", "", ""]
        rows.append(sep.join(fields))
    return "\r\n".join(rows) + "\r\n"


def test_a_fec_fills_the_actuals(sample_file: Path, tmp_path: Path) -> None:
    path = _workspace(sample_file, tmp_path)
    fec = tmp_path / "123456789FEC20241231.txt"
    fec.write_text(_fec([
        ("625100", "Voyages et déplacements", "1 200,50", "0,00"),
        ("625700", "Réceptions", "1799,50", "0,00"),
        ("641000", "Rémunérations", "5 300,00", "0,00"),
        ("641000", "Rémunérations (régularisation)", "0,00", "100,00"),
        ("741000", "Subvention Fondation", "0,00", "6 500,00"),
        ("606300", "Fournitures", "80,00", "0,00"),  # no budget line: listed, ignored
        ("512000", "Banque", "0,00", "6 000,00"),  # not class 6-7
    ]), encoding="utf-8")
    result = _run(str(fec), str(path), "--report", "2024")
    assert result.returncode == 0, result.stderr
    assert "FEC lu : 3 ligne(s)" in result.stdout and "606300" in result.stdout
    assert _actuals(path) == {"62": 3000.0, "64": 5200.0, "74": 6500.0}


def test_a_tab_separated_fec_reads_the_same(sample_file: Path, tmp_path: Path) -> None:
    path = _workspace(sample_file, tmp_path)
    fec = tmp_path / "fec.txt"
    fec.write_text(_fec([("625100", "Voyages", "10,5", "0")], sep="\t"), encoding="cp1252")
    assert _run(str(fec), str(path), "--report", "2024").returncode == 0
    assert _actuals(path)["62"] == 10.5


def test_a_trial_balance_with_analytic_codes_splits_by_action(sample_file: Path, tmp_path: Path) -> None:
    path = _workspace(sample_file, tmp_path, both_actions=True)
    csv_file = tmp_path / "balance.csv"
    csv_file.write_text(
        "Compte;Libellé;Débit;Crédit;Code analytique\n"
        "6251;Déplacements;2 900,00;0;1.1\n6251;Déplacements;5 500,00;0;1.2\n741;Subvention;0;7 000,00;1.1\n",
        encoding="utf-8",
    )
    result = _run(str(csv_file), str(path), "--report", "2024")
    assert result.returncode == 0, result.stderr
    con = sqlite3.connect(path)
    rows = con.execute("SELECT a.position, b.account, b.actual FROM means_budget b JOIN action a ON a.id = b.action_id "
                       "WHERE b.account IN ('62', '74') ORDER BY b.position").fetchall()
    con.close()
    assert rows == [(0, "62", 2900.0), (0, "74", 7000.0), (1, "62", 5500.0), (1, "74", None)]


def test_an_xlsx_balance_without_analytic_codes_is_refused_when_ambiguous(sample_file: Path, tmp_path: Path) -> None:
    path = _workspace(sample_file, tmp_path, both_actions=True)
    before = _actuals(path)
    wb = Workbook()
    ws = wb.active
    ws.append(["Compte", "Libellé", "Débit", "Crédit"])
    ws.append(["6251", "Déplacements", 8400, 0])
    wb.save(tmp_path / "balance.xlsx")
    result = _run(str(tmp_path / "balance.xlsx"), str(path), "--report", "2024")
    assert result.returncode != 0
    assert "compte 6251 : plusieurs lignes de budget (1.1, 1.2)" in result.stdout
    assert "rien n'a été modifié" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _actuals(path) == before


def test_bad_files_are_refused_in_one_line(sample_file: Path, tmp_path: Path) -> None:
    path = _workspace(sample_file, tmp_path)
    before = _actuals(path)
    cases = {
        "notes.txt": ("Bonjour\nceci n'est pas un FEC\n", "ni FEC ni balance"),
        "colonnes.csv": ("Nom;Prénom\nA;B\n", "ni FEC ni balance reconnus"),
        "montant.csv": ("Compte;Débit;Crédit\n6251;douze;0\n", "ligne 2 : montant « douze » illisible"),
        "faux.xlsx": ("PK\x03\x04 pas un zip", "classeur illisible"),
    }
    for name, (content, message) in cases.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        result = _run(str(tmp_path / name), str(path), "--report", "2024")
        assert result.returncode != 0 and message in result.stderr, (name, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert _actuals(path) == before
