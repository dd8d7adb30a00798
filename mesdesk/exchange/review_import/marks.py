"""One section's text read back with the reviewers' marks, taken apart.

The shape hands each field's text with ``ReviewAnchor`` points in it. From them:

* the *accepted* text (what Word shows once every change is accepted, comment ranges
  in its offsets) and the *original* text (every change rejected: what the reviewer
  started from, and what is compared with the app's text);
* the tracked changes, in the original's offsets: adjacent changes by one author make
  one (a deletion then an insertion is a replacement); a paragraph inserted or deleted
  whole takes its line break with it, so accepting it adds or removes a paragraph.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from mesdesk.exchange.docx_import.reader import ReviewAnchor
from mesdesk.exchange.review_import.reading import parse_date
from mesdesk.model.richtext import (
    Block,
    Footnote,
    Inline,
    ListBlock,
    ListItem,
    Paragraph,
    RichText,
    Text,
    normalize_inlines,
)


@dataclass
class TrackedChange:
    """``original[start:end]`` replaced by ``new`` (either may be empty)."""

    start: int
    end: int
    old: str
    new: str
    author: str
    created_at: dt.datetime | None
    accepted_start: int = 0  # where ``new`` sits in the accepted text
    keys: set[str] = field(default_factory=set)  # the w:id of the file's changes it gathers

    @property
    def kind(self) -> str:
        if self.old and self.new:
            return "replacement"
        return "insertion" if self.new else "deletion"


@dataclass
class FieldMarks:
    accepted: str = ""
    original: str = ""
    # For each offset of the accepted text (and its end), the offset in the original;
    # inserted characters map to where the insertion stands.
    accepted_to_original: list[int] = field(default_factory=lambda: [0])
    changes: list[TrackedChange] = field(default_factory=list)
    comment_starts: dict[str, int] = field(default_factory=dict)  # comment key → accepted offset
    comment_ends: dict[str, int] = field(default_factory=dict)
    original_rich: RichText = field(default_factory=RichText)
    accepted_rich: RichText = field(default_factory=RichText)

    def original_offset(self, accepted_offset: int) -> int:
        at = min(max(accepted_offset, 0), len(self.accepted_to_original) - 1)
        return self.accepted_to_original[at]


def _line_texts(content: tuple[Inline, ...]) -> tuple[bool, bool]:
    """Whether a line's text is all inserted, and whether it holds only deletions."""
    inside = 0
    live = inserted = deleted = False
    for inline in content:
        if isinstance(inline, ReviewAnchor):
            if inline.kind == "ins_start":
                inside += 1
            elif inline.kind == "ins_end":
                inside = max(0, inside - 1)
            elif inline.kind == "del" and inline.deleted:
                deleted = True
        elif isinstance(inline, Text) and inline.text:
            if inside:
                inserted = True
            else:
                live = True
    return inserted and not live, deleted and not live and not inserted


