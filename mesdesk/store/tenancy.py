"""Several organisations' workspaces in one PostgreSQL database, kept apart by the server.

The model knows nothing of it. After the migrations, every table of the schema gets a
``tenant`` column whose default is the connected role's organisation
(``mesdesk_current_tenant()``, read from ``mesdesk_member``), row-level security
ENABLEd and FORCEd (the owner too is bound by it), and one policy: a row is seen,
changed or added only when its ``tenant`` is the role's. So a member of one
organisation sees none of another's rows, through MES Desk or through a plain
``psql``, and every insert is stamped with the right organisation without the
application saying so. ``install`` is idempotent and runs after every migration:
tables added by later migrations are covered the same way, and members are granted
the same rights on them.

A role that belongs to no organisation (the database's owner, a team that needs no
organisations) works in the tenant ``''``: the database's own workspace. Superusers
and roles with BYPASSRLS pass through every policy (PostgreSQL's rule): they are for
administration, not for writing reports.

Uniqueness is per organisation: every unique constraint or index of the schema
(``uid``s, a report per convention and year…) is remade with ``tenant`` in front,
under the same name (so a later migration that drops it by name still works).
Without that, two organisations that started from the same JSON document (the same
``uid``s) would block each other, and a refused insert would tell one that the other
has a row. Primary keys stay as they are: integer ids come from sequences, and the
composite keys are made of such ids.

Foreign keys across organisations: PostgreSQL checks a foreign key without the
policies, so a member who guessed an integer id of another organisation's row could
point a row of theirs at it. Every foreign key between workspace tables gets a guard
(``_guard_foreign_keys``): a BEFORE INSERT OR UPDATE trigger refusing a row whose
referenced row is not of the row's own organisation, with one message whether that row
is another's or does not exist (so the refusal tells nothing either).

Hearing changes (``store.changes``): PostgreSQL has no rights on LISTEN, anyone can
listen to any channel name. Each organisation's channel is named by a random token kept
in ``mesdesk_channel``, which a member reads only their own row of (row-level security);
the notifications carry no name nor text anyway (migration 0009).

What stays shared between organisations: the schema and its revision
(``alembic_version``), the sequences behind integer ids (an organisation can tell
how many rows were created before its own), and activity seen from outside (how
often the server works, which a LISTEN on a stolen token would time too).
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

from mesdesk.store.errors import WorkspaceError

MEMBER_TABLE = "mesdesk_member"
ORGANISATION_TABLE = "mesdesk_organisation"
CHANNEL_TABLE = "mesdesk_channel"
POLICY = "mesdesk_tenant"
GUARD = "mesdesk_same_tenant"
# Tables every member reads but none writes, and those only the owner writes (members
# read their own organisation's channel token, nothing else of them).
SHARED_READ_ONLY = ("alembic_version",)
PRIVATE = (MEMBER_TABLE, ORGANISATION_TABLE, CHANNEL_TABLE)
_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_ROLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_$.-]{0,62}$")

_SETUP = f"""
CREATE TABLE IF NOT EXISTS {ORGANISATION_TABLE} (
    tenant text PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE IF NOT EXISTS {MEMBER_TABLE} (
    role name PRIMARY KEY,
    tenant text NOT NULL REFERENCES {ORGANISATION_TABLE} (tenant)
);
CREATE TABLE IF NOT EXISTS {CHANNEL_TABLE} (
    tenant text PRIMARY KEY,
    token text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '')
);
REVOKE ALL ON {ORGANISATION_TABLE}, {MEMBER_TABLE}, {CHANNEL_TABLE} FROM PUBLIC;
CREATE OR REPLACE FUNCTION mesdesk_current_tenant() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT coalesce((SELECT m.tenant FROM {{schema}}.{MEMBER_TABLE} m WHERE m.role = session_user), '') $$;
REVOKE ALL ON FUNCTION mesdesk_current_tenant() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mesdesk_current_tenant() TO PUBLIC;
"""
# session_user, not current_user: inside a SECURITY DEFINER function current_user is
# the function's owner. The function reads the member table with the owner's rights,
# so members need (and have) no right on that table.
# The channel tokens: one per organisation and one for the tenant '' (gen_random_uuid:
# PostgreSQL 13+, from a strong random source). A member reads their own row only; the
# owner, who administers the organisations, is not bound (NO FORCE) and writes them.
_CHANNELS = f"""
INSERT INTO {CHANNEL_TABLE} (tenant) SELECT '' UNION SELECT tenant FROM {ORGANISATION_TABLE} ON CONFLICT DO NOTHING;
ALTER TABLE {CHANNEL_TABLE} ENABLE ROW LEVEL SECURITY;
ALTER TABLE {CHANNEL_TABLE} NO FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS {POLICY} ON {CHANNEL_TABLE};
CREATE POLICY {POLICY} ON {CHANNEL_TABLE} FOR SELECT USING (tenant = mesdesk_current_tenant());
"""


def is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def _tables(connection: Connection) -> list[str]:
    rows = connection.execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname"
        )
    )
    return [row[0] for row in rows]


def tenant_tables(connection: Connection) -> list[str]:
    """The workspace's tables: every table but the shared and private ones."""
    return [t for t in _tables(connection) if t not in SHARED_READ_ONLY and t not in PRIVATE]


