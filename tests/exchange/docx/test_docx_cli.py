"""``mesdesk export`` and ``mesdesk demo``: outputs and exit codes (0 ok, 1 user error, 2 usage)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import docx
import pytest

from mesdesk.cli.main import main


@pytest.fixture
def workspace_file(sample_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "bilan.mesdesk"
    shutil.copyfile(sample_file, copy)
    return copy


@pytest.fixture
def no_xlsx(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build without the Excel writer (``import`` then fails as for a missing module)."""
    monkeypatch.setitem(sys.modules, "mesdesk.exchange.xlsx", None)


def test_export_writes_the_docx_and_prints_its_path(workspace_file, tmp_path, capsys) -> None:
    out = tmp_path / "sortie.docx"
    assert main(["export", str(workspace_file), "--report", "2024", "--docx", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert captured.err == ""
    assert docx.Document(str(out)).paragraphs[0].text == "Bilan 2024"


def test_export_without_any_output_is_bad_usage(workspace_file, capsys) -> None:
    assert main(["export", str(workspace_file), "--report", "2024"]) == 2
    assert "--docx" in capsys.readouterr().err


def test_template_without_docx_is_bad_usage(workspace_file, tmp_path) -> None:
    args = ["export", str(workspace_file), "--report", "2024", "--template", "t.docx", "--xlsx", str(tmp_path / "x.xlsx")]
    assert main(args) == 2
    assert not (tmp_path / "x.xlsx").exists()


def test_missing_year_argument_is_bad_usage(workspace_file, tmp_path) -> None:
    assert main(["export", str(workspace_file), "--docx", str(tmp_path / "o.docx")]) == 2


def test_unknown_year_is_a_user_error(workspace_file, tmp_path, capsys) -> None:
    assert main(["export", str(workspace_file), "--report", "1999", "--docx", str(tmp_path / "o.docx")]) == 1
    err = capsys.readouterr().err.strip()
    assert "1999" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "o.docx").exists()


def test_missing_workspace_is_a_user_error(tmp_path, capsys) -> None:
    assert main(["export", str(tmp_path / "absent.mesdesk"), "--report", "2024", "--docx", str(tmp_path / "o.docx")]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_bad_template_is_a_user_error_in_one_line(workspace_file, tmp_path, capsys) -> None:
    template = tmp_path / "modele.docx"
    template.write_text("pas un document Word")
    out = tmp_path / "o.docx"
    assert main(["export", str(workspace_file), "--report", "2024", "--docx", str(out), "--template", str(template)]) == 1
    err = capsys.readouterr().err.strip()
    assert "modele.docx" in err and "n'est pas un fichier Word" in err and len(err.splitlines()) == 1
    assert not out.exists()


def test_template_warnings_go_to_stderr(workspace_file, tmp_path, capsys) -> None:
    template = tmp_path / "plain.docx"
    docx.Document().save(str(template))
    out = tmp_path / "o.docx"
    assert main(["export", str(workspace_file), "--report", "2024", "--docx", str(out), "--template", str(template)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert "attention : " in captured.err and "Evaluation" in captured.err


def test_xlsx_missing_from_the_build_is_a_user_error_and_nothing_is_written(workspace_file, tmp_path, capsys,
                                                                            no_xlsx) -> None:
    out, xlsx = tmp_path / "o.docx", tmp_path / "o.xlsx"
    assert main(["export", str(workspace_file), "--report", "2024", "--docx", str(out), "--xlsx", str(xlsx)]) == 1
    assert "Excel" in capsys.readouterr().err
    assert not out.exists() and not xlsx.exists()


def test_demo_writes_the_sample_report(tmp_path, capsys) -> None:
    out = tmp_path / "demo" / "sub"
    assert main(["demo", "--out", str(out)]) == 0
    printed = capsys.readouterr().out.split()
    assert str(out / "bilan-2024.docx") in printed
    assert (out / "bilan-2024.docx").exists()
    assert docx.Document(str(out / "bilan-2024.docx")).core_properties.title == "Bilan 2024"
    assert set(printed) == {str(p) for p in out.iterdir()}


def test_demo_without_the_excel_writer_writes_the_docx_alone(tmp_path, capsys, no_xlsx) -> None:
    assert main(["demo", "--out", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.split() == [str(tmp_path / "bilan-2024.docx")]
    assert "Excel" in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bilan-2024.docx"]


def test_demo_into_a_file_is_a_user_error(tmp_path) -> None:
    target = tmp_path / "fichier"
    target.write_text("x")
    assert main(["demo", "--out", str(target)]) == 1
