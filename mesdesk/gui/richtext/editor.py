"""The rich-text editor: ``RichTextEdit`` (the text area) and ``RichTextEditor`` (+ counts).

The edit shows a ``RichText`` value through ``convert.py`` and gives it back on
demand; it never stores Qt HTML. Its undo history is QTextEdit's own (Ctrl+Z inside
the text); loading a value clears it.

Keyboard: Tab / Shift+Tab change a list item's level and move the focus elsewhere
(the app is keyboard driven); Enter on an empty list item climbs a level or leaves
the list, as in a word processor. The formatting shortcuts are the toolbar's; the
edit also answers them itself when no toolbar is around (the footnote popup).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Callable

from PySide6.QtCore import QEvent, QLocale, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mesdesk.model.richtext import (
    Footnote,
    IndicatorRef,
    Paragraph,
    RichText,
    Text,
    count_words,
    indicator_placeholder,
    normalize_inlines,
)

from . import convert as cv
from .clipboard import MIME_RICHTEXT, fill_mime, mime_to_richtext
from .objects import (
    IndicatorLabeler,
    IndicatorMissing,
    footnote_positions,
    install_object_handlers,
    object_format_at,
    object_formats,
)

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

OVER_TARGET_COLOR = QColor("#c0392b")
# The longest line of text, in average characters: past ~95 a reader loses the next
# line's start (on a 1920-pixel screen lines ran to some 250 characters).
READABLE_MEASURE = 95


def open_url(url: QUrl) -> bool:
    """Open a link in the user's browser or mail program (one place, easy to replace in tests)."""
    return QDesktopServices.openUrl(url)


def _key_matches(event: QKeyEvent, sequence: QKeySequence) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch


