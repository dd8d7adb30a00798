"""Hearing about others' changes on a shared server (PostgreSQL LISTEN/NOTIFY).

Migration 0008's trigger sends one notification per changed row at commit, on the
channel of the row's organisation (``mesdesk_changes:<tenant>``, see ``tenancy``). ``ChangeListener`` holds its own connection (never the
session's: that one is busy in transactions), listening; the window watches its socket
(``fileno``) and calls ``poll`` when it is readable, which never blocks. When the server
goes away ``poll`` raises ``ListenerLost`` and the window reconnects later (``reconnect``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine

CHANNEL = "mesdesk_changes"


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
        # The organisation's channel (``tenancy``): a database without organisations has ''.
        tenant = ""
        found = conn.execute("SELECT to_regprocedure('mesdesk_current_tenant()')").fetchone()
        if found and found[0] is not None:
            row = conn.execute("SELECT mesdesk_current_tenant()").fetchone()
            tenant = row[0] if row else ""
        channel = f"{CHANNEL}:{tenant}"
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
