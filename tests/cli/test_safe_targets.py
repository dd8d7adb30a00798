"""json-load --force validates before touching anything; years are checked; exports
write through symbolic links."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mesdesk.cli.main import main
from mesdesk.store.lock import lock_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workspace(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    return path


@pytest.mark.parametrize(
    "bad",
    [
        '{"format": "mesdesk-workspace", "version": 1, "conventions": [{"id": "c", "axes": "pas une liste"}]}',
        '{"format": "mesdesk-workspace", "version": 1, "organisation": {"name": "X"}, "conventions": [',
        '{"hello": 1}',
    ],
    ids=["wrong-shape", "truncated", "foreign"],
)
def test_json_load_force_with_a_bad_document_keeps_the_workspace(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    source = tmp_path / "mauvais.json"
    source.write_text(bad, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    code, _, err = run(capsys, "json-load", "--force", str(source), str(workspace))
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    # Not a byte changed, nothing added (no temporary file, no lock).
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_json_load_force_replaces_the_workspace_whole(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, dumped, _ = run(capsys, "json-dump", str(workspace))
    source = tmp_path / "autre.json"
    source.write_text(dumped.replace('"Bilan 2024"', '"Bilan remplacé"'), encoding="utf-8")
    assert run(capsys, "json-load", "--force", str(source), str(workspace))[0] == 0
    assert run(capsys, "json-dump", str(workspace))[1] == source.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autre.json", "bilan.mesdesk"]
    assert not lock_path(workspace).exists()


@pytest.mark.parametrize("value", ["100000000000000000000", "-5", "0", "1899", "2201"])
@pytest.mark.parametrize("command", ["export", "check", "new-report"])
def test_years_out_of_range_are_refused_in_one_line(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, command: str
) -> None:
    args = {
        "export": ("export", str(workspace), "--report", value, "--docx", str(tmp_path / "b.docx")),
        "check": ("check", str(workspace), "--report", value),
        "new-report": ("new-report", str(workspace), "--year", value),
    }[command]
    before = workspace.read_bytes()
    code, _, err = run(capsys, *args)
    assert code == 1, err
    assert err.count("\n") == 1 and "entre 1900 et 2200" in err and "Traceback" not in err
    assert workspace.read_bytes() == before and not (tmp_path / "b.docx").exists()


def test_a_year_in_range_is_accepted(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new-report", str(workspace), "--year", "2025", "--from", "2024")[0] == 0
    assert run(capsys, "check", str(workspace), "--report", "2025")[0] == 0


def test_exporting_onto_a_symbolic_link_writes_through_it(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "partage"
    shared.mkdir()
    real_docx, real_xlsx = shared / "bilan-final.docx", shared / "bilan-final.xlsx"
    real_docx.write_bytes(b"ancien")
    real_xlsx.write_bytes(b"ancien")
    link_docx, link_xlsx = tmp_path / "lien.docx", tmp_path / "lien.xlsx"
    link_docx.symlink_to(real_docx)
    link_xlsx.symlink_to(real_xlsx)
    code, _, err = run(capsys, "export", str(workspace), "--report", "2024", "--docx", str(link_docx), "--xlsx", str(link_xlsx))
    assert code == 0, err
    assert link_docx.is_symlink() and os.readlink(link_docx) == str(real_docx)
    assert link_xlsx.is_symlink() and os.readlink(link_xlsx) == str(real_xlsx)
    from docx import Document
    from openpyxl import load_workbook

    assert Document(str(real_docx)).paragraphs[0].text  # the target now holds the report
    assert "Indicateurs" in load_workbook(real_xlsx).sheetnames
    assert sorted(p.name for p in shared.iterdir()) == ["bilan-final.docx", "bilan-final.xlsx"]
