"""Hearing about others' changes on a shared server (PostgreSQL LISTEN/NOTIFY).

Migration 0008's trigger (remade by 0009) sends one notification per changed row at
commit, on the channel of the row's organisation (``mesdesk_changes:<token>``, a random
token only its members can read, see ``tenancy``). PostgreSQL has no rights on channels:
anyone connected may LISTEN to any name, so the notification says only where to look
(table, key, version, the writing window's random id) and never who or what. Who
changed the row is read back here from the row itself (``changed_by``), through the
listener's own connection and so through row-level security: another organisation's
row reads as nothing. ``ChangeListener`` holds its own connection (never the
session's: that one is busy in transactions), listening; the window watches its socket
(``fileno``) and calls ``poll`` when it is readable, which never blocks. When the server
goes away ``poll`` raises ``ListenerLost`` and the window reconnects later (``reconnect``).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine

CHANNEL = "mesdesk_changes"
# Tables whose rows say who changed them, and in which column (others: the window's
# presence row says who it is, by its client id).
_WHO = {"presence": "author", "reservation": "holder"}


class ListenerLost(Exception):
    """The listening connection broke (server restarted, network gone)."""


@dataclass(frozen=True)
class Change:
    """One row changed by someone: which table, which row, its new version, who."""

    table: str
    op: str  # INSERT, UPDATE or DELETE
    id: int | None
    key: tuple[Any, ...] | None  # rows without an id (an indicator's value: indicator, year)
    version: int | None
    author: str
    client: str

    @classmethod
    def from_payload(cls, payload: str) -> "Change | None":
        try:
            data = json.loads(payload)
            return cls(str(data["table"]), str(data["op"]), data.get("id"),
                       tuple(data["key"]) if data.get("key") else None, data.get("version"),
                       str(data.get("author") or ""), str(data.get("client") or ""))
        except (ValueError, KeyError, TypeError):
            return None  # not ours (someone else NOTIFYing on the channel): ignored


def is_server(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


class ChangeListener:
    """A connection LISTENing for changes made by other windows than ``client``."""

    def __init__(self, engine: Engine, client: str, *, connect: bool = True) -> None:
        self.engine = engine
        self.client = client
        self._conn: Any = None
        if connect:
            self.connect()

    def connect(self) -> None:
        """Open the listening connection (the engine's own way: same server, role, password)."""
        pooled = self.engine.raw_connection()
        conn: Any = pooled.driver_connection
        pooled.detach()  # ours for good: the pool must not hand it to a transaction
        conn.rollback()  # the pool may have begun one (pre-ping)
        conn.autocommit = True
        channel = f"{CHANNEL}:{_channel_name(conn)}"
        conn.execute('LISTEN "' + channel.replace('"', '""') + '"')
        self._conn = conn

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def poll(self) -> list[Change]:
        """Changes heard since the last call, others' only; never waits."""
        import psycopg

        changes: list[Change] = []
        try:
            for notify in self._conn.notifies(timeout=0):
                change = Change.from_payload(notify.payload)
                if change is not None and change.client != self.client:
                    changes.append(change)
            if changes:
                changes = _with_authors(self._conn, changes)
        except psycopg.Error as exc:
            raise ListenerLost(str(exc)) from exc
        if self._conn.closed:
            raise ListenerLost("connexion fermée")
        return changes

    def reconnect(self) -> bool:
        """Try to listen again after a loss; True when it works (changes meanwhile are missed:
        the caller re-reads everything)."""
        self.close()
        try:
            self.connect()
        except Exception:  # noqa: BLE001 - any failure to reach the server: try again later
            return False
        return True

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - closing a broken connection
                pass
            self._conn = None


def _channel_name(conn: Any) -> str:
    """The organisation's channel token (``tenancy``): before organisations were set up
    (no token table), the tenant itself, as migration 0009's trigger does."""
    if conn.execute("SELECT to_regclass('mesdesk_channel')").fetchone()[0] is not None:
        row = conn.execute("SELECT token FROM mesdesk_channel WHERE tenant = mesdesk_current_tenant()").fetchone()
        if row is not None:
            return str(row[0])
    if conn.execute("SELECT to_regprocedure('mesdesk_current_tenant()')").fetchone()[0] is not None:
        return str(conn.execute("SELECT mesdesk_current_tenant()").fetchone()[0] or "")
    return ""


def _author_columns() -> dict[str, str]:
    """table → the column naming who changed its rows last (the model's tables only: a
    notification's table name is never put in a query unchecked)."""
    from mesdesk.model.entities import Base

    found = {name: "changed_by" for name, table in Base.metadata.tables.items() if "changed_by" in table.c}
    found.update(_WHO)
    return found


def _with_authors(conn: Any, changes: list[Change]) -> list[Change]:
    """``changes`` with who made them, read from the rows (one query per table) or, for a
    deleted row, from the writing window's presence. What row-level security hides
    (another organisation's row, were a notification to name one) reads as ''."""
    columns = _author_columns()
    wanted: dict[str, set[int]] = {}
    for change in changes:
        if change.op != "DELETE" and isinstance(change.id, int) and change.table in columns:
            wanted.setdefault(change.table, set()).add(change.id)
    by_row: dict[tuple[str, int | None], str] = {}
    for table, ids in wanted.items():
        for row_id, who in conn.execute(
            f'SELECT id, "{columns[table]}" FROM "{table}" WHERE id = ANY(%s)', [sorted(ids)]
        ).fetchall():
            by_row[(table, row_id)] = who or ""
    clients = sorted({c.client for c in changes if c.client and (c.table, c.id) not in by_row})
    by_client: dict[str, str] = {}
    if clients:
        by_client = dict(conn.execute("SELECT client, author FROM presence WHERE client = ANY(%s)", [clients]))
    return [dataclasses.replace(c, author=by_row.get((c.table, c.id)) or by_client.get(c.client, "")) for c in changes]
