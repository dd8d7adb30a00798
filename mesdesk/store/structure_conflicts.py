"""An edit of the outline (rename, move, add, delete) meeting someone's newer change.

An edit writes as it goes (``Edit.apply`` flushes). On a shared server that flush fails
when it writes over a row someone saved since (``StaleDataError``, ``row_versions``), and
the edit's lookup fails when the row is gone (``NoResultFound``). Before, both ended as
a failed save retried for ever. ``run_edit`` rolls back, reads the rows as the server has
them now and decides, as data the window words:

- a field both changed (a title renamed by both): a ``Conflict`` with both versions, for
  the usual dialog; the row shows theirs until the user chooses;
- only positions changed under the edit (they moved, added or deleted a neighbour, or
  changed another field of the row): the edit is done again on the rows as they are now,
  so both changes are kept and the numbers stay a valid 1, 2, 3…;
- a deletion of a row they changed since it was read (its title, or a text under it
  someone typed in): refused (``Refusal``: what, who, when); nothing is deleted;
- a row already deleted by someone else: nothing left to do (``gone``).

The other edits (comments, approvals, suggestions, « Tout remplacer », a version put
back) write values computed from what was read, so doing them again on newer rows would
write over a change unseen. Instead:

- a comment or a reply added (``MERGED``) is merged into the save as typing is
  (``SharedSession.merge_pending``): a text both changed is a conflict with both
  versions, a reply to a comment deleted meanwhile is kept in a conflict to copy;
- any other (``Refusal``, naming the edit): refused when a row it read or writes was
  changed since (an approval also checks the text it approves, ``ensure_unchanged``),
  or when someone approved the same section first; nothing is written, the window
  shows the newer rows, and the user does it again knowingly.

Two additions at the end of one list would meet on no row at all and both take the same
number: ``watch`` makes every change of an axis's or a convention's list of actions or
axes write that owner row too (its ``changed_at``, so its version), and the second
writer's edit then meets the first's there and is done again after it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.exc import IntegrityError, InvalidRequestError, NoResultFound
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.util import identity_key

from mesdesk.model.approvals import approval_for
from mesdesk.model.edits import AddComment, AddReply, AddRow, Delete, DeleteComment, Edit, Move, SetField
from mesdesk.model.edits.approvals import Approve
from mesdesk.model.edits.places import HOMES
from mesdesk.model.entities import Action, ActionText, Axis, Convention
from mesdesk.model.review import Comment
from mesdesk.model.row_versions import VERSION_COLUMNS, ChangedSinceRead, Versioned, stamped
from mesdesk.store.conflicts import Conflict, ConflictRetry, SharedSession, describe_place

# An edit done again this many times, each time meeting a newer change, gives up (someone
# restructuring in a tight loop): a failed save, as before.
MAX_TRIES = 5

# The errors of an edit meeting others' newer rows (anything else is a failed save).
COLLISIONS = (StaleDataError, NoResultFound)

# The edits decided field by field: one value set (a conflict is that value against
# theirs), and the outline's adds, moves and deletes (done again on the newer rows, or
# refused). The others are merged (``MERGED``) or refused whole (see above).
DECIDED = (SetField, Move, AddRow, Delete)
# Edits adding a comment or a reply: merged into the save like typing.
MERGED = (AddComment, AddReply)


@dataclass
class Refusal:
    """An edit refused: ``place`` is the row it was about (the one the user wanted to
    delete), ``changed`` the row someone changed since (the row itself, a text under it,
    an approval given first), by ``author`` at ``when``; ``edit`` the kind of edit
    (``Delete``, ``DeleteComment``, ``Approve``…: how the window words it)."""

    place: dict[str, Any]
    changed: dict[str, Any]
    author: str | None
    when: dt.datetime | None
    edit: str = "Delete"


@dataclass
class Outcome:
    """What became of an edit: done (maybe again on newer rows), or why not."""

    applied: bool
    conflicts: list[Conflict] = field(default_factory=list)
    refused: Refusal | None = None
    gone: dict[str, Any] | None = None  # the place of a row someone else had deleted already
    tries: int = 1  # 2 and more: done again over someone's newer change
    label: str = ""  # what the user asked, as the undo stack names it (set by the window)


@dataclass
class _Read:
    """A row as this writer had read it when the edit wrote it."""

    obj: Any
    version: int | None
    values: dict[str, Any]  # column → value read
    mine: dict[str, Any] = field(default_factory=dict)  # column → value this edit wrote
    deleted: bool = False


class _Reads:
    """Notes, at each flush of the edit, the rows it writes as they were read."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[int, _Read] = {}

    def __enter__(self) -> "_Reads":
        event.listen(self.session, "before_flush", self._before_flush)
        return self

    def __exit__(self, *_exc: Any) -> None:
        event.remove(self.session, "before_flush", self._before_flush)

    def _before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        for obj in (*session.dirty, *session.deleted):
            if not isinstance(obj, Versioned) or inspect(obj).identity is None or id(obj) in self.rows:
                continue
            state = inspect(obj)
            values: dict[str, Any] = {}
            mine: dict[str, Any] = {}
            for attr in inspect(type(obj)).column_attrs:
                if attr.key not in state.dict and attr.key not in state.committed_state:
                    continue  # not loaded: not read, so not compared
                history = state.attrs[attr.key].history
                if history.deleted:
                    values[attr.key] = history.deleted[0]
                    mine[attr.key] = state.dict.get(attr.key)
                elif attr.key in state.dict:
                    values[attr.key] = state.dict[attr.key]
            self.rows[id(obj)] = _Read(obj, values.get("version"), values, mine, _leaving(session, obj))


