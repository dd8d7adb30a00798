"""Reading commands work on a read-only workspace; writing ones refuse it in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

MESDESK = str(Path(sys.executable).with_name("mesdesk"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([MESDESK, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def protected(sample_file: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    path.chmod(0o444)
    return path


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_reading_commands_succeed_on_a_read_only_file(protected: Path, tmp_path: Path) -> None:
    before = _listing(protected.parent)
    result = _run("check", str(protected))
    assert result.returncode == 0 and "Intégrité : OK" in result.stdout, result.stderr
    assert result.stderr == ""
    result = _run("json-dump", str(protected))
    assert result.returncode == 0 and result.stderr == ""
    assert json.loads(result.stdout)["conventions"][0]["reports"][0]["year"] == 2024
    out = tmp_path / "sortie"
    out.mkdir()
    result = _run("export", str(protected), "--report", "2024", "--docx", str(out / "b.docx"), "--xlsx", str(out / "b.xlsx"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    from docx import Document

    assert any("Bilan" in p.text for p in Document(str(out / "b.docx")).paragraphs)
    # Nothing was written beside the workspace: no lock, no -wal, no -shm, same bytes.
    assert _listing(protected.parent) == before


@pytest.mark.parametrize(
    "command",
    [
        ("new-report", "{ws}", "--year", "2025"),
        ("import-xlsx", "{xlsx}", "{ws}", "--report", "2024"),
    ],
)
def test_writing_commands_refuse_a_read_only_file_in_one_line(
    protected: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    before = _listing(protected.parent)
    xlsx = tmp_path / "retour.xlsx"
    xlsx.write_bytes(b"")
    args = [a.format(ws=protected, xlsx=xlsx) for a in command]
    result = _run(*args)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "lecture seule" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert _listing(protected.parent) == before
