"""Finding an object again by its ``uid`` rather than by Python identity.

An edit on an undo stack outlives the objects it touched: deleting then undoing
re-creates a row (a new Python object, often a new database id), and older edits on
the stack must still reach it. So edits hold ``Ref``s and resolve them on the session
each time they apply or revert.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from mesdesk.model.entities import Action, ActionText, Report
from mesdesk.model.session_rows import find_by_uid


@dataclass(frozen=True)
class Ref:
    """A way back to an entity: by uid; a report by its id (reports are never deleted by
    an edit); an action's text by (report id, action uid)."""

    kind: type
    uid: str
    report_id: int | None = None

    def resolve(self, session: Session) -> Any:
        if self.kind is ActionText:
            report = session.get(Report, self.report_id)
            assert report is not None
            return report.text_for(find(session, Action, self.uid))
        if self.kind is Report:
            return session.get(Report, int(self.uid))
        return find(session, self.kind, self.uid)


def ref(obj: Any) -> Ref:
    if isinstance(obj, ActionText):
        return Ref(ActionText, obj.action.uid, obj.report.id)
    if isinstance(obj, Report):
        return Ref(Report, str(obj.id))
    return Ref(type(obj), obj.uid)


def ref_or_none(obj: Any) -> Ref | None:
    return ref(obj) if obj is not None else None


def resolve_or_none(target: Ref | None, session: Session) -> Any:
    return target.resolve(session) if target is not None else None


def find(session: Session, kind: Any, uid: str) -> Any:
    """The object of ``kind`` with this uid (it must exist)."""
    return find_by_uid(session, kind, uid)