def install(connection: Connection) -> None:
    """Columns, policies and rights for every table, after the migrations (idempotent)."""
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    connection.exec_driver_sql(_SETUP.replace("{schema}", _quote(schema)))
    connection.exec_driver_sql(_CHANNELS)
    for table in tenant_tables(connection):
        q = _quote(table)
        connection.exec_driver_sql(
            f"ALTER TABLE {q} ADD COLUMN IF NOT EXISTS tenant text NOT NULL DEFAULT mesdesk_current_tenant()"
        )
        connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {_quote('ix_' + table + '_tenant')} ON {q} (tenant)")
        connection.exec_driver_sql(f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"ALTER TABLE {q} FORCE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"DROP POLICY IF EXISTS {POLICY} ON {q}")
        connection.exec_driver_sql(
            f"CREATE POLICY {POLICY} ON {q} USING (tenant = mesdesk_current_tenant()) "
            "WITH CHECK (tenant = mesdesk_current_tenant())"
        )
        _scope_uniqueness(connection, table)
    _guard_foreign_keys(connection)
    for role in member_roles(connection):
        _grant(connection, role)


def _scope_uniqueness(connection: Connection, table: str) -> None:
    """Remake the table's unique constraints and plain unique indexes with ``tenant`` first,
    each under its name and as what it was (a later migration drops it by that name, as a
    constraint or as an index)."""
    q = _quote(table)
    # A unique constraint is enforced by an index of its own: the indexes are all there is to
    # read; the constraint's name tells which are one. Partial and expression indexes are left
    # as they are (no column list to put ``tenant`` in front of).
    uniques = connection.execute(
        text(
            "SELECT coalesce(con.conname, c.relname), con.conname IS NOT NULL, "
            "array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a "
            "ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o) "
            "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid "
            "AND con.contype = 'u' "
            "WHERE i.indrelid = to_regclass(:t) AND i.indisunique AND NOT i.indisprimary "
            "AND i.indexprs IS NULL AND i.indpred IS NULL ORDER BY c.relname"
        ),
        {"t": q},
    ).all()
    for name, is_constraint, columns in uniques:
        if "tenant" in columns:
            continue
        n, cols = _quote(name), ", ".join(_quote(c) for c in ["tenant", *columns])
        if is_constraint:
            remake = (f"ALTER TABLE {q} DROP CONSTRAINT {n}", f"ALTER TABLE {q} ADD CONSTRAINT {n} UNIQUE ({cols})")
        else:
            remake = (f"DROP INDEX {n}", f"CREATE UNIQUE INDEX {n} ON {q} ({cols})")
        for statement in remake:
            connection.exec_driver_sql(statement)


def _guard_foreign_keys(connection: Connection) -> None:
    """One trigger per referencing table: a row whose referenced row (any of its foreign
    keys, read from the catalogue: what PostgreSQL itself enforces) is not of its own
    organisation is refused.

    The check runs with the writer's rights, not as a SECURITY DEFINER: for a member,
    row-level security already hides every other organisation's row, and the explicit
    ``tenant = NEW.tenant`` covers roles that pass through the policies (superusers,
    and the table owner in the foreign keys' own cascades, where NEW.tenant is the
    row's own). A same-organisation parent is always visible to its members, so the
    guard never refuses a legitimate row, and no function runs with more rights than
    the writer has. Only when the keys change on an UPDATE does it look (a text saved
    again costs nothing); a key partly NULL is not checked, as PostgreSQL does not.
    """
    keys = connection.execute(
        text(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, "
            "array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a "
            "ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i), "
            "array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a "
            "ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) "
            "FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace "
            "ORDER BY 1, c.conname"
        )
    ).all()
    tables = set(tenant_tables(connection))
    checks: dict[str, list[str]] = {}
    for child, parent, columns, referenced in keys:
        child, parent = child.strip('"'), parent.strip('"')
        if child not in tables or parent not in tables:
            continue
        present = " AND ".join(f"NEW.{_quote(c)} IS NOT NULL" for c in columns)
        changed = " OR ".join(f"NEW.{_quote(c)} IS DISTINCT FROM OLD.{_quote(c)}" for c in columns)
        match = " AND ".join(f"p.{_quote(r)} = NEW.{_quote(c)}" for c, r in zip(columns, referenced, strict=True))
        label = ", ".join(columns)
        checks.setdefault(child, []).append(
            f"IF {present} AND (TG_OP = 'INSERT' OR {changed} OR NEW.tenant IS DISTINCT FROM OLD.tenant) "
            f"AND NOT EXISTS (SELECT 1 FROM {_quote(parent)} p WHERE {match} AND p.tenant = NEW.tenant) THEN "
            f"RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', "
            f"MESSAGE = TG_TABLE_NAME || {_literal(f'.{label}: no {parent} row with this key in the organisation ')}"
            f" || quote_literal(NEW.tenant); END IF;"
        )
    for table, body in checks.items():
        function = _quote(f"{GUARD}_{table}")
        connection.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            + " ".join(body) + " RETURN NEW; END $$"
        )
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {GUARD} ON {_quote(table)}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {GUARD} BEFORE INSERT OR UPDATE ON {_quote(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        )


def is_installed(connection: Connection) -> bool:
    """Whether ``install`` has run with this version's parts (a server set up by an
    older MES Desk gains the newer ones at its next opening)."""
    found = connection.execute(
        text("SELECT to_regclass(:m) IS NOT NULL AND to_regclass(:c) IS NOT NULL"),
        {"m": MEMBER_TABLE, "c": CHANNEL_TABLE},
    ).scalar()
    return bool(found)


def member_roles(connection: Connection) -> list[str]:
    return [row[0] for row in connection.execute(text(f"SELECT role FROM {MEMBER_TABLE} ORDER BY role"))]


def current_tenant(connection: Connection) -> str:
    return str(connection.execute(text("SELECT mesdesk_current_tenant()")).scalar_one())


def _grant(connection: Connection, role: str) -> None:
    """A member's rights: read and write the workspace tables, read the revision."""
    r = _quote(role)
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {_quote(database)} TO {r}")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {_quote(_schema(connection))} TO {r}")
    for table in tenant_tables(connection):
        connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_quote(table)} TO {r}")
    for table in (*SHARED_READ_ONLY, CHANNEL_TABLE):
        connection.exec_driver_sql(f"GRANT SELECT ON {_quote(table)} TO {r}")
    connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_quote(_schema(connection))} TO {r}")


