"""Every change of a workspace as an object that applies and reverts itself on a
SQLAlchemy session, with no Qt: the GUI's undo stack wraps these (``gui/commands.py``),
and the command line and the tests use them directly.

- ``fields``: a value changed in place (``SetField``, ``SetRelation``,
  ``SetIndicatorValue``, ``SetPartnerLink``, ``SetLogo``);
- ``rows``: ``AddRow`` (one generic « add ») and ``Move``;
- ``deletions``: ``Delete`` and the snapshot that puts a row back with what hung on it;
- ``places``: which list each kind of row lives in (the only place that knows);
- ``refs``: objects found again by uid, since undo re-creates rows;
- ``comments``: review comments, their replies and their marks in the text.
"""

from mesdesk.model.edits.base import Edit
from mesdesk.model.edits.comments import (
    AddComment,
    AddReply,
    DeleteComment,
    SetCommentBody,
    SetCommentResolved,
)
from mesdesk.model.edits.deletions import Delete, Snapshot, remove, restore, snapshot
from mesdesk.model.edits.fields import SetField, SetIndicatorValue, SetLogo, SetPartnerLink, SetRelation
from mesdesk.model.edits.places import can_move, peers, place
from mesdesk.model.edits.refs import Ref, find, ref
from mesdesk.model.edits.rows import AddRow, Move

__all__ = [
    "AddComment",
    "AddReply",
    "AddRow",
    "Delete",
    "DeleteComment",
    "Edit",
    "Move",
    "Ref",
    "SetCommentBody",
    "SetCommentResolved",
    "SetField",
    "SetIndicatorValue",
    "SetLogo",
    "SetPartnerLink",
    "SetRelation",
    "Snapshot",
    "can_move",
    "find",
    "peers",
    "place",
    "ref",
    "remove",
    "restore",
    "snapshot",
]
