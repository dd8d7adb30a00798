"""What a Windows user meets, tested where it can be here: an export onto a file Word
holds open, folders with accents and spaces, paths past 260 characters, line endings
and encodings of the JSON interchange. (Synced folders: tests/store/test_synced_folders.py;
what only the Windows CI job checks: packaging/README.md.)
"""

from __future__ import annotations

import io
import json
import os
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from mesdesk.cli.main import main
from mesdesk.exchange import atomic
from mesdesk.exchange.docx import ExportError, export_docx
from mesdesk.exchange.xlsx import export_xlsx
from mesdesk.store.workspace import Workspace

ACCENTED = Path("Bilans été 2025") / "dossier partagé"
OLD = b"the delegate's previous export"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _report(workspace: Workspace) -> Any:
    return workspace.current_convention().reports[-1]


def _windows_refusal(winerror: int) -> PermissionError:
    """The exception os.replace raises on Windows while Word holds the target."""
    text = "Le processus ne peut pas accéder au fichier car ce fichier est utilisé par un autre processus"
    if sys.platform == "win32":
        return PermissionError(13, text, None, winerror)
    exc = PermissionError(13, text)
    exc.winerror = winerror  # type: ignore[attr-defined] - only Windows' OSError has it
    return exc


class HeldByWord:
    """os.replace as Windows answers while Word holds the target: refused ``times`` times."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, winerror: int = 32, times: int = 1000) -> None:
        self.calls = 0
        self.winerror = winerror
        self.times = times
        self.sleeps: list[float] = []
        self._real = os.replace
        monkeypatch.setattr(atomic.os, "replace", self)
        monkeypatch.setattr(atomic.time, "sleep", self.sleeps.append)

    def __call__(self, src: Any, dst: Any) -> None:
        self.calls += 1
        if self.calls <= self.times:
            raise _windows_refusal(self.winerror)
        self._real(src, dst)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("winerror", [32, 5, 33])
@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_export_onto_a_file_word_holds_says_which_and_loses_nothing(
    sample_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, winerror: int, kind: str
) -> None:
    folder = tmp_path / ACCENTED
    folder.mkdir(parents=True)
    target = folder / f"bilan-2024.{kind}"
    target.write_bytes(OLD)
    held = HeldByWord(monkeypatch, winerror)
    export = export_docx if kind == "docx" else export_xlsx
    with pytest.raises(ExportError) as caught:
        export(_report(sample_workspace), target)
    message = str(caught.value)
    assert message.startswith(f"bilan-2024.{kind} est ouvert dans Word, Excel ou un autre programme ({folder})")
    assert "fermez-le puis recommencez" in message and "n'a pas été modifié" in message
    assert "\n" not in message
    assert target.read_bytes() == OLD, "the old file is intact"
    assert _leftovers(folder) == [], "the temporary file is removed"
    assert held.calls == 4 and sum(held.sleeps) < 1.0  # a short wait, then the message


def test_a_file_let_go_within_moments_is_replaced(
    sample_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An antivirus or OneDrive scanning the file holds it briefly: the export goes through."""
    target = tmp_path / "bilan-2024.docx"
    target.write_bytes(OLD)
    held = HeldByWord(monkeypatch, times=2)
    export_docx(_report(sample_workspace), target)
    assert held.calls == 3
    assert zipfile.is_zipfile(target) and "word/document.xml" in zipfile.ZipFile(target).namelist()
    assert _leftovers(tmp_path) == []


