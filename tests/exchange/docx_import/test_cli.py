"""``mesdesk import-docx`` and ``mesdesk new-report``."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_import_testing import document_text

from mesdesk.cli.main import main
from mesdesk.model.entities import Status
from mesdesk.store.workspace import Workspace


def test_import_docx_creates_the_workspace_and_prints_the_summary(
    sample_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "importe.mesdesk"
    assert main(["import-docx", str(sample_docx), str(target)]) == 0
    out = capsys.readouterr().out
    assert "Import de bilan-2024.docx : bilan 2024" in out
    assert "Convention créée : 4 axe(s), 10 action(s)" in out
    assert "Notes de bas de page : 4" in out
    with Workspace.open(target) as ws:
        convention = ws.current_convention()
        assert convention is not None and [r.year for r in convention.reports] == [2024]
        organisation = ws.organisation()
        assert organisation is not None and organisation.siret == "444 165 237 00041"


def test_import_docx_with_another_year(sample_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "importe.mesdesk"
    assert main(["import-docx", str(sample_docx), str(target), "--year", "2025"]) == 0
    assert "bilan 2025" in capsys.readouterr().out
    with Workspace.open(target) as ws:
        convention = ws.current_convention()
        assert convention is not None and convention.report_for(2025) is not None


def test_new_report_from_last_year(sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "bilan.mesdesk"
    target.write_bytes(sample_file.read_bytes())
    assert main(["new-report", str(target), "--year", "2025", "--from", "2024"]) == 0
    out = capsys.readouterr().out
    assert "Bilan 2025 créé à partir du bilan 2024 : 10 action(s)" in out
    assert "« 52 464 » = Visites du site internet" in out
    with Workspace.open(target) as ws:
        convention = ws.current_convention()
        assert convention is not None
        report = convention.report_for(2025)
        assert report is not None and len(report.texts) == 10
        assert all(t.status is Status.DRAFT and t.to_update for t in report.texts)
        visits = next(i for i in convention.indicators if i.uid == "ind-site-visites")
        assert (visits.value_for(2024), visits.value_for(2025)) == (52464, None)
    # Again: the year is taken, and the file stays as it is.
    assert main(["new-report", str(target), "--year", "2025"]) == 1
    message = "mesdesk : Le bilan 2025 existe déjà : ouvrez-le plutôt que d'en créer un nouveau.\n"
    assert capsys.readouterr().err == message


def test_new_report_refuses_a_year_outside_the_convention(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bilan.mesdesk"
    target.write_bytes(sample_file.read_bytes())
    assert main(["new-report", str(target), "--year", "2030", "--from", "2024"]) == 1
    assert "hors de la convention (2024–2026)" in capsys.readouterr().err
    assert main(["new-report", str(target), "--year", "2023"]) == 1
    assert "précisez --from" in capsys.readouterr().err


def test_a_carried_over_figure_shows_the_new_years_value_at_export(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bilan.mesdesk"
    target.write_bytes(sample_file.read_bytes())
    assert main(["new-report", str(target), "--year", "2025", "--from", "2024"]) == 0
    with Workspace.open(target) as ws:
        convention = ws.current_convention()
        assert convention is not None
        visits = next(i for i in convention.indicators if i.uid == "ind-site-visites")
        visits.set_value(2025, 61234)
        ws.commit()
    out = tmp_path / "bilan-2025.docx"
    assert main(["export", str(target), "--report", "2025", "--docx", str(out)]) == 0
    capsys.readouterr()
    text = "\n".join(document_text(out))
    assert "présente à ce jour 61\u202f234 visites" in text  # the 2025 value, typeset
    assert "52\u202f464" not in text
    assert "[valeur manquante]" in text  # figures whose 2025 value is not entered yet
