"""The Qt formats that show a ``RichText`` value in a QTextDocument.

The QTextDocument is only a view of a ``RichText`` value; nothing here is stored.
Everything the model knows survives a round trip, through plain Qt formats and a few
custom format properties:

* bold / italic: the font weight and italic flag. A run-in sub-heading is always
  *shown* bold, so a run-in that is not also marked bold uses DemiBold: the weight
  then still tells the two apart (bold means weight ≥ Bold).
* run-in: the ``RUNIN`` property, shown in a subtle colour.
* link: Qt's anchor href, shown blue and underlined.
* lists: one ``QTextList`` per list and level-1 run; level 0 has list indent 1,
  level 1 has indent 2 (their grouping into model lists: ``doc_lists.py``).
* footnote: one object-replacement character (U+FFFC) of object type
  ``FOOTNOTE_OBJECT`` carrying the note as JSON in ``NOTE``; it is drawn as a
  superscript number computed live (see ``objects.py``), so numbers are never stored.
* indicator reference: one U+FFFC of type ``INDICATOR_OBJECT`` with the indicator's
  uid (and optional year), drawn as a tinted chip.
* review comments: the ``COMMENTS`` property, the sorted uids of the comments whose
  range covers the characters, joined by spaces. It is not drawn by the format: the
  editor highlights the ranges itself (``comment_marks.py``), as extra selections that
  follow the comment's state without touching the document or its undo history.

Writing a document is ``to_document.py``, reading one back ``from_document.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from mesdesk.model.richtext import Footnote, IndicatorRef, Paragraph, RichText, Text, normalize_inlines
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
COMMENTS = QTextFormat.Property.UserProperty + 0x4D05
FOOTNOTE_OBJECT = QTextFormat.ObjectTypes.UserObject + 0x4D01
INDICATOR_OBJECT = QTextFormat.ObjectTypes.UserObject + 0x4D02
OBJECT_CHAR = "\ufffc"


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
QT_SPECIALS = re.compile("[\ufffc\ufdd0\ufdd1\ufeff]")
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "ftp://", "tel:")


# -- marks ↔ char formats --------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Marks:
    """The model's character marks, independent of text."""

    bold: bool = False
    italic: bool = False
    runin: bool = False
    href: str | None = None
    comments: tuple[str, ...] = ()  # sorted uids of the review comments covering the text

    @classmethod
    def of(cls, text: Text) -> "Marks":
        return cls(text.bold, text.italic, text.runin, text.href, text.comments)


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
    if marks.comments:
        fmt.setProperty(COMMENTS, " ".join(marks.comments))
    return fmt


def read_marks(fmt: QTextCharFormat, foreign: bool = False) -> Marks:
    """The model marks of a character format.

    ``foreign`` formats come from pasted HTML: semi-bold counts as bold there, there
    is no run-in, no comment, and only links a reader can follow are kept.
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
    comments = () if foreign else comment_uids(fmt)
    return Marks(bold=bold, italic=fmt.fontItalic(), runin=runin, href=href, comments=comments)


def comment_uids(fmt: QTextCharFormat) -> tuple[str, ...]:
    """The uids of the comments a character format carries, sorted."""
    if not fmt.hasProperty(COMMENTS):
        return ()
    return tuple(sorted(set(fmt.stringProperty(COMMENTS).split())))


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
