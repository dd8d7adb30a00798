"""The lock file: taken atomically, owned by a token, only removed by its owner."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mesdesk.store.errors import WorkspaceInUseError
from mesdesk.store.lock import WorkspaceLock, lock_path


def test_the_lock_is_only_removed_by_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "a.mesdesk"
    mine = WorkspaceLock(path)
    mine.acquire()
    assert mine.held and mine.owns()
    # Someone replaced the lock (an older MES Desk, a user): it is not ours to remove.
    lock_path(path).write_text(json.dumps({"pid": 1, "host": socket.gethostname(), "token": "autre"}))
    mine.release()
    assert lock_path(path).exists()


def test_a_lock_being_written_counts_as_held(tmp_path: Path) -> None:
    """Between the exclusive create and the write the file is empty: not free."""
    path = tmp_path / "a.mesdesk"
    lock_path(path).write_bytes(b"")
    with pytest.raises(WorkspaceInUseError):
        WorkspaceLock(path).acquire()
    old = time.time() - 3600
    os.utime(lock_path(path), (old, old))  # an empty lock an hour old is debris
    lock = WorkspaceLock(path)
    lock.acquire()
    assert lock.held and lock.owns()
    lock.release()
    assert not lock_path(path).exists()


def test_a_reused_pid_does_not_keep_a_stale_lock(tmp_path: Path) -> None:
    """The pid of a dead MES Desk now belongs to another program (here: our parent
    shell's pid with a start time that is not its own)."""
    path = tmp_path / "a.mesdesk"
    lock_path(path).write_text(
        json.dumps({"pid": os.getppid(), "host": socket.gethostname(), "started": "1", "token": "vieux"})
    )
    lock = WorkspaceLock(path)
    lock.acquire()
    assert lock.owns()
    lock.release()


def test_a_lock_from_another_machine_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "a.mesdesk"
    lock_path(path).write_text(json.dumps({"pid": 999_999_999, "host": "autre-poste", "user": "alice"}))
    with pytest.raises(WorkspaceInUseError, match="alice sur autre-poste"):
        WorkspaceLock(path).acquire()


def test_a_forced_lock_leaves_the_owner_s_lock_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.mesdesk"
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; time.sleep(60)"], stdin=subprocess.DEVNULL
    )
    try:
        payload = {"pid": child.pid, "host": socket.gethostname(), "token": "du-premier"}
        lock_path(path).write_text(json.dumps(payload))
        forced = WorkspaceLock(path)
        forced.acquire(force=True)
        assert forced.shared and not forced.held
        forced.release()
        assert json.loads(lock_path(path).read_text()) == payload
    finally:
        child.kill()
        child.wait()


def test_windows_liveness_asks_the_kernel_not_os_kill(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows ``os.kill(pid, 0)`` would send Ctrl+C: the lock asks for the exit code."""
    from mesdesk.store import lock as lock_module

    asked: list[int] = []
    monkeypatch.setattr(lock_module.sys, "platform", "win32")
    monkeypatch.setattr(lock_module, "_windows_process_alive", lambda pid: asked.append(pid) or True)
    monkeypatch.setattr(lock_module.os, "kill", lambda *_a: pytest.fail("os.kill must not be used on Windows"))
    assert lock_module._process_alive(4242) is True
    assert asked == [4242]
