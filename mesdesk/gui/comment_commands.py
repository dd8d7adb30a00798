"""Undo commands for review comments whose marks sit in a text (adding one, deleting one).

A comment is a row and marks in a text (``mesdesk.model.edits.comments``). The text
shown in an editor belongs to that editor's own undo history (Ctrl+Z in a text undoes
the typing), so a command that moves marks does it in two coordinated halves:

* the marks change in the editor's QTextDocument, as ONE step of the text's own undo
  history (so the typing before it can still be undone, and the range keeps following
  the text);
* the rows change through the model edit, on the document's undo stack.

Ctrl+Z in that text right after adding a comment undoes both at once: the window routes
the key to the stack when the text's last step is the command's (``routes_to_stack``),
and the command then undoes the text's step itself. From anywhere else (the comments
panel) Ctrl+Z undoes the command the same way; when the text was typed in since, the
marks are taken off (or put back) on the ranges, which followed the typing.

After each half the model's text is the editor's text: the model edit's own snapshot of
the text could be older than what was typed since.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtGui import QTextCursor, QTextDocument, QUndoCommand, QUndoStack

from mesdesk.gui.commands import run_step
from mesdesk.gui.richtext.comment_marks import set_comment
from mesdesk.model.edits import Edit
from mesdesk.model.edits.refs import Ref, ref
from mesdesk.model.entities import Action, Report
from mesdesk.store.structure_conflicts import Outcome

if TYPE_CHECKING:
    from mesdesk.gui.document import Document
    from mesdesk.gui.richtext.editor import RichTextEdit


class TextPlace:
    """Where a comment's text is: the report, the action (None: préambule, conclusion), the field."""

    def __init__(self, report: Report, action: Action | None, field: str) -> None:
        self.report = ref(report)
        self.action_uid = action.uid if action is not None else None
        self.text: Ref = ref(report if action is None else report.text_for(action))
        self.field = field

    @property
    def node(self) -> tuple[str, ...]:
        """The outline key of the page showing the text."""
        return ("action", self.action_uid) if self.action_uid else (self.field,)

    def value(self, session: Any) -> Any:
        return getattr(self.text.resolve(session), self.field)

    def set_value(self, session: Any, value: Any) -> None:
        setattr(self.text.resolve(session), self.field, value)


def editor_for(doc: "Document", place: TextPlace) -> "RichTextEdit | None":
    """The window's editor showing the text of ``place``, brought into view; None when the
    text is not in the report shown (or no window shows the document)."""
    host = getattr(doc, "comment_host", None)
    if host is None or not shiboken6.isValid(host) or getattr(host, "closed", False):
        return None
    report = doc.report
    if report is None or report is not place.report.resolve(doc.session):
        return None
    if host.current_key() != place.node and not host.select_key(place.node):
        return None
    page = host.current_page()
    return page.text_edit(place.field) if page is not None else None


