"""Reading again what others changed on the server."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import Session

from mesdesk.model.entities import Base
from mesdesk.model.session_rows import is_preloaded
from mesdesk.store.changes import Change
from mesdesk.store.preload import end_reading, load_whole_workspace

# Who is where: not the report's content, nothing to re-read for them.
SHARING_TABLES = ("presence", "reservation")
# Rows whose insertion or deletion changes lists the window holds (outline, tables):
# those are re-read whole.
_STRUCTURE_OPS = ("INSERT", "DELETE")


def _classes_by_table() -> dict[str, type]:
    return {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}  # type: ignore[attr-defined]  # a Table here


def read_changes_again(session: Session, changes: list[Change]) -> None:
    """Make the session read again the rows named by ``changes`` (all rows for an
    insertion, a deletion, or an empty list: the lists holding them change too). The
    session must hold no pending edit (the caller saved first).

    A session read whole at open (``preload``) reads them now, while the server has just
    spoken: expiring them only would leave them unreadable if the server went away
    before the page showing them is opened. Otherwise they are only expired, and read
    when next used.
    """
    preloaded = is_preloaded(session)
    rows = [c for c in changes if c.table not in SHARING_TABLES]
    if not changes or any(c.op in _STRUCTURE_OPS for c in rows):
        session.expire_all()
        if preloaded:
            load_whole_workspace(session)  # others' new rows in, their deleted ones out
        return
    classes = _classes_by_table()
    for change in rows:
        kind = classes.get(change.table)
        if kind is None or change.id is None:
            continue
        obj: Any = session.identity_map.get(session.identity_key(kind, change.id))
        if obj is None:
            continue
        if not preloaded:
            session.expire(obj)
            continue
        try:
            session.refresh(obj)
        except InvalidRequestError:  # deleted since the notice: read everything again
            session.expire_all()
            load_whole_workspace(session)
            return
    if preloaded:
        end_reading(session)


def structural(changes: list[Change]) -> bool:
    """Whether the outline may have changed (axes, actions, reports added, removed, renamed)."""
    return not changes or any(c.table in ("axis", "action", "report", "convention") for c in changes)


def presence_only(changes: list[Change]) -> bool:
    return bool(changes) and all(c.table in SHARING_TABLES for c in changes)
