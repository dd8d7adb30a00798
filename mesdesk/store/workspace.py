"""Opening, creating and closing a workspace file (``*.mesdesk``, SQLite).

The file is the application file format: WAL journal while open, foreign keys on,
every edit committed in its own short transaction, schema migrated by Alembic after a
backup copy. On close the WAL is checkpointed into the main file, so the
``.mesdesk`` file alone holds everything and can be copied or mailed as it is.

A new workspace is built in memory, then written beside its target under a temporary
name and renamed (``copies.replace_with_copy``): a refused input, a full disk or a
crash never leaves a partial file or removes the one being replaced. A file that
cannot be written here is opened read-only (``access``): ``Workspace.read_only``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, StaticPool

from mesdesk.model.entities import Convention, Organisation
from mesdesk.model.session_rows import by_id, first_organisation, is_preloaded, rows_in_session
from mesdesk.store import migrate
from mesdesk.store.access import (
    folder_read_only_cause,
    has_pending_wal,
    read_only_cause,
    read_only_connector,
    read_only_message,
    read_only_reason,
)
from mesdesk.store.copies import replace_with_copy, sidecar_files, write_backup
from mesdesk.store.errors import (
    DiskFullError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceError,
    WorkspaceIOError,
)
from mesdesk.store.failures import damaged, describe
from mesdesk.store.lock import WorkspaceLock
from mesdesk.store.server import ServerAddress, is_server_location

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


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA query_only=ON")  # a stray write fails at once, in SQLite too
    cursor.close()


def _make_engine(path: Path) -> Engine:
    # NullPool: one real connection per use, closed at once, so closing the workspace
    # leaves no connection holding the WAL open.
    # hide_parameters: an error message (shown, logged) must not quote the report's text.
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def _make_read_only_engine(connect: Callable[[], sqlite3.Connection]) -> Engine:
    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    event.listen(engine, "connect", _on_connect_read_only)
    return engine


def _make_memory_engine() -> Engine:
    """One private in-memory database (a single shared connection) to build a new file in."""
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})

    def foreign_keys(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    event.listen(engine, "connect", foreign_keys)
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
    except OSError as exc:
        raise describe(path, exc, "lire") from exc
    if not header.startswith(SQLITE_HEADER):
        raise NotAWorkspaceError(
            f"{path.name} n'est pas un espace de travail MES Desk (fichier d'un autre format)."
        )
    if len(header) < 100:
        raise damaged(path, EOFError("tronqué"))
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise NotAWorkspaceError(f"{path.name} est une base de données d'un autre logiciel.")


def _inspect(path: Path, connect: Callable[[], sqlite3.Connection] | None = None) -> str | None:
    """The schema revision of a MES Desk file, read without changing a byte of it.

    This runs before our engine connects: that one switches the file to WAL, which
    rewrites the header, and a foreign database must be refused untouched. A failure
    is called damage only when SQLite says the file is malformed (``failures``).
    """
    try:
        conn = connect() if connect is not None else sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise describe(path, exc, "ouvrir") from exc
    try:
        conn.execute("PRAGMA query_only=ON")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "report" not in tables:
            raise NotAWorkspaceError(f"{path.name} n'est pas un espace de travail MES Desk.")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error as exc:
        raise describe(path, exc, "ouvrir") from exc
    finally:
        conn.close()


def _check_revision(path: Path, revision: str | None) -> None:
    if revision is None:
        raise NotAWorkspaceError(f"{path.name} n'est pas un espace de travail MES Desk.")
    if not migrate.is_known_revision(revision):
        raise NewerWorkspaceError(
            f"{path.name} a été enregistré par une version plus récente de MES Desk "
            f"(schéma {revision}). Mettez MES Desk à jour pour l'ouvrir."
        )


class Workspace:
    """An open workspace: one file, one engine, one long-lived ORM session.

    Use ``Workspace.open`` / ``Workspace.create`` / ``Workspace.build``; call
    ``commit()`` after each edit and ``close()`` at the end (or use it as a context
    manager). ``read_only`` is True when the file cannot be written here (see
    ``read_only_cause``): every attempt to save then raises ``ReadOnlyWorkspaceError``.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: WorkspaceLock | None,
        *,
        read_only_cause: str | None = None,
        server: ServerAddress | None = None,
    ) -> None:
        self.path = path
        # A workspace on a PostgreSQL server (server_workspace): ``path`` is then only a
        # stand-in whose ``name`` reads « base@serveur »; ``location`` is its URL.
        self.server = server
        self.engine = engine
        self._lock = lock
        self.read_only_cause = read_only_cause
        self._sessionmaker = sessionmaker(engine, expire_on_commit=False)
        self.session: Session = self._sessionmaker()
        if read_only_cause is not None:
            event.listen(self.session, "before_flush", self._refuse_write)
        self.closed = False

    @classmethod
    def on_server(
        cls, address: ServerAddress, engine: Engine, *, read_only_cause: str | None = None
    ) -> "Workspace":
        """A workspace on a server whose schema ``server_workspace`` has checked."""
        return cls(address.as_path(), engine, None, read_only_cause=read_only_cause, server=address)

    @property
    def location(self) -> str:
        """What names the workspace to a person: the file's path, or the server's URL
        without the password."""
        return self.server.location if self.server is not None else str(self.path)

    @property
    def read_only(self) -> bool:
        """Whether the workspace was opened read-only (nothing can be saved into it)."""
        return self.read_only_cause is not None

    def _refuse_write(self, session: Session, _context: object, _instances: object) -> None:
        if (session.new or session.dirty or session.deleted) and self.server is not None:
            raise ReadOnlyWorkspaceError(f"{self.path.name} est ouvert en lecture seule.")
        if session.new or session.dirty or session.deleted:
            raise ReadOnlyWorkspaceError(read_only_message(self.path, self.read_only_cause or "requested"))

    # -- creating ---------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> "Workspace":
        """Create an empty workspace at the current schema (see ``build``)."""
        return cls.build(path, None, overwrite=overwrite)

    @classmethod
    def build(
        cls, path: str | Path, fill: Callable[[Session], object] | None, *, overwrite: bool = False
    ) -> "Workspace":
        """A new workspace at ``path`` holding what ``fill(session)`` adds, returned open.

        ``fill`` runs on an in-memory database, so a refused input (or a bug) touches no
        file. The result is then written beside ``path`` and renamed onto it while this
        process holds its lock: an existing workspace (``overwrite``) is replaced only
        by a complete one and never while another process has it open; a full disk
        leaves nothing behind.
        """
        if is_server_location(path):
            from mesdesk.store.server_workspace import build_on_server

            return build_on_server(ServerAddress.parse(str(path)), fill, overwrite=overwrite)
        path = Path(path)
        _check_creatable(path, overwrite)
        memory = _make_memory_engine()
        try:
            with memory.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                migrate.upgrade(conn)
            if fill is not None:
                with Session(memory) as session, session.begin():
                    fill(session)
            lock = WorkspaceLock(path)
            lock.acquire()  # raises WorkspaceInUseError when another process has it
            try:
                _check_creatable(path, overwrite)  # another process may have created it meanwhile
                try:
                    replace_with_copy(memory, path)
                except (OSError, sqlite3.Error, DBAPIError) as exc:
                    raise describe(path, exc, "créer") from exc
            except BaseException:
                lock.release()
                raise
        finally:
            memory.dispose()
        return cls._open_writable(path, lock)

    # -- opening ----------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | Path | ServerAddress,
        *,
        force: bool = False,
        readonly_lock: bool = False,
        read_only: bool | None = None,
    ) -> "Workspace":
        """Open an existing workspace, migrating it (after a backup) if it is older.

        Raises a ``WorkspaceError`` subclass with a user message for a missing, foreign,
        corrupt or newer file, and ``WorkspaceInUseError`` when another process has it
        open (unless ``force``). ``readonly_lock`` skips taking the lock (inspection).
        ``read_only``: None opens read-only exactly when the file cannot be written
        here; True always opens read-only; False refuses (``ReadOnlyWorkspaceError``)
        a file that cannot be written.

        ``path`` may be a ``postgresql://`` URL or a ``ServerAddress`` (which can carry
        a password the URL should not): the workspace on that server
        (``server_workspace``), which has no lock and is read-only only when asked.
        """
        if isinstance(path, ServerAddress) or is_server_location(path):
            from mesdesk.store.server_workspace import open_on_server

            address = path if isinstance(path, ServerAddress) else ServerAddress.parse(str(path))
            return open_on_server(address, read_only=read_only)
        path = Path(path)
        _check_header(path)
        cause = read_only_cause(path)
        if cause is None and read_only:
            cause = "requested"
        if cause is not None:
            if read_only is False:
                raise ReadOnlyWorkspaceError(read_only_message(path, cause))
            return cls._open_read_only(path, cause)
        lock = None if readonly_lock else WorkspaceLock(path)
        if lock is not None:
            lock.acquire(force=force)
        try:
            return cls._open_writable(path, lock)
        except DiskFullError:
            # SQLite cannot even create its journal: the file is sound and can still be
            # read (and saved elsewhere), just not written here until space is freed.
            if read_only is False:
                raise
            return cls._open_read_only(path, "disk-full")

    @classmethod
    def _open_writable(cls, path: Path, lock: WorkspaceLock | None) -> "Workspace":
        engine = _make_engine(path)
        try:
            cls._prepare(path, engine, lock)
        except BaseException as exc:
            engine.dispose()
            if lock is not None:
                lock.release()
            if isinstance(exc, (OSError, sqlite3.Error, DBAPIError)):
                raise describe(path, exc, "ouvrir") from exc
            raise
        return cls(path, engine, lock)

    @classmethod
    def _open_read_only(cls, path: Path, cause: str) -> "Workspace":
        """No lock file, no journal change, no migration, nothing written beside the file."""
        connect = read_only_connector(path, cause)
        try:
            revision = _inspect(path, connect)
        except WorkspaceIOError as exc:
            if not has_pending_wal(path):
                raise
            # Commits still in the -wal need SQLite's shared-memory file, which cannot
            # be created here: say so rather than show the file without them.
            raise ReadOnlyWorkspaceError(
                f"{path.name} a des modifications encore dans {path.name}-wal, qui ne peuvent pas être lues ici "
                f"({read_only_reason(cause)}) : copiez les deux fichiers ensemble dans un dossier où vous "
                "pouvez écrire, puis ouvrez la copie."
            ) from exc
        _check_revision(path, revision)
        if revision != migrate.head_revision():
            # Reading it would need the new schema, and updating it means writing it.
            raise ReadOnlyWorkspaceError(
                f"{path.name} vient d'une version antérieure de MES Desk et doit être mis à jour, "
                f"mais {read_only_reason(cause)}. Copiez-le dans un dossier où vous pouvez écrire pour l'ouvrir."
            )
        return cls(path, _make_read_only_engine(connect), None, read_only_cause=cause)

    @staticmethod
    def _prepare(path: Path, engine: Engine, lock: WorkspaceLock | None) -> None:
        revision = _inspect(path)
        _check_revision(path, revision)
        if revision == migrate.head_revision():
            return
        # A migration writes: inspection opens (no lock) take the lock for its duration.
        own_lock = None
        if lock is None:
            own_lock = WorkspaceLock(path)
            own_lock.acquire()
        try:
            try:
                backup = backup_copy(path, engine, f"avant-migration-{revision}")
            except (OSError, sqlite3.Error, DBAPIError) as exc:
                error = describe(path, exc, "sauvegarder avant sa mise à jour")
                raise type(error)(f"{error} La mise à jour n'a pas été faite.") from exc
            try:
                with engine.begin() as conn:
                    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                    migrate.upgrade(conn)
                    conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            except Exception as exc:
                error = describe(path, exc, "mettre à jour")
                raise type(error)(f"{error} Une copie intacte est dans {backup.name}.") from exc
        finally:
            if own_lock is not None:
                own_lock.release()

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
        return first_organisation(self.session)

    def conventions(self) -> list[Convention]:
        if is_preloaded(self.session):  # read whole at open: no round trip (see session_rows)
            return sorted(rows_in_session(self.session, Convention), key=lambda c: (c.first_year, by_id(c)))
        return list(self.session.scalars(select(Convention).order_by(Convention.first_year, Convention.id)))

    def current_convention(self) -> Convention | None:
        """The convention being reported on: the most recent one."""
        conventions = self.conventions()
        return conventions[-1] if conventions else None

    def save_copy(self, target: str | Path) -> Path:
        """Write a consistent, self-contained copy of the workspace (atomic).

        A workspace another process has open at ``target`` is not replaced
        (``WorkspaceInUseError``): its window would go on writing into a file swapped
        under it.
        """
        if not self.read_only:
            self.session.commit()
        target = Path(target)
        if self.server is not None:
            from mesdesk.store.server_copy import copy_to_file

            return copy_to_file(self, target)
        lock = WorkspaceLock(target)
        lock.acquire()
        try:
            return replace_with_copy(self.engine, target)
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            raise describe(target, exc, "enregistrer") from exc
        finally:
            lock.release()

    def close(self) -> None:
        """Commit, checkpoint the WAL into the file and release it.

        A read-only workspace is only let go: nothing to commit, no checkpoint.
        """
        if self.closed:
            return
        if self.read_only or self.server is not None:
            try:
                try:
                    if self.read_only:
                        self.session.rollback()
                    else:
                        self.session.commit()  # a server has no WAL to fold: the commit is all
                finally:
                    self.session.close()
            finally:
                self.engine.dispose()
                self.closed = True
            return
        try:
            self.session.commit()
        finally:
            self.session.close()
            try:
                self._checkpoint()
            finally:
                self.engine.dispose()
                if self._lock is not None:
                    self._lock.release()
                self.closed = True

    def _checkpoint(self) -> None:
        """Fold the WAL into the file. When it cannot (a full disk), every commit is
        still safe in the ``-wal`` file, which SQLite replays at the next opening."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except DBAPIError:
            pass


def _check_creatable(path: Path, overwrite: bool) -> None:
    """Refuse, before any work, a target that cannot become a new workspace."""
    if path.is_dir():
        raise WorkspaceError(f"{path} est un dossier : donnez un nom de fichier.")
    if not path.parent.exists():
        raise WorkspaceError(f"Le dossier {path.parent} n'existe pas.")
    if path.exists() or path.is_symlink():
        if not overwrite:
            raise WorkspaceError(f"Le fichier {path} existe déjà.")
        cause = read_only_cause(path)
        if cause is not None:
            raise ReadOnlyWorkspaceError(read_only_message(path, cause) + " Il n'a pas été remplacé.")
    else:
        if folder_read_only_cause(path.parent) is not None:
            raise ReadOnlyWorkspaceError(
                f"Impossible de créer {path.name} : le dossier {path.parent} est en lecture seule "
                "(droits d'accès ou support protégé)."
            )


def backup_copy(path: Path, engine: Engine, label: str) -> Path:
    """Copy the workspace beside itself before a risky operation (e.g. a migration).

    Written complete under a temporary name, then given a name no other backup has.
    """
    return write_backup(engine, path, label)


def remove_workspace_files(path: Path) -> None:
    for candidate in (path, *sidecar_files(path)):
        candidate.unlink(missing_ok=True)


def integrity_problems(workspace: Workspace) -> list[str]:
    """SQLite's integrity and foreign-key checks; empty when the file is sound."""
    problems: list[str] = []
    if workspace.server is not None:
        return problems  # a server checks its pages and foreign keys itself, at every write
    with workspace.engine.connect() as conn:
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(str(line))
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"référence cassée dans la table {row[0]} (ligne {row[1]})")
    return problems

