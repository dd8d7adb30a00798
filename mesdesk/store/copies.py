"""Whole-database copies: a new workspace put in place, a copy saved elsewhere, a backup.

Every copy is written under a temporary name in the target's folder, flushed to the
disk, then renamed: a full disk, a crash or a pulled USB stick leaves either the old
file or the complete new one, never a truncated file under the real name. Backups
never replace an earlier backup: a name already taken gets a number.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy.engine import Engine

SUFFIX = ".mesdesk"


def _read_umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


# Read once, at import: os.umask sets while it reads, which is not thread-safe.
_UMASK = _read_umask()


def sidecar_files(path: Path) -> tuple[Path, Path, Path]:
    """SQLite's files beside a database: WAL, shared memory, rollback journal."""
    return Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")


def _remove_quietly(*paths: Path) -> None:
    for candidate in paths:
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            pass


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def backup_into(engine: Engine, target: Path) -> None:
    """SQLite's online backup of the whole database into the file ``target`` (standalone:
    no WAL beside it). The caller decides where ``target`` lives and when it replaces anything."""
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]  # the raw connection is sqlite3's
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        raw.close()


def _write_temporary(engine: Engine, folder: Path, name: str) -> Path:
    """The whole database copied to a new temporary file in ``folder``, on disk."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        backup_into(engine, tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        # mkstemp makes private (0600) files: give the copy the user's usual mode.
        os.chmod(tmp, 0o666 & ~_UMASK)
    except BaseException:
        _remove_quietly(tmp, *sidecar_files(tmp))
        raise
    return tmp


def replace_with_copy(engine: Engine, target: Path) -> Path:
    """Write the database to ``target``, replacing it only once the copy is complete.

    The caller holds ``target``'s lock. A stale ``-wal`` / ``-shm`` of the replaced
    file is removed first: SQLite would otherwise replay the old file's journal into
    the new one.
    """
    tmp = _write_temporary(engine, target.parent, target.name)
    try:
        for sidecar in sidecar_files(target):
            sidecar.unlink(missing_ok=True)
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    fsync_folder(target.parent)
    return target


def backup_name(path: Path, label: str, number: int) -> Path:
    suffix = "" if number <= 1 else f"-{number}"
    return path.with_name(f"{path.stem}.{label}{suffix}.bak{SUFFIX}")


def write_backup(engine: Engine, path: Path, label: str) -> Path:
    """A complete copy beside ``path`` named ``NAME.LABEL.bak.mesdesk`` (or ``…-2``,
    ``…-3``… when taken): an earlier backup is never overwritten."""
    tmp = _write_temporary(engine, path.parent, path.name)
    try:
        for number in range(1, 10_000):
            candidate = backup_name(path, label, number)
            try:
                os.link(tmp, candidate)  # fails if the name exists: never overwrites
            except FileExistsError:
                continue
            except OSError:
                # No hard links here (FAT, exFAT…): check, then rename.
                if candidate.exists():
                    continue
                os.replace(tmp, candidate)
            fsync_folder(path.parent)
            return candidate
        raise FileExistsError(f"too many backups of {path.name}")
    finally:
        _remove_quietly(tmp)
