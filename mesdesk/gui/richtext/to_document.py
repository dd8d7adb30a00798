"""RichText → QTextDocument: showing a value in the editor, inserting one at a cursor.

The formats are ``formats.py``'s; after an insertion the lists are made canonical again
(``doc_lists.normalize_lists``) so that what is shown is what will be saved.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QTextCursor, QTextDocument, QTextList

from mesdesk.model.richtext import Footnote, Inline, Paragraph, RichText, Text

from .doc_lists import leave_list, normalize_lists
from .formats import (
    OBJECT_CHAR,
    QT_SPECIALS,
    Marks,
    block_format,
    char_format,
    footnote_format,
    indicator_format,
    list_format,
)


def richtext_to_document(rt: RichText, doc: QTextDocument | None = None) -> QTextDocument:
    """Show ``rt`` in ``doc`` (a new document when None), replacing its content.

    The document's undo history is cleared: loading a value is not an edit.
    """
    if doc is None:
        doc = QTextDocument()
    undo = doc.isUndoRedoEnabled()
    doc.setUndoRedoEnabled(False)  # faster, and leaves no history behind
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.setBlockFormat(block_format(False))
    cursor.setBlockCharFormat(char_format(Marks()))
    insert_richtext(cursor, rt, normalize=False)
    doc.setUndoRedoEnabled(undo)
    return doc


def insert_inlines(cursor: QTextCursor, content: Iterable[Inline]) -> None:
    for inline in content:
        if isinstance(inline, Text):
            text = inline.text
            if QT_SPECIALS.search(text):
                text = QT_SPECIALS.sub("", text)
            if text:
                cursor.insertText(text, char_format(Marks.of(inline)))
        elif isinstance(inline, Footnote):
            cursor.insertText(OBJECT_CHAR, footnote_format(inline))
        else:
            cursor.insertText(OBJECT_CHAR, indicator_format(inline))


def insert_richtext(cursor: QTextCursor, rt: RichText, normalize: bool = True) -> None:
    """Insert ``rt`` at the cursor, as one undo step.

    The first block's content joins the block the cursor is in (a list pasted into an
    empty paragraph turns it into that list); paragraphs pasted into a list item
    become items of that list, as in a word processor. The text after the cursor ends
    up after the inserted content.
    """
    cursor.beginEditBlock()
    try:
        if cursor.hasSelection():
            cursor.removeSelectedText()
        start_pos = cursor.position()
        target_list = cursor.currentList()
        first = True
        for block in rt.blocks:
            if isinstance(block, Paragraph):
                if not first:
                    cursor.insertBlock(block_format(target_list is not None), char_format(Marks()))
                    if target_list is not None:
                        target_list.add(cursor.block())
                    else:
                        leave_list(cursor)
                insert_inlines(cursor, block.content)
                first = False
                continue
            root: QTextList | None = None
            sub: QTextList | None = None
            for index, item in enumerate(block.items):
                level = item.level if index else 0
                if first:
                    first = False
                    here_empty = cursor.block().length() == 1 and target_list is None
                    if not here_empty:
                        # A list's first item pasted inside text joins that text.
                        insert_inlines(cursor, item.content)
                        continue
                    cursor.setBlockFormat(block_format(True))
                else:
                    cursor.insertBlock(block_format(True), char_format(Marks()))
                if level == 0 or root is None:
                    sub = None
                    if root is None:
                        root = cursor.createList(list_format(block.kind, 0))
                    else:
                        root.add(cursor.block())
                else:
                    if sub is None:
                        sub = cursor.createList(list_format(block.kind, 1))
                    else:
                        sub.add(cursor.block())
                insert_inlines(cursor, item.content)
        if normalize:
            normalize_lists(cursor.document(), start_pos, cursor.position())
    finally:
        cursor.endEditBlock()
