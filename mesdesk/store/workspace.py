"""Opening, creating and closing a workspace file (``*.mesdesk``, SQLite).

The file is the application file format: WAL journal while open, foreign keys on,
every edit committed in its own short transaction, schema migrated by Alembic after a
backup copy. On close the WAL is checkpointed into the main file, so the
``.mesdesk`` file alone holds everything and can be copied or mailed as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from mesdesk.model.entities import Convention, Organisation
from mesdesk.store import migrate
from mesdesk.store.errors import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
)
from mesdesk.store.lock import WorkspaceLock

SUFFIX = ".mesdesk"
SQLITE_HEADER = b"SQLite format 3\x00"
# Stamped in the SQLite header so a MES Desk file is told from any other database.
APPLICATION_ID = 0x4D455344  # "MESD"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")  # before journal_mode: it may need a lock
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _make_engine(path: Path) -> Engine:
    # NullPool: one real connection per use, closed at once, so closing the workspace
    # leaves no connection holding the WAL open.
    # hide_parameters: an error message (shown, logged) must not quote the report's text.
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError as exc:
        raise WorkspaceError(f"Le fichier {path} n'existe pas.") from exc
    except IsADirectoryError as exc:
        raise WorkspaceError(f"{path} est un dossier, pas un espace de travail.") from exc
    except PermissionError as exc:
        raise WorkspaceError(f"Le fichier {path} ne peut pas être lu (droits d'accès).") from exc
    if not header.startswith(SQLITE_HEADER):
        raise NotAWorkspaceError(
            f"{path.name} n'est pas un espace de travail MES Desk (fichier d'un autre format)."
        )
    if len(header) < 100:
        raise CorruptWorkspaceError(f"{path.name} est tronqué ou endommagé.")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise NotAWorkspaceError(f"{path.name} est une base de données d'un autre logiciel.")


def _corrupt(path: Path, exc: Exception) -> CorruptWorkspaceError:
    return CorruptWorkspaceError(
        f"{path.name} est endommagé et ne peut pas être ouvert ({exc.__class__.__name__}). "
        "Utilisez une sauvegarde (fichier .bak) ou une copie récente."
    )


def _inspect(path: Path) -> str | None:
    """The schema revision of a MES Desk file, read without changing a byte of it.

    This runs before our engine connects: that one switches the file to WAL, which
    rewrites the header, and a foreign database must be refused untouched.
    """
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise _corrupt(path, exc) from exc
    try:
        conn.execute("PRAGMA query_only=ON")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "report" not in tables:
            raise NotAWorkspaceError(f"{path.name} n'est pas un espace de travail MES Desk.")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error as exc:
        raise _corrupt(path, exc) from exc
    finally:
        conn.close()


class Workspace:
    """An open workspace: one file, one engine, one long-lived ORM session.

    Use ``Workspace.open`` / ``Workspace.create``; call ``commit()`` after each edit
    and ``close()`` at the end (or use it as a context manager).
    """

    def __init__(self, path: Path, engine: Engine, lock: WorkspaceLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessionmaker = sessionmaker(engine, expire_on_commit=False)
        self.session: Session = self._sessionmaker()
        self.closed = False

    # -- opening ----------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> "Workspace":
        """Create an empty workspace at the current schema."""
        path = Path(path)
        if path.exists():
            if not overwrite:
                raise WorkspaceError(f"Le fichier {path} existe déjà.")
            remove_workspace_files(path)
        if not path.parent.exists():
            raise WorkspaceError(f"Le dossier {path.parent} n'existe pas.")
        lock = WorkspaceLock(path)
        lock.acquire(force=True)
        engine = _make_engine(path)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                migrate.upgrade(conn)
        except Exception:
            engine.dispose()
            lock.release()
            raise
        return cls(path, engine, lock)

    @classmethod
    def open(cls, path: str | Path, *, force: bool = False, readonly_lock: bool = False) -> "Workspace":
        """Open an existing workspace, migrating it (after a backup) if it is older.

        Raises a ``WorkspaceError`` subclass with a user message for a missing, foreign,
        corrupt or newer file, and ``WorkspaceInUseError`` when another process has it
        open (unless ``force``). ``readonly_lock`` skips taking the lock (inspection).
        """
        path = Path(path)
        _check_header(path)
        lock = None if readonly_lock else WorkspaceLock(path)
        if lock is not None:
            lock.acquire(force=force)
        engine = _make_engine(path)
        try:
            cls._prepare(path, engine)
        except Exception:
            engine.dispose()
            if lock is not None:
                lock.release()
            raise
        return cls(path, engine, lock)

    @staticmethod
    def _prepare(path: Path, engine: Engine) -> None:
        revision = _inspect(path)
        if revision is None:
            raise NotAWorkspaceError(f"{path.name} n'est pas un espace de travail MES Desk.")
        if not migrate.is_known_revision(revision):
            raise NewerWorkspaceError(
                f"{path.name} a été enregistré par une version plus récente de MES Desk "
                f"(schéma {revision}). Mettez MES Desk à jour pour l'ouvrir."
            )
        if revision != migrate.head_revision():
            backup = backup_copy(path, engine, f"avant-migration-{revision}")
            try:
                with engine.begin() as conn:
                    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                    migrate.upgrade(conn)
                    conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            except Exception as exc:
                raise WorkspaceError(
                    f"La mise à jour de {path.name} a échoué ; une copie intacte est dans {backup.name}."
                ) from exc

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- using ------------------------------------------------------------------------
    def commit(self) -> None:
        """End the current short transaction (each edit is one)."""
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A block of edits committed together, or not at all."""
        try:
            yield self.session
            self.session.commit()
        except BaseException:
            self.session.rollback()
            raise

    def organisation(self) -> Organisation | None:
        return self.session.scalars(select(Organisation).order_by(Organisation.id)).first()

    def conventions(self) -> list[Convention]:
        return list(self.session.scalars(select(Convention).order_by(Convention.first_year, Convention.id)))

    def current_convention(self) -> Convention | None:
        """The convention being reported on: the most recent one."""
        conventions = self.conventions()
        return conventions[-1] if conventions else None

    def save_copy(self, target: str | Path) -> Path:
        """Write a consistent, self-contained copy of the workspace (atomic)."""
        self.session.commit()
        target = Path(target)
        tmp = target.with_name(f".{target.name}.tmp")
        if tmp.exists():
            tmp.unlink()
        _sqlite_backup(self.engine, tmp)
        tmp.replace(target)
        return target

    def close(self) -> None:
        """Commit, checkpoint the WAL into the file and release it."""
        if self.closed:
            return
        try:
            self.session.commit()
        finally:
            self.session.close()
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self.engine.dispose()
                if self._lock is not None:
                    self._lock.release()
                self.closed = True


def _sqlite_backup(engine: Engine, target: Path) -> None:
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
            # The copy must stand alone: no WAL beside it.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        raw.close()


def backup_copy(path: Path, engine: Engine, label: str) -> Path:
    """Copy the workspace beside itself before a risky operation (e.g. a migration)."""
    target = path.with_name(f"{path.stem}.{label}.bak{SUFFIX}")
    _sqlite_backup(engine, target)
    return target


def remove_workspace_files(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        candidate.unlink(missing_ok=True)


def integrity_problems(workspace: Workspace) -> list[str]:
    """SQLite's integrity and foreign-key checks; empty when the file is sound."""
    problems: list[str] = []
    with workspace.engine.connect() as conn:
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(str(line))
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"référence cassée dans la table {row[0]} (ligne {row[1]})")
    return problems

