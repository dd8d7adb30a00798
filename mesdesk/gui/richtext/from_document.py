"""QTextDocument → RichText: reading the editor's document, or HTML pasted from elsewhere.

The reader is also used on foreign documents (HTML pasted from Word or a web page):
``foreign=True`` then reads only what the model supports and drops the rest, and reads
the bullets and numbers Word types into the text of the lists it copies
(``richtext_ops.typed_marker``).
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument, QTextList

from mesdesk.model.richtext import (
    Block,
    Inline,
    ListBlock,
    ListItem,
    Paragraph,
    RichText,
    Text,
    normalize_inlines,
)
from mesdesk.model.richtext_ops import drop_prefix, split_lines, strip_inlines, typed_marker
from mesdesk.model.textclean import clean_text

from .doc_lists import same_list
from .formats import OBJECT_CHAR, QT_SPECIALS, list_kind, list_level, object_inline, read_marks


def block_inlines(block: QTextBlock, foreign: bool = False) -> list[Inline]:
    """The inlines of one text block, in order."""
    out: list[Inline] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        it += 1
        if not frag.isValid():
            continue
        fmt = frag.charFormat()
        text = frag.text()
        if OBJECT_CHAR in text:
            obj = None if foreign else object_inline(fmt)
            if obj is not None and fmt.isImageFormat() is False:
                out.extend(obj for ch in text if ch == OBJECT_CHAR)
            text = text.replace(OBJECT_CHAR, "")  # images, foreign objects: dropped
            if not text:
                continue
        text = clean_text(QT_SPECIALS.sub("", text.replace("\u2028", "\n")))
        if text:
            m = read_marks(fmt, foreign)
            out.append(Text(text, m.bold, m.italic, m.runin, m.href, m.comments))
    return list(normalize_inlines(out))


def document_to_richtext(doc: QTextDocument, foreign: bool = False) -> RichText:
    """The model value shown by ``doc``.

    A document holding one empty paragraph is the empty ``RichText``. With
    ``foreign`` (pasted HTML), empty paragraphs are dropped, table cells become
    paragraphs, and only bold, italic, links and two list levels are kept.
    """
    blocks: list[Block] = []
    items: list[ListItem] = []
    kind = "bullet"
    root: QTextList | None = None

    def close_list() -> None:
        nonlocal items, root
        if items:
            blocks.append(ListBlock(kind, tuple(items)))  # type: ignore[arg-type]  # kind is 'bullet' or 'number'
        items, root = [], None

    block = doc.begin()
    while block.isValid():
        lst = block.textList()
        # The model has no line break inside a paragraph; a pasted one's outer spaces are layout.
        lines = split_lines(block_inlines(block, foreign))
        if foreign:
            lines = [strip_inlines(line) for line in lines]
        if lst is None:
            close_list()
            for line in lines:
                if line or not foreign:
                    blocks.append(Paragraph(line))
        else:
            level = list_level(lst)
            if level == 0 and items and not same_list(lst, root):
                close_list()
            if not items:
                kind = list_kind(lst)
                root = lst if level == 0 else None
                level = 0
            for line in lines:
                if line or not foreign:
                    items.append(ListItem(line, level))
        block = block.next()
    close_list()
    if foreign:
        blocks = _foreign_lists(blocks)
    if len(blocks) == 1 and blocks[0] == Paragraph(()):
        return RichText()
    return RichText(tuple(blocks))


def _foreign_lists(blocks: list[Block]) -> list[Block]:
    """Paragraphs starting with a typed bullet or number made list items.

    Word puts lists on the clipboard as such paragraphs (its "mso-list" CSS is unknown to Qt).
    """
    out: list[Block] = []
    pending: list[ListItem] = []
    pending_kind = "bullet"

    def flush() -> None:
        nonlocal pending
        if pending:
            out.append(ListBlock(pending_kind, tuple(pending)))  # type: ignore[arg-type]  # kind is 'bullet' or 'number'
        pending = []

    for block in blocks:
        first = block.content[0] if isinstance(block, Paragraph) and block.content else None
        marker = typed_marker(first.text, after_item=bool(pending), pasted=True) if isinstance(first, Text) else None
        if marker is None:
            flush()
            out.append(block)
            continue
        # Word's level-2 bullets use "o", its level-2 numbers letters (under numbers only).
        level = marker.level if pending and (marker.kind == "bullet" or pending_kind == "number") else 0
        if pending and marker.kind != pending_kind and level == 0:
            flush()
        if not pending:
            pending_kind = marker.kind
        pending.append(ListItem(normalize_inlines(drop_prefix(block.content, marker.length)), level))
    flush()
    return out


def plain_text_to_richtext(text: str) -> RichText:
    """Pasted plain text: one paragraph per non-empty line, marks none, spaces kept.

    Blank lines between paragraphs are only separators, but a line break at the very
    start or end counts (an empty paragraph there): pasting "\\nsuite" at the end of
    a line starts a new paragraph, as it would in a word processor.
    """
    text = QT_SPECIALS.sub("", clean_text(text))
    lines = text.split("\n")
    blocks: list[Block] = [Paragraph((Text(line),)) for line in lines if line.strip()]
    if len(lines) > 1 and blocks:
        if not lines[0].strip():
            blocks.insert(0, Paragraph(()))
        if not lines[-1].strip():
            blocks.append(Paragraph(()))
    return RichText(tuple(blocks))
