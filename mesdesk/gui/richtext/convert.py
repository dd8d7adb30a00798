"""RichText ↔ QTextDocument: the editor's spoke of the one rich-text type.

The QTextDocument is only a view of a ``RichText`` value; nothing here is stored.
Everything the model knows survives a round trip, through plain Qt formats and a few
custom format properties:

* bold / italic: the font weight and italic flag. A run-in sub-heading is always
  *shown* bold, so a run-in that is not also marked bold uses DemiBold: the weight
  then still tells the two apart (bold means weight ≥ Bold).
* run-in: the ``RUNIN`` property, shown in a subtle colour.
* link: Qt's anchor href, shown blue and underlined.
* lists: one ``QTextList`` per list and level-1 run; level 0 has list indent 1,
  level 1 has indent 2. A list "group" (a model ``ListBlock``) is a run of
  consecutive list blocks that starts with a level-0 item; a level-0 item of another
  ``QTextList`` starts the next group.
* footnote: one object-replacement character (U+FFFC) of object type
  ``FOOTNOTE_OBJECT`` carrying the note as JSON in ``NOTE``; it is drawn as a
  superscript number computed live (see ``objects.py``), so numbers are never stored.
* indicator reference: one U+FFFC of type ``INDICATOR_OBJECT`` with the indicator's
  uid (and optional year), drawn as a tinted chip.

The reader is also used on foreign documents (HTML pasted from Word or a web page):
``foreign=True`` then reads only what the model supports and drops the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from mesdesk.model.richtext import (
    Block,
    Footnote,
    IndicatorRef,
    Inline,
    ListBlock,
    ListItem,
    Paragraph,
    RichText,
    Text,
    normalize_inlines,
)
from mesdesk.model.textclean import clean_text

# Custom format properties and object types. The offsets are arbitrary but fixed: they
# only live in memory, never in a file.
# Read them with the typed getters (boolProperty, stringProperty, intProperty), never
# with ``property()``: in PySide6 6.12 ``property()`` of an absent property drops a
# reference to None at each call, and Python 3.11 aborts once None's count runs out.
RUNIN = QTextFormat.Property.UserProperty + 0x4D01
NOTE = QTextFormat.Property.UserProperty + 0x4D02
INDICATOR = QTextFormat.Property.UserProperty + 0x4D03
INDICATOR_YEAR = QTextFormat.Property.UserProperty + 0x4D04
FOOTNOTE_OBJECT = QTextFormat.ObjectTypes.UserObject + 0x4D01
INDICATOR_OBJECT = QTextFormat.ObjectTypes.UserObject + 0x4D02
OBJECT_CHAR = "\ufffc"

_OUR_CHAR_PROPERTIES = (RUNIN, NOTE, INDICATOR, INDICATOR_YEAR)

# Display colours: calm, readable on white, distinct from the body text.
RUNIN_COLOR = QColor("#2b5676")
LINK_COLOR = QColor("#1a5fb4")
FOOTNOTE_COLOR = QColor("#1a5fb4")
CHIP_BACKGROUND = QColor("#e6eef7")
CHIP_BORDER = QColor("#b9cde3")
CHIP_TEXT = QColor("#1f3f5f")

# Paragraph look: a little air between paragraphs, tighter inside lists. Part of the
# space sits above a paragraph so that one following a list is not glued to it.
PARAGRAPH_TOP_SPACING = 3.0
PARAGRAPH_SPACING = 5.0
LIST_ITEM_SPACING = 2.0
LINE_HEIGHT_PERCENT = 115.0

_NUMBERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}

# Characters Qt gives a meaning inside a document: frame markers, object and
# paragraph/line separators. Model text never carries them.
_QT_SPECIALS = re.compile("[\ufffc\ufdd0\ufdd1\ufeff]")
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "ftp://", "tel:")


# -- marks ↔ char formats --------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Marks:
    """The model's character marks, independent of text."""

    bold: bool = False
    italic: bool = False
    runin: bool = False
    href: str | None = None

    @classmethod
    def of(cls, text: Text) -> "Marks":
        return cls(text.bold, text.italic, text.runin, text.href)


