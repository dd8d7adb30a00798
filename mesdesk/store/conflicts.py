"""Saving into a workspace others change too: a stale save becomes conflicts, as data.

Each edited row carries a version (``mesdesk.model.row_versions``). A save that would
overwrite a row someone else saved since fails in SQLAlchemy with ``StaleDataError``;
``SharedSession.commit`` catches it, rolls back, reads the rows as they are now and
merges field by field against what this writer started from (the *base*):

- a field only I changed: mine is written (they changed other fields of the row);
- a field only they changed, or both to the same value: theirs stays;
- a field both changed differently: a ``Conflict`` (place, base, mine, theirs, their
  author and time). The row then holds theirs; mine is kept in the conflict until the
  user chooses (``resolve``): nothing is overwritten silently, nothing typed is lost.
- a row they deleted while I changed it: a conflict too (``deleted``), mine kept in it.

It also stamps each changed row with who changed it and when, and on PostgreSQL tells
the server who writes (``mesdesk.author`` / ``mesdesk.client``, read by the NOTIFY
trigger of migration 0008).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mesdesk.model.row_versions import Versioned, stamp, stamped, version_keys
from mesdesk.store.held_deletions import back_in_lists, held_with, orphaned, out_of_lists, own_values, under_gone
from mesdesk.store.unsaved import EditTracker

# A save that keeps meeting newer versions (someone saving in a tight loop) gives up
# after this many merges; the edits stay pending and the next autosave tries again.
MAX_MERGES = 5
# Key in a pooled connection's ``info``: the (author, client) it names to the server.
_WRITER = "mesdesk_writer"


class ConflictRetry(Exception):
    """Rows kept changing on the server during the save: it is tried again later."""


@dataclass
class Conflict:
    """One field two writers changed differently (or a row changed here, deleted there)."""

    target: Any  # the row (live ORM object; after a deletion, detached)
    field: str | None  # None: a whole row (deleted by them, or deleted by me and changed by them)
    base: Any  # the value both started from
    mine: Any
    theirs: Any
    their_author: str | None
    their_time: dt.datetime | None
    deleted_by_them: bool = False
    deleted_by_me: bool = False
    place: dict[str, Any] = dataclasses.field(default_factory=dict)  # words for the user (``describe_place``)

    @property
    def kind(self) -> str:
        return type(self.target).__name__


def describe_place(obj: Any) -> dict[str, Any]:
    """Where a row is, as data a window or a message can word: kind, action number, year…"""
    place: dict[str, Any] = {"kind": type(obj).__name__}
    try:
        action = getattr(obj, "action", None)
        if type(obj).__name__ == "Action":
            action = obj
        if action is not None:
            place["action"] = action.number
            place["action_uid"] = action.uid
            place["title"] = action.title
        report = getattr(obj, "report", None)
        if report is not None and hasattr(report, "year"):
            place["year"] = report.year
        elif type(obj).__name__ == "Report":
            place["year"] = obj.year
        for name in ("label", "name", "title"):
            if name not in place and isinstance(getattr(obj, name, None), str):
                place["label"] = getattr(obj, name)
                break
    except Exception:  # noqa: BLE001 - a detached or half-loaded row: say less, never fail a save
        pass
    return place


@dataclass
class _Change:
    """What this writer changed on one row since it read it."""

    obj: Any
    version: int | None  # the version it read
    fields: dict[str, tuple[Any, Any]] = dataclasses.field(default_factory=dict)  # name → (base, mine)
    deleted: bool = False
    # The version the row has in this transaction: ``version``, or one more after each
    # flush of it (the transaction's own writes; a rollback takes them back).
    expected: int | None = None


_COLUMN_KEYS: dict[type, tuple[str, ...]] = {}


def _column_keys(obj: Any) -> tuple[str, ...]:
    """The columns a user edits, of the object's class (computed once: read at every flush)."""
    keys = _COLUMN_KEYS.get(type(obj))
    if keys is None:
        keys = _COLUMN_KEYS[type(obj)] = tuple(
            attr.key for attr in inspect(type(obj)).column_attrs if attr.key not in version_keys(obj))
    return keys


