"""``mesdesk export … --financial``: the compte rendu financier in Excel and Word, read back."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx
from means_testing import add_sample_means
from openpyxl import load_workbook

from mesdesk.store.workspace import Workspace

MESDESK = str(Path(sys.executable).with_name("mesdesk"))


def _with_means(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "bilan.mesdesk"
    shutil.copyfile(sample_file, path)
    with Workspace.open(path) as ws:
        conv = ws.current_convention()
        assert conv is not None
        add_sample_means(conv)
        ws.commit()
    return path


def _export(path: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([MESDESK, "export", str(path), "--report", "2024", "--financial", str(out)],
                          capture_output=True, text=True, timeout=120)


def test_the_financial_workbook_follows_the_cerfa_table(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "crf.xlsx"
    result = _export(_with_means(sample_file, tmp_path), out)
    assert result.returncode == 0, result.stderr
    ws = load_workbook(out)["Compte rendu financier"]
    rows = {row[0]: row for row in ws.iter_rows(values_only=True) if row[0]}
    assert ws["A1"].value == "Compte rendu financier 2024"
    assert rows["CHARGES"][1:] == ("Prévu (€)", "Réalisé (€)", "Écart (€)", "Écart (%)")
    # 62 for both actions: 2 000 + 4 000 planned, 2 800 + 5 600 actual
    assert rows["62 – Autres services extérieurs"][1:3] == (6000, 8400)
    assert rows["62 – Autres services extérieurs"][3].startswith("=IF(")
    assert rows["Total des charges"][1].startswith("=SUM(B")
    assert rows["864 – Personnel bénévole"][2] > 0 and rows["870 – Bénévolat"][2] == rows["864 – Personnel bénévole"][2]
    assert "86 – Emplois des contributions volontaires en nature" in rows
    assert any(str(k).startswith("1.1 – 62 Déplacements : Deux réunions") for k in rows)
    assert "Valorisation du bénévolat" in rows and "Règle de répartition des charges" in rows


def test_the_financial_document_in_word(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "crf.docx"
    result = _export(_with_means(sample_file, tmp_path), out)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    charges, products = document.tables
    texts = [[c.text for c in row.cells] for row in charges.rows]
    assert texts[0] == ["CHARGES", "Prévu (€)", "Réalisé (€)", "Écart (€)", "Écart (%)"]
    assert ["62 – Autres services extérieurs", "6\u202f000", "8\u202f400", "2\u202f400", "40\u00a0%"] in texts
    assert [c.text for c in products.rows[0].cells][0] == "PRODUITS"
    paragraphs = [p.text for p in document.paragraphs]
    assert any(p.startswith("Heures de bénévolat valorisées à 16,89 €") for p in paragraphs)


def test_a_wrong_extension_is_refused_in_one_line(sample_file: Path, tmp_path: Path) -> None:
    result = _export(_with_means(sample_file, tmp_path), tmp_path / "crf.pdf")
    assert result.returncode == 2 and "--financial attend un fichier .xlsx ou .docx" in result.stderr
    assert not (tmp_path / "crf.pdf").exists()
