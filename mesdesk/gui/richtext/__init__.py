"""The rich-text editing component: an editor for ``RichText`` values and its toolbar.

``RichTextEditor`` (text area + live counts) is what forms embed; ``RichTextToolBar``
is the window's one formatting toolbar, acting on whichever field has the focus.
"""

from .editor import RichTextEdit, RichTextEditor
from .toolbar import RichTextToolBar

__all__ = ["RichTextEdit", "RichTextEditor", "RichTextToolBar"]
