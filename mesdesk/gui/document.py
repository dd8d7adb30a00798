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

from mesdesk.model.entities import Convention, Report
from mesdesk.store.workspace import Workspace

# The pause after the last keystroke before an edit is written: short enough that text
# is on disk well within 2 s, long enough not to write on every key.
AUTOSAVE_DELAY_MS = 800

log = logging.getLogger(__name__)


class Document(QObject):
    """An open workspace, its current report, autosave and the structural undo stack."""

    saved = Signal(object)  # datetime.datetime of the save
    saveFailed = Signal(str)  # a technical message; the window explains it
    structureChanged = Signal()  # axes or actions added, removed, moved or renamed
    dataEdited = Signal()  # any undoable edit: pages re-read the fields they show
    reportChanged = Signal()  # another year's report is now the current one

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

    def reload_convention(self) -> None:
        """Re-read the current convention after a change that may have replaced it."""
        self.convention = self.workspace.current_convention()

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
        """An edit happened: save after a short pause (restarted by each new edit)."""
        self._dirty = True
        self._timer.start()

    def mark_dirty(self) -> None:
        self._dirty = True

    @property
    def save_pending(self) -> bool:
        return self._timer.isActive()

    def save_now(self) -> bool:
        """Write pending edits and commit; True when the file is up to date."""
        self._timer.stop()
        if self.workspace.closed:
            return False
        for writer in list(self._writers):
            if writer():
                self._dirty = True
        if not self._dirty:
            return True
        try:
            self.workspace.commit()
        except SQLAlchemyError as exc:
            log.error("Save of %s failed: %s", self.path.name, exc.__cause__ or type(exc).__name__)
            self.workspace.rollback()
            self.saveFailed.emit(str(exc.__cause__ or exc))
            return False
        self._dirty = False
        self.last_saved = dt.datetime.now()
        self.saved.emit(self.last_saved)
        return True

    def commit_edit(self, structural: bool = False) -> None:
        """Called by undo commands after they changed the model: save at once."""
        self._dirty = True
        self.save_now()
        if structural:
            self.structureChanged.emit()
        self.dataEdited.emit()

    def close(self) -> None:
        """Save everything and release the file."""
        self.save_now()
        self._writers.clear()
        self.undo_stack.clear()
        self.workspace.close()
