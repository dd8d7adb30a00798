"""Opening and creating a workspace on a PostgreSQL server.

The same model, the same Alembic migrations and the same checks as a file; what
differs is what a server gives for free or needs instead:

- No lock. A file is locked so a second process cannot write it behind the first one's
  back; a server is made to be written by several people at once, and keeps every
  transaction whole itself. What must not run twice is a migration: it takes a
  transaction-level advisory lock (``pg_advisory_xact_lock``), so when two people start
  a newer MES Desk at once, one migrates and the other waits, then finds the schema
  up to date.
- No backup before migrating. PostgreSQL changes the schema in a transaction: a failed
  migration leaves the database exactly as it was (a file needs a copy for that).
  Backups of a server are its administrator's (pg_dump).
- Row-level security: after the migrations, ``tenancy.install`` gives every table its
  organisation column and policy, so several organisations share one database.

Creating (``build``) runs in one transaction too: the schema if the database is
empty, then the rows; a refused input leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from mesdesk.store import migrate, tenancy
from mesdesk.store.errors import NewerWorkspaceError, NotAWorkspaceError, ServerError, WorkspaceError
from mesdesk.store.server import CONNECT_TIMEOUT_S, ServerAddress, describe

if TYPE_CHECKING:
    from mesdesk.store.workspace import Workspace

# Any fixed number: the advisory lock MES Desk's migrations take on a database.
MIGRATION_LOCK = 0x4D455344


def make_engine(address: ServerAddress) -> Engine:
    """A pooled engine: connecting to a server costs a round trip and an authentication.

    pool_pre_ping: a connection the server dropped (restart, network) is replaced on
    the next use rather than failing it. hide_parameters: an error message must not
    quote the report's text.
    """
    return create_engine(
        address.sqlalchemy_url(),
        pool_size=2,
        max_overflow=4,
        pool_pre_ping=True,
        hide_parameters=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "MES Desk"},
    )


def schema_state(connection: Connection) -> tuple[bool, str | None]:
    """(whether the database holds any table, the MES Desk revision or None)."""
    tables = {
        row[0]
        for row in connection.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
            )
        )
    }
    if "alembic_version" not in tables or "report" not in tables:
        return bool(tables - set(tenancy.PRIVATE)), None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return True, revision


def _refuse_newer(address: ServerAddress, revision: str) -> None:
    if not migrate.is_known_revision(revision):
        raise NewerWorkspaceError(
            f"{address.name} a été enregistré par une version plus récente de MES Desk "
            f"(schéma {revision}). Mettez MES Desk à jour pour l'ouvrir."
        )


def ensure_schema(connection: Connection, address: ServerAddress, *, allow_create: bool) -> None:
    """Bring the schema to this version's head, in the caller's transaction."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    has_tables, revision = schema_state(connection)  # again: someone may have migrated meanwhile
    if revision is None:
        if has_tables:
            raise NotAWorkspaceError(f"La base {address.database} ({address.server_label}) n'est pas un espace de travail MES Desk.")
        if not allow_create:
            raise NotAWorkspaceError(
                f"La base {address.database} ({address.server_label}) est vide : créez-y un espace de travail avec "
                f"« mesdesk json-load FICHIER.json {address.location} »."
            )
    else:
        _refuse_newer(address, revision)
        if revision == migrate.head_revision() and tenancy.is_installed(connection):
            return
    try:
        migrate.upgrade(connection)
        tenancy.install(connection)
    except DBAPIError as exc:
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":  # insufficient privilege
            raise ServerError(
                f"{address.name} doit être mis à jour (schéma {revision or 'vide'} → {migrate.head_revision()}), "
                f"mais l'utilisateur {address.user} n'en a pas le droit : ouvrez-le une fois avec le compte "
                "propriétaire de la base."
            ) from exc
        raise