_CHAR_FORMATS: dict[Marks, QTextCharFormat] = {}


def char_format(marks: Marks) -> QTextCharFormat:
    """The canonical display format of text with these marks (a fresh copy)."""
    cached = _CHAR_FORMATS.get(marks)
    if cached is None:
        cached = _CHAR_FORMATS[marks] = _make_char_format(marks)
        if len(_CHAR_FORMATS) > 512:  # many distinct links: keep the cache small
            _CHAR_FORMATS.clear()
    return QTextCharFormat(cached)


def _make_char_format(marks: Marks) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if marks.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    elif marks.runin:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    else:
        fmt.setFontWeight(QFont.Weight.Normal)
    fmt.setFontItalic(marks.italic)
    if marks.runin:
        fmt.setProperty(RUNIN, True)
        fmt.setForeground(RUNIN_COLOR)
    if marks.href:
        fmt.setAnchor(True)
        fmt.setAnchorHref(marks.href)
        fmt.setForeground(LINK_COLOR)
        fmt.setFontUnderline(True)
    return fmt


def read_marks(fmt: QTextCharFormat, foreign: bool = False) -> Marks:
    """The model marks of a character format.

    ``foreign`` formats come from pasted HTML: semi-bold counts as bold there, there
    is no run-in, and only links a reader can follow are kept.
    """
    weight = fmt.fontWeight()
    bold_threshold = QFont.Weight.DemiBold if foreign else QFont.Weight.Bold
    bold = _weight_value(weight) >= _weight_value(bold_threshold)
    runin = False if foreign else fmt.boolProperty(RUNIN)
    href: str | None = None
    if fmt.isAnchor():
        href = clean_text(fmt.anchorHref()).strip() or None
        if href and foreign and not href.lower().startswith(_SAFE_SCHEMES):
            href = None  # Word's internal bookmarks (#_ftn1), relative or script links
    return Marks(bold=bold, italic=fmt.fontItalic(), runin=runin, href=href)


def _weight_value(weight: object) -> int:
    return int(getattr(weight, "value", weight))  # enum or plain int, depending on call


def typing_format(fmt: QTextCharFormat) -> QTextCharFormat:
    """A format for typing next to ``fmt``: its marks only, no object or note data."""
    return char_format(read_marks(fmt))


# -- footnote and indicator objects ------------------------------------------------------

def footnote_format(note: Footnote, marks: Marks = Marks()) -> QTextCharFormat:
    """The marker character's format: the note travels inside it."""
    fmt = char_format(Marks(marks.bold, marks.italic, marks.runin, None))
    fmt.setObjectType(FOOTNOTE_OBJECT)
    fmt.setProperty(NOTE, note_to_json(note.content))
    return fmt


def note_to_json(content: Iterable[Text]) -> str:
    """A note's text in the model's own JSON form (one paragraph)."""
    texts = tuple(t for t in normalize_inlines(content) if isinstance(t, Text))
    return RichText((Paragraph(texts),)).to_json_string()


def note_from_json(value: object) -> tuple[Text, ...]:
    if not isinstance(value, str) or not value:
        return ()
    rt = RichText.from_json(value)
    if not rt.blocks or not isinstance(rt.blocks[0], Paragraph):
        return ()
    return tuple(t for t in rt.blocks[0].content if isinstance(t, Text))


def indicator_format(ref: IndicatorRef, marks: Marks = Marks()) -> QTextCharFormat:
    fmt = char_format(Marks(marks.bold, marks.italic, marks.runin, None))
    fmt.setObjectType(INDICATOR_OBJECT)
    fmt.setProperty(INDICATOR, ref.indicator)
    if ref.year is not None:
        fmt.setProperty(INDICATOR_YEAR, ref.year)
    # The chip sits on the text baseline instead of standing on it.
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignBaseline)
    return fmt


