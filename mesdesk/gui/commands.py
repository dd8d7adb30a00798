"""The undo stack's side of edits: one ``QUndoCommand`` wrapping a model edit.

What an edit means (what deleting an action takes with it, where a row goes back)
lives in ``mesdesk.model.edits``, free of Qt. This adapter only applies or reverts
the edit on the open document's session, then saves at once and tells the pages
(``Document.commit_edit``: the outline rebuilds after a structural edit).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from mesdesk.gui.document import Document
from mesdesk.model.edits import Edit
from mesdesk.store.conflicts import ConflictRetry
from mesdesk.store.failures import cause_of
from mesdesk.store.structure_conflicts import Outcome

log = logging.getLogger(__name__)


class EditCommand(QUndoCommand):
    """An undoable model edit; ``text`` is what Édition › Annuler shows."""

    def __init__(self, doc: Document, edit: Edit, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.edit = edit
        # Whether the last redo or undo was done (False: a failed save, or on a server a
        # newer change of someone else's stood in the way: ``Document.run_edit``).
        self.done = False

    def redo(self) -> None:
        self._run(self.edit.apply, True)

    def undo(self) -> None:
        self._run(self.edit.revert, False)

    def _run(self, step: Callable[[Session], None], forward: bool) -> None:
        outcome = run_step(self.doc, step, self.edit, forward, self.text())
        self.done = outcome is not None and outcome.applied
        if outcome is None or not outcome.applied or outcome.conflicts:
            # Nothing was done (a failed save, or someone's newer change stood in the way),
            # or it was merged with theirs: told by the document's signals, nothing to undo.
            self.setObsolete(True)
            return
        self.doc.commit_edit(self.edit.structural)


def run_step(doc: Document, step: Callable[[Session], None], edit: Edit, forward: bool, label: str) -> Outcome | None:
    """Do one step of an undo command (``Document.run_edit``); None when the server or the
    file refused the write: rolled back and told as a failed save, not an unexpected error."""
    try:
        return doc.run_edit(step, edit, forward, label)
    except (SQLAlchemyError, ConflictRetry) as exc:
        # The edit writes (flushes) as it goes: a refused write is a failed save.
        log.error("Save of %s failed during an edit: %s", doc.path.name, exc.__cause__ or type(exc).__name__)
        doc.workspace.rollback()
        doc.saveFailed.emit(cause_of(exc), str(exc.__cause__ or exc))
        return None


def push_edit(doc: Document, edit: Edit, text: str) -> EditCommand:
    """Do ``edit`` as one step of the document's undo stack (saved at once)."""
    command = EditCommand(doc, edit, text)
    doc.undo_stack.push(command)
    return command