def _schema(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_schema()")).scalar_one())


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# -- administration (mesdesk server …) ---------------------------------------------------
def check_code(code: str) -> str:
    if not _CODE.match(code):
        raise WorkspaceError(
            f"Code d'organisation refusé : « {code} » (lettres minuscules, chiffres, - et _, 63 au plus)."
        )
    return code


def add_organisation(connection: Connection, code: str, name: str) -> bool:
    """Register an organisation; False when it already existed (its name is updated)."""
    check_code(code)
    existed = connection.execute(
        text(f"SELECT 1 FROM {ORGANISATION_TABLE} WHERE tenant = :t"), {"t": code}
    ).first() is not None
    connection.execute(
        text(
            f"INSERT INTO {ORGANISATION_TABLE} (tenant, name) VALUES (:t, :n) "
            "ON CONFLICT (tenant) DO UPDATE SET name = excluded.name"
        ),
        {"t": code, "n": name or code},
    )
    connection.execute(text(f"INSERT INTO {CHANNEL_TABLE} (tenant) VALUES (:t) ON CONFLICT DO NOTHING"), {"t": code})
    return not existed


def add_member(connection: Connection, code: str, role: str) -> None:
    """Make ``role`` (an existing login role) a member of organisation ``code``."""
    check_code(code)
    if not _ROLE.match(role):
        raise WorkspaceError(f"Nom de rôle refusé : « {role} ».")
    if connection.execute(text(f"SELECT 1 FROM {ORGANISATION_TABLE} WHERE tenant = :t"), {"t": code}).first() is None:
        raise WorkspaceError(
            f"L'organisation « {code} » n'existe pas sur ce serveur : créez-la d'abord (mesdesk server add-organisation)."
        )
    attributes = connection.execute(
        text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = :r"), {"r": role}
    ).first()
    if attributes is None:
        raise WorkspaceError(
            f"Le rôle « {role} » n'existe pas sur le serveur : créez-le d'abord (createuser --pwprompt {role})."
        )
    if attributes[0]:
        raise WorkspaceError(
            f"Le rôle « {role} » est superutilisateur ou passe outre la sécurité par ligne : "
            "il verrait toutes les organisations. Donnez un rôle ordinaire à chaque membre."
        )
    current = connection.execute(text(f"SELECT tenant FROM {MEMBER_TABLE} WHERE role = :r"), {"r": role}).first()
    if current is not None and current[0] != code:
        raise WorkspaceError(f"Le rôle « {role} » est déjà membre de l'organisation « {current[0]} ».")
    connection.execute(
        text(f"INSERT INTO {MEMBER_TABLE} (role, tenant) VALUES (:r, :t) ON CONFLICT (role) DO NOTHING"),
        {"r": role, "t": code},
    )
    _grant(connection, role)


def organisations(connection: Connection) -> list[tuple[str, str, list[str]]]:
    """(code, name, member roles) for every organisation."""
    rows = connection.execute(
        text(
            f"SELECT o.tenant, o.name, coalesce(array_agg(m.role::text ORDER BY m.role) "
            f"FILTER (WHERE m.role IS NOT NULL), '{{}}') FROM {ORGANISATION_TABLE} o "
            f"LEFT JOIN {MEMBER_TABLE} m ON m.tenant = o.tenant GROUP BY o.tenant, o.name ORDER BY o.tenant"
        )
    )
    return [(row[0], row[1], list(row[2])) for row in rows]