def object_inline(fmt: QTextCharFormat) -> Footnote | IndicatorRef | None:
    """The model inline an object character stands for, or None for a foreign one."""
    kind = fmt.objectType()
    if kind == FOOTNOTE_OBJECT:
        return Footnote(note_from_json(fmt.stringProperty(NOTE)))
    if kind == INDICATOR_OBJECT:
        uid = fmt.stringProperty(INDICATOR)
        if not uid:
            return None
        year = fmt.intProperty(INDICATOR_YEAR) if fmt.hasProperty(INDICATOR_YEAR) else None
        return IndicatorRef(uid, year)
    return None


# -- lists --------------------------------------------------------------------------------

def list_format(kind: str, level: int) -> QTextListFormat:
    """The canonical list format for a kind ("bullet" / "number") and level (0 / 1)."""
    fmt = QTextListFormat()
    fmt.setIndent(level + 1)
    if kind == "number":
        fmt.setStyle(QTextListFormat.Style.ListDecimal if level == 0 else QTextListFormat.Style.ListLowerAlpha)
        fmt.setNumberSuffix(")")
    else:
        fmt.setStyle(QTextListFormat.Style.ListDisc if level == 0 else QTextListFormat.Style.ListCircle)
    return fmt


def list_kind(lst: QTextList) -> str:
    return "number" if lst.format().style() in _NUMBERED_STYLES else "bullet"


def list_level(lst: QTextList) -> int:
    return 1 if lst.format().indent() >= 2 else 0


def _make_block_format(in_list: bool) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(0.0 if in_list else PARAGRAPH_TOP_SPACING)
    fmt.setBottomMargin(LIST_ITEM_SPACING if in_list else PARAGRAPH_SPACING)
    fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


_BLOCK_FORMATS = {False: _make_block_format(False), True: _make_block_format(True)}


def block_format(in_list: bool) -> QTextBlockFormat:
    """The paragraph look (spacing, line height) of a paragraph or a list item."""
    return QTextBlockFormat(_BLOCK_FORMATS[in_list])


def _same_list(a: QTextList | None, b: QTextList | None) -> bool:
    return a is not None and b is not None and a.objectIndex() == b.objectIndex()


@dataclass
class _GroupEntry:
    block: QTextBlock
    level: int


def list_groups(first: QTextBlock, last: QTextBlock | None = None) -> Iterator[list[_GroupEntry]]:
    """The list groups (model ListBlocks) met from ``first`` on, as block/level entries.

    Levels are the ones the model will see: the first item of a group is level 0.
    Stops after the group containing ``last`` (or at the document end).
    """
    group: list[_GroupEntry] = []
    root: QTextList | None = None
    block = first
    passed_last = False
    while block.isValid():
        lst = block.textList()
        if lst is None:
            if group:
                yield group
                group, root = [], None
            if passed_last:
                return
        else:
            level = list_level(lst)
            if group and level == 0 and not _same_list(lst, root):
                yield group
                group, root = [], None
                if passed_last:
                    return
            if not group:
                level = 0
                root = lst if list_level(lst) == 0 else None
            group.append(_GroupEntry(block, level))
        if last is not None and block.blockNumber() >= last.blockNumber():
            passed_last = True
        block = block.next()
    if group:
        yield group


def group_start(block: QTextBlock) -> QTextBlock:
    """The first block of the list group ``block`` belongs to (``block`` is a list item)."""
    run_start = block
    while run_start.previous().isValid() and run_start.previous().textList() is not None:
        run_start = run_start.previous()
    for group in list_groups(run_start, block):
        if group[0].block.blockNumber() <= block.blockNumber() <= group[-1].block.blockNumber():
            return group[0].block
    return block


