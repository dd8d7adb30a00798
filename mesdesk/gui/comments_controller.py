"""Review comments as the window handles them (``window.side.comments``).

Adding one on the words selected in a text (« Ajouter un commentaire », Ctrl+Alt+M: the
body is typed in the comments panel, then the marks and the row are one undo step),
replying, resolving or reopening, changing the body, deleting (each one undo step);
which comment is the current one; how the editors draw the ranges (``CommentLook``).
The panel (``comments_panel.py``) shows what this holds and calls it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor

from mesdesk.gui.commands import EditCommand, push_edit
from mesdesk.gui.comment_commands import TextCommentCommand, TextPlace, editor_for, routes_to_stack
from mesdesk.gui.pages.action_page import ActionPage
from mesdesk.gui.pages.text_page import TextPage
from mesdesk.gui.richtext.comment_marks import CommentLook, has_text, set_comment
from mesdesk.gui.richtext.editor import RichTextEdit
from mesdesk.model.edits import AddComment, AddReply, DeleteComment, SetCommentBody, SetCommentResolved
from mesdesk.model.edits.refs import find
from mesdesk.model.entities import Action, Report, new_uid
from mesdesk.model.review import Comment

if TYPE_CHECKING:
    from mesdesk.gui.document import Document
    from mesdesk.gui.main_window import MainWindow


@dataclass
class PendingComment:
    """Words chosen with Ctrl+Alt+M, waiting for the comment's body (the cursor follows
    any typing meanwhile)."""

    edit: RichTextEdit
    place: TextPlace
    cursor: QTextCursor

    def quote(self) -> str:
        return self.cursor.selectedText().replace("\u2029", "\n").replace("\ufffc", "")


def comment_place(comment: Comment) -> TextPlace:
    top = comment.parent or comment
    return TextPlace(top.report, top.action, top.field)


class CommentsController(QObject):
    changed = Signal()  # the report's comments changed, or another report or workspace is shown
    currentChanged = Signal(object)  # the current comment's uid, or None
    composeRequested = Signal(object)  # a PendingComment: the panel opens its editor for the body

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.current: str | None = None
        self.show_resolved = False
        self.pending: PendingComment | None = None
        self._doc: Document | None = None
        self._pages_connected = False
        window.documentReplaced.connect(self.attach)

    # -- the document -------------------------------------------------------------------------
    def attach(self, doc: "Document") -> None:
        """Follow ``doc`` (the window shows another workspace, or this one first)."""
        old = self._doc
        if old is not None and shiboken6.isValid(old):
            for signal, slot in ((old.dataEdited, self._data_changed), (old.reportChanged, self._report_changed),
                                 (old.saved, self._saved)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self._doc = doc
        # The undo commands reach the window through the document (it outlives a window
        # rebuilt for another language): ``comment_commands.editor_for``.
        doc.comment_host = self.window  # type: ignore[attr-defined]  # set here, read by editor_for
        doc.dataEdited.connect(self._data_changed)
        doc.reportChanged.connect(self._report_changed)
        doc.saved.connect(self._saved)
        if not self._pages_connected:
            self.window.pages.currentChanged.connect(lambda _index: self.update_looks())
            self._pages_connected = True
        self.current = None
        self.pending = None
        self._data_changed()

    def _data_changed(self) -> None:
        self.update_looks()
        self.changed.emit()

    def _report_changed(self) -> None:
        self.current = None
        self.pending = None
        self._data_changed()

    def _saved(self, _when: object) -> None:
        # The typing just saved may have deleted a comment's words (it is then detached).
        self.changed.emit()

    @property
    def doc(self) -> "Document":
        return self.window.doc

    def report(self) -> Report | None:
        doc = self.doc
        return None if doc.workspace.closed else doc.report

    def comment(self, uid: str | None) -> Comment | None:
        report = self.report()
        if uid is None or report is None:
            return None
        return next((c for c in report.comments if c.uid == uid), None)

    # -- how the ranges look ------------------------------------------------------------------
    def looks(self) -> dict[str, CommentLook]:
        report = self.report()
        out: dict[str, CommentLook] = {}
        current = self.comment(self.current)
        current_top = (current.parent or current).uid if current is not None else None
        for comment in report.comments if report is not None else []:
            if comment.parent is not None or (comment.resolved and not self.show_resolved):
                continue
            if comment.uid == current_top:
                out[comment.uid] = CommentLook.CURRENT
            elif not comment.resolved:
                out[comment.uid] = CommentLook.OPEN
            elif self.show_resolved:
                out[comment.uid] = CommentLook.RESOLVED
        return out

    def update_looks(self) -> None:
        if self.window.closed:
            return
        looks = self.looks()
        for edit in self.window.pages.findChildren(RichTextEdit):
            edit.setCommentLooks(looks)
            if edit.undoRouter is None:
                edit.undoRouter = self._routes
                edit.cursorPositionChanged.connect(lambda edit=edit: self._cursor_moved(edit))

    def _cursor_moved(self, edit: RichTextEdit) -> None:
        """As in Word: the cursor in the words of a comment selects it in the panel."""
        if not edit.hasFocus() or edit.textCursor().hasSelection() or not edit.commentLooks():
            return
        uids = [uid for uid in edit.commentsUnderCursor() if uid in edit.commentLooks()]
        if uids and self.current not in uids:
            self.set_current(uids[0])

    def _routes(self, document: object, redo: bool) -> bool:
        return routes_to_stack(self.doc.undo_stack, document, redo)  # type: ignore[arg-type]  # a QTextDocument

    def set_current(self, uid: str | None) -> None:
        if uid != self.current:
            self.current = uid
            self.update_looks()
            self.currentChanged.emit(uid)

    def set_show_resolved(self, shown: bool) -> None:
        self.show_resolved = shown
        self.update_looks()
        self.changed.emit()

    # -- where an editor is -------------------------------------------------------------------
    def target(self) -> RichTextEdit | None:
        """The page's text the formatting toolbar acts on, if a comment can go there."""
        edit = self.window.formatToolBar.editor()
        if edit is None or not shiboken6.isValid(edit) or edit.isInlineOnly() or edit.isReadOnly():
            return None
        page = self.window.current_page()
        return edit if page is not None and page.isAncestorOf(edit) else None

    def place_of(self, edit: RichTextEdit) -> TextPlace | None:
        page = self.window.current_page()
        if isinstance(page, ActionPage) and page.action is not None and self.doc.report is not None:
            for name, editor in page.editors.items():
                if editor.textEdit() is edit:
                    return TextPlace(self.doc.report, page.action, name)
        if isinstance(page, TextPage) and page.editor.textEdit() is edit and page._report is not None:
            return TextPlace(page._report, None, page.field)
        return None

    # -- adding ---------------------------------------------------------------------------------
    def request_add(self) -> None:
        """Ctrl+Alt+M: the words selected get a comment, whose body is typed in the panel."""
        self.request_add_on(self.target())

    def request_add_on(self, edit: RichTextEdit | None) -> None:
        """A comment on the words selected in ``edit`` (a text of the current page)."""
        if self.doc.read_only:
            return
        place = self.place_of(edit) if edit is not None else None
        if edit is None or place is None:
            self.window.show_message(self.tr("Placez d'abord le curseur dans un texte du bilan."))
            return
        cursor = edit.textCursor()
        if not cursor.hasSelection() or not has_text(edit.document(), cursor.selectionStart(), cursor.selectionEnd()):
            self.window.show_message(self.tr("Sélectionnez d'abord les mots à commenter."))
            return
        self.pending = PendingComment(edit, place, QTextCursor(cursor))
        self.composeRequested.emit(self.pending)

    def cancel_add(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None and shiboken6.isValid(pending.edit):
            pending.edit.setFocus()

    def add(self, body: str, now: dt.datetime | None = None) -> str | None:
        """The pending comment with ``body``: marks and row in one undo step. Its uid, or
        None when its words are gone meanwhile."""
        pending, self.pending = self.pending, None
        if pending is None or not shiboken6.isValid(pending.edit):
            return None
        edit, cursor, place = pending.edit, pending.cursor, pending.place
        document = edit.document()
        if cursor.document() is not document or not cursor.hasSelection():
            self.window.show_message(self.tr("Les mots choisis ne sont plus là : commentaire non ajouté."))
            return None
        doc = self.doc
        doc.save_now()  # the text as typed is the model's before it is marked
        session = doc.session
        report = place.report.resolve(session)
        action = find(session, Action, place.action_uid) if place.action_uid else None
        spans = [(cursor.selectionStart(), cursor.selectionEnd())]
        uid = new_uid()
        before = document.availableUndoSteps()
        if not set_comment(document, spans, uid, True):
            return None
        after = document.availableUndoSteps()
        edit_ = AddComment.with_text(report, action, place.field, edit.richText(), uid, self.author(), body.strip(),
                                     now or dt.datetime.now(dt.UTC))
        command = TextCommentCommand(doc, edit_, self.tr("Ajouter un commentaire"), place, uid, True, document, spans,
                                     before, after)
        self.current = uid
        doc.undo_stack.push(command)
        self.currentChanged.emit(uid)
        # Back in the text, after the words: typing goes on, Ctrl+Z there takes the comment back.
        end = QTextCursor(document)
        end.setPosition(spans[-1][1])
        edit.setTextCursor(end)
        edit.setFocus()
        return uid

    def author(self) -> str:
        return self.window.settings.comment_author

    # -- the other edits --------------------------------------------------------------------------
    def reply(self, parent: Comment, body: str, now: dt.datetime | None = None) -> None:
        top = parent.parent or parent
        push_edit(self.doc, AddReply(top, self.author(), body.strip(), now or dt.datetime.now(dt.UTC)),
                  self.tr("Répondre au commentaire"))

    def set_resolved(self, comment: Comment, resolved: bool) -> None:
        top = comment.parent or comment
        label = self.tr("Résoudre le commentaire") if resolved else self.tr("Rouvrir le commentaire")
        push_edit(self.doc, SetCommentResolved(top, resolved), label)

    def set_body(self, comment: Comment, body: str) -> None:
        if body.strip() != comment.body:
            push_edit(self.doc, SetCommentBody(comment, body.strip()), self.tr("Modifier le commentaire"))

    def delete(self, comment: Comment) -> None:
        """Delete a comment with its replies and marks (a reply: itself), one undo step."""
        doc = self.doc
        uid = comment.uid
        label = self.tr("Supprimer la réponse") if comment.parent is not None else self.tr("Supprimer le commentaire")
        if self.current == uid:
            self.current = None
        doc.save_now()  # the typing is in the model: whether the words are still there is known
        command: EditCommand | TextCommentCommand
        if comment.parent is not None or comment.is_detached():
            command = push_edit(doc, DeleteComment(comment), label)
        else:
            place = comment_place(comment)
            edit = editor_for(doc, place)  # may show another page: saves what was typed there
            if edit is None:
                command = push_edit(doc, DeleteComment(comment), label)
            else:
                model_edit = DeleteComment(comment)
                document = edit.document()
                spans = edit.commentSpans(uid)
                before = document.availableUndoSteps()
                set_comment(document, spans, uid, False)
                command = TextCommentCommand(doc, model_edit, label, place, uid, False, document, spans, before,
                                             document.availableUndoSteps())
                doc.undo_stack.push(command)
        if command.done:  # not refused on a shared server (told then), nor a failed save
            self.window.show_message(self.tr("Commentaire supprimé — Ctrl+Z pour l'annuler"))

    # -- going to a comment -----------------------------------------------------------------------------
    def open_comment(self, uid: str, focus: bool = True) -> bool:
        """Show the comment's text with its words selected; False when they are gone."""
        comment = self.comment(uid)
        if comment is None:
            return False
        top = comment.parent or comment
        edit = editor_for(self.doc, comment_place(top))
        if edit is None:
            return False
        spans = edit.commentSpans(top.uid)
        if spans:
            cursor = QTextCursor(edit.document())
            cursor.setPosition(spans[0][0])
            cursor.setPosition(spans[-1][1], QTextCursor.MoveMode.KeepAnchor)
            edit.setTextCursor(cursor)
            edit.ensureCursorVisible()
        if focus:
            edit.setFocus()
        return bool(spans)


def comment_time(comment: Comment) -> dt.datetime:
    """When the comment was made, in local time (stored in UTC)."""
    return comment.created_at.replace(tzinfo=dt.UTC).astimezone()

