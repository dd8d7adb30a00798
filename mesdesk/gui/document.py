"""The open workspace as the GUI sees it: which report is shown, saving, undo.

One ``Document`` per open workspace file. Widgets never commit on their own: they
write into the ORM objects and ask the document to save, so "saved at 14:32" in the
status bar is always true. Structural edits go through ``undo_stack``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from mesdesk.model.edits import Edit
from mesdesk.model.entities import Convention, Report
from mesdesk.store.changes import Change, is_server
from mesdesk.store.conflicts import Conflict, ConflictRetry, SharedSession
from mesdesk.store.errors import WorkspaceError
from mesdesk.store.failures import cause_of
from mesdesk.store.identity import author_name, new_client_id
from mesdesk.store.preload import load_whole_workspace, read_again_if_rolled_back
from mesdesk.store.remote import read_changes_again
from mesdesk.store.structure_conflicts import Outcome, run_edit, unwatch, watch
from mesdesk.store.unsaved import EditTracker, write_copy
from mesdesk.store.workspace import Workspace

# The pause after the last keystroke before an edit is written: long enough not to
# write on every key.
AUTOSAVE_DELAY_MS = 800
# Someone typing steadily never pauses 800 ms: an edit is written at most this long
# after it was made, whatever the typing (the file then lags the screen by < 2 s).
AUTOSAVE_MAX_DELAY_MS = 1500
# After a failed save (disk full, file made read-only…) the edits stay pending and the
# save is tried again this often until it succeeds.
RETRY_DELAY_MS = 3000

log = logging.getLogger(__name__)


class Document(QObject):
    """An open workspace, its current report, autosave and the structural undo stack."""

    saved = Signal(object)  # datetime.datetime of the save
    saveFailed = Signal(str, str)  # the cause (store.failures.cause_of) and a technical message
    structureChanged = Signal()  # axes or actions added, removed, moved or renamed
    dataEdited = Signal()  # any undoable edit: pages re-read the fields they show
    reportChanged = Signal()  # another year's report is now the current one
    # Shared server (``store.conflicts``): saves that met others' newer changes, and
    # others' changes heard (``store.changes``). Pages re-read what they show after both.
    conflictsFound = Signal(list)  # list[Conflict]
    remoteChanged = Signal(list)  # list[Change]; empty: anything may have changed
    contentEdited = Signal()  # a keystroke or any edit waiting for the autosave (presence: « is typing »)
    # An undoable edit that met someone's newer change (``store.structure_conflicts``):
    # refused, needless (already deleted) or done again on the newer rows. Its conflicts,
    # if any, go through ``conflictsFound`` instead.
    editCollided = Signal(object)  # structure_conflicts.Outcome

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._writers: list[Callable[[], bool]] = []
        self._dirty = False
        self.last_saved: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(AUTOSAVE_MAX_DELAY_MS)
        self._deadline.timeout.connect(self.save_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self.save_now)
        # Why the last save failed (None: the file holds everything that was saved).
        self.save_error: str | None = None
        # A file opened read-only (no write permission, a CD…): nothing is ever written.
        self.read_only: bool = bool(getattr(workspace, "read_only", False))
        self._tracker = EditTracker(workspace.session, keep_loaded=is_server(workspace.engine))
        # Every save goes through it: on a file it only stamps who changed what; on a
        # server it also turns a save over someone's newer change into conflicts.
        self.sharing = SharedSession(workspace.session, self._tracker, author_name(), new_client_id())
        # Two writers adding at the end of one list then meet on its owner's row.
        watch(workspace.session)
        # Conflicts waiting for the user's choice (the window shows them).
        self.conflicts: list[Conflict] = []
        # One idle connection held open while the document is: the session's connection
        # is then never the last one, so its close after each autosave is not a WAL
        # checkpoint with an fsync (3/4 of a save's time) — autosaves stay short enough
        # to run between two keystrokes. Checkpoints still happen: SQLite's automatic
        # ones, and the full one when the workspace closes.
        self._keeper = None if self.read_only else workspace.engine.raw_connection()
        if self.read_only:
            # Nothing may reach the file, not even an object a page creates to show an
            # empty text: no autoflush (the store refuses any flush of a read-only file).
            workspace.session.autoflush = False
        if is_server(workspace.engine):  # pages never shown still open when the server is away
            load_whole_workspace(workspace.session)
        self.convention: Convention | None = workspace.current_convention()
        reports = self.convention.reports if self.convention else []
        self.report: Report | None = max(reports, key=lambda r: r.year) if reports else None

    # -- identity ---------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.workspace.path

    @property
    def session(self):  # noqa: ANN201 - SQLAlchemy Session
        return self.workspace.session

    def set_report(self, report: Report) -> None:
        if report is self.report:
            return
        self.save_now()
        self.report = report
        self.reportChanged.emit()

    def switch_to(self, convention: Convention | None, report: Report | None) -> None:
        """Show another convention and report after a change made outside the undo stack
        (a Word import may create both, or rewrite the current ones in place).

        The undo stack is cleared (its commands may hold objects the change replaced);
        ``structureChanged`` then ``reportChanged`` are emitted even when the objects are
        the same, so every view re-reads them. The one place that sets ``convention`` and
        ``report`` from outside: nobody else assigns them.
        """
        self.undo_stack.clear()
        self.convention = convention
        self.structureChanged.emit()
        if report is not None:
            self.report = None  # force the switch even if it is the same object
            self.set_report(report)

    # -- autosave ---------------------------------------------------------------------
    def add_writer(self, writer: Callable[[], bool]) -> None:
        """Register a function that writes pending widget edits into the ORM.

        It returns True when it changed something. Writers run before each save.
        """
        self._writers.append(writer)

    def remove_writer(self, writer: Callable[[], bool]) -> None:
        if writer in self._writers:
            self._writers.remove(writer)

    def schedule_save(self) -> None:
        """An edit happened: save after a short pause (restarted by each new edit), and
        at the latest AUTOSAVE_MAX_DELAY_MS after the first edit not yet saved."""
        if self.read_only:  # nothing can be written: nothing is pending either
            return
        self._dirty = True
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()
        self.contentEdited.emit()

    def mark_dirty(self) -> None:
        if not self.read_only:
            self._dirty = True

    @property
    def save_pending(self) -> bool:
        return self._timer.isActive() or self._deadline.isActive()

    @property
    def unsaved(self) -> bool:
        """Edits exist that the file does not hold (a save failed, or is waiting)."""
        return not self.read_only and (self._dirty or self.save_error is not None)

    def save_now(self) -> bool:
        """Write pending edits and commit; True when the file is up to date.

        When the commit fails nothing is lost: the edits are set again in the model,
        stay pending, and the save is retried every RETRY_DELAY_MS, on a node switch
        and at close.
        """
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        if self.workspace.closed:
            return False
        if self.read_only:  # every field is read-only: there is nothing to write, and no attempt
            return True
        for writer in list(self._writers):
            if writer():
                self._dirty = True
        if not self._dirty and self.save_error is None:
            return True
        try:
            conflicts = self.sharing.commit()
        except (SQLAlchemyError, OSError, WorkspaceError, ConflictRetry) as exc:
            if self.save_error is None:  # once per failure, not at every retry
                log.error("Save of %s failed: %s", self.path.name, exc.__cause__ or type(exc).__name__)
            self._keep_edits_after(exc)
            return False
        self._dirty = False
        self.save_error = None
        read_again_if_rolled_back(self.session)  # a conflict or an outage expired the rows
        self.last_saved = dt.datetime.now()
        self.saved.emit(self.last_saved)
        if conflicts:
            self.conflicts.extend(conflicts)
            self.conflictsFound.emit(conflicts)
        return True

    # -- others' changes (a shared server) --------------------------------------------
    def apply_remote(self, changes: list[Change]) -> None:
        """Others changed rows: write what is typed here first (a clash then becomes a
        conflict, never a loss), then read the changed rows again,
        and tell the pages. ``changes`` empty: anything may have changed (a reconnection)."""
        if self.workspace.closed:
            return
        self.save_now()
        if self.save_error is not None:
            return  # edits are pending: re-reading now could not keep them apart
        read_changes_again(self.session, changes)
        self.remoteChanged.emit(changes)

    def resolve(self, conflict: Conflict, value: object) -> None:
        """The user's choice for a conflict: ``value`` is written over their version (mine,
        or a hand merge); keeping theirs writes nothing. A newer change meanwhile is a new
        conflict."""
        if conflict in self.conflicts:
            self.conflicts.remove(conflict)
        if value is not None or conflict.deleted_by_me:
            self.sharing.resolve(conflict, value)
            self._dirty = True
            self.save_now()
        self.dataEdited.emit()

    def _keep_edits_after(self, exc: BaseException) -> None:
        self._dirty = True
        try:
            if is_server(self.workspace.engine):
                # Nothing may be read again from a server that may be away (``unsaved``).
                self._tracker.rollback_keeping_loaded()
            else:
                self._tracker.rollback_keeping_edits()
        except SQLAlchemyError:  # the rollback itself failed: the session still holds the edits
            pass
        self.save_error = cause_of(exc, self.path.parent)
        self._retry.start()
        self.saveFailed.emit(self.save_error, str(getattr(exc, "orig", None) or exc.__cause__ or exc))

    def discard_unsaved(self) -> None:
        """Give up the edits the file could not take (the user chose to quit without them)."""
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        for writer in list(self._writers):
            writer()  # what the pages still hold goes into the session, then away with it
        if not self.workspace.closed:
            self.workspace.rollback()
        self._dirty = False
        self.save_error = None

    def save_copy(self, target: Path) -> Path:
        """Write a copy of the workspace holding everything shown, saved or not.

        While the file itself cannot be written, the copy gets the saved state plus
        the pending edits; those stay pending in this workspace (retried as usual).
        """
        if self.save_now():  # (always, read-only: nothing pending)
            return self.workspace.save_copy(target)
        return write_copy(self.workspace, target, self._tracker.pending())

    def run_edit(self, step: Callable[[Session], None], edit: Edit, forward: bool = True, label: str = "") -> Outcome:
        """Apply or revert an undoable edit (``step``, named ``label`` in messages).

        ``applied`` and no conflicts: done, and the caller commits it. Otherwise it met
        someone's newer change: refused (the session holds the server's rows now, the views
        are told to read them again and the refusal is signalled), or merged into the save
        like typing (committed here, its conflicts signalled): either way it is no step to
        undo. Other failures propagate."""
        outcome: Outcome = run_edit(self.sharing, step, edit, forward)
        outcome.label = label
        if outcome.tries > 1 or not outcome.applied:
            what = ("merged" if outcome.applied and outcome.conflicts else "done again" if outcome.applied
                    else "refused" if outcome.refused else "conflicts" if outcome.conflicts else "row gone")
            log.info("%s met a newer change on the server (%d tries): %s", type(edit).__name__, outcome.tries, what)
        if outcome.applied:
            if outcome.conflicts:  # merged: saved as typing is, what both changed left to the user
                self.commit_edit(edit.structural)
                self.conflicts.extend(outcome.conflicts)
                self.conflictsFound.emit(outcome.conflicts)
            elif outcome.tries > 1:
                self.editCollided.emit(outcome)
            return outcome
        read_again_if_rolled_back(self.session)  # on a server: every page readable offline again
        # The views first (the outline shows the server's rows again), then the words.
        self.structureChanged.emit()
        self.dataEdited.emit()
        if outcome.conflicts:
            self.conflicts.extend(outcome.conflicts)
            self.conflictsFound.emit(outcome.conflicts)
        else:
            self.editCollided.emit(outcome)
        return outcome

    def commit_edit(self, structural: bool = False) -> None:
        """Called by undo commands after they changed the model: save at once."""
        self._dirty = True
        self.save_now()
        if structural:
            self.structureChanged.emit()
        self.dataEdited.emit()

    def close(self) -> None:
        """Save everything and release the file (the caller has dealt with a failed save:
        what is still unsaved now is given up rather than half-written)."""
        if not self.save_now() and not self.workspace.closed:
            self.workspace.rollback()
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        self._writers.clear()
        self.undo_stack.clear()
        self.sharing.detach()
        unwatch(self.session)
        self._tracker.detach()
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None
        try:
            self.workspace.close()
        except (SQLAlchemyError, OSError, WorkspaceError) as exc:  # e.g. the WAL checkpoint on a full disk
            # The WAL beside the file still holds every committed edit: SQLite reads it
            # back at the next opening. Say so, but do not die on the way out.
            self.saveFailed.emit(cause_of(exc, self.path.parent), str(getattr(exc, "orig", None) or exc))
