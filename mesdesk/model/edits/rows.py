"""Adding a row to its owner's list, and moving a row among its peers."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from mesdesk.model.edits.base import Edit
from mesdesk.model.edits.deletions import remove
from mesdesk.model.edits.places import insert_row, keep_link_order, peers, place, rows_of
from mesdesk.model.edits.refs import Ref, find, ref
from mesdesk.model.entities import Action, Axis, Base, new_uid


class AddRow(Edit):
    """Add a new axis, action, indicator, event, partner or body to ``owner``'s list.

    ``fields`` are the new row's values; entities among them (an event's action) are
    kept as ``Ref``s. ``index`` None puts an indicator or event after its action's
    rows, anything else last (positional-only, so a partner's ``kind`` can be a field).
    The uid is chosen now, so redo re-creates the same row and the caller can select
    it right after applying.
    """

    def __init__(self, owner: Any, kind: type, index: int | None = None, /, **fields: Any) -> None:
        self.owner = ref(owner)
        self.kind = kind
        self.index = index
        self.fields = {name: ref(v) if isinstance(v, Base) else v for name, v in fields.items()}
        self.uid = new_uid()
        self.structural = kind in (Axis, Action)

    def _forward(self, session: Session) -> None:
        owner = self.owner.resolve(session)
        values = {name: v.resolve(session) if isinstance(v, Ref) else v for name, v in self.fields.items()}
        insert_row(rows_of(owner, self.kind), self.kind(uid=self.uid, **values), self.index)

    def _backward(self, session: Session) -> None:
        # An action may have gained a text since (its page creates one when shown).
        remove(find(session, self.kind, self.uid))


class Move(Edit):
    """Move an axis, action, indicator, event, partner or body ``delta`` places among
    its peers (indicators and events past the neighbours of the same action)."""

    def __init__(self, obj: Any, delta: int) -> None:
        self.target, self.delta = ref(obj), delta
        self.structural = isinstance(obj, (Axis, Action))
        self._from: int | None = None

    def _forward(self, session: Session) -> None:
        obj = self.target.resolve(session)
        items, index = place(obj)
        group = peers(obj)
        k = group.index(obj) + self.delta
        if not 0 <= k < len(group):
            self._from = None
            return
        to = items.index(group[k])
        self._from = index
        items.pop(index)
        items.insert(to, obj)
        keep_link_order(obj)

    def _backward(self, session: Session) -> None:
        # Back to the exact index it left: moving back by -delta among peers would not
        # restore the rows of other actions lying between two peers.
        if self._from is None:
            return
        obj = self.target.resolve(session)
        items, index = place(obj)
        items.pop(index)
        items.insert(self._from, obj)
        keep_link_order(obj)
