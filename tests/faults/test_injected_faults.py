"""The same write points as test_disk_full, with an injected ``OSError(ENOSPC)``.

These run everywhere (no root, no mount): the kernel's answer is imitated at the
moment the data is flushed to the disk, after it was written.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from mesdesk.model.entities import Organisation
from mesdesk.store import copies, lock
from mesdesk.store.errors import DiskFullError
from mesdesk.store.lock import WorkspaceLock, lock_path
from mesdesk.store.workspace import Workspace, backup_copy


def _no_space(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_creating_when_the_flush_fails_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(copies.os, "fsync", _no_space)
    with pytest.raises(DiskFullError, match="disque est plein.*rien n'a été créé"):
        Workspace.build(tmp_path / "nouveau.mesdesk", lambda session: session.add(Organisation(name="X")))
    assert list(tmp_path.iterdir()) == []


def test_replacing_when_the_flush_fails_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bilan.mesdesk"
    with Workspace.create(path) as ws:
        ws.session.add(Organisation(name="ancien"))
        ws.commit()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    monkeypatch.setattr(copies.os, "fsync", _no_space)
    with pytest.raises(DiskFullError):
        Workspace.build(path, lambda session: session.add(Organisation(name="nouveau")), overwrite=True)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_backup_that_cannot_be_completed_is_not_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bilan.mesdesk"
    with Workspace.create(path) as ws:
        monkeypatch.setattr(copies.os, "fsync", _no_space)
        with pytest.raises(OSError):
            backup_copy(path, ws.engine, "avant-migration-0001")
        monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bilan.mesdesk"]


def test_a_lock_that_cannot_be_written_is_not_left_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bilan.mesdesk"
    monkeypatch.setattr(lock.os, "write", _no_space)
    held = WorkspaceLock(path)
    held.acquire()
    assert not held.held
    # An empty lock file would make every later opening wait as if it were held.
    assert not lock_path(path).exists()
