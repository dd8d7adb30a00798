"""Failures are named by their real cause; only a malformed file is called damaged.

Each error here is a real one raised by SQLite or the OS, not a constructed message.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from mesdesk.store.errors import (
    CorruptWorkspaceError,
    DiskFullError,
    ReadOnlyWorkspaceError,
    WorkspaceBusyError,
)
from mesdesk.store.failures import describe


def _raised(action) -> BaseException:  # type: ignore[no-untyped-def]
    try:
        action()
    except BaseException as exc:  # noqa: BLE001 - the error is the result
        return exc
    raise AssertionError("no error raised")


def _database(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.commit()
    return conn


def test_a_full_database_is_a_full_disk(tmp_path: Path) -> None:
    conn = _database(tmp_path / "a.mesdesk")
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={page_count + 1}")  # SQLite's own SQLITE_FULL
    exc = _raised(lambda: [conn.execute("INSERT INTO t VALUES (?)", ("x" * 10_000,)) for _ in range(10)])
    error = describe(tmp_path / "a.mesdesk", exc, "enregistrer dans")
    assert isinstance(error, DiskFullError) and "disque est plein" in str(error)
    assert "endommagé" not in str(error) and "sauvegarde" not in str(error)


def test_an_os_enospc_is_a_full_disk(tmp_path: Path) -> None:
    error = describe(tmp_path / "a.mesdesk", OSError(errno.ENOSPC, "No space left on device"), "créer")
    assert isinstance(error, DiskFullError) and "rien n'a été créé" in str(error)


def test_writing_a_read_only_database_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "a.mesdesk"
    _database(path).close()
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    exc = _raised(lambda: conn.execute("INSERT INTO t VALUES ('x')"))
    error = describe(path, exc, "enregistrer dans")
    assert isinstance(error, ReadOnlyWorkspaceError) and "lecture seule" in str(error)
    assert "endommagé" not in str(error)


def test_a_database_locked_by_another_program_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "a.mesdesk"
    holder = _database(path)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    exc = _raised(lambda: other.execute("SELECT * FROM t").fetchall())
    error = describe(path, exc, "ouvrir")
    assert isinstance(error, WorkspaceBusyError) and "verrouillé" in str(error)
    holder.rollback()


@pytest.mark.parametrize("damage", ["not-a-database", "malformed"])
def test_only_a_malformed_file_is_damaged(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "a.mesdesk"
    conn = _database(path)
    for i in range(200):
        conn.execute("INSERT INTO t VALUES (?)", (f"ligne {i}" * 20,))
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    if damage == "not-a-database":
        data[:16] = b"x" * 16
    else:
        data[4096 + 8 : 8192] = b"\xff" * (4096 - 8)  # a wrecked table page
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    exc = _raised(lambda: conn.execute("SELECT count(*), max(x) FROM t").fetchall())
    error = describe(path, exc, "ouvrir")
    assert isinstance(error, CorruptWorkspaceError) and "endommagé" in str(error)
