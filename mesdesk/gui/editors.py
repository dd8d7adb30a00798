"""Where the pages get their rich-text editors and the window its formatting toolbar.

The editor component lives in ``mesdesk.gui.richtext`` (its own package); pages ask
this module for one, so they do not depend on how it is built.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mesdesk.gui.richtext import RichTextEditor, RichTextToolBar

__all__ = ["RichTextEditor", "RichTextToolBar", "make_editor"]


def make_editor(object_name: str, parent: QWidget | None = None) -> RichTextEditor:
    editor = RichTextEditor(parent)
    editor.setObjectName(object_name)
    return editor
