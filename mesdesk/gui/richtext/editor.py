"""The rich-text edit: ``RichTextEdit``, the text area editing one ``RichText`` value.

The edit shows a value through ``to_document.py`` and gives it back through
``from_document.py`` on demand; it never stores Qt HTML. Its undo history is QTextEdit's own (Ctrl+Z inside
the text); loading a value clears it.

Keyboard: Tab / Shift+Tab change a list item's level and move the focus elsewhere
(the app is keyboard driven); Enter on an empty list item climbs a level or leaves
the list, as in a word processor. The formatting shortcuts are the toolbar's; the
edit also answers them itself when no toolbar is around (the footnote popup).

This module holds the value, the marks and the keyboard, mouse and clipboard events;
lists are ``list_controls.py``, links and notes ``link_note_controls.py``, indicator
chips ``chip_controls.py`` (mixins of the edit); the edit with its word count under it
is ``counted_editor.RichTextEditor``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from mesdesk.model.richtext import Paragraph, RichText, Text
from mesdesk.model.richtext_ops import flatten

from .chip_controls import ChipControls
from .clipboard import MIME_RICHTEXT, fill_mime, mime_to_richtext
from .comment_marks import CommentLook, comment_spans, highlight_selections, typing_comments
from .doc_lists import group_kind
from .formats import (
    OBJECT_CHAR,
    Marks,
    char_format,
    comment_uids,
    list_level,
    object_inline,
    read_marks,
    typing_format,
)
from .from_document import document_to_richtext
from .link_note_controls import LinkNoteControls, open_url
from .list_controls import ListControls
from .objects import IndicatorLabeler, IndicatorMissing, footnote_positions, install_object_handlers
from .to_document import insert_richtext, richtext_to_document

# The shortcuts, in one place: the toolbar gives them to its actions, the edit
# answers them when there is no toolbar (the footnote popup is its own window).
SHORTCUTS: dict[str, QKeySequence] = {
    "bold": QKeySequence("Ctrl+B"),
    "italic": QKeySequence("Ctrl+I"),
    "bullet": QKeySequence("Ctrl+Shift+8"),
    "number": QKeySequence("Ctrl+Shift+7"),
    "link": QKeySequence("Ctrl+K"),
    "footnote": QKeySequence("Ctrl+Alt+F"),
    "runin": QKeySequence("Ctrl+Alt+H"),
}

# The longest line of text, in average characters: past ~95 a reader loses the next
# line's start (on a 1920-pixel screen lines ran to some 250 characters).
READABLE_MEASURE = 95


def _key_matches(event: QKeyEvent, sequence: QKeySequence) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch


class RichTextEdit(ListControls, LinkNoteControls, ChipControls, QTextEdit):
    """A text area editing one ``RichText`` value.

    ``inline_only`` makes a one-paragraph field (a footnote's text): no lists, no
    notes, Enter emits ``submitted``.
    """

    contentChanged = Signal()
    """Emitted after each user edit (typing, formatting, paste, undo); not on ``setRichText``."""
    stateChanged = Signal()
    """The formatting at the cursor may have changed (for the toolbar's check marks)."""
    submitted = Signal()
    """Enter pressed in an ``inline_only`` field."""
    documentCreated = Signal(object)
    """A new QTextDocument for a text shown the first time (``showText``): for highlighters."""

    def __init__(self, parent: QWidget | None = None, *, inline_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("richTextEdit")
        self._inline_only = inline_only
        self._loading = False
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        doc = self.document()
        self._footnotes, self._chips = self._prepare_document(doc)
        self._labeler: tuple[IndicatorLabeler | None, IndicatorMissing | None] = (None, None)
        # The texts shown so far by ``showText``: each keeps its own QTextDocument, hence its
        # undo history and cursor, for as long as the edit lives.
        self._texts: dict[Hashable, _KeptText] = {}
        self._text_key: Hashable | None = None
        self.cursorPositionChanged.connect(self.stateChanged)
        self.currentCharFormatChanged.connect(lambda _fmt: self.stateChanged.emit())
        self.selectionChanged.connect(self.stateChanged)
        self.viewport().setMouseTracking(True)  # the pointing hand over links with Ctrl
        # Review comments: how each is drawn (set by the window), redrawn after a pause in typing.
        self._comment_looks: dict[str, CommentLook] = {}
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(150)
        self._highlight_timer.timeout.connect(self.refreshCommentHighlight)
        # Says whether Ctrl+Z (or, with True, Ctrl+Maj+Z) in this document belongs to the
        # window's undo stack rather than to the text (a comment added here: both its
        # marks and its row go back). The key is then left to the window's command.
        self.undoRouter: Callable[[QTextDocument, bool], bool] | None = None

    def _prepare_document(self, doc: QTextDocument) -> tuple[object, object]:
        doc.setDocumentMargin(10.0)
        handlers = install_object_handlers(doc)
        # contentsChange, not contentsChanged: only the latter fires when a highlighter
        # (spelling) redraws, and a redraw is no edit (it must not mark the text unsaved).
        doc.contentsChange.connect(lambda _at, _removed, _added: self._on_contents_changed())
        return handlers

    # -- the measure ------------------------------------------------------------------------
    def resizeEvent(self, e) -> None:  # noqa: N802, ANN001
        super().resizeEvent(e)
        self._cap_measure()

    def _cap_measure(self) -> None:
        """Wrap at a readable width in a wide window, at the window's edge otherwise."""
        margin = 2 * self.document().documentMargin()
        measure = int(self.fontMetrics().averageCharWidth() * READABLE_MEASURE + margin)
        if self.viewport().width() > measure:
            if self.lineWrapMode() != QTextEdit.LineWrapMode.FixedPixelWidth or self.lineWrapColumnOrWidth() != measure:
                self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
                self.setLineWrapColumnOrWidth(measure)
        elif self.lineWrapMode() != QTextEdit.LineWrapMode.WidgetWidth:
            self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

    # -- the value ----------------------------------------------------------------------
    def showText(self, key: Hashable, rt: RichText) -> None:  # noqa: N802
        """Show ``rt`` as the text ``key`` (e.g. an action's narrative in one report).

        A text shown before under the same key comes back with its undo history and its
        cursor, as long as it still holds ``rt`` (else, changed elsewhere, it is reloaded
        and its history starts again). Does not emit ``contentChanged``.
        """
        current = self._texts.get(self._text_key) if self._text_key is not None else None
        if current is not None and current.document is self.document():
            current.cursor = self.textCursor().position()
            current.value = self.richText()
        kept = self._texts.get(key)
        if kept is None:
            doc = QTextDocument(self)  # owned by the edit: kept when another is shown
            doc.setDefaultFont(self.font())
            footnotes, chips = self._prepare_document(doc)
            chips.setLabeler(*self._labeler)  # empty yet: no layout to redo
            kept = _KeptText(doc, footnotes, chips)
            self._texts[key] = kept
            self.documentCreated.emit(doc)
        self._text_key = key
        self._footnotes, self._chips = kept.footnotes, kept.chips
        if self.document() is not kept.document:
            self._loading = True  # swapping documents is no edit
            try:
                self.setDocument(kept.document)
            finally:
                self._loading = False
            self.refreshCommentHighlight()
        if kept.value is not None and kept.value == rt:
            cursor = self.textCursor()
            cursor.setPosition(min(kept.cursor, kept.document.characterCount() - 1))
            self.setTextCursor(cursor)
            self.stateChanged.emit()
            return
        self.setRichText(rt)
        kept.value = rt
        self.refreshCommentHighlight()

    def setRichText(self, rt: RichText) -> None:  # noqa: N802
        """Show ``rt``; clears the undo history and does not emit ``contentChanged``."""
        self._loading = True
        try:
            richtext_to_document(rt, self.document())
        finally:
            self._loading = False
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.setCurrentCharFormat(char_format(Marks()))
        self.document().setModified(False)
        self.refreshCommentHighlight()
        self.stateChanged.emit()

    def richText(self) -> RichText:  # noqa: N802
        return document_to_richtext(self.document())

    def setNoteContent(self, content: tuple[Text, ...]) -> None:  # noqa: N802
        self.setRichText(RichText((Paragraph(content),)) if content else RichText())

    def noteContent(self) -> tuple[Text, ...]:  # noqa: N802
        """The text as a footnote's content: paragraphs joined by a space, text only."""
        return flatten(self.richText())

    def isInlineOnly(self) -> bool:  # noqa: N802
        return self._inline_only

    def _on_contents_changed(self) -> None:
        if self._comment_looks:
            self._highlight_timer.start()
        if not self._loading:
            self.contentChanged.emit()

    # -- review comments ----------------------------------------------------------------------
    def setCommentLooks(self, looks: Mapping[str, CommentLook]) -> None:  # noqa: N802
        """How to draw the comments of the report (a uid not given is not drawn)."""
        looks = dict(looks)
        if looks != self._comment_looks:
            self._comment_looks = looks
            self.refreshCommentHighlight()

    def refreshCommentHighlight(self) -> None:  # noqa: N802
        self._highlight_timer.stop()
        if self._comment_looks or self.extraSelections():
            self.setExtraSelections(highlight_selections(self.document(), self._comment_looks))

    def commentLooks(self) -> dict[str, CommentLook]:  # noqa: N802
        return self._comment_looks

    def commentsUnderCursor(self) -> tuple[str, ...]:  # noqa: N802
        """The comments on the character after the cursor, else on the one before it
        (read from the formats there: nothing is scanned, it runs at each keystroke)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.textCursor().position())
        before = comment_uids(cursor.charFormat()) if not cursor.atBlockStart() else ()
        if cursor.atBlockEnd():
            return before
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return comment_uids(cursor.charFormat()) or before

    def commentSpans(self, uid: str) -> list[tuple[int, int]]:  # noqa: N802
        """The ranges of the comment ``uid`` in the text shown, in order."""
        return comment_spans(self.document()).get(uid, [])

    # -- state at the cursor ----------------------------------------------------------------
    def currentMarks(self) -> Marks:  # noqa: N802
        """The marks shown by the toolbar: of the whole selection, else of the typing position.

        For a selection a mark is on when every selected character has it.
        """
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return read_marks(cursor.charFormat())
        marks = [read_marks(f) for _, _, f in self._text_ranges(cursor)]
        if not marks:
            return Marks()
        hrefs = {m.href for m in marks}
        return Marks(
            bold=all(m.bold for m in marks),
            italic=all(m.italic for m in marks),
            runin=all(m.runin for m in marks),
            href=hrefs.pop() if len(hrefs) == 1 else None,
        )

    def currentListKind(self) -> str | None:  # noqa: N802
        """"bullet" or "number" when the cursor is in a list item, else None."""
        return group_kind(self.textCursor().block())

    def currentListLevel(self) -> int | None:  # noqa: N802
        lst = self.textCursor().currentList()
        return None if lst is None else list_level(lst)

    def footnoteNumbers(self) -> list[int]:  # noqa: N802
        """The numbers the markers show, in document order (for tests and checks)."""
        return [self._footnotes.number_at(p) for p in footnote_positions(self.document())]

    # -- marks ---------------------------------------------------------------------------------
    def _text_ranges(self, cursor: QTextCursor) -> list[tuple[int, int, QTextCharFormat]]:
        """Ranges of the selection with one format each (object characters left out)."""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        ranges: list[tuple[int, int, QTextCharFormat]] = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                it += 1
                lo, hi = max(frag.position(), start), min(frag.position() + frag.length(), end)
                if lo < hi and object_inline(frag.charFormat()) is None and OBJECT_CHAR not in frag.text():
                    ranges.append((lo, hi, frag.charFormat()))
            block = block.next()
        return ranges

    def isEditable(self) -> bool:  # noqa: N802
        return not self.isReadOnly() and self.isEnabled()

    def _change_marks(self, change: Callable[[Marks], Marks]) -> None:
        if not self.isEditable():
            return
        cursor = self.textCursor()
        if not cursor.hasSelection():
            # Like a word processor: the next typed characters get the new marks.
            self.setCurrentCharFormat(char_format(change(self.currentMarks())))
            self.stateChanged.emit()
            return
        ranges = self._text_ranges(cursor)
        cursor.beginEditBlock()
        for lo, hi, fmt in ranges:  # formats re-made whole: colours follow the marks
            c = QTextCursor(self.document())
            c.setPosition(lo)
            c.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            c.setCharFormat(char_format(change(read_marks(fmt))))
        cursor.endEditBlock()
        self.stateChanged.emit()

    def _toggle(self, attribute: str) -> None:
        value = not getattr(self.currentMarks(), attribute)
        changes: dict[str, Any] = {attribute: value}
        self._change_marks(lambda m: replace(m, **changes))

    def toggleBold(self) -> None:  # noqa: N802
        self._toggle("bold")

    def toggleItalic(self) -> None:  # noqa: N802
        self._toggle("italic")

    def toggleRunIn(self) -> None:  # noqa: N802
        """Mark the selection as a run-in sub-heading (``Public visé.`` at a paragraph's start)."""
        self._toggle("runin")

    # -- events ----------------------------------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        kind = e.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if any(_key_matches(e, seq) for seq in SHORTCUTS.values()):
                # Ctrl+K is "delete to end of line" for Qt on Linux: let our action have it.
                e.ignore()
                return True
            if self.undoRouter is not None:
                redo = e.matches(QKeySequence.StandardKey.Redo)
                if (redo or e.matches(QKeySequence.StandardKey.Undo)) and self.undoRouter(self.document(), redo):
                    e.ignore()
                    return True
        if self._tab_changes_level(e):
            return True
        if kind == QEvent.Type.ToolTip:
            self._show_tooltip(e)
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if not self.isEditable():
            super().keyPressEvent(e)  # navigation and copy still work
            return
        if self._handle_shortcut(e):
            return
        key, mods = e.key(), e.modifiers()
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._inline_only:
                self.submitted.emit()
                return
            if cursor.currentList() is not None and cursor.block().length() == 1:
                self._leave_or_climb()
                return
            if mods & Qt.KeyboardModifier.ShiftModifier:
                # The model has no line break inside a paragraph: Shift+Enter is Enter.
                e = QKeyEvent(e.type(), key, Qt.KeyboardModifier.NoModifier, "\r")
            super().keyPressEvent(e)
            self._normalize_after_edit()
            marks = self.currentMarks()
            if marks.runin or marks.href:
                # A new paragraph starts as body text, not inside a sub-heading or a link.
                self.setCurrentCharFormat(char_format(replace(marks, runin=False, href=None)))
            return
        if key == Qt.Key.Key_Backspace and not cursor.hasSelection():
            if cursor.currentList() is not None and cursor.atBlockStart():
                self._leave_or_climb()
                return
        if e.text() and e.text().isprintable():
            self._prepare_typing_format()
        before = self.document().blockCount()
        super().keyPressEvent(e)
        if self.document().blockCount() != before:
            self._normalize_after_edit()

    def inputMethodEvent(self, e) -> None:  # noqa: N802
        if e.commitString():
            self._prepare_typing_format()
        super().inputMethodEvent(e)

    def _handle_shortcut(self, e: QKeyEvent) -> bool:
        actions: dict[str, Callable[[], object]] = {
            "bold": self.toggleBold,
            "italic": self.toggleItalic,
            "runin": self.toggleRunIn,
            "link": self.editLink,
        }
        if not self._inline_only:
            actions.update(
                bullet=self.toggleBulletList, number=self.toggleNumberedList, footnote=self.insertFootnote
            )
        for name, action in actions.items():
            if _key_matches(e, SHORTCUTS[name]):
                action()
                return True
        return False

    def _prepare_typing_format(self) -> None:
        """Typed text takes the marks around it, never a marker's note or a link's end."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        fmt = cursor.charFormat()
        clean = typing_format(fmt)
        if fmt.isAnchor():
            after = QTextCursor(cursor)
            if cursor.atBlockEnd() or not after.movePosition(QTextCursor.MoveOperation.NextCharacter):
                same = False
            else:
                nxt = after.charFormat()
                same = nxt.isAnchor() and nxt.anchorHref() == fmt.anchorHref()
            if not same:  # at the end of a link: type outside it, as Word does
                clean = char_format(replace(read_marks(fmt), href=None))
        # A comment's range takes what is typed inside it, not what is typed at its edges.
        marks = read_marks(clean)
        inside = typing_comments(self.document(), cursor.position())
        if marks.comments != inside:
            clean = char_format(replace(marks, comments=inside))
        if clean != fmt:
            self.setCurrentCharFormat(clean)

    def mousePressEvent(self, e) -> None:  # noqa: N802
        if e.button() == Qt.MouseButton.LeftButton and e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            href = self.anchorAt(e.position().toPoint())
            if href:
                open_url(QUrl(href))
                e.accept()
                return
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e) -> None:  # noqa: N802
        over_link = bool(self.anchorAt(e.position().toPoint()))
        ctrl = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
        shape = Qt.CursorShape.PointingHandCursor if over_link and ctrl else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)
        super().mouseMoveEvent(e)

    def mouseDoubleClickEvent(self, e) -> None:  # noqa: N802
        pos = self.objectAt(e.position().toPoint())
        if pos is not None and self.footnoteAt(pos) is not None and not self._inline_only:
            self.editFootnoteAt(pos)
            e.accept()
            return
        super().mouseDoubleClickEvent(e)

    def contextMenuEvent(self, e) -> None:  # noqa: N802
        menu = self.buildContextMenu(e.pos())
        menu.exec(e.globalPos())
        menu.deleteLater()

    def buildContextMenu(self, point: QPoint) -> QMenu:  # noqa: N802
        """Qt's edit menu plus the note and link entries for the place clicked."""
        menu = self.createStandardContextMenu(point)
        menu.addSeparator()
        self._add_link_note_entries(menu, point)
        # « Ajouter un commentaire » is the window's command (the edit knows no comments).
        comment = self.window().findChild(QAction, "actionAddComment") if not self._inline_only else None
        if comment is not None and comment.isEnabled():
            menu.addSeparator()
            menu.addAction(comment)
        return menu

    # -- clipboard ----------------------------------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasFormat(MIME_RICHTEXT) or source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        rt = mime_to_richtext(source)
        if rt is None or not rt.blocks:
            return
        rt = rt.without_comments()  # a copy never carries a comment: it stays on the original words
        if self._inline_only:
            content = flatten(rt)
            rt = RichText((Paragraph(content),)) if content else RichText()
        cursor = self.textCursor()
        insert_richtext(cursor, rt)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        # Fill Qt's own object rather than a new one: a QMimeData made in Python stays
        # owned by Python while the clipboard deletes it too, and the app crashes at exit.
        mime = super().createMimeDataFromSelection()
        fill_mime(mime, self.selectionRichText().without_comments(), mime.html())
        return mime

    def selectionRichText(self) -> RichText:  # noqa: N802
        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(QTextDocumentFragment(self.textCursor()))
        return document_to_richtext(scratch)


@dataclass(eq=False)
class _KeptText:
    """One text shown by ``RichTextEdit.showText``: its document and where the cursor was."""

    document: QTextDocument
    footnotes: object
    chips: object
    value: RichText | None = None  # the value when it was last left (or loaded)
    cursor: int = 0
