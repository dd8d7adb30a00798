"""``mesdesk import-xlsx``: output, exit codes, and the workspace changed only when it should."""

from __future__ import annotations

from pathlib import Path

import pytest
from xlsx_testing import report_of, returned_copy

from mesdesk.cli.main import main
from mesdesk.store.workspace import Workspace

EDITS: dict[str, object] = {"ind-visits": 53000, "ind-books": 1250, "ind-share": 72, "ind-letters": "beaucoup"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workspace_path(small_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "bilan.mesdesk"
    path.write_bytes(small_file.read_bytes())
    return path


def figures(path: Path) -> dict[str, float | None]:
    with Workspace.open(path) as ws:
        return {i.uid: i.value_for(2024) for i in report_of(ws).convention.indicators}


def test_invalid_values_change_nothing_and_exit_1(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, small_xlsx: Path, tmp_path: Path
) -> None:
    before = figures(workspace_path)
    returned = returned_copy(small_xlsx, tmp_path / "retour.xlsx", EDITS, reverse=True)
    code, out, err = run(capsys, "import-xlsx", str(returned), str(workspace_path), "--report", "2024")
    assert code == 1
    assert "3 valeurs modifiées :" in out and "1 valeur non valable :" in out
    assert "colonne F (2024) : « beaucoup »" in out
    assert err.startswith("mesdesk : rien n'a été modifié") and "--apply-valid" in err
    assert "Traceback" not in err
    assert figures(workspace_path) == before


def test_apply_valid_saves_the_valid_values(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, small_xlsx: Path, tmp_path: Path
) -> None:
    before = figures(workspace_path)
    returned = returned_copy(small_xlsx, tmp_path / "retour.xlsx", EDITS, reverse=True)
    code, out, err = run(capsys, "import-xlsx", str(returned), str(workspace_path), "--report", "2024", "--apply-valid")
    assert code == 0, err
    assert out.rstrip().endswith("3 valeurs enregistrées dans le bilan 2024.")
    assert figures(workspace_path) == {**before, "ind-visits": 53000, "ind-books": 1250, "ind-share": 72}


def test_all_valid_applies_without_flag(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, small_xlsx: Path, tmp_path: Path
) -> None:
    returned = returned_copy(small_xlsx, tmp_path / "ok.xlsx", {"ind-visits": 53000})
    code, out, _ = run(capsys, "import-xlsx", str(returned), str(workspace_path), "--report", "2024")
    assert code == 0 and "1 valeur enregistrée dans le bilan 2024." in out
    assert figures(workspace_path)["ind-visits"] == 53000
    # the same file again: nothing left to change
    code, out, _ = run(capsys, "import-xlsx", str(returned), str(workspace_path), "--report", "2024")
    assert code == 0 and "Aucune valeur à changer." in out


def test_bad_file_missing_report_and_usage(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, small_xlsx: Path, tmp_path: Path
) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("pas un classeur", encoding="utf-8")
    code, out, err = run(capsys, "import-xlsx", str(text), str(workspace_path), "--report", "2024")
    assert code == 1 and out == ""
    assert err == (
        "mesdesk : notes.xlsx n'est pas un classeur Excel .xlsx (un fichier d'un autre format) : "
        "ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx.\n"
    )
    code, _, err = run(capsys, "import-xlsx", str(small_xlsx), str(workspace_path), "--report", "2030")
    assert code == 1 and "aucun bilan pour 2030" in err
    code, _, _ = run(capsys, "import-xlsx", str(small_xlsx), str(workspace_path))
    assert code == 2  # --report is required