def prepare(engine: Engine, address: ServerAddress) -> None:
    """Refuse a database that is not (or is a newer) MES Desk workspace; migrate an older one."""
    with engine.connect() as connection:
        has_tables, revision = schema_state(connection)
        if revision is not None:
            _refuse_newer(address, revision)
        if revision == migrate.head_revision() and tenancy.is_installed(connection):
            return
        if revision is None and not has_tables:
            raise NotAWorkspaceError(
                f"La base {address.database} ({address.server_label}) est vide : créez-y un espace de travail avec "
                f"« mesdesk json-load FICHIER.json {address.location} »."
            )
        connection.rollback()
    with engine.begin() as connection:
        ensure_schema(connection, address, allow_create=False)


def refuse_mixed_view(engine: Engine, address: ServerAddress) -> None:
    """A superuser (or a role with BYPASSRLS) passes through row-level security: on a base
    holding several organisations' workspaces it would see them all as one, and its
    edits would land in all of them. Such a role administers; it does not write reports."""
    with engine.connect() as connection:
        bypass = connection.execute(
            text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = session_user")
        ).scalar()
        if not bypass:
            return
        tenants = connection.execute(
            text("SELECT count(*) FROM (SELECT tenant FROM organisation UNION SELECT tenant FROM convention) t")
        ).scalar()
    if tenants and tenants > 1:
        raise ServerError(
            f"{address.name} contient les espaces de travail de plusieurs organisations et l'utilisateur "
            f"{address.user} les verrait tous mêlés (superutilisateur) : connectez-vous avec le rôle d'un membre."
        )


def open_on_server(address: ServerAddress, *, read_only: bool | None = None) -> "Workspace":
    from mesdesk.store.workspace import Workspace

    engine = make_engine(address)
    try:
        prepare(engine, address)
        refuse_mixed_view(engine, address)
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, (SQLAlchemyError, OSError)):
            raise describe(address, exc, "ouvrir") from exc
        raise
    return Workspace.on_server(address, engine, read_only_cause="requested" if read_only else None)


def has_rows(connection: Connection) -> bool:
    """Whether the connected role's organisation already has a workspace in the database."""
    for table in ("organisation", "convention", "funder"):
        found = connection.execute(
            text(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE tenant = mesdesk_current_tenant())")
        ).scalar()
        if found:
            return True
    return False


def clear_rows(connection: Connection) -> None:
    """Delete the organisation's rows from every table (explicitly filtered: a superuser
    passes through the policies and must not empty the other organisations)."""
    from mesdesk.model.entities import Base

    names = [table.name for table in reversed(Base.metadata.sorted_tables)]
    others = [name for name in tenancy.tenant_tables(connection) if name not in names]
    for name in [*others, *names]:
        if name in tenancy.tenant_tables(connection):
            connection.exec_driver_sql(f'DELETE FROM "{name}" WHERE tenant = mesdesk_current_tenant()')


def build_on_server(
    address: ServerAddress, fill: Callable[[Session], object] | None, *, overwrite: bool = False
) -> "Workspace":
    """The workspace ``fill`` makes, written to the server in one transaction, returned open.

    An empty database is given the schema first; a database where the role's
    organisation already has a workspace is refused unless ``overwrite``, which then
    replaces it whole (the old rows go in the same transaction as the new ones come).
    """
    engine = make_engine(address)
    try:
        with engine.begin() as connection:
            ensure_schema(connection, address, allow_create=True)
            if has_rows(connection):
                if not overwrite:
                    raise WorkspaceError(
                        f"{address.name} contient déjà un espace de travail (utilisez --force pour le remplacer)."
                    )
                clear_rows(connection)
            if fill is not None:
                session = Session(bind=connection, join_transaction_mode="rollback_only")
                try:
                    fill(session)
                    session.flush()
                finally:
                    session.close()
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, (SQLAlchemyError, OSError)):
            raise describe(address, exc, "créer") from exc
        raise
    engine.dispose()
    return open_on_server(address)