def _leaving(session: Session, obj: Any) -> bool:
    """Whether this flush deletes ``obj``: deleted outright, or taken out of its owner's
    list (an orphan, deleted by the flush itself: not yet in ``session.deleted`` here)."""
    if obj in session.deleted:
        return True
    home = HOMES[type(obj)][0] if type(obj) in HOMES else "report"
    if home not in inspect(type(obj)).relationships:
        return False
    history = inspect(obj).attrs[home].history
    return bool(history.deleted) and inspect(obj).dict.get(home) is None


def _main_row(edit: Edit) -> tuple[type, str] | None:
    """The kind and uid of the row the edit is about (what a message names); None for a
    row without a uid (the organisation, a report: never deleted by an edit)."""
    if isinstance(edit, Delete):
        kind, uid = edit.snapshot.kind, edit.snapshot.uid
    elif isinstance(edit, (DeleteComment, AddComment)):
        kind, uid = Comment, edit.uid
    elif isinstance(edit, AddReply):
        kind, uid = Comment, edit.parent.uid  # what a reply needs is its comment
    elif isinstance(edit, AddRow):
        kind, uid = edit.kind, edit.uid
    elif isinstance(edit, (Move, SetField)):
        kind, uid = edit.target.kind, edit.target.uid
    else:
        return None
    if kind is ActionText:
        return Action, uid  # a text is there as long as its action (``edits.refs``)
    return (kind, uid) if "uid" in inspect(kind).columns else None


def _removes(edit: Edit, forward: bool) -> bool:
    """Whether this step of the edit deletes its main row (a delete, or undoing an add)."""
    return (isinstance(edit, (Delete, DeleteComment)) and forward) or (isinstance(edit, (AddRow, AddComment))
                                                                       and not forward)


def _describe(obj: Any) -> dict[str, Any]:
    """``describe_place``, and an axis's number (a message names « l'axe 2 »)."""
    place = describe_place(obj)
    if isinstance(obj, Axis):
        try:
            place["axis"] = obj.number
        except Exception:  # noqa: BLE001 - a half-loaded row: say less, never fail the edit
            pass
    return place


def _loaded(session: Session, main: tuple[type, str] | None) -> Any:
    """The main row among those this session holds (no query: the row may be gone)."""
    if main is None:
        return None
    kind, uid = main
    for obj in list(session.identity_map.values()):
        if type(obj) is kind and inspect(obj).dict.get("uid") == uid:
            return obj
    return None


def _place_of(session: Session, main: tuple[type, str] | None) -> dict[str, Any]:
    obj = _loaded(session, main)
    if obj is not None:
        return _describe(obj)
    return {"kind": main[0].__name__} if main is not None else {}


