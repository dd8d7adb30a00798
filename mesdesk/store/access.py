"""Whether a workspace file can be written where it is, and how to read it when not.

A read-only workspace (a file without write permission, a read-only folder, a CD, a
read-only mount, an attachment saved read-only) is opened read-only: SQLite is given
a ``mode=ro`` URI, no lock file is written, nothing is checkpointed at close and no
``-wal`` / ``-shm`` file is left behind. SQLite would create those two files for a
WAL-mode database even in ``mode=ro``; ``immutable=1`` tells it no one is writing the
file, so it needs neither. That is only true when nobody can write it and there is no
unfinished ``-wal`` to read; otherwise plain ``mode=ro`` is used.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

# Why a workspace is read-only: ``medium`` (read-only mount, CD), ``file`` (no write
# permission on the file), ``folder`` (the folder cannot hold the journal and lock
# files), ``disk-full`` (the disk has no room for SQLite's journal), ``requested``
# (the caller asked for read-only).
READ_ONLY_CAUSES = ("medium", "file", "folder", "disk-full", "requested")


def _no_write_bits(mode: int) -> bool:
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _mount_read_only(path: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows: os.access below sees read-only media
        return False
    try:
        return bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def read_only_cause(path: Path) -> str | None:
    """Why ``path`` cannot be written, or None when it can.

    The permission bits are respected even for root (who ``os.access`` always lets
    write): they are what the user set to protect the file, like office suites do.
    """
    path = path.absolute()
    if _mount_read_only(path):
        return "medium"
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # missing or unreadable: the caller's own checks say so
    if _no_write_bits(mode) or not os.access(path, os.W_OK):
        return "file"
    return folder_read_only_cause(path.parent)


def folder_read_only_cause(folder: Path) -> str | None:
    """Why no file can be created in ``folder`` (``medium`` or ``folder``), or None."""
    folder = folder.absolute()
    if _mount_read_only(folder):
        return "medium"
    try:
        mode = folder.stat().st_mode
    except OSError:
        return "folder"
    if _no_write_bits(mode) or not os.access(folder, os.W_OK | os.X_OK):
        return "folder"
    return None


def read_only_reason(cause: str) -> str:
    """Why a workspace cannot be written, as the end of a French sentence."""
    return {
        "medium": "il est sur un support en lecture seule (CD, clé ou partage protégés)",
        "file": "le fichier est en lecture seule (droits d'accès)",
        "folder": "son dossier est en lecture seule (droits d'accès)",
        "disk-full": "le disque est plein (libérez de la place puis rouvrez-le)",
        "requested": "il est ouvert en lecture seule",
    }.get(cause, "il est en lecture seule")


def read_only_message(path: Path, cause: str) -> str:
    """One line saying why ``path`` cannot be written."""
    return (
        f"{path.name} ne peut pas être modifié : {read_only_reason(cause)}. "
        "Copiez-le dans un dossier où vous pouvez écrire pour le modifier."
    )


def _has_pending_wal(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def read_only_connector(path: Path, cause: str) -> Callable[[], sqlite3.Connection]:
    """A factory of read-only SQLite connections to ``path``."""
    uri = path.absolute().as_uri() + "?mode=ro"
    if cause != "requested" and not _has_pending_wal(path):
        # Nobody can write the file and every commit is in it: no journal, no shared
        # memory, no lock needed, and none of their files created beside it.
        uri += "&immutable=1"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True)

    return connect