def group_kind(block: QTextBlock) -> str | None:
    """The kind of the list group of ``block``, or None when it is a paragraph."""
    if block.textList() is None:
        return None
    first = group_start(block)
    return list_kind(first.textList())


def normalize_lists(
    doc: QTextDocument, start: int = 0, end: int | None = None, dry_run: bool = False
) -> bool:
    """Make Qt's lists match the model's reading of them, so what is shown is what is saved.

    Each group gets its own level-0 ``QTextList`` and each level-1 run its own
    ``QTextList`` (numbering restarts where the model's does), formats are canonical,
    and a group's first item is level 0. Only groups touching ``start..end`` are
    looked at. The changes join the current edit block. Returns whether anything changed
    (with ``dry_run``: whether anything would, changing nothing).
    """
    first = doc.findBlock(start)
    last = doc.findBlock(end if end is not None else doc.characterCount() - 1)
    if not first.isValid():
        first = doc.begin()
    if not last.isValid():
        last = doc.lastBlock()
    # Back up to the start of the group the range begins in.
    if first.textList() is not None:
        first = group_start(first)
    changed = False
    cursor = QTextCursor(doc)
    for group in list_groups(first, last):
        start_pos = group[0].block.position()
        kind = list_kind(group[0].block.textList())
        root: QTextList | None = None
        sub: QTextList | None = None
        for entry in group:
            block, level = entry.block, entry.level
            lst = block.textList()
            if level == 0:
                sub = None
                if root is None:
                    ok = (
                        list_level(lst) == 0
                        and lst.item(0).position() >= start_pos
                    )
                    if ok:
                        root = lst
                    else:
                        if dry_run:
                            return True
                        cursor.setPosition(block.position())
                        root = cursor.createList(list_format(kind, 0))
                        changed = True
                elif not _same_list(lst, root):
                    if dry_run:
                        return True
                    root.add(block)
                    changed = True
            else:
                if sub is None:  # the first item of a level-1 run
                    ok = list_level(lst) == 1 and lst.item(0).position() >= block.position()
                    if ok:
                        sub = lst
                    else:
                        if dry_run:
                            return True
                        cursor.setPosition(block.position())
                        sub = cursor.createList(list_format(kind, 1))
                        changed = True
                elif not _same_list(lst, sub):
                    if dry_run:
                        return True
                    sub.add(block)
                    changed = True
                if not _format_is(sub, kind, 1):
                    if dry_run:
                        return True
                    sub.setFormat(list_format(kind, 1))
                    changed = True
        if root is not None and not _format_is(root, kind, 0):
            if dry_run:
                return True
            root.setFormat(list_format(kind, 0))
            changed = True
    return changed


def _format_is(lst: QTextList, kind: str, level: int) -> bool:
    want, have = list_format(kind, level), lst.format()
    return (
        have.style() == want.style()
        and have.indent() == want.indent()
        and have.numberSuffix() == want.numberSuffix()
    )


# -- QTextDocument → RichText ----------------------------------------------------------------

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
        text = clean_text(_QT_SPECIALS.sub("", text.replace("\u2028", "\n")))
        if text:
            m = read_marks(fmt, foreign)
            out.append(Text(text, m.bold, m.italic, m.runin, m.href))
    return list(normalize_inlines(out))


def _split_lines(content: list[Inline]) -> list[tuple[Inline, ...]]:
    """Split inlines at newlines (Qt line breaks, ``<br>``): the model has none."""
    lines: list[list[Inline]] = [[]]
    for inline in content:
        if isinstance(inline, Text) and "\n" in inline.text:
            parts = inline.text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    lines.append([])
                if part:
                    lines[-1].append(Text(part, inline.bold, inline.italic, inline.runin, inline.href))
        else:
            lines[-1].append(inline)
    return [tuple(line) for line in lines]