class _Builder:
    def __init__(self) -> None:
        self.marks = FieldMarks()
        self.accepted: list[str] = []
        self.original: list[str] = []
        self.a = 0
        self.o = 0
        self.open: list[ReviewAnchor] = []
        self.current: TrackedChange | None = None
        self.break_taken = False  # the line break before the next line went with a whole-line change

    # text going to both, one or the other
    def both(self, text: str) -> None:
        self._close()
        self.accepted.append(text)
        self.original.append(text)
        self.marks.accepted_to_original.extend(range(self.o + 1, self.o + len(text) + 1))
        self.a += len(text)
        self.o += len(text)

    def inserted(self, text: str, anchor: ReviewAnchor) -> None:
        change = self._change(anchor)
        change.new += text
        self.accepted.append(text)
        self.marks.accepted_to_original.extend([self.o] * len(text))
        self.a += len(text)

    def deleted(self, text: str, anchor: ReviewAnchor) -> None:
        change = self._change(anchor)
        change.old += text
        change.end += len(text)
        self.original.append(text)
        self.o += len(text)
        self.marks.accepted_to_original[-1] = self.o

    def _change(self, anchor: ReviewAnchor) -> TrackedChange:
        """The change being built, or a new one when the author changes or text came between."""
        current = self.current
        if current is None or current.author != anchor.author or current.end != self.o:
            self._close()
            current = TrackedChange(self.o, self.o, "", "", anchor.author, parse_date(anchor.date), self.a)
            self.current = current
        current.keys.add(anchor.key)
        return current

    def _close(self) -> None:
        if self.current is not None and (self.current.old or self.current.new):
            self.marks.changes.append(self.current)
        self.current = None

    def point(self, anchor: ReviewAnchor) -> None:
        if anchor.kind in ("comment_start", "comment_point"):
            self.marks.comment_starts.setdefault(anchor.key, self.a)
        if anchor.kind in ("comment_end", "comment_point"):
            self.marks.comment_ends[anchor.key] = self.a

    def line(self, content: tuple[Inline, ...], k: int, count: int) -> None:
        """Line ``k`` of ``count``, with the line break before it (for k > 0)."""
        all_inserted, all_deleted = _line_texts(content)
        ins: ReviewAnchor | None = None
        opening = next((i for i in content if isinstance(i, ReviewAnchor) and i.kind in ("ins_start", "del")), None)
        # The anchor of a line made or removed whole (None for any other line).
        whole = opening if opening is not None and (all_inserted or all_deleted) else None
        if k and not self.break_taken:
            # A line made or removed whole takes the line break before it along.
            if whole is not None and all_inserted:
                self.inserted("\n", whole)
            elif whole is not None:
                self.deleted("\n", whole)
            else:
                self.both("\n")
        self.break_taken = False
        for inline in content:
            if isinstance(inline, ReviewAnchor):
                if inline.kind == "ins_start":
                    self.open.append(inline)
                    ins = inline
                elif inline.kind == "ins_end":
                    if self.open:
                        self.open.pop()
                    ins = self.open[-1] if self.open else None
                elif inline.kind == "del":
                    if inline.deleted:
                        self.deleted(inline.deleted, inline)
                else:
                    self.point(inline)
            elif isinstance(inline, Text):
                if ins is not None:
                    self.inserted(inline.text, ins)
                else:
                    self.both(inline.text)
        if k == 0 and count > 1 and whole is not None:
            # A first line made or removed whole takes the line break after it.
            if all_inserted:
                self.inserted("\n", whole)
            else:
                self.deleted("\n", whole)
            self.break_taken = True
        self.open.clear()

    def build(self, rich: RichText) -> FieldMarks:
        contents = list(rich.paragraph_contents())
        self.break_taken = False
        for k, content in enumerate(contents):
            self.line(content, k, len(contents))
        self._close()
        marks = self.marks
        marks.accepted = "".join(self.accepted)
        marks.original = "".join(self.original)
        marks.accepted_rich = _without_anchors(rich, "accepted")
        marks.original_rich = _without_anchors(rich, "original")
        return marks


def field_marks(rich: RichText) -> FieldMarks:
    return _Builder().build(rich)


# -- the two readings as rich text -----------------------------------------------------------

def _reading(content: tuple[Inline, ...], which: str) -> tuple[Inline, ...]:
    out: list[Inline] = []
    depth = 0
    for inline in content:
        if isinstance(inline, ReviewAnchor):
            if inline.kind == "ins_start":
                depth += 1
            elif inline.kind == "ins_end":
                depth = max(0, depth - 1)
            elif inline.kind == "del" and which == "original" and inline.deleted:
                model = next((i for i in reversed(out) if isinstance(i, Text)), None)
                out.append(replace(model, text=inline.deleted) if model else Text(inline.deleted))
            continue
        if depth and which == "original" and isinstance(inline, Text):
            continue
        out.append(inline)
    return normalize_inlines(out)


def _without_anchors(rich: RichText, which: str) -> RichText:
    """The text with every change accepted (``which`` "accepted") or rejected ("original");
    a line left empty by it is left out."""
    blocks: list[Block] = []
    for block in rich.blocks:
        if isinstance(block, Paragraph):
            content = _reading(block.content, which)
            if content or not _had_marks(block.content):
                blocks.append(Paragraph(content))
        else:
            items = []
            for item in block.items:
                content = _reading(item.content, which)
                if content or not _had_marks(item.content):
                    items.append(ListItem(content, item.level))
            if items:
                blocks.append(ListBlock(block.kind, tuple(items)))
    return RichText(tuple(blocks))


def _had_marks(content: tuple[Inline, ...]) -> bool:
    return any(isinstance(i, ReviewAnchor) and i.kind in ("ins_start", "del") for i in content)


def plain_without_notes(rich: RichText) -> str:
    return "\n".join("".join(i.text for i in c if isinstance(i, Text)) for c in rich.paragraph_contents())


__all__ = ["FieldMarks", "Footnote", "TrackedChange", "field_marks", "plain_without_notes"]