def _server_row(session: Session, obj: Any) -> dict[str, Any] | None:
    """The row as the server has it now, read into ``obj`` (None: deleted)."""
    if inspect(obj).identity is None:
        return None
    try:
        with session.no_autoflush:
            session.refresh(obj)
    except InvalidRequestError:  # gone from the server
        return None
    state = inspect(obj)
    return {attr.key: state.dict.get(attr.key) for attr in inspect(type(obj)).column_attrs}


def _still_there(session: Session, main: tuple[type, str] | None) -> bool:
    if main is None:
        return True
    kind, uid = main
    with session.no_autoflush:
        # Every kind an edit is about has a uid (``edits.refs``).
        found = session.query(kind).filter(kind.uid == uid).with_entities(kind.id).first()  # type: ignore[attr-defined]  # see above
        return found is not None


def run_edit(shared: SharedSession, step: Callable[[Session], None], edit: Edit, forward: bool = True) -> Outcome:
    """Do ``step`` (``edit.apply`` or ``edit.revert``) on the shared session; when it meets
    others' newer rows, decide as the module says. Errors other than those collisions
    propagate as they are (the caller tells a failed save)."""
    session = shared.session
    main = _main_row(edit)
    # Where the row is, for the messages: read while it is whole, before a deletion takes
    # it out of its list (otherwise only on a collision: a scan of the rows read).
    target = _loaded(session, main) if _removes(edit, forward) else None
    place = _describe(target) if target is not None else None
    for tries in range(1, MAX_TRIES + 1):
        reads = _Reads(session)
        try:
            with reads:
                step(session)
        except (*COLLISIONS, IntegrityError) as exc:
            if isinstance(exc, IntegrityError) and not isinstance(edit, Approve):
                raise  # only two approvals of one section meet on a unique key
            if forward and isinstance(edit, MERGED) and isinstance(exc, StaleDataError):
                return Outcome(applied=True, conflicts=shared.merge_pending(), tries=tries)
            failure: Exception = exc
            # The row and where it was, read before the rollback forgets them (it may be gone).
            if place is None:
                target = _loaded(session, main)
                place = _describe(target) if target is not None else _place_of(session, main)
        else:
            return Outcome(applied=True, tries=tries)
        # The rollback expires every row: what the session reads next is the server's.
        session.rollback()
        shared.forget()
        if not _still_there(session, main) and not (isinstance(edit, (AddRow, AddComment)) and forward):
            return _gone(session, edit, forward, target, place or {})
        if not isinstance(edit, DECIDED):
            return _refuse(session, edit, forward, place or {}, reads, failure)
        decided = _decide(session, edit, forward, place or {}, reads)
        if decided is not None:
            return decided
    raise ConflictRetry("la structure changeait encore sur le serveur")


def _gone(session: Session, edit: Edit, forward: bool, obj: Any, place: dict[str, Any]) -> Outcome:
    """The row the edit is about (``obj``, when this session held it) was deleted by
    someone else meanwhile."""
    if obj is not None and obj in session:
        session.expunge(obj)  # a window showing it sees it is no longer in the workspace
    words = _words(edit, forward)
    if words:
        # Words written for a row that is gone (a new title, a reply): kept in a conflict, to copy.
        conflict = Conflict(obj, None, None, words, None, None, None, deleted_by_them=True, place=place)
        return Outcome(applied=False, conflicts=[conflict], gone=place)
    return Outcome(applied=False, gone=place)


def _words(edit: Edit, forward: bool) -> dict[str, Any]:
    """What the user wrote in ``edit``, when it is words (not a tick, a number, a move)."""
    if isinstance(edit, SetField):
        value = edit.new if forward else edit.old
        return {edit.name: value} if isinstance(value, str) and value.strip() or hasattr(value, "plain_text") else {}
    if isinstance(edit, AddReply) and forward:
        return {"body": edit.values["body"]}
    return {}


