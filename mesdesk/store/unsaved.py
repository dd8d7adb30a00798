"""Edits that could not be committed, kept so that nothing typed is lost.

A failed commit (full disk, file made read-only, USB stick pulled out) must be rolled
back — the session cannot be used otherwise — and a rollback throws away every change
the transaction held, flushed or not. ``EditTracker`` notes those changes at each flush
of the transaction (and what is still unflushed when asked); after the rollback
``UnsavedEdits.restore`` sets them again, so the objects show what the user wrote and
the next commit (a retry, a node switch, the close) writes it. (Why it failed:
``failures.cause_of``.)
``write_copy`` puts the committed state plus those edits into another file, for
« Enregistrer une copie sous… » while the workspace itself cannot be written.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.base import NEVER_SET, NO_VALUE

from mesdesk.store.copies import _write_temporary, fsync_folder, sidecar_files
from mesdesk.store.workspace import Workspace

# The attribute keys of a mapped class, by its class manager (``_snapshot_loaded``).
_ATTRIBUTE_KEYS: dict[Any, frozenset[str]] = {}


@dataclass
class UnsavedEdits:
    """The changes a session held before a commit that may fail."""

    new: list[Any] = field(default_factory=list)
    deleted: list[Any] = field(default_factory=list)
    # (object, attribute key, value to set again); collections as plain lists
    changed: list[tuple[Any, str, Any]] = field(default_factory=list)

    @classmethod
    def capture(cls, session: Session) -> "UnsavedEdits":
        edits = cls(new=list(session.new), deleted=list(session.deleted))
        for obj in session.dirty:
            state = inspect(obj)
            for attr in state.attrs:
                history = attr.history
                if not history.has_changes():
                    continue
                value = state.dict.get(attr.key)
                if isinstance(value, (list, set)):  # a collection: keep its members, not the live object
                    value = list(value)
                edits.changed.append((obj, attr.key, value))
        return edits

    def merged(self, later: "UnsavedEdits") -> "UnsavedEdits":
        """These edits followed by ``later`` ones (the later value of an attribute wins)."""
        new = {id(obj): obj for obj in self.new + later.new}
        deleted = {id(obj): obj for obj in self.deleted + later.deleted}
        for key in set(new) & set(deleted):  # added then removed in the same transaction
            del new[key], deleted[key]
        changed = {(id(obj), key): (obj, key, value) for obj, key, value in self.changed + later.changed}
        return UnsavedEdits(list(new.values()), list(deleted.values()),
                            [c for c in changed.values() if id(c[0]) not in deleted])

    def __bool__(self) -> bool:
        return bool(self.new or self.deleted or self.changed)

    def objects(self) -> list[Any]:
        """Every object holding an unsaved change (new or modified)."""
        seen: dict[int, Any] = {id(obj): obj for obj in self.new}
        for obj, _key, _value in self.changed:
            seen.setdefault(id(obj), obj)
        return list(seen.values())

    def restore(self, session: Session) -> None:
        """Set the captured changes again after ``session.rollback()``."""
        # Setting an expired collection loads it first: no flush may run in between
        # (it could fail like the commit did).
        with session.no_autoflush:
            for obj in self.new:
                if obj not in session:
                    session.add(obj)
            for obj, key, value in self.changed:
                # An expired scalar is set without reading it first (the server may be away).
                if key not in inspect(obj).unloaded:
                    current = getattr(obj, key)
                    if isinstance(current, list) and isinstance(value, list):
                        current[:] = value  # keeps an ordering_list's own bookkeeping
                        continue
                setattr(obj, key, value)
            for obj in self.deleted:
                if obj in session:
                    session.delete(obj)


class EditTracker:
    """Follows a session's transaction so that its edits survive a failed commit."""

    def __init__(self, session: Session, *, keep_loaded: bool = False) -> None:
        self.session = session
        self._flushed = UnsavedEdits()
        # What the session had read, by object (``rollback_keeping_loaded``; a server only).
        self.keep_loaded = keep_loaded
        self._loaded: dict[int, tuple[Any, dict[str, Any]]] = {}
        # What the flush under way holds: a flush that fails (a stale row on a server, the
        # connection lost) rolls the transaction back at once, before anyone can ask.
        self._attempt: UnsavedEdits | None = None
        event.listen(session, "before_commit", self._before_commit)
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush", self._after_flush)
        event.listen(session, "after_commit", self._forget)
        event.listen(session, "after_soft_rollback", self._rolled_back)

    def _before_commit(self, session: Session) -> None:
        # Noted before the commit's flush too: a listener on every session (the approvals'
        # « à revoir », ``model/approvals.py``) runs before this tracker's own before_flush,
        # and on a server gone away its read fails there, before anything was noted.
        if self.keep_loaded:
            self._snapshot_loaded(session)

    def _before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        self._attempt = UnsavedEdits.capture(session)
        if self.keep_loaded:
            self._snapshot_loaded(session)

    def _after_flush(self, session: Session, _context: Any) -> None:
        # Histories and the new / deleted lists still show the flushed changes here.
        self._flushed = self._flushed.merged(UnsavedEdits.capture(session))
        self._attempt = None

    def _rolled_back(self, session: Session, previous: Any) -> None:
        # A failed flush rolls back inside the session, which is then inactive until its
        # owner rolls back: the edits are kept for that owner (``rollback_keeping_edits``).
        # A savepoint's rollback (``conflicts``) leaves the transaction and its edits too.
        if session.is_active and not previous.nested:
            self._forget()

    def _forget(self, *_args: Any) -> None:
        self._flushed = UnsavedEdits()
        self._attempt = None
        self._loaded = {}

    def pending(self) -> UnsavedEdits:
        """Every edit of the current transaction, flushed or not (or in a failed flush)."""
        held = self._flushed if self._attempt is None else self._flushed.merged(self._attempt)
        return held.merged(UnsavedEdits.capture(self.session))

    def rollback_keeping_edits(self) -> UnsavedEdits:
        """Roll the failed transaction back, then set its edits again (unflushed)."""
        edits = self.pending()
        self.session.rollback()
        edits.restore(self.session)
        return edits

    def rollback_keeping_loaded(self) -> UnsavedEdits:
        """``rollback_keeping_edits`` that also keeps what the session had read
        (``keep_loaded``: taken before each flush, as a failed flush already expires all).

        A rollback expires every object, so the next look at any of them reads the
        database again. On a server that went away, that next look (the outline painting
        itself) would fail, again and again, until it is back. Here the values read before
        the failed transaction are put back as read (``set_committed_value``), then the
        edits on top: the window goes on showing and taking typing while the server is
        away. Each object is noted at the first flush of the transaction, so an edited
        row keeps the version it was read at (not one the failed transaction counted):
        the retry's UPDATE still meets anyone else's newer change as a conflict.
        """
        edits = self.pending()
        self.rollback_to_loaded(edits)
        edits.restore(self.session)
        return edits

    def rollback_to_loaded(self, edits: UnsavedEdits) -> None:
        """Roll back and put back what the session had read (``keep_loaded``), but not the
        ``edits`` (``pending()``, taken before): the caller sets them again (``restore``),
        after reading some rows anew (a stale save, ``conflicts``). Their edited columns
        stay unloaded until then."""
        changed = {(id(obj), key) for obj, key, _value in edits.changed}
        loaded = list(self._loaded.values())  # the rollback forgets them (``_forget``)
        self.session.rollback()
        # Columns and links first, lists after: an ordering list reads its members'
        # positions as it is filled.
        kept: list[tuple[Any, dict[str, Any]]] = []
        for obj, values in loaded:
            if obj not in self.session:
                continue
            state = inspect(obj)
            scalars = {key: value for key, value in values.items()
                       if not isinstance(value, list) and (id(obj), key) not in changed}
            # What ``set_committed_value`` does for a column or a link, once for the
            # object's lot rather than once per attribute (a save meeting a conflict puts
            # back every object a window holds: per attribute, it was most of its time).
            state.dict.update(scalars)
            state._commit(state.dict, scalars)
            kept.append((obj, values))
        for obj, values in kept:
            for key, value in values.items():
                if isinstance(value, list):  # edited or not: an edited list is set again by ``restore``
                    set_committed_value(obj, key, list(value))

    def _snapshot_loaded(self, session: Session) -> None:
        """Note what each object holds as read from the database (before this flush).

        Run before every save of a window on a server, over every object it holds: kept
        to dictionary operations (the attribute keys of a class are computed once)."""
        loaded = self._loaded
        for state in list(session.identity_map.all_states()):
            obj = state.obj()
            if obj is None or id(obj) in loaded:
                continue
            manager = state.manager
            keys = _ATTRIBUTE_KEYS.get(manager)
            if keys is None:
                keys = _ATTRIBUTE_KEYS[manager] = frozenset(manager)
            current = state.dict
            values = {key: current[key] for key in keys.intersection(current)}
            committed = state.committed_state
            for key in committed.keys() & values.keys():  # changed since read: the value read
                value = committed[key]
                if value is NO_VALUE or value is NEVER_SET:
                    del values[key]
                else:
                    values[key] = value
            for key, value in values.items():
                if isinstance(value, (list, set)):
                    values[key] = list(value)
            loaded[id(obj)] = (obj, values)

    def detach(self) -> None:
        for name, listener in (("before_commit", self._before_commit), ("before_flush", self._before_flush),
                               ("after_flush", self._after_flush),
                               ("after_commit", self._forget), ("after_soft_rollback", self._rolled_back)):
            if event.contains(self.session, name, listener):
                event.remove(self.session, name, listener)


def write_copy(workspace: Workspace, target: Path, edits: UnsavedEdits) -> Path:
    """Write the committed workspace plus ``edits`` to ``target`` (atomic: a complete
    file or none), without committing anything to the workspace itself."""
    target = Path(target)
    tmp = _write_temporary(workspace.engine, target.parent, target.name)
    try:
        copy = Workspace.open(tmp, readonly_lock=True, read_only=False)
        try:
            session = copy.session
            with session.no_autoflush:
                for obj in edits.objects():
                    session.merge(obj)
                for obj in edits.deleted:
                    identity = inspect(obj).identity
                    found = session.get(type(obj), identity) if identity else None
                    if found is not None:
                        session.delete(found)
            copy.commit()
        finally:
            copy.close()
        con = sqlite3.connect(tmp)  # the copy stands alone: no WAL beside it
        try:
            con.execute("PRAGMA journal_mode=DELETE")
        finally:
            con.close()
        for sidecar in sidecar_files(target):
            sidecar.unlink(missing_ok=True)
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, *sidecar_files(tmp)):
            leftover.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)
    return target
