"""Row versions: every row the writers edit carries a version number and who changed it last.

Several people may edit one workspace on a shared server. SQLAlchemy's
``version_id_col`` makes each UPDATE or DELETE of a row say which version it read
(``… WHERE id = ? AND version = ?``); when someone else has saved the row since, no row
matches and the flush raises ``StaleDataError`` instead of overwriting their change
silently. ``mesdesk.store.conflicts`` turns that into conflicts shown to the user.
``changed_by`` / ``changed_at`` say whose change it was (set at each flush by the store,
``conflicts.stamp_changes``). On a file only one process writes: the version only counts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import DateTime, Integer, String, inspect, select
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column
from sqlalchemy.orm.exc import StaleDataError

# The columns no user edits: a conflict or a merge never compares them.
VERSION_COLUMNS = ("version", "changed_by", "changed_at")


class Versioned:
    """Mixed into a mapped class (before ``Base``): a version counter checked at each write."""

    # Where the time of the last change is kept: ``changed_at``, unless the class's own
    # column has that name for something else (an approval's « text changed since »).
    stamp_time: ClassVar[str] = "changed_at"
    # Fields where, both writers having changed them, theirs stands without asking: a
    # state both reached, whose value is only a date (an approval set « à revoir »).
    theirs_stand: ClassVar[frozenset[str]] = frozenset()

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(String, nullable=True)
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr takes the class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]  # set by the declarative mapping


def version_keys(obj: Any) -> tuple[str, ...]:
    """The attributes of ``obj``'s row that are its version, not its data."""
    return ("version", "changed_by", getattr(obj, "stamp_time", "changed_at"))


def stamp(obj: Versioned, author: str, when: dt.datetime) -> None:
    """Say who changed the row and when."""
    obj.changed_by = author
    setattr(obj, obj.stamp_time, when)


def stamped(obj: Any, row: dict[str, Any]) -> tuple[Any, Any]:
    """(who, when) of a row read as ``{attribute: value}``."""
    return row.get("changed_by"), row.get(getattr(obj, "stamp_time", "changed_at"))


class ChangedSinceRead(StaleDataError):
    """A row an edit relies on without writing it (the text an approval approves) was
    saved by someone else since this session read it: the edit would vouch for words
    its author has not seen. Raised where a write of the row would have failed."""

    def __init__(self, obj: Any) -> None:
        super().__init__(f"{type(obj).__name__} changed on the server since it was read")
        self.obj = obj


def ensure_unchanged(session: Session, obj: Any) -> None:
    """Raise ``ChangedSinceRead`` when the stored version of ``obj``'s row is not the one
    this session holds. One small SELECT; on a file, where nobody else writes, it always
    matches (a row not yet written has nothing to compare)."""
    if obj is None:
        return
    state = inspect(obj)
    if state.identity is None or not isinstance(obj, Versioned):
        return
    kind = type(obj)
    key = inspect(kind).primary_key[0]
    with session.no_autoflush:
        stored = session.execute(select(kind.version).where(key == state.identity[0])).scalar_one_or_none()
    if stored != obj.version:
        raise ChangedSinceRead(obj)