def _refuse(session: Session, edit: Edit, forward: bool, place: dict[str, Any], reads: _Reads,
            failure: Exception) -> Outcome:
    """An edit not decided field by field met a newer change: refused whole, naming the
    row changed since it was read (or the approval given first). An undo that is no
    deletion is named « Undo » (the window words it as undoing the edit)."""
    kind = type(edit).__name__ if forward or _removes(edit, forward) else "Undo"
    rows = [failure.obj] if isinstance(failure, ChangedSinceRead) else []
    versions = {id(read.obj): read.version for read in reads.rows.values()}
    rows += [read.obj for read in reads.rows.values()]
    for obj in rows:
        server = _server_row(session, obj)
        if server is None or (id(obj) in versions and server.get("version") == versions[id(obj)]):
            continue  # gone (the main row is checked apart) or not changed by them
        author, when = stamped(obj, server)
        return Outcome(applied=False, refused=Refusal(place, _describe(obj), author, when, kind))
    if isinstance(edit, Approve) and forward:
        approval = approval_for(edit.report.resolve(session), edit.section)
        if approval is not None:  # approved by someone else first (the unique key)
            return Outcome(applied=False, refused=Refusal(place, describe_place(approval), approval.approved_by,
                                                          approval.approved_at, "Approve"))
    # Nothing named changed: a row it needed was deleted (a lookup failed).
    return Outcome(applied=False, gone=place)


def _decide(session: Session, edit: Edit, forward: bool, place: dict[str, Any], reads: _Reads) -> Outcome | None:
    """After a collision: an outcome, or None to do the edit again on the newer rows."""
    conflicts: list[Conflict] = []
    removing = _removes(edit, forward)
    for read in reads.rows.values():
        server = _server_row(session, read.obj)
        if server is None or server.get("version") == read.version:
            continue  # gone (the edit done again does without it) or not changed by them
        author, when = server.get("changed_by"), server.get("changed_at")
        theirs = {key for key, value in read.values.items()
                  if key not in VERSION_COLUMNS and server.get(key) != value}
        # Only a new version and no field of theirs: a row was added under it (a reply to
        # a comment, an action to an axis), which the deletion would take unseen too.
        if removing and read.deleted and (theirs - {"position"} or not theirs):
            # Deleting it would throw their change away unseen: refused, nothing deleted.
            return Outcome(applied=False, refused=Refusal(place, _describe(read.obj), author, when))
        for key, mine in read.mine.items():
            if key == "position" or key in VERSION_COLUMNS or key not in theirs or server.get(key) == mine:
                continue  # positions are set again from the newer order; theirs elsewhere stays
            conflicts.append(Conflict(read.obj, key, read.values.get(key), mine, server.get(key), author, when,
                                      place=describe_place(read.obj)))
    if conflicts:
        return Outcome(applied=False, conflicts=conflicts)
    return None


# -- the lists' owners --------------------------------------------------------------------
def _owner(session: Session, obj: Any) -> Any:
    """The row holding ``obj``'s list (an action's axis, an axis's convention), as read."""
    name, key, kind = ("axis", "axis_id", Axis) if isinstance(obj, Action) else ("convention", "convention_id", Convention)
    state = inspect(obj)
    history = state.attrs[name].history
    owner = history.deleted[0] if history.deleted else state.dict.get(name)
    if owner is None and state.dict.get(key) is not None:
        # Taken out of its list: the link is cleared, the key still says where it was.
        owner = session.identity_map.get(identity_key(kind, (state.dict[key],)))
    return owner


def _lists_changed(session: Session, _context: Any, _instances: Any) -> None:
    owners: dict[int, Any] = {}
    obj: Any
    for obj in (*session.new, *session.deleted, *session.dirty):
        if type(obj) not in (Axis, Action):
            continue
        if obj in session.dirty and not inspect(obj).attrs["position"].history.has_changes():
            continue
        owner = _owner(session, obj)
        if owner is not None and owner not in session.deleted and inspect(owner).persistent:
            owners[id(owner)] = owner
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for owner in owners.values():
        owner.changed_at = now  # a write of the owner: its version is checked and counted


def watch(session: Session) -> None:
    """Make every change of a list of axes or actions write its owner too (see above)."""
    if not event.contains(session, "before_flush", _lists_changed):
        # First: the shared session's own listener then notes and stamps the owner too.
        event.listen(session, "before_flush", _lists_changed, insert=True)


def unwatch(session: Session) -> None:
    if event.contains(session, "before_flush", _lists_changed):
        event.remove(session, "before_flush", _lists_changed)