class SharedSession:
    """Wraps a workspace's session: stamps changes, and commits turning stale saves into conflicts."""

    def __init__(self, session: Session, tracker: EditTracker, author: str, client: str) -> None:
        self.session = session
        self.tracker = tracker
        self.author = author
        self.client = client
        # Changes of the current (maybe failing) transaction, kept until a commit succeeds.
        self._changes: dict[int, _Change] = {}
        # The ``info`` of the connection named in the current transaction (``_after_begin``).
        self._naming: dict[Any, Any] | None = None
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush_postexec", self._after_flush)
        event.listen(session, "after_soft_rollback", self._rolled_back)
        event.listen(session, "after_begin", self._after_begin)
        event.listen(session, "after_commit", self._after_transaction)
        event.listen(session, "after_rollback", self._after_db_rollback)

    def detach(self) -> None:
        for name, listener in (("before_flush", self._before_flush), ("after_begin", self._after_begin),
                               ("after_flush_postexec", self._after_flush),
                               ("after_soft_rollback", self._rolled_back),
                               ("after_commit", self._after_transaction),
                               ("after_rollback", self._after_db_rollback)):
            if event.contains(self.session, name, listener):
                event.remove(self.session, name, listener)

    # -- following the edits ----------------------------------------------------------
    def _after_begin(self, _session: Session, _transaction: Any, connection: Any) -> None:
        """Tell the server who writes, once per connection rather than at every save (a
        round trip each). The name stays on the connection for the session's next
        transactions (``false``: not local to this one) and is noted in its ``info``,
        which SQLAlchemy clears when the connection is replaced; a connection carrying
        another writer's name (another window on the same engine) is named again."""
        if connection.dialect.name != "postgresql":
            return
        info = connection.connection.info
        if info.get(_WRITER) == (self.author, self.client):
            return
        connection.exec_driver_sql(
            "SELECT set_config('mesdesk.author', %(a)s, false), set_config('mesdesk.client', %(c)s, false)",
            {"a": self.author, "c": self.client},
        )
        info[_WRITER] = (self.author, self.client)
        self._naming = info

    def _after_transaction(self, _session: Session) -> None:
        self._naming = None  # committed: the name stays on the connection

    def _after_db_rollback(self, _session: Session) -> None:
        # A rollback takes back a setting made in its transaction, even a session-wide one.
        if self._naming is not None:
            self._naming.pop(_WRITER, None)
            self._naming = None

    def _before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        if session.get_bind().dialect.name == "postgresql":
            self._refuse_reserved(session)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        for obj in session.dirty:
            if not isinstance(obj, Versioned) or not session.is_modified(obj, include_collections=False):
                continue
            change = self._note(obj)
            change.deleted = change.deleted or orphaned(obj)  # deleted by the flush, unlisted
            stamp(obj, self.author, now)
        for obj in session.new:
            if isinstance(obj, Versioned):
                stamp(obj, self.author, now)
        for obj in session.deleted:
            if isinstance(obj, Versioned):
                change = self._note(obj)
                change.deleted = True

    def _after_flush(self, _session: Session, _context: Any) -> None:
        for change in self._changes.values():
            version = inspect(change.obj).dict.get("version")
            if version is not None and not change.deleted:
                change.expected = version

    def _rolled_back(self, session: Session, previous: Any) -> None:
        if session.is_active and not previous.nested:  # the transaction's own writes are gone
            for change in self._changes.values():
                change.expected = change.version

    @staticmethod
    def _refuse_reserved(session: Session) -> None:
        """Sections taken offline by someone are read-only for the others (``checkout``)."""
        from mesdesk.store.checkout import ReservedError, reserved_by_others

        texts = [obj for obj in (*session.dirty, *session.new) if type(obj).__name__ in ("ActionText", "Report")]
        held = reserved_by_others(session, texts) if texts else []
        if held:
            who = ", ".join(sorted({h.holder for h in held}))
            raise ReservedError(f"Cette partie est emportée hors ligne par {who} : elle ne peut pas être modifiée "
                                "avant son retour.")

    def _note(self, obj: Any) -> _Change:
        state = inspect(obj)
        change = self._changes.get(id(obj))
        if change is None:
            committed = state.committed_state.get("version", state.dict.get("version"))
            change = self._changes[id(obj)] = _Change(obj, committed, expected=committed)
        elif change.expected is not None and obj.version != change.expected:
            # A failed save was rolled back, which reloads the row as the server has it
            # now: its version is no longer the one these edits were made on, and
            # writing with it would overwrite the newer change unseen.
            raise StaleDataError(f"{type(obj).__name__} changed on the server since it was read")
        for key in _column_keys(obj):
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            base = history.deleted[0] if history.deleted else None
            # The first base read stays: a second flush in the same transaction has the
            # first one's value as its "old" one.
            old_base = change.fields.get(key, (base, None))[0]
            change.fields[key] = (old_base, state.dict.get(key))
        return change

    # -- saving -----------------------------------------------------------------------
    def commit(self) -> list[Conflict]:
        """Commit; a stale save is merged and committed again. Returns the conflicts left
        for the user (empty: everything saved). Other errors propagate as they are (the
        caller keeps the edits pending, ``EditTracker``).

        A stale save rolls the transaction back and reads the changed rows anew (one
        SELECT per kind of row); the conflicting ones then hold the server's version, so
        that what the user edits next is what the server has (a window re-reads what it
        shows after conflicts, ``Document.conflictsFound``). The other rows stay as read
        when the tracker keeps them (``EditTracker.keep_loaded``, a window on a server);
        otherwise the rollback expires them and they are read again when next used.
        """
        conflicts: list[Conflict] = []
        for _ in range(MAX_MERGES):
            try:
                self.session.commit()
            except StaleDataError:
                conflicts.extend(self._merge())
                continue
            self._changes.clear()
            return conflicts
        raise ConflictRetry("les lignes changeaient encore sur le serveur")

    def _reread(self, objs: list[Any]) -> dict[int, dict[str, Any] | None]:
        """The rows as the server holds them now, by ``id()`` of the object (None: deleted),
        read into the objects themselves: one SELECT per kind of row, whatever their number.

        Each row's values and its version come from the same read: the values compared
        and the version the next save is checked against are the same row's (two reads
        could see two versions, and a change saved between them would be overwritten
        unseen)."""
        found: dict[int, dict[str, Any] | None] = {}
        by_kind: dict[Any, list[Any]] = {}
        for obj in objs:
            if inspect(obj).identity is None:
                found[id(obj)] = None
            else:
                by_kind.setdefault(inspect(obj).mapper, []).append(obj)
        for mapper, rows in by_kind.items():
            keys = mapper.primary_key
            identities = [inspect(obj).identity for obj in rows]
            where = (keys[0].in_([i[0] for i in identities]) if len(keys) == 1
                     else tuple_(*keys).in_(identities))
            with self.session.no_autoflush:
                read = self.session.scalars(select(mapper).where(where).execution_options(populate_existing=True))
                present = {id(obj) for obj in read}
            columns = [attr.key for attr in mapper.column_attrs]
            for obj in rows:
                state = inspect(obj)
                found[id(obj)] = {key: state.dict.get(key) for key in columns} if id(obj) in present else None
        return found

    def _merge(self) -> list[Conflict]:
        """After a stale save: roll back, read the stale rows, keep what merges, list the rest.

        With a tracker that keeps what was read (a window on a server), the other rows
        stay as read (a rollback would expire them all, and each would be read again at
        its next look); others' changes to them arrive as notifications (``changes``),
        and a save over one of them still meets its version."""
        changes = self._changes
        edits = self.tracker.pending()  # including the failed flush's (``EditTracker``)
        if self.tracker.keep_loaded:
            self.tracker.rollback_to_loaded(edits)
        else:
            self.session.rollback()
        conflicts: list[Conflict] = []
        keep_theirs: list[tuple[Any, str, Any]] = []
        dropped: set[int] = set()
        gone: list[Any] = []  # rows deleted on the server: never to be put back in a list
        servers = self._reread([change.obj for change in changes.values()])
        for change in list(changes.values()):
            obj = change.obj
            server = servers[id(obj)]
            if server is not None and server.get("version") == change.version:
                continue  # not a stale one: its edits are set again, over the version they were made on
            del self._changes[id(obj)]  # its base is now the server's row
            author, when = stamped(obj, server) if server else (None, None)
            if server is None:
                dropped.add(id(obj))
                gone.append(obj)
                # They deleted what I changed: keep mine in the conflict (nothing of mine, as
                # when a reply only touched its parent: nothing to ask).
                if not change.deleted and change.fields:
                    mine = {key: value for key, (_base, value) in change.fields.items()}
                    conflicts.append(Conflict(obj, None, None, mine, None, author, when, deleted_by_them=True,
                                              place=describe_place(obj)))
                if obj in self.session:
                    self.session.expunge(obj)
                continue
            if change.deleted:
                # I deleted a row they changed meanwhile: it stays until the user says.
                dropped.add(id(obj))
                conflicts.append(Conflict(obj, None, None, None, server, author, when, deleted_by_me=True,
                                          place=describe_place(obj)))
                continue
            for key, (base, mine) in change.fields.items():
                theirs = server.get(key)
                if theirs == base or theirs == mine:
                    continue  # only I changed it (or we agree): mine is set again below
                if key in obj.theirs_stand:
                    keep_theirs.append((obj, key, theirs))  # we agree in meaning (``Versioned``)
                    continue
                keep_theirs.append((obj, key, theirs))
                conflicts.append(Conflict(obj, key, base, mine, theirs, author, when, place=describe_place(obj)))
        # What a held-back deletion would take with it stays too (``held_deletions``).
        kept = [c.target for c in conflicts if c.deleted_by_me]
        kept += held_with(kept, [c.obj for c in changes.values() if c.deleted and id(c.obj) not in dropped])
        dropped.update(id(o) for o in kept)
        orphans = under_gone([o for o in edits.new if id(o) not in dropped], gone)
        for obj in orphans:  # added under a row they deleted: kept in a conflict to copy
            conflicts.append(Conflict(obj, None, None, own_values(obj), None, None, None, deleted_by_them=True,
                                      place=describe_place(obj)))
            dropped.add(id(obj))
        edits.new = [o for o in edits.new if id(o) not in dropped]
        edits.deleted = [o for o in edits.deleted if id(o) not in dropped]
        edits.changed = back_in_lists(out_of_lists([(o, k, v) for o, k, v in edits.changed if id(o) not in dropped],
                                                   gone + orphans), kept,
                                      [c.obj for c in changes.values() if c.deleted and id(c.obj) not in dropped])
        edits.restore(self.session)
        with self.session.no_autoflush:
            for obj, key, theirs in keep_theirs:
                setattr(obj, key, theirs)
        return conflicts

    def merge_pending(self) -> list[Conflict]:
        """After a flush outside ``commit`` met newer rows (an edit writes as it goes,
        ``structure_conflicts``): merge as ``commit`` does after a stale save; the caller
        then commits what merged."""
        return self._merge()

    def forget(self) -> None:
        """Drop the noted changes after a rolled-back edit that is done again on the rows
        as the server has them now (``structure_conflicts``): its base is theirs now."""
        self._changes.clear()

    # -- the user's choice ------------------------------------------------------------
    def resolve(self, conflict: Conflict, value: Any) -> None:
        """Set the chosen value (mine, or a merge) on the row as the server has it now;
        the caller commits (``commit``: a newer change meanwhile is a new conflict)."""
        if conflict.deleted_by_them:
            return  # nothing to write into: the text stays in the dialog to copy
        if conflict.deleted_by_me:
            self.session.delete(conflict.target)
            return
        assert conflict.field is not None
        setattr(conflict.target, conflict.field, value)
