"""Forgetting what others changed, so that the session reads it again from the server."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from mesdesk.model.entities import Base
from mesdesk.store.changes import Change

# Who is where: not the report's content, nothing to re-read for them.
SHARING_TABLES = ("presence", "reservation")
# Rows whose insertion or deletion changes lists the window holds (outline, tables):
# those are re-read whole.
_STRUCTURE_OPS = ("INSERT", "DELETE")


def _classes_by_table() -> dict[str, type]:
    return {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}  # type: ignore[attr-defined]  # a Table here


def expire_changed(session: Session, changes: list[Change]) -> None:
    """Expire the rows named by ``changes`` (all rows for an insertion, a deletion, or an
    empty list: the lists holding them must be read again too). The session must hold no
    pending edit (the caller saved first)."""
    if not changes:
        session.expire_all()
        return
    rows = [c for c in changes if c.table not in SHARING_TABLES]
    if any(c.op in _STRUCTURE_OPS for c in rows):
        session.expire_all()
        return
    classes = _classes_by_table()
    for change in rows:
        kind = classes.get(change.table)
        if kind is None or change.id is None:
            continue
        obj: Any = session.identity_map.get(session.identity_key(kind, change.id))
        if obj is not None:
            session.expire(obj)


def structural(changes: list[Change]) -> bool:
    """Whether the outline may have changed (axes, actions, reports added, removed, renamed)."""
    return not changes or any(c.table in ("axis", "action", "report", "convention") for c in changes)


def presence_only(changes: list[Change]) -> bool:
    return bool(changes) and all(c.table in SHARING_TABLES for c in changes)
