"""The undo stack's side of edits: one ``QUndoCommand`` wrapping a model edit.

What an edit means (what deleting an action takes with it, where a row goes back)
lives in ``mesdesk.model.edits``, free of Qt. This adapter only applies or reverts
the edit on the open document's session, then saves at once and tells the pages
(``Document.commit_edit``: the outline rebuilds after a structural edit).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from mesdesk.gui.document import Document
from mesdesk.model.edits import Edit


class EditCommand(QUndoCommand):
    """An undoable model edit; ``text`` is what Edit › Annuler shows."""

    def __init__(self, doc: Document, edit: Edit, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.edit = edit

    def redo(self) -> None:
        self.edit.apply(self.doc.session)
        self.doc.commit_edit(self.edit.structural)

    def undo(self) -> None:
        self.edit.revert(self.doc.session)
        self.doc.commit_edit(self.edit.structural)


def push_edit(doc: Document, edit: Edit, text: str) -> EditCommand:
    """Apply ``edit`` through the document's undo stack; returns the command pushed."""
    command = EditCommand(doc, edit, text)
    doc.undo_stack.push(command)
    return command
