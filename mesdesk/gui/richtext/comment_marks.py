"""Review comments in a QTextDocument: where their ranges are, marking or unmarking
one, and how the edit highlights them.

A comment's range is the characters whose format carries its uid (``formats.COMMENTS``),
so it moves with the text for free. Highlighting is not part of the format: the edit
draws it as extra selections (display only), so selecting a comment in the panel or
resolving it changes the look without writing into the document or its undo history.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from enum import Enum

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from .formats import OBJECT_CHAR, char_format, comment_uids, object_inline, read_marks


class CommentLook(Enum):
    """How a comment's range is drawn (the panel decides which)."""

    OPEN = "open"
    CURRENT = "current"  # the comment selected in the panel
    RESOLVED = "resolved"


# Soft enough to read through, distinct from the blue of links and chips; the current
# comment stands out; a resolved one is only a trace (shown while the panel lists it).
OPEN_BACKGROUND = QColor("#fdf0b5")
OVERLAP_BACKGROUND = QColor("#f9e07f")  # two open comments on the same words
CURRENT_BACKGROUND = QColor("#f5c842")
CURRENT_UNDERLINE = QColor("#b7791f")
RESOLVED_BACKGROUND = QColor("#eeeeea")
_RANK = {CommentLook.RESOLVED: 0, CommentLook.OPEN: 1, CommentLook.CURRENT: 2}


def _text_fragments(doc: QTextDocument, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, QTextCharFormat]]:
    """(start, end, format) of each text fragment overlapping ``[start, end)``, objects left out."""
    stop = doc.characterCount() if end is None else end
    block = doc.findBlock(start)
    while block.isValid() and block.position() < stop:
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            it += 1
            lo, hi = max(frag.position(), start), min(frag.position() + frag.length(), stop)
            if lo < hi and object_inline(frag.charFormat()) is None and OBJECT_CHAR not in frag.text():
                yield lo, hi, frag.charFormat()
        block = block.next()


def comment_spans(doc: QTextDocument) -> dict[str, list[tuple[int, int]]]:
    """Each comment uid marked in ``doc`` with its ranges, in document order (adjacent ones merged)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for lo, hi, fmt in _text_fragments(doc):
        for uid in comment_uids(fmt):
            ranges = spans.setdefault(uid, [])
            if ranges and ranges[-1][1] == lo:
                ranges[-1] = (ranges[-1][0], hi)
            else:
                ranges.append((lo, hi))
    return spans


def has_text(doc: QTextDocument, start: int, end: int) -> bool:
    """True when ``[start, end)`` holds characters a comment can mark (not only notes or chips)."""
    return any(True for _ in _text_fragments(doc, start, end))


def set_comment(doc: QTextDocument, spans: list[tuple[int, int]], uid: str, on: bool) -> bool:
    """Add (``on``) or remove the mark of ``uid`` over ``spans``, as one step of the
    document's undo history. False when nothing changed."""
    changes: list[tuple[int, int, QTextCharFormat]] = []
    for start, end in spans:
        for lo, hi, fmt in _text_fragments(doc, start, end):
            marks = read_marks(fmt)
            uids = set(marks.comments)
            if (uid in uids) == on:
                continue
            uids = uids | {uid} if on else uids - {uid}
            changes.append((lo, hi, char_format(replace(marks, comments=tuple(sorted(uids))))))
    if not changes:
        return False
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for lo, hi, fmt in changes:
        cursor.setPosition(lo)
        cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
    cursor.endEditBlock()
    return True


def typing_comments(doc: QTextDocument, position: int) -> tuple[str, ...]:
    """The comments a character typed at ``position`` joins: those on both sides of it.

    So typing just before or just after a range (or at a paragraph's edge) does not
    extend it, as in Word; typing inside it does.
    """
    cursor = QTextCursor(doc)
    cursor.setPosition(position)
    if cursor.atBlockStart() or cursor.atBlockEnd():
        return ()
    before = comment_uids(cursor.charFormat())  # a fresh cursor reads the character before it
    if not before:
        return ()
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    after = set(comment_uids(cursor.charFormat()))
    return tuple(uid for uid in before if uid in after)


def highlight_selections(doc: QTextDocument, looks: Mapping[str, CommentLook]) -> list[QTextEdit.ExtraSelection]:
    """The extra selections that draw the ranges of the comments in ``looks`` (others,
    e.g. a mark left by the text's own undo after its comment was deleted, are not drawn)."""
    out: list[QTextEdit.ExtraSelection] = []
    if not looks:
        return out
    for lo, hi, fmt in _text_fragments(doc):
        uids = [uid for uid in comment_uids(fmt) if uid in looks]
        if not uids:
            continue
        shown = [looks[uid] for uid in uids]
        look = max(shown, key=_RANK.__getitem__)
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(doc)
        cursor.setPosition(lo)
        cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        sel_fmt = QTextCharFormat()
        if look is CommentLook.CURRENT:
            sel_fmt.setBackground(CURRENT_BACKGROUND)
            sel_fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            sel_fmt.setUnderlineColor(CURRENT_UNDERLINE)
        elif look is CommentLook.OPEN:
            open_count = sum(1 for s in shown if s is CommentLook.OPEN)
            sel_fmt.setBackground(OVERLAP_BACKGROUND if open_count > 1 else OPEN_BACKGROUND)
        else:
            sel_fmt.setBackground(RESOLVED_BACKGROUND)
        # The property says which comment is drawn (tests read it back; Qt ignores it).
        sel_fmt.setProperty(QTextFormat.Property.UserProperty + 0x4D10, " ".join(uids))
        selection.format = sel_fmt
        out.append(selection)
    return out
