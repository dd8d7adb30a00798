"""Rows a session already holds, for a workspace read whole at open (on a server).

A window on a server reads every row when it opens (``mesdesk.store.preload``) and
marks its session so. From then on, a lookup that would be a query — the
organisation, the conventions, an entity by uid for an undo — is answered from the
session itself: no round trip, and it still works while the server is unreachable.
Others' new rows reach the session through the shared view, which reads them in.
On a file nothing changes: the session is not marked, lookups stay queries.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesdesk.model.entities import Organisation

PRELOADED = "mesdesk.preloaded"  # key of Session.info: the rows read (held, so they stay)

T = TypeVar("T")


def is_preloaded(session: Session) -> bool:
    return PRELOADED in session.info


def rows_in_session(session: Session, kind: type[T]) -> list[T]:
    """The ``kind`` rows the session holds, as a query after an autoflush would see them:
    the loaded ones not marked for deletion, and the new ones."""
    deleted = set(map(id, session.deleted))
    held = [obj for obj in session.identity_map.values() if isinstance(obj, kind) and id(obj) not in deleted]
    return held + [obj for obj in session.new if isinstance(obj, kind)]


def by_id(obj: Any) -> tuple[bool, int]:
    """Sort key of ``ORDER BY id``: new rows (no id yet) come last."""
    return (obj.id is None, obj.id or 0)


def first_organisation(session: Session) -> Organisation | None:
    """The workspace's organisation (the first by id), or None."""
    if is_preloaded(session):
        return min(rows_in_session(session, Organisation), key=by_id, default=None)
    return session.scalars(select(Organisation).order_by(Organisation.id)).first()


def find_by_uid(session: Session, kind: Any, uid: str) -> Any:
    """The object of ``kind`` with this uid (it must exist)."""
    if is_preloaded(session):
        found = [obj for obj in rows_in_session(session, kind) if obj.uid == uid]
        if len(found) == 1:
            return found[0]
    return session.scalars(select(kind).where(kind.uid == uid)).one()