def _strip_ends(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Leading and trailing spaces of a pasted paragraph: HTML layout, not text."""
    items = list(content)
    if items and isinstance(items[0], Text):
        items[0] = Text(items[0].text.lstrip(), items[0].bold, items[0].italic, items[0].runin, items[0].href)
    if items and isinstance(items[-1], Text):
        last = items[-1]
        items[-1] = Text(last.text.rstrip(), last.bold, last.italic, last.runin, last.href)
    return normalize_inlines(items)


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
        lines = _split_lines(block_inlines(block, foreign))
        if foreign:
            lines = [_strip_ends(line) for line in lines]
        if lst is None:
            close_list()
            for line in lines:
                if line or not foreign:
                    blocks.append(Paragraph(line))
        else:
            level = list_level(lst)
            if level == 0 and items and not _same_list(lst, root):
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


# Word puts lists on the clipboard as paragraphs starting with a bullet glyph or a
# number and spaces (its "mso-list" CSS, unknown to Qt). Recognise those.
_WORD_BULLET = re.compile(r"^[\u00b7\u2022\u25aa\u25e6\u2013\-o\uf0b7\uf0a7\u00a7]\s*[\u00a0 \t]+")
_WORD_NUMBER = re.compile(r"^(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)][\u00a0 \t]+")


def _foreign_lists(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    pending: list[ListItem] = []
    pending_kind = "bullet"

    def flush() -> None:
        nonlocal pending
        if pending:
            out.append(ListBlock(pending_kind, tuple(pending)))  # type: ignore[arg-type]  # kind is 'bullet' or 'number'
        pending = []

    for block in blocks:
        if not isinstance(block, Paragraph) or not block.content or not isinstance(block.content[0], Text):
            flush()
            out.append(block)
            continue
        first = block.content[0]
        for pattern, kind in ((_WORD_BULLET, "bullet"), (_WORD_NUMBER, "number")):
            match = pattern.match(first.text)
            if match:
                break
        else:
            flush()
            out.append(block)
            continue
        rest = first.text[match.end():]
        content = ((Text(rest, first.bold, first.italic, first.runin, first.href),) if rest else ()) + block.content[1:]
        # Word's level-2 bullets use "o", its level-2 numbers letters.
        token = match.group(0).strip("\u00a0 \t")
        level = 1 if pending and (token in ("o", "\u25e6") or (kind == "number" and token[:1].isalpha() and pending_kind == "number")) else 0
        if pending and kind != pending_kind and level == 0:
            flush()
        if not pending:
            pending_kind = kind
        pending.append(ListItem(normalize_inlines(content), level))
    flush()
    return out


# -- RichText → QTextDocument ----------------------------------------------------------------

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
            if _QT_SPECIALS.search(text):
                text = _QT_SPECIALS.sub("", text)
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


def leave_list(cursor: QTextCursor) -> None:
    lst = cursor.currentList()
    if lst is not None:
        lst.remove(cursor.block())
        fmt = cursor.blockFormat()
        fmt.setIndent(0)
        fmt.setTopMargin(PARAGRAPH_TOP_SPACING)
        fmt.setBottomMargin(PARAGRAPH_SPACING)
        cursor.setBlockFormat(fmt)


def plain_text_to_richtext(text: str) -> RichText:
    """Pasted plain text: one paragraph per non-empty line, marks none, spaces kept.

    Blank lines between paragraphs are only separators, but a line break at the very
    start or end counts (an empty paragraph there): pasting "\\nsuite" at the end of
    a line starts a new paragraph, as it would in a word processor.
    """
    text = _QT_SPECIALS.sub("", clean_text(text))
    lines = text.split("\n")
    blocks: list[Block] = [Paragraph((Text(line),)) for line in lines if line.strip()]
    if len(lines) > 1 and blocks:
        if not lines[0].strip():
            blocks.insert(0, Paragraph(()))
        if not lines[-1].strip():
            blocks.append(Paragraph(()))
    return RichText(tuple(blocks))
