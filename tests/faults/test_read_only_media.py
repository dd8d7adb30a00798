"""Read-only media and permissions as the kernel enforces them.

Root ignores permission bits, so two real mechanisms are used: a tmpfs remounted
read-only (``mount -o remount,ro``: refused even to root, with EROFS), and child
processes run as ``nobody`` (``setpriv``) on files and folders root owns.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from faults_testing import TinyDisk, listing, one_line, run_mesdesk

from mesdesk.store.workspace import Workspace


@pytest.mark.parametrize("tiny_disk", [4 * 1024 * 1024], indirect=True)
def test_a_read_only_mount_is_read_and_left_untouched(tiny_disk: TinyDisk, sample_file: Path, tmp_path: Path) -> None:
    path = tiny_disk.path / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    tiny_disk.remount("ro")
    try:
        before = tiny_disk.files()
        for args in (("check", str(path)), ("json-dump", str(path))):
            result = run_mesdesk(*args)
            assert result.returncode == 0 and result.stderr == "", result.stderr
        assert json.loads(run_mesdesk("json-dump", str(path)).stdout)["format"] == "mesdesk-workspace"
        result = run_mesdesk("export", str(path), "--report", "2024", "--docx", str(tmp_path / "b.docx"))
        assert result.returncode == 0 and (tmp_path / "b.docx").stat().st_size > 0, result.stderr
        with Workspace.open(path) as ws:
            assert ws.read_only and ws.read_only_cause == "medium"
            assert ws.current_convention() is not None
        message = one_line(run_mesdesk("new-report", str(path), "--year", "2025"))
        assert "lecture seule" in message and "endommagé" not in message
        assert tiny_disk.files() == before
    finally:
        tiny_disk.remount("rw")


def test_creating_on_a_read_only_mount_says_why(tiny_disk: TinyDisk) -> None:
    tiny_disk.remount("ro")
    try:
        message = one_line(run_mesdesk("sample", str(tiny_disk.path / "nouveau.mesdesk")))
        assert "lecture seule" in message
    finally:
        tiny_disk.remount("rw")


def _wal_sample(sample_file: Path, path: Path) -> None:
    path.write_bytes(sample_file.read_bytes())
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)  # as MES Desk leaves it
    conn.close()


def test_a_file_nobody_may_write_is_read_by_nobody(open_folder: Path, sample_file: Path) -> None:
    open_folder.chmod(0o777)  # the folder would let nobody create files: only the file is protected
    path = open_folder / "bilan.mesdesk"
    _wal_sample(sample_file, path)
    path.chmod(0o644)  # root's file: nobody may read, not write
    before = listing(open_folder)
    result = run_mesdesk("check", str(path), as_nobody=True)
    assert result.returncode == 0 and "Intégrité : OK" in result.stdout, result.stderr
    result = run_mesdesk("json-dump", str(path), as_nobody=True)
    assert result.returncode == 0 and result.stderr == ""
    message = one_line(run_mesdesk("new-report", str(path), "--year", "2025", as_nobody=True))
    assert "lecture seule" in message and "endommagé" not in message
    assert listing(open_folder) == before  # no -wal, -shm or lock left by nobody


def test_a_folder_nobody_may_write_is_read_by_nobody(open_folder: Path, sample_file: Path) -> None:
    path = open_folder / "bilan.mesdesk"
    _wal_sample(sample_file, path)
    path.chmod(0o666)  # the file itself is writable: the folder (root's, 0755) is not
    before = listing(open_folder)
    result = run_mesdesk("check", str(path), as_nobody=True)
    assert result.returncode == 0 and "Intégrité : OK" in result.stdout, result.stderr
    assert "endommagé" not in result.stdout + result.stderr
    out = open_folder / "sortie"
    out.mkdir(mode=0o777)
    out.chmod(0o777)
    result = run_mesdesk("export", str(path), "--report", "2024", "--docx", str(out / "b.docx"), as_nobody=True)
    assert result.returncode == 0, result.stderr
    assert listing(open_folder) == before
    # Creating there is refused with the real cause.
    message = one_line(run_mesdesk("sample", str(open_folder / "autre.mesdesk"), as_nobody=True))
    assert "lecture seule" in message
    assert not os.path.exists(open_folder / "autre.mesdesk")
