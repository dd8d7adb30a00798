"""The rich-text editing component: an editor for ``RichText`` values and its toolbar.

``RichTextEditor`` (text area + live counts) is what forms embed; ``RichTextToolBar``
is the window's one formatting toolbar, acting on whichever field has the focus.

API used by the main window::

    editor = RichTextEditor(parent)
    editor.setRichText(rt)          # no contentChanged, text undo history cleared
    editor.richText() -> RichText
    editor.contentChanged           # after each user edit (debounce and autosave)
    editor.setTargetWords(n | None) # the count turns red past it
    editor.setPlaceholderText(text)
    editor.textEdit() -> RichTextEdit
    editor.textEdit().setIndicatorLabeler(lambda ref: "visites du site")
    editor.textEdit().insertIndicatorRef(IndicatorRef(uid, year))
    editor.textEdit().indicatorChips() -> [(position, IndicatorRef, label shown)]

Stable object names: ``richTextEditor``, ``richTextEdit``, ``wordCount`` (the count
label, property ``overTarget``), ``richTextToolBar`` and its actions ``actionBold``,
``actionItalic``, ``actionRunIn``, ``actionBulletList``, ``actionNumberedList``,
``actionDecreaseLevel``, ``actionIncreaseLevel``, ``actionLink``, ``actionFootnote``;
dialogs ``linkDialog`` (``linkUrl``, ``linkText``, ``removeLink``) and
``footnoteDialog`` (``footnoteText``, ``deleteFootnote``).
"""

from .counted_editor import RichTextEditor
from .editor import RichTextEdit
from .toolbar import RichTextToolBar

__all__ = ["RichTextEdit", "RichTextEditor", "RichTextToolBar"]