class RichTextEdit(QTextEdit):
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
        if kept.value is not None and kept.value == rt:
            cursor = self.textCursor()
            cursor.setPosition(min(kept.cursor, kept.document.characterCount() - 1))
            self.setTextCursor(cursor)
            self.stateChanged.emit()
            return
        self.setRichText(rt)
        kept.value = rt

    def setRichText(self, rt: RichText) -> None:  # noqa: N802
        """Show ``rt``; clears the undo history and does not emit ``contentChanged``."""
        self._loading = True
        try:
            cv.richtext_to_document(rt, self.document())
        finally:
            self._loading = False
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.setCurrentCharFormat(cv.char_format(cv.Marks()))
        self.document().setModified(False)
        self.stateChanged.emit()

    def richText(self) -> RichText:  # noqa: N802
        return cv.document_to_richtext(self.document())

    def setNoteContent(self, content: tuple[Text, ...]) -> None:  # noqa: N802
        self.setRichText(RichText((Paragraph(content),)) if content else RichText())

    def noteContent(self) -> tuple[Text, ...]:  # noqa: N802
        """The text as a footnote's content: paragraphs joined by a space, text only."""
        return _flatten(self.richText())

    def isInlineOnly(self) -> bool:  # noqa: N802
        return self._inline_only

    def setIndicatorLabeler(  # noqa: N802
        self, labeler: IndicatorLabeler | None, missing: IndicatorMissing | None = None
    ) -> None:
        """How indicator chips are labelled (e.g. the indicator's name; default: its uid),
        and which have no value (``missing``: drawn amber)."""
        self._labeler = (labeler, missing)
        self._chips.setLabeler(labeler, missing)

    def _on_contents_changed(self) -> None:
        if not self._loading:
            self.contentChanged.emit()

    # -- state at the cursor ----------------------------------------------------------------
    def currentMarks(self) -> cv.Marks:  # noqa: N802
        """The marks shown by the toolbar: of the whole selection, else of the typing position.

        For a selection a mark is on when every selected character has it.
        """
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return cv.read_marks(cursor.charFormat())
        marks = [cv.read_marks(f) for _, _, f in self._text_ranges(cursor)]
        if not marks:
            return cv.Marks()
        hrefs = {m.href for m in marks}
        return cv.Marks(
            bold=all(m.bold for m in marks),
            italic=all(m.italic for m in marks),
            runin=all(m.runin for m in marks),
            href=hrefs.pop() if len(hrefs) == 1 else None,
        )

    def currentListKind(self) -> str | None:  # noqa: N802
        """"bullet" or "number" when the cursor is in a list item, else None."""
        return cv.group_kind(self.textCursor().block())

    def currentListLevel(self) -> int | None:  # noqa: N802
        lst = self.textCursor().currentList()
        return None if lst is None else cv.list_level(lst)

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
                if lo < hi and cv.object_inline(frag.charFormat()) is None and cv.OBJECT_CHAR not in frag.text():
                    ranges.append((lo, hi, frag.charFormat()))
            block = block.next()
        return ranges

    def isEditable(self) -> bool:  # noqa: N802
        return not self.isReadOnly() and self.isEnabled()

    def _change_marks(self, change: Callable[[cv.Marks], cv.Marks]) -> None:
        if not self.isEditable():
            return
        cursor = self.textCursor()
        if not cursor.hasSelection():
            # Like a word processor: the next typed characters get the new marks.
            self.setCurrentCharFormat(cv.char_format(change(self.currentMarks())))
            self.stateChanged.emit()
            return
        ranges = self._text_ranges(cursor)
        cursor.beginEditBlock()
        for lo, hi, fmt in ranges:  # formats re-made whole: colours follow the marks
            c = QTextCursor(self.document())
            c.setPosition(lo)
            c.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            c.setCharFormat(cv.char_format(change(cv.read_marks(fmt))))
        cursor.endEditBlock()
        self.stateChanged.emit()

    def _toggle(self, attribute: str) -> None:
        value = not getattr(self.currentMarks(), attribute)
        self._change_marks(lambda m: replace(m, **{attribute: value}))

    def toggleBold(self) -> None:  # noqa: N802
        self._toggle("bold")

    def toggleItalic(self) -> None:  # noqa: N802
        self._toggle("italic")

    def toggleRunIn(self) -> None:  # noqa: N802
        """Mark the selection as a run-in sub-heading (``Public visé.`` at a paragraph's start)."""
        self._toggle("runin")

    # -- lists ------------------------------------------------------------------------------------
    def _selected_blocks(self) -> list:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block.blockNumber() >= last.blockNumber():
                break
            block = block.next()
        return blocks

    def toggleList(self, kind: str) -> None:  # noqa: N802
        """Make the selected paragraphs a list of ``kind``, change a list's kind, or end it."""
        if self._inline_only or not self.isEditable():
            return
        blocks = self._selected_blocks()
        doc = self.document()
        cursor = QTextCursor(doc)
        positions = [b.position() for b in blocks]
        cursor.beginEditBlock()
        try:
            if all(cv.group_kind(b) == kind for b in blocks):
                for pos in positions:
                    cursor.setPosition(pos)
                    cv.leave_list(cursor)
            else:
                for pos in positions:
                    block = doc.findBlock(pos)
                    lst = block.textList()
                    cursor.setPosition(pos)
                    if lst is None:
                        prev = block.previous()
                        fmt = cursor.blockFormat()
                        fmt.setTopMargin(0.0)
                        fmt.setBottomMargin(cv.LIST_ITEM_SPACING)
                        cursor.setBlockFormat(fmt)
                        # Right after a list of the same kind: continue it, as Word does.
                        if prev.isValid() and cv.group_kind(prev) == kind:
                            cv.group_start(prev).textList().add(block)
                        else:
                            cursor.createList(cv.list_format(kind, 0))
                    elif cv.group_kind(block) != kind:
                        self._set_group_kind(block, kind)
            cv.normalize_lists(doc, positions[0], positions[-1])
        finally:
            cursor.endEditBlock()
        self.stateChanged.emit()

    def _set_group_kind(self, block, kind: str) -> None:
        start = cv.group_start(block)
        for group in cv.list_groups(start, start):
            seen: set[int] = set()
            for entry in group:
                lst = entry.block.textList()
                if lst.objectIndex() not in seen:
                    seen.add(lst.objectIndex())
                    lst.setFormat(cv.list_format(kind, cv.list_level(lst)))
            return

    def toggleBulletList(self) -> None:  # noqa: N802
        self.toggleList("bullet")

    def toggleNumberedList(self) -> None:  # noqa: N802
        self.toggleList("number")

    def canChangeLevel(self) -> bool:  # noqa: N802
        return not self._inline_only and self.isEditable() and any(b.textList() is not None for b in self._selected_blocks())

    def changeLevel(self, delta: int) -> None:  # noqa: N802
        """Move the selected list items one level down (+1) or up (-1); levels are 0 and 1."""
        if not self.canChangeLevel():
            return
        doc = self.document()
        positions = [b.position() for b in self._selected_blocks() if b.textList() is not None]
        if not positions:
            return
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        try:
            for pos in positions:
                self._set_level(cursor, doc.findBlock(pos), delta)
            cv.normalize_lists(doc, positions[0], positions[-1])
        finally:
            cursor.endEditBlock()
        self.stateChanged.emit()

    def _set_level(self, cursor: QTextCursor, block, delta: int) -> None:
        lst = block.textList()
        level = cv.list_level(lst)
        new = max(0, min(1, level + delta))
        if new == level:
            return
        start = cv.group_start(block)
        kind = cv.list_kind(start.textList())
        if new == 1:
            if start.blockNumber() == block.blockNumber():
                return  # a list's first item has no item above to hang under
            prev_list = block.previous().textList()
            if cv.list_level(prev_list) == 1:
                prev_list.add(block)
            else:
                cursor.setPosition(block.position())
                cursor.createList(cv.list_format(kind, 1))
        else:
            start.textList().add(block)

    def _level_would_change(self, delta: int) -> bool:
        """Whether ``changeLevel(delta)`` would move a selected item (Tab otherwise moves on)."""
        if not self.canChangeLevel():
            return False
        for block in self._selected_blocks():
            lst = block.textList()
            if lst is None:
                continue
            level = cv.list_level(lst)
            if delta < 0 and level > 0:
                return True
            if delta > 0 and level == 0 and cv.group_start(block).blockNumber() != block.blockNumber():
                return True
        return False

    def indent(self) -> None:
        self.changeLevel(+1)

    def outdent(self) -> None:
        self.changeLevel(-1)

    def _leave_or_climb(self) -> None:
        """Enter on an empty item / Backspace at an item's start: up a level, or out of the list."""
        cursor = self.textCursor()
        if self.currentListLevel() == 1:
            self.changeLevel(-1)
            return
        doc = self.document()
        pos = cursor.block().position()
        cursor.beginEditBlock()
        cv.leave_list(cursor)
        cv.normalize_lists(doc, pos, pos)
        cursor.endEditBlock()
        self.stateChanged.emit()

    def _normalize_after_edit(self) -> None:
        """Keep list numbering right after Qt's own block edits (join, split, cut)."""
        doc = self.document()
        pos = self.textCursor().position()
        if cv.normalize_lists(doc, pos, pos, dry_run=True):
            cursor = QTextCursor(doc)
            cursor.joinPreviousEditBlock()  # one undo step with the edit that caused it
            cv.normalize_lists(doc, pos, pos)
            cursor.endEditBlock()

    # -- links ------------------------------------------------------------------------------------------
    def _link_range(self, char_pos: int) -> tuple[int, int, str] | None:
        """The extent and address of the link holding the character at ``char_pos``.

        A link is a run of fragments of one block sharing the same address.
        """
        block = self.document().findBlock(char_pos)
        spans: list[tuple[int, int, str | None]] = []
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            it += 1
            fmt = frag.charFormat()
            href = fmt.anchorHref() if fmt.isAnchor() else None
            spans.append((frag.position(), frag.position() + frag.length(), href or None))
        for i, (lo, hi, href) in enumerate(spans):
            if lo <= char_pos < hi:
                if not href:
                    return None
                a, b = i, i
                while a > 0 and spans[a - 1][2] == href:
                    a -= 1
                while b + 1 < len(spans) and spans[b + 1][2] == href:
                    b += 1
                return spans[a][0], spans[b][1], href
        return None

    def anchorAtCursor(self) -> tuple[int, int, str] | None:  # noqa: N802
        """The link the cursor is in (the character before it) or the selection starts with."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return self._link_range(cursor.selectionStart())
        if cursor.atBlockStart():
            return None
        return self._link_range(cursor.position() - 1)

    def editLink(self) -> QWidget | None:  # noqa: N802
        """Open the link dialog for the selection or the link at the cursor (Ctrl+K)."""
        from .dialogs import LinkDialog

        if not self.isEditable():
            return None
        cursor = QTextCursor(self.textCursor())
        existing = self.anchorAtCursor()
        href = ""
        if existing is not None and (
            not cursor.hasSelection()
            or (existing[0] <= cursor.selectionStart() and cursor.selectionEnd() <= existing[1])
        ):
            cursor.setPosition(existing[0])
            cursor.setPosition(existing[1], QTextCursor.MoveMode.KeepAnchor)
            href = existing[2]
        selected = cursor.selection().toPlainText() if cursor.hasSelection() else ""
        one_run = "\n" not in selected and cv.OBJECT_CHAR not in selected
        dialog = LinkDialog(self, href, selected if one_run else "", one_run, bool(href))

        def apply() -> None:
            # Without a text, show the address as the user typed it (no added https://).
            shown = dialog.text() or dialog.urlEdit.text().strip()
            self._apply_link(cursor, dialog.url(), shown, dialog.removed, one_run)

        return self._show_dialog(dialog, apply)

    def _apply_link(self, cursor: QTextCursor, url: str, text: str, remove: bool, editable: bool) -> None:
        # The marks of the linked text: those of its first character (or of the typing position).
        probe = QTextCursor(cursor)
        if cursor.hasSelection():
            probe.setPosition(cursor.selectionStart() + 1)
        marks = cv.read_marks(probe.charFormat())
        if remove or not url:
            if cursor.hasSelection():
                self.setTextCursor(cursor)
                self._change_marks(lambda m: replace(m, href=None))
            return
        cursor.beginEditBlock()
        if editable and (text != cursor.selectedText() or not cursor.hasSelection()):
            cursor.insertText(text or url, cv.char_format(replace(marks, href=url)))
            cursor.endEditBlock()
            self.setTextCursor(cursor)
        else:
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            self._change_marks(lambda m: replace(m, href=url))
            cursor = self.textCursor()
            cursor.setPosition(cursor.selectionEnd())
            self.setTextCursor(cursor)
        # Text typed right after a new link is not part of it.
        self.setCurrentCharFormat(cv.char_format(replace(marks, href=None)))

    def removeLink(self) -> None:  # noqa: N802
        existing = self.anchorAtCursor()
        if existing is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(existing[0])
        cursor.setPosition(existing[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._change_marks(lambda m: replace(m, href=None))

    # -- footnotes and indicators -----------------------------------------------------------------------
    def insertFootnote(self) -> QWidget | None:  # noqa: N802
        """Ask for a note's text, then put its marker at the cursor (after the selection)."""
        if self._inline_only or not self.isEditable():
            return None
        from .dialogs import FootnoteDialog

        cursor = QTextCursor(self.textCursor())
        cursor.setPosition(cursor.selectionEnd())
        dialog = FootnoteDialog(self)

        def apply() -> None:
            content = dialog.content()
            if not content:
                return  # an empty note is no note
            marks = cv.read_marks(cursor.charFormat())
            cursor.insertText(cv.OBJECT_CHAR, cv.footnote_format(Footnote(content), marks))
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(cv.char_format(replace(marks, href=None)))

        return self._show_dialog(dialog, apply)

    def footnoteAt(self, position: int) -> Footnote | None:  # noqa: N802
        """The note whose marker is the character at ``position``, if any."""
        fmt = object_format_at(self.document(), position)
        inline = cv.object_inline(fmt) if fmt is not None else None
        return inline if isinstance(inline, Footnote) else None

    def editFootnoteAt(self, position: int) -> QWidget | None:  # noqa: N802
        """Edit (or delete) the note whose marker is at ``position``."""
        from .dialogs import FootnoteDialog

        note = self.footnoteAt(position)
        if note is None or not self.isEditable():
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        positions = footnote_positions(self.document())
        number = positions.index(position) + 1 if position in positions else None
        dialog = FootnoteDialog(self, note.content, number, can_delete=True)

        def apply() -> None:
            if self.footnoteAt(cursor.selectionStart()) is None:
                return  # the marker went away meanwhile
            content = () if dialog.deleted else dialog.content()
            if not content:
                cursor.removeSelectedText()
                return
            marks = cv.read_marks(cursor.charFormat())
            cursor.setCharFormat(cv.footnote_format(Footnote(content), marks))

        return self._show_dialog(dialog, apply)

    def editFootnoteAtCursor(self) -> QWidget | None:  # noqa: N802
        pos = self.textCursor().position()
        for candidate in (pos, pos - 1):
            if self.footnoteAt(candidate) is not None:
                return self.editFootnoteAt(candidate)
        return None

    def insertIndicatorRef(self, ref: IndicatorRef) -> None:  # noqa: N802
        """Put an indicator's value chip at the cursor (replacing the selection)."""
        cursor = self.textCursor()
        marks = cv.read_marks(cursor.charFormat())
        cursor.insertText(cv.OBJECT_CHAR, cv.indicator_format(ref, marks))
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(cv.char_format(replace(marks, href=None)))

    def isIndicatorMissingAt(self, position: int) -> bool:  # noqa: N802
        """Whether the chip at ``position`` is drawn as having no value."""
        fmt = object_format_at(self.document(), position)
        return fmt is not None and self._chips.isMissing(fmt)

    def indicatorChips(self) -> list[tuple[int, IndicatorRef, str]]:  # noqa: N802
        """Every indicator chip in order: (position, reference, label shown)."""
        chips = []
        for pos, fmt in object_formats(self.document()):
            inline = cv.object_inline(fmt)
            if isinstance(inline, IndicatorRef):
                chips.append((pos, inline, self._chips.label(fmt)))
        return chips

    def _show_dialog(self, dialog: QWidget, apply: Callable[[], None]) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(apply)
        dialog.finished.connect(lambda _r: self.setFocus(Qt.FocusReason.OtherFocusReason))
        dialog.open()  # window-modal without a nested event loop
        return dialog

    # -- hit testing --------------------------------------------------------------------------------------------
    def objectAt(self, point: QPoint) -> int | None:  # noqa: N802
        """The position of the object character (marker, chip) under a viewport point."""
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        hit = self.document().documentLayout().hitTest(QPointF(point) + offset, Qt.HitTestAccuracy.FuzzyHit)
        doc = self.document()
        for pos in (hit, hit - 1):
            if 0 <= pos < doc.characterCount() - 1 and doc.characterAt(pos) == cv.OBJECT_CHAR:
                c = QTextCursor(doc)
                c.setPosition(pos)
                left = self.cursorRect(c)
                c.setPosition(pos + 1)
                right = self.cursorRect(c)
                if left.top() == right.top() and left.left() - 1 <= point.x() <= right.left() + 1 and (
                    left.top() <= point.y() <= left.bottom()
                ):
                    return pos
        return None

    # -- events ----------------------------------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        kind = e.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if any(_key_matches(e, seq) for seq in SHORTCUTS.values()):
                # Ctrl+K is "delete to end of line" for Qt on Linux: let our action have it.
                e.ignore()
                return True
        if kind == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            mods = e.modifiers()
            if e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
                mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                back = e.key() == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
                if self._level_would_change(-1 if back else +1):
                    self.changeLevel(-1 if back else +1)
                    e.accept()
                    return True
                # Outside a list, or where the level cannot change (a list's first item
                # has nothing to hang under), Tab moves the focus (tabChangesFocus).
        if kind == QEvent.Type.ToolTip:
            self._show_tooltip(e)
            return True
        return super().event(e)

    def _show_tooltip(self, e: QEvent) -> None:
        point = self.viewport().mapFromGlobal(e.globalPos())
        pos = self.objectAt(point)
        note = self.footnoteAt(pos) if pos is not None else None
        if note is not None:
            text = "".join(t.text for t in note.content)
            tip = self.tr("Note : {text}\n(double-clic pour la modifier)").format(text=text)
            QToolTip.showText(e.globalPos(), tip, self)
            return
        href = self.anchorAt(point)
        if href:
            tip = self.tr("{url}\nCtrl+clic pour ouvrir le lien").format(url=href)
            QToolTip.showText(e.globalPos(), tip, self)
            return
        QToolTip.hideText()
        e.ignore()

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
                self.setCurrentCharFormat(cv.char_format(replace(marks, runin=False, href=None)))
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
        clean = cv.typing_format(fmt)
        if fmt.isAnchor():
            after = QTextCursor(cursor)
            if cursor.atBlockEnd() or not after.movePosition(QTextCursor.MoveOperation.NextCharacter):
                same = False
            else:
                nxt = after.charFormat()
                same = nxt.isAnchor() and nxt.anchorHref() == fmt.anchorHref()
            if not same:  # at the end of a link: type outside it, as Word does
                clean = cv.char_format(replace(cv.read_marks(fmt), href=None))
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
        pos = self.objectAt(point)
        if pos is not None and self.footnoteAt(pos) is not None and not self._inline_only:
            edit = menu.addAction(self.tr("Modifier la note…"))
            edit.setObjectName("contextEditFootnote")
            edit.triggered.connect(lambda: self.editFootnoteAt(pos))
            delete = menu.addAction(self.tr("Supprimer la note"))
            delete.setObjectName("contextDeleteFootnote")
            delete.triggered.connect(lambda: self._delete_object(pos))
        href = self.anchorAt(point)
        if href:
            menu.addAction(self.tr("Ouvrir le lien"), lambda: open_url(QUrl(href)))
            menu.addAction(self.tr("Modifier le lien…"), self._edit_link_at(point))
            menu.addAction(self.tr("Retirer le lien"), self._remove_link_at(point))
        else:
            menu.addAction(self.tr("Insérer un lien…"), self.editLink)
        if not self._inline_only:
            menu.addAction(self.tr("Insérer une note de bas de page…"), self.insertFootnote)
        return menu

    def _edit_link_at(self, point: QPoint) -> Callable[[], None]:
        def run() -> None:
            self.setTextCursor(self.cursorForPosition(point))
            self.editLink()

        return run

    def _remove_link_at(self, point: QPoint) -> Callable[[], None]:
        def run() -> None:
            self.setTextCursor(self.cursorForPosition(point))
            self.removeLink()

        return run

    def _delete_object(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    # -- clipboard ----------------------------------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasFormat(MIME_RICHTEXT) or source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        rt = mime_to_richtext(source)
        if rt is None or not rt.blocks:
            return
        if self._inline_only:
            content = _flatten(rt)
            rt = RichText((Paragraph(content),)) if content else RichText()
        cursor = self.textCursor()
        cv.insert_richtext(cursor, rt)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        # Fill Qt's own object rather than a new one: a QMimeData made in Python stays
        # owned by Python while the clipboard deletes it too, and the app crashes at exit.
        mime = super().createMimeDataFromSelection()
        fill_mime(mime, self.selectionRichText(), mime.html())
        return mime

    def selectionRichText(self) -> RichText:  # noqa: N802
        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(QTextDocumentFragment(self.textCursor()))
        return cv.document_to_richtext(scratch)


@dataclass(eq=False)
class _KeptText:
    """One text shown by ``RichTextEdit.showText``: its document and where the cursor was."""

    document: QTextDocument
    footnotes: object
    chips: object
    value: RichText | None = None  # the value when it was last left (or loaded)
    cursor: int = 0


def _flatten(rt: RichText) -> tuple[Text, ...]:
    """Paragraphs joined by one space, text only: what a footnote can hold."""
    texts: list[Text] = []
    for i, content in enumerate(rt.paragraph_contents()):
        if i and texts:
            texts.append(Text(" "))
        texts.extend(t for t in content if isinstance(t, Text))
    out = tuple(t for t in normalize_inlines(texts) if isinstance(t, Text))
    # Outer spaces of a note are typing accidents.
    if out and out[0].text != out[0].text.lstrip():
        out = (replace(out[0], text=out[0].text.lstrip()),) + out[1:]
    if out and out[-1].text != out[-1].text.rstrip():
        out = out[:-1] + (replace(out[-1], text=out[-1].text.rstrip()),)
    return tuple(t for t in out if t.text)


class RichTextEditor(QWidget):
    """A ``RichTextEdit`` with a live word / character count under it.

    The count turns red past the word target (``setTargetWords``).
    """

    contentChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("richTextEditor")
        self._target: int | None = None
        self._edit = RichTextEdit(self)
        self._count = QLabel(self)
        self._count.setObjectName("wordCount")
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self._count.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self._count.setFont(font)
        self._normal_color = self._count.palette().color(QPalette.ColorRole.PlaceholderText)
        footer = QHBoxLayout()
        footer.setContentsMargins(2, 0, 2, 0)
        footer.addStretch(1)
        footer.addWidget(self._count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addLayout(footer)
        # Counting reads the whole text: wait for a pause in typing, briefly.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(120)
        self._recount.timeout.connect(self.updateCount)
        self._edit.contentChanged.connect(self._recount.start)
        self._edit.contentChanged.connect(self.contentChanged)
        self.setFocusProxy(self._edit)
        self.updateCount()

    # -- API used by the main window ---------------------------------------------------------
    def textEdit(self) -> RichTextEdit:  # noqa: N802
        return self._edit

    def setRichText(self, rt: RichText) -> None:  # noqa: N802
        self._edit.setRichText(rt)
        self.updateCount()

    def showText(self, key: Hashable, rt: RichText) -> None:  # noqa: N802
        """Show ``rt`` as the text ``key``, with its undo history if it was shown before."""
        self._edit.showText(key, rt)
        self.updateCount()

    def richText(self) -> RichText:  # noqa: N802
        return self._edit.richText()

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802
        self._edit.setPlaceholderText(text)

    def setTargetWords(self, n: int | None) -> None:  # noqa: N802
        self._target = n if n else None
        self.updateCount()

    def targetWords(self) -> int | None:  # noqa: N802
        return self._target

    def isOverTarget(self) -> bool:  # noqa: N802
        return self._target is not None and self.counts()[0] > self._target

    # -- the count -------------------------------------------------------------------------------
    def counts(self) -> tuple[int, int]:
        """Words and characters, counted as the model counts them."""
        # The raw text is the model's text with paragraphs separated by U+2029 and one
        # U+FFFC per object: far cheaper than building the value at each pause in typing.
        doc = self._edit.document()
        raw = doc.toRawText()
        if cv.OBJECT_CHAR in raw:
            # As the model counts: a note counts nothing, a chip its placeholder text.
            # Objects are matched in order, not by position (Qt counts UTF-16 units).
            pieces = raw.split(cv.OBJECT_CHAR)
            shown = [
                indicator_placeholder(inline) if isinstance(inline, IndicatorRef) else ""
                for inline in (cv.object_inline(fmt) for _, fmt in object_formats(doc))
            ]
            if len(shown) == len(pieces) - 1:
                raw = "".join(p + t for p, t in zip(pieces, shown + [""]))
            else:  # should not happen; the model is always right
                rt = self._edit.richText()
                return rt.word_count(), rt.char_count()
        return count_words(raw), len(raw) - raw.count("\u2029")

    def updateCount(self) -> None:  # noqa: N802
        words, chars = self.counts()
        loc = QLocale()
        chars_text = (
            self.tr("1 caractère") if chars == 1 else self.tr("{n} caractères").format(n=loc.toString(chars))
        )
        if self._target is None:
            words_text = self.tr("1 mot") if words == 1 else self.tr("{n} mots").format(n=loc.toString(words))
        else:
            words_text = self.tr("{n} / {target} mots").format(
                n=loc.toString(words), target=loc.toString(self._target)
            )
        self._count.setText(words_text + " · " + chars_text)
        over = self._target is not None and words > self._target
        palette = self._count.palette()
        palette.setColor(QPalette.ColorRole.WindowText, OVER_TARGET_COLOR if over else self._normal_color)
        self._count.setPalette(palette)
        self._count.setProperty("overTarget", over)
        if over:
            tip = self.tr("{n} mots de trop par rapport à l’objectif de {target}").format(
                n=loc.toString(words - self._target), target=loc.toString(self._target)
            )
        else:
            tip = ""
        self._count.setToolTip(tip)

    def countLabel(self) -> QLabel:  # noqa: N802
        return self._count

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.updateCount()
        super().changeEvent(event)