class TextCommentCommand(QUndoCommand):
    """Add (``adding``) or delete a comment whose marks are in a text.

    Built after the marks were already changed in ``edit``'s document (``marked``: a step
    was recorded there, between ``steps_before`` and ``steps_after``); the first ``redo``
    only applies the model edit.
    """

    def __init__(self, doc: "Document", edit: Edit, text: str, place: TextPlace, uid: str, adding: bool,
                 document: QTextDocument, spans: list[tuple[int, int]], steps_before: int, steps_after: int) -> None:
        super().__init__(text)
        self.doc = doc
        self.edit = edit
        self.place = place
        self.uid = uid
        self.adding = adding
        self.document = document
        # The ranges as cursors: they follow the typing, for an undo after it.
        self.cursors = []
        for start, end in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.cursors.append(cursor)
        self.marked = steps_after != steps_before
        self.steps_before = steps_before
        self.steps_after = steps_after
        self._first = True
        # Whether the last redo or undo was done (``EditCommand.done``).
        self.done = False

    # -- the text's half ----------------------------------------------------------------------
    def _document_alive(self) -> bool:
        return shiboken6.isValid(self.document)

    def holds_last_step(self, document: QTextDocument, redo: bool = False) -> bool:
        """True when ``document``'s last undo step (``redo``: next redo step) is this command's."""
        if not self.marked or document is not self.document or not self._document_alive():
            return False
        if redo:
            return document.isRedoAvailable() and document.availableUndoSteps() == self.steps_before
        return document.availableUndoSteps() == self.steps_after

    def _spans(self) -> list[tuple[int, int]]:
        return [(c.selectionStart(), c.selectionEnd()) for c in self.cursors if not c.isNull() and c.hasSelection()]

    def _mark(self, edit: "RichTextEdit", on: bool) -> None:
        """Put the marks on (``on``) or off in the editor's document, as one text step."""
        document = edit.document()
        if document is self.document and self.marked:
            if on == self.adding and document.isRedoAvailable() and document.availableUndoSteps() == self.steps_before:
                document.redo()
                return
            if on != self.adding and document.availableUndoSteps() == self.steps_after:
                document.undo()
                return
        # The text was typed in since (or shown anew): mark the ranges, which followed the
        # typing, as a new step of the text's history.
        before = document.availableUndoSteps()
        changed = set_comment(document, self._spans() if document is self.document else [], self.uid, on)
        if changed and on == self.adding:  # the command done again: its step is the text's last
            self.document, self.marked = document, True
            self.steps_before, self.steps_after = before, document.availableUndoSteps()
        else:  # undone by a new step: a later redo marks anew (a stray mark is never saved)
            self.marked = False

    # -- QUndoCommand ---------------------------------------------------------------------------
    def redo(self) -> None:
        if self._first:  # the marks are in the text already, and the text saved before them
            self._first = False
            self._finish(run_step(self.doc, self.edit.apply, self.edit, True, self.text()))
            return
        self._run(editor_for(self.doc, self.place), forward=True)

    def undo(self) -> None:
        self._run(editor_for(self.doc, self.place), forward=False)

    def _run(self, edit: "RichTextEdit | None", forward: bool) -> None:
        self.doc.save_now()  # what is typed is in the model before the rows change
        marks_wanted = forward == self.adding
        before = self.place.value(self.doc.session)
        if edit is not None:
            self._mark(edit, on=marks_wanted)

        def step(session: Any) -> None:
            (self.edit.apply if forward else self.edit.revert)(session)
            if edit is not None:
                self.place.set_value(session, edit.richText())
            else:
                # No editor shows the text (another year's report is shown): the model edit's
                # snapshot is right only if the text has not changed since; otherwise keep
                # the text as it is, the comment detached (with its quote) rather than typing lost.
                after = self.place.value(session)
                bare = before.without_comments({self.uid})
                if not marks_wanted:
                    self.place.set_value(session, bare)
                elif after.without_comments({self.uid}) != bare:
                    self.place.set_value(session, before)
            session.flush()

        self._finish(run_step(self.doc, step, self.edit, forward, self.text()))

    def _finish(self, outcome: Outcome | None) -> None:
        """Save the edit done; one that failed, or met someone's newer change on a server
        (refused, or merged with theirs: ``Document.run_edit`` told it), is no step to undo."""
        self.done = outcome is not None and outcome.applied
        if outcome is not None and outcome.applied and not outcome.conflicts:
            self.doc.commit_edit()
        else:
            self.setObsolete(True)


def routes_to_stack(stack: QUndoStack, document: QTextDocument, redo: bool = False) -> bool:
    """True when Ctrl+Z (``redo``: Ctrl+Maj+Z) in the text of ``document`` should act on the
    stack: its last (next) step there is a comment command's."""
    index = stack.index() if redo else stack.index() - 1
    if not 0 <= index < stack.count():
        return False
    command = stack.command(index)
    return isinstance(command, TextCommentCommand) and command.holds_last_step(document, redo)


def keep_known_comments(rt: Any, report: Report, action: Action | None, field: str) -> Any:
    """``rt`` (the text ``field`` of ``action`` in ``report``; None: the report's own) without
    the marks of comments that are not this text's.

    A text's own undo can bring back characters with the mark of a comment deleted
    since; such a mark must not be saved (a workspace refuses the mark of an unknown
    comment, or of another text's).
    """
    ids = rt.comment_ids()
    if not ids:
        return rt
    own = {c.uid for c in report.comments if c.parent is None and c.field == field and c.action is action}
    unknown = ids - own
    return rt.without_comments(unknown) if unknown else rt
