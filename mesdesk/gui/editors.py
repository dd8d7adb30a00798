"""Where the pages get their rich-text editors and the window its formatting toolbar.

The editor component lives in ``mesdesk.gui.richtext`` (its own package); pages ask
this module for one, so they do not depend on how it is built.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mesdesk.gui.document import Document
from mesdesk.gui.indicator_labels import chip_labeler, chip_missing
from mesdesk.gui.richtext import RichTextEditor, RichTextToolBar
from mesdesk.gui.richtext.formats import OBJECT_CHAR

__all__ = ["RichTextEditor", "RichTextToolBar", "make_editor", "refresh_chips"]


def make_editor(object_name: str, parent: QWidget | None = None, doc: Document | None = None) -> RichTextEditor:
    """A rich-text editor; with ``doc``, its indicator chips show label and value."""
    editor = RichTextEditor(parent)
    editor.setObjectName(object_name)
    if doc is not None:
        editor.textEdit().setIndicatorLabeler(chip_labeler(doc), chip_missing(doc))
    return editor


def refresh_chips(editor: RichTextEditor, doc: Document) -> None:
    """Redraw the chips after a value, a label or the report changed (nothing to do
    without chips: re-laying out a long text for nothing would cost a keystroke)."""
    edit = editor.textEdit()
    if OBJECT_CHAR in edit.document().toRawText():
        edit.setIndicatorLabeler(chip_labeler(doc), chip_missing(doc))
