"""Operations on rich-text inlines shared by paste (``gui/richtext``) and Word import.

Qt-free, like ``richtext.py`` itself: text pasted from Word or a web page and a Word
document being imported meet the same accidents (line breaks inside a paragraph,
spaces around it, bullets typed by hand), and both must read them the same way.

* ``split_lines``: inlines cut at line breaks (the model has none inside a paragraph).
* ``lstrip_inlines`` / ``rstrip_inlines`` / ``strip_inlines``: a paragraph's outer spaces.
* ``split_at`` / ``drop_prefix``: inlines cut at a text offset.
* ``flatten``: a whole ``RichText`` as one run of ``Text``, what a footnote can hold.
* ``typed_marker``: a bullet or number typed at the start of a line, read with the one
  table of hand-typed bullets (``BULLETS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from mesdesk.model.richtext import Inline, RichText, Text, normalize_inlines

# -- splitting and stripping -------------------------------------------------------------

def split_lines(content: Iterable[Inline]) -> list[tuple[Inline, ...]]:
    """The inlines cut at each newline (a Qt line break, an HTML ``<br>``), one tuple a line."""
    lines: list[list[Inline]] = [[]]
    for inline in content:
        if isinstance(inline, Text) and "\n" in inline.text:
            for i, part in enumerate(inline.text.split("\n")):
                if i:
                    lines.append([])
                if part:
                    lines[-1].append(replace(inline, text=part))
        else:
            lines[-1].append(inline)
    return [tuple(line) for line in lines]


def lstrip_inlines(inlines: Sequence[Inline]) -> tuple[Inline, ...]:
    """Without the leading spaces: blank texts at the start dropped, the next one stripped."""
    out = list(inlines)
    while out and isinstance(out[0], Text) and not out[0].text.strip():
        out.pop(0)
    if out and isinstance(out[0], Text):
        out[0] = replace(out[0], text=out[0].text.lstrip())
    return tuple(out)


def rstrip_inlines(inlines: Sequence[Inline]) -> tuple[Inline, ...]:
    """Without the trailing spaces (the mirror of ``lstrip_inlines``)."""
    out = list(inlines)
    while out and isinstance(out[-1], Text) and not out[-1].text.strip():
        out.pop()
    if out and isinstance(out[-1], Text):
        out[-1] = replace(out[-1], text=out[-1].text.rstrip())
    return tuple(out)


def strip_inlines(inlines: Sequence[Inline]) -> tuple[Inline, ...]:
    return rstrip_inlines(lstrip_inlines(inlines))


def split_at(inlines: Sequence[Inline], offset: int) -> tuple[tuple[Inline, ...], tuple[Inline, ...]]:
    """The inlines before and from a text offset (notes and chips count as no text).

    An object right at the offset stays before it, unless the offset is 0.
    """
    before: list[Inline] = []
    after: list[Inline] = []
    pos = 0
    for inline in inlines:
        if not isinstance(inline, Text):
            (before if pos < offset or (pos == offset and not after and offset > 0) else after).append(inline)
            continue
        end = pos + len(inline.text)
        if end <= offset:
            before.append(inline)
        elif pos >= offset:
            after.append(inline)
        else:
            before.append(replace(inline, text=inline.text[: offset - pos]))
            after.append(replace(inline, text=inline.text[offset - pos :]))
        pos = end
    return tuple(before), tuple(after)


def drop_prefix(inlines: Sequence[Inline], count: int) -> tuple[Inline, ...]:
    """The inlines without their first ``count`` characters of text, and the spaces after them.

    Notes and chips among the dropped characters stay: only text is a prefix.
    """
    out: list[Inline] = []
    for inline in inlines:
        if count > 0 and isinstance(inline, Text):
            if len(inline.text) <= count:
                count -= len(inline.text)
                continue
            inline = replace(inline, text=inline.text[count:])
            count = 0
        out.append(inline)
    return lstrip_inlines(out)


def flatten(rt: RichText) -> tuple[Text, ...]:
    """Paragraphs joined by one space, text only, outer spaces dropped: a footnote's content."""
    texts: list[Inline] = []
    for i, content in enumerate(rt.paragraph_contents()):
        if i and texts:
            texts.append(Text(" "))
        texts.extend(t for t in content if isinstance(t, Text))
    # Outer spaces of a note are typing accidents.
    return tuple(t for t in strip_inlines(normalize_inlines(texts)) if isinstance(t, Text) and t.text)


# -- bullets and numbers typed by hand ----------------------------------------------------

# The one table of hand-typed bullets: a glyph (or two) at a line's start and its level.
# U+F0B7 and U+F0A7 are the Symbol and Wingdings bullets Word puts in the text of a
# list it copies to the clipboard (its "mso-list" CSS, unknown to Qt).
BULLETS: dict[str, int] = {
    **dict.fromkeys(("-", "–", "•", "●", "■", "▪", "*", "\uf0b7", "\uf0a7"), 0),
    **dict.fromkeys(("→", "➡", "➢", "⇒", "►", "◦", "○", "- →", "- ➡"), 1),
}
# Word's clipboard also shows its bullets through fonts: Symbol's "·", Wingdings' "§"
# and Courier's "o" (its second level). In a document's own text they are a middle dot,
# a section sign and a letter: bullets only when pasted.
PASTED_BULLETS: dict[str, int] = {"·": 0, "§": 0, "o": 1}
# A lone "o" right after a list item is Word's second-level bullet typed by hand.
AFTER_ITEM_BULLETS: dict[str, int] = {"o": 1, "O": 1}

# Word pads its pasted markers with odd spaces; the gap ends in a plain one or a no-break one.
_GAP = re.compile(r"\s*[ \t\u00a0]+")
_NUMBER = re.compile(r"(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)][ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class TypedMarker:
    """A list marker typed at the start of a line."""

    kind: str  # "bullet" or "number"
    level: int  # the glyph's level; letters are the second level of a numbered list
    length: int  # the characters to drop: leading spaces, the marker, the gap after it


def typed_marker(text: str, *, after_item: bool = False, pasted: bool = False) -> TypedMarker | None:
    """The bullet (or, ``pasted``, number) typed at the start of ``text``, or None.

    A marker needs a space, tab or no-break space after it. ``after_item``: the line
    follows a list item (a lone "o" is then a bullet). ``pasted``: the line comes from
    the clipboard, where Word's font glyphs and typed numbers (« 1. », « a) ») are lists.
    """
    body = text.lstrip()
    lead = len(text) - len(body)
    table = dict(BULLETS)
    if pasted:
        table.update(PASTED_BULLETS)
    if after_item:
        table.update(AFTER_ITEM_BULLETS)
    for glyph in sorted(table, key=len, reverse=True):  # "- →" before "-"
        if body.startswith(glyph):
            gap = _GAP.match(body, len(glyph))
            if gap:
                return TypedMarker("bullet", table[glyph], lead + gap.end())
    if pasted:
        number = _NUMBER.match(body)
        if number:
            return TypedMarker("number", int(number.group(1).isalpha()), lead + number.end())
    return None
