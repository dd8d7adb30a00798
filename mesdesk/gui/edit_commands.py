"""« Édition » commands of the main window that are not the structure's: where Ctrl+Z
goes, and inserting an indicator's value in the text.

Ctrl+Z / Ctrl+Maj+Z act in the focused text field (its own undo) and elsewhere on the
document's undo stack of structural edits (``mesdesk/model/edits`` behind
``gui/commands.py``). The commands themselves are declared in ``window_actions.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from mesdesk.gui.comment_commands import routes_to_stack
from mesdesk.gui.pages.action_page import ActionPage

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow


class EditCommands(QObject):
    """Undo routing and indicator insertion of one window (``window.edits``)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.picker: Any = None  # the last indicator picker opened (screenshots, tests)

    # -- undo -----------------------------------------------------------------------------
    @staticmethod
    def _focused_text_widget() -> Any:
        widget = QApplication.focusWidget()
        if isinstance(widget, (QTextEdit, QPlainTextEdit, QLineEdit)):
            return widget
        if isinstance(widget, QAbstractSpinBox):
            return widget.findChild(QLineEdit)
        return None

    def _comment_step(self, widget: Any, redo: bool) -> bool:
        """The text's last (next) step is a comment's: the stack has it, with the row."""
        if not isinstance(widget, QTextEdit):
            return False
        return routes_to_stack(self.window.doc.undo_stack, widget.document(), redo)

    def undo(self) -> None:
        """Ctrl+Z: in a text field its own undo (and a comment added or deleted there as its
        last step: ``comment_commands``), elsewhere the last structural edit."""
        widget = self._focused_text_widget()
        stack = self.window.doc.undo_stack
        if widget is not None and not self._comment_step(widget, redo=False):
            widget.undo()
        elif stack.canUndo():
            text = stack.undoText()
            stack.undo()
            self.window.show_message(self.tr("Annulé : %1").replace("%1", text))

    def redo(self) -> None:
        widget = self._focused_text_widget()
        stack = self.window.doc.undo_stack
        if widget is not None and not self._comment_step(widget, redo=True):
            widget.redo()
        elif stack.canRedo():
            text = stack.redoText()
            stack.redo()
            self.window.show_message(self.tr("Rétabli : %1").replace("%1", text))

    def update_undo_texts(self, *_args: object) -> None:
        """The undo stack moved: the status tips say what Ctrl+Z / Ctrl+Maj+Z would do."""
        stack = self.window.doc.undo_stack
        undo, redo = self.window.actionUndo, self.window.actionRedo
        if not shiboken6.isValid(stack) or not shiboken6.isValid(undo):  # torn down at exit
            return
        undo.setStatusTip(self.tr("Annuler : %1").replace("%1", stack.undoText()) if stack.canUndo() else "")
        redo.setStatusTip(self.tr("Rétablir : %1").replace("%1", stack.redoText()) if stack.canRedo() else "")

    # -- indicator values in the text -------------------------------------------------------
    def insertion_target(self) -> Any:
        """The page text field the toolbar acts on, if one can take an indicator chip."""
        edit = self.window.formatToolBar.editor()
        if edit is None or not shiboken6.isValid(edit) or edit.isInlineOnly() or edit.isReadOnly():
            return None  # a footnote's text holds plain text only
        page = self.window.current_page()
        return edit if page is not None and page.isAncestorOf(edit) else None

    def update_insert_indicator(self, *_args: object) -> None:
        """Focus moved: Ctrl+Alt+I is enabled in a page's text when there are indicators."""
        window = self.window
        if window.closed or not shiboken6.isValid(window):
            return
        convention = window.doc.convention if not window.doc.workspace.closed else None
        window.actionInsertIndicator.setEnabled(
            self.insertion_target() is not None and bool(convention and convention.indicators))

    def insert_indicator(self) -> None:
        """Ctrl+Alt+I: pick an indicator; its value chip goes at the text cursor."""
        from mesdesk.gui.indicator_picker import IndicatorPickerDialog

        window = self.window
        edit = self.insertion_target()
        if edit is None:
            window.show_message(self.tr("Placez d'abord le curseur dans un texte du bilan."))
            return
        page = window.current_page()
        dialog = IndicatorPickerDialog(window.doc, page.action if isinstance(page, ActionPage) else None, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def insert() -> None:
            reference = dialog.reference()
            if reference is not None and shiboken6.isValid(edit):
                edit.insertIndicatorRef(reference)
                edit.setFocus()

        dialog.accepted.connect(insert)
        dialog.open()  # window-modal without a nested event loop
        self.picker = dialog
