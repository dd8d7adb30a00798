"""The edit's link and footnote controls: their dialogs, tooltips and context-menu entries.

A mixin of ``RichTextEdit``. A link is Qt anchor formatting on a run of text; a note is
one object character carrying its text (``formats.footnote_format``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from mesdesk.model.richtext import Footnote

from .formats import OBJECT_CHAR, Marks, char_format, footnote_format, object_inline, read_marks
from .objects import footnote_positions, object_format_at

# Mixed into RichTextEdit, a QTextEdit: type-checked as one, a plain class at run time.
_Edit = QTextEdit if TYPE_CHECKING else object


def open_url(url: QUrl) -> bool:
    """Open a link in the user's browser or mail program (one place, easy to replace in tests)."""
    return QDesktopServices.openUrl(url)


class LinkNoteControls(_Edit):
    """Links (Ctrl+K, Ctrl+click) and footnotes (Ctrl+Alt+F, double-click) in a ``RichTextEdit``.

    Its texts are translated in the edit's context, ``RichTextEdit``, named outright:
    lupdate cannot tell that this mixin is a QObject.
    """

    if TYPE_CHECKING:  # provided by RichTextEdit and ChipControls
        _inline_only: bool

        def isEditable(self) -> bool: ...  # noqa: N802

        def _change_marks(self, change: Callable[[Marks], Marks]) -> None: ...

        def objectAt(self, point: QPoint) -> int | None: ...  # noqa: N802

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
        one_run = "\n" not in selected and OBJECT_CHAR not in selected
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
        marks = read_marks(probe.charFormat())
        if remove or not url:
            if cursor.hasSelection():
                self.setTextCursor(cursor)
                self._change_marks(lambda m: replace(m, href=None))
            return
        cursor.beginEditBlock()
        if editable and (text != cursor.selectedText() or not cursor.hasSelection()):
            cursor.insertText(text or url, char_format(replace(marks, href=url)))
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
        self.setCurrentCharFormat(char_format(replace(marks, href=None)))

    def removeLink(self) -> None:  # noqa: N802
        existing = self.anchorAtCursor()
        if existing is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(existing[0])
        cursor.setPosition(existing[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._change_marks(lambda m: replace(m, href=None))

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
            marks = read_marks(cursor.charFormat())
            cursor.insertText(OBJECT_CHAR, footnote_format(Footnote(content), marks))
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(char_format(replace(marks, href=None)))

        return self._show_dialog(dialog, apply)

    def footnoteAt(self, position: int) -> Footnote | None:  # noqa: N802
        """The note whose marker is the character at ``position``, if any."""
        fmt = object_format_at(self.document(), position)
        inline = object_inline(fmt) if fmt is not None else None
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
            marks = read_marks(cursor.charFormat())
            cursor.setCharFormat(footnote_format(Footnote(content), marks))

        return self._show_dialog(dialog, apply)

    def editFootnoteAtCursor(self) -> QWidget | None:  # noqa: N802
        pos = self.textCursor().position()
        for candidate in (pos, pos - 1):
            if self.footnoteAt(candidate) is not None:
                return self.editFootnoteAt(candidate)
        return None

    def _delete_object(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    def _show_dialog(self, dialog: QWidget, apply: Callable[[], None]) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(apply)
        dialog.finished.connect(lambda _r: self.setFocus(Qt.FocusReason.OtherFocusReason))
        dialog.open()  # window-modal without a nested event loop
        return dialog

    def _show_tooltip(self, e: QEvent) -> None:
        point = self.viewport().mapFromGlobal(e.globalPos())
        pos = self.objectAt(point)
        note = self.footnoteAt(pos) if pos is not None else None
        if note is not None:
            text = "".join(t.text for t in note.content)
            tip = QCoreApplication.translate("RichTextEdit", "Note : {text}\n(double-clic pour la modifier)").format(text=text)
            QToolTip.showText(e.globalPos(), tip, self)
            return
        href = self.anchorAt(point)
        if href:
            tip = QCoreApplication.translate("RichTextEdit", "{url}\nCtrl+clic pour ouvrir le lien").format(url=href)
            QToolTip.showText(e.globalPos(), tip, self)
            return
        QToolTip.hideText()
        e.ignore()

    def _add_link_note_entries(self, menu: QMenu, point: QPoint) -> None:
        """The context menu's note and link entries for the place clicked."""
        pos = self.objectAt(point)
        if pos is not None and self.footnoteAt(pos) is not None and not self._inline_only:
            edit = menu.addAction(QCoreApplication.translate("RichTextEdit", "Modifier la note…"))
            edit.setObjectName("contextEditFootnote")
            edit.triggered.connect(lambda: self.editFootnoteAt(pos))
            delete = menu.addAction(QCoreApplication.translate("RichTextEdit", "Supprimer la note"))
            delete.setObjectName("contextDeleteFootnote")
            delete.triggered.connect(lambda: self._delete_object(pos))
        href = self.anchorAt(point)
        if href:
            menu.addAction(QCoreApplication.translate("RichTextEdit", "Ouvrir le lien"), lambda: open_url(QUrl(href)))
            menu.addAction(QCoreApplication.translate("RichTextEdit", "Modifier le lien…"), self._edit_link_at(point))
            menu.addAction(QCoreApplication.translate("RichTextEdit", "Retirer le lien"), self._remove_link_at(point))
        else:
            menu.addAction(QCoreApplication.translate("RichTextEdit", "Insérer un lien…"), self.editLink)
        if not self._inline_only:
            menu.addAction(QCoreApplication.translate("RichTextEdit", "Insérer une note de bas de page…"), self.insertFootnote)