def test_other_permission_errors_keep_their_message(
    sample_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refusal that is not Windows' "held by another program" is not retried nor reworded."""
    target = tmp_path / "bilan-2024.docx"
    target.write_bytes(OLD)
    calls = []

    def refuse(src: Any, dst: Any) -> None:
        calls.append(dst)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(ExportError, match="ouvert dans un autre programme ou protégé"):
        export_docx(_report(sample_workspace), target)
    assert len(calls) == 1 and target.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_the_command_line_says_it_in_one_line(
    sample_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bilan.docx"
    target.write_bytes(OLD)
    HeldByWord(monkeypatch)
    code, _, err = _run(capsys, "export", str(sample_file), "--report", "2024", "--docx", str(target))
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("mesdesk : bilan.docx est ouvert dans Word")
    assert target.read_bytes() == OLD


# -- folders with accents and spaces -------------------------------------------------------

def test_workspace_created_opened_and_exported_under_accents_and_spaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / ACCENTED
    folder.mkdir(parents=True)
    ws = folder / "bilan été.mesdesk"
    assert _run(capsys, "sample", str(ws))[0] == 0
    code, out, err = _run(capsys, "check", str(ws))
    assert code == 0, err
    docx, xlsx = folder / "Bilan 2024 – MES.docx", folder / "Bilan 2024 – MES.xlsx"
    code, out, err = _run(capsys, "export", str(ws), "--report", "2024", "--docx", str(docx), "--xlsx", str(xlsx))
    assert code == 0, err
    assert out.splitlines() == [str(docx), str(xlsx)]
    assert "word/document.xml" in zipfile.ZipFile(docx).namelist()
    assert "xl/workbook.xml" in zipfile.ZipFile(xlsx).namelist()
    with Workspace.open(ws) as reopened:
        assert _report(reopened).year == 2024
    code, out, err = _run(capsys, "demo", "--out", str(folder / "démo"))
    assert code == 0, err
    assert sorted(p.suffix for p in (folder / "démo").iterdir()) == [".docx", ".xlsx"]


# -- paths past Windows' 260 characters ----------------------------------------------------

def _long_paths_enabled() -> bool:
    """Windows: the LongPathsEnabled policy (python.exe and the bundle are long-path aware)."""
    import winreg  # noqa: PLC0415 - Windows only

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem") as key:
            return winreg.QueryValueEx(key, "LongPathsEnabled")[0] == 1
    except OSError:
        return False


def test_workspace_and_exports_in_a_path_past_260_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if sys.platform == "win32" and not _long_paths_enabled():
        pytest.skip("LongPathsEnabled is off on this Windows: see packaging/README.md (long paths)")
    folder = tmp_path
    while len(str(folder)) < 280:
        folder = folder / "Sous-dossier très profond de l'association"
    folder.mkdir(parents=True)
    ws = folder / "bilan.mesdesk"
    docx = folder / "bilan-2024.docx"
    assert len(str(docx)) > 260
    assert _run(capsys, "sample", str(ws))[0] == 0
    code, _, err = _run(capsys, "export", str(ws), "--report", "2024", "--docx", str(docx), "--xlsx",
                        str(docx.with_suffix(".xlsx")))
    assert code == 0, err
    assert zipfile.is_zipfile(docx) and zipfile.is_zipfile(docx.with_suffix(".xlsx"))
    with Workspace.open(ws) as reopened:
        assert _report(reopened).year == 2024


# -- JSON line endings and encodings -------------------------------------------------------

class WindowsRedirectedStdout(io.TextIOWrapper):
    """sys.stdout as Windows makes it for `mesdesk json-dump F > f.json`: cp1252, \\r\\n."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="cp1252", newline="\r\n")

    def value(self) -> bytes:
        self.flush()
        return self.buffer.getvalue()  # type: ignore[attr-defined,no-any-return]


def test_json_dump_writes_utf8_and_lf_even_through_a_windows_stdout(
    sample_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = tmp_path / "s.mesdesk"
    ws.write_bytes(sample_file.read_bytes())
    with Workspace.open(ws) as opened:
        # A character cp1252 does not have: the dump must not fail on it.
        opened.current_convention().reports[-1].title = "Bilan 2024 ≥ objectifs ✓"
        opened.session.commit()
    stdout = WindowsRedirectedStdout()
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["json-dump", str(ws)]) == 0
    data = stdout.value()
    assert b"\r\n" not in data and data.endswith(b"\n")
    text = data.decode("utf-8")
    assert "Bilan 2024 ≥ objectifs ✓" in text and "é" in text
    json.loads(text)


def test_json_load_takes_a_file_saved_by_notepad(
    sample_json: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """UTF-8 with a byte-order mark and CRLF line ends, as Windows' Notepad may save it."""
    source = tmp_path / "bilan édité.json"
    source.write_bytes(b"\xef\xbb\xbf" + sample_json.replace("\n", "\r\n").encode("utf-8"))
    ws = tmp_path / "depuis notepad.mesdesk"
    code, _, err = _run(capsys, "json-load", str(source), str(ws))
    assert code == 0, err
    code, dumped, _ = _run(capsys, "json-dump", str(ws))
    assert json.loads(dumped) == json.loads(sample_json)
