"""A workspace that cannot be written is opened read-only, and nothing is written.

These run as any user: the permission bits are respected even by root (see
``mesdesk.store.access``). Read-only mounts and an unprivileged user are in
``tests/faults``.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mesdesk.model.entities import Organisation
from mesdesk.store.errors import ReadOnlyWorkspaceError
from mesdesk.store.lock import lock_path
from mesdesk.store.workspace import Workspace


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def protected(sample_file: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the sample with no write permission (chmod 444)."""
    path = tmp_path / "lecture-seule.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    path.chmod(0o444)
    yield path
    path.chmod(0o644)


def test_a_file_without_write_permission_opens_read_only_and_leaves_nothing(protected: Path) -> None:
    before = _files(protected.parent)
    with Workspace.open(protected) as ws:
        assert ws.read_only and ws.read_only_cause == "file"
        assert ws.organisation() is not None
        assert ws.current_convention().reports  # type: ignore[union-attr]
        assert not lock_path(protected).exists()
    # No lock, no -wal, no -shm, not a byte of the file changed (no checkpoint).
    assert _files(protected.parent) == before


def test_a_read_only_folder_opens_read_only(sample_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    folder.chmod(0o555)
    try:
        before = _files(folder)
        with Workspace.open(path) as ws:
            assert ws.read_only and ws.read_only_cause == "folder"
            assert ws.organisation() is not None
        assert _files(folder) == before
    finally:
        folder.chmod(0o755)


def test_every_write_on_a_read_only_workspace_is_refused_clearly(protected: Path) -> None:
    before = protected.read_bytes()
    ws = Workspace.open(protected)
    try:
        org = ws.organisation()
        assert org is not None
        org.name = "Changé"
        with pytest.raises(ReadOnlyWorkspaceError, match="lecture seule"):
            ws.commit()
        ws.rollback()
        ws.session.add(Organisation(name="Nouvelle"))
        with pytest.raises(ReadOnlyWorkspaceError):
            with ws.transaction():
                pass
        # Below the ORM too: SQLite itself refuses.
        with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
            with ws.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM organisation")
    finally:
        ws.close()
    assert protected.read_bytes() == before


def test_asking_for_a_writable_workspace_is_refused_on_a_read_only_file(protected: Path) -> None:
    with pytest.raises(ReadOnlyWorkspaceError, match="lecture seule"):
        Workspace.open(protected, read_only=False)
    assert not lock_path(protected).exists()


def test_read_only_can_be_asked_for_a_writable_file(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "b.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    with Workspace.open(path, read_only=True) as ws:
        assert ws.read_only and ws.read_only_cause == "requested"
        assert not lock_path(path).exists()
    with Workspace.open(path) as ws:
        assert not ws.read_only


def test_an_old_read_only_file_is_refused_without_being_migrated(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from mesdesk.store import migrate

    path = tmp_path / "v1.mesdesk"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001")
    engine.dispose()
    path.chmod(0o444)
    before = _files(tmp_path)
    with pytest.raises(ReadOnlyWorkspaceError, match="version antérieure.*lecture seule"):
        Workspace.open(path)
    assert _files(tmp_path) == before  # no backup, no journal, no lock


def test_a_read_only_file_with_an_unfinished_journal_is_read_whole(sample_file: Path, tmp_path: Path) -> None:
    """A file copied with its -wal (a session that crashed) holds commits only in the
    journal: they must be read, not skipped."""
    path = tmp_path / "avec-journal.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE organisation SET name = 'Seulement dans le journal'")
    writer.commit()
    wal = Path(f"{path}-wal").read_bytes()
    shm = Path(f"{path}-shm").read_bytes()
    writer.close()  # the last connection checkpoints and removes the WAL: put it back
    path.write_bytes(sample_file.read_bytes())
    Path(f"{path}-wal").write_bytes(wal)
    Path(f"{path}-shm").write_bytes(shm)
    path.chmod(0o444)
    try:
        with Workspace.open(path) as ws:
            assert ws.read_only
            assert ws.organisation().name == "Seulement dans le journal"  # type: ignore[union-attr]
    finally:
        path.chmod(0o644)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644 and os.path.exists(f"{path}-wal")
