"""Who is in which section of a shared workspace, and who is typing there.

Each window writes its own row (``Presence``, one per window: ``client``) every few
seconds, on a connection of its own rather than the document's session (a heartbeat
must neither commit nor wait for the user's edits). Times are the server's clock, so
that machines with different clocks agree on what is fresh.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.engine import Engine

from mesdesk.model.sharing import Presence, Reservation

# A window not heard from for this long is gone (closed, crashed, off the network).
FRESH_SECONDS = 20
# A keystroke this recent means « is typing here » (a structural edit waits for it).
TYPING_SECONDS = 15


@dataclass(frozen=True)
class Someone:
    author: str
    section: str | None
    typing: bool


def announce(engine: Engine, client: str, author: str, section: str | None, *, typing: bool = False) -> None:
    """This window is in ``section`` (typing in it when ``typing``): insert or refresh its row."""
    # Here, not at the top: the dialect's package loads every PostgreSQL driver (asyncio
    # included), a tenth of a second of every start-up, on a file too.
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    now = func.localtimestamp()
    values = {"client": client, "author": author, "section": section, "seen_at": now}
    if typing:
        values["typing_at"] = now
    with engine.begin() as conn:
        statement = pg_insert(Presence).values(**values)
        update_values: dict[str, Any] = {k: statement.excluded[k] for k in values if k != "client"}
        if not typing:
            # Moving to another section ends the typing there; staying keeps it.
            update_values["typing_at"] = case((Presence.section == section, Presence.typing_at), else_=None)
        # By the constraint's name: on a server with organisations (``tenancy``) it spans
        # (tenant, client), under the same name.
        conn.execute(statement.on_conflict_do_update(constraint="uq_presence_client", set_=update_values))


def leave(engine: Engine, client: str) -> None:
    """The window closes: its row goes (others stop showing it at once)."""
    with engine.begin() as conn:
        conn.execute(delete(Presence).where(Presence.client == client))


def others(engine: Engine, client: str) -> list[Someone]:
    """The other windows alive on the workspace: who, where, typing or not."""
    fresh = func.localtimestamp() - dt.timedelta(seconds=FRESH_SECONDS)
    typing_since = func.localtimestamp() - dt.timedelta(seconds=TYPING_SECONDS)
    with engine.connect() as conn:
        rows = conn.execute(
            select(Presence.author, Presence.section, Presence.typing_at > typing_since)
            .where(Presence.client != client, Presence.seen_at > fresh)
            .order_by(Presence.author)
        ).all()
    return [Someone(author, section, bool(typing)) for author, section, typing in rows]


def typing_in(engine: Engine, client: str, sections: set[str]) -> list[str]:
    """Who else is typing in one of ``sections`` now (a structural edit there is refused)."""
    return sorted({s.author for s in others(engine, client) if s.typing and s.section in sections})


def reservations(engine: Engine) -> dict[str, str]:
    """Sections taken offline (``store.checkout``) and who holds them."""
    with engine.connect() as conn:
        return {section: holder for section, holder in conn.execute(select(Reservation.section, Reservation.holder))}


def forget_stale(engine: Engine) -> None:
    """Remove rows of windows long gone (a crash leaves its row behind)."""
    old = func.localtimestamp() - dt.timedelta(seconds=FRESH_SECONDS * 30)
    with engine.begin() as conn:
        conn.execute(delete(Presence).where(Presence.seen_at < old))

