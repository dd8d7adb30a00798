"""Applying a reviewer's change to today's text: where it goes, and the new rich text.

A suggestion is read from a Word file weeks before it is accepted; meanwhile the
delegate goes on writing. So a change is not kept as an offset but as words: the text
it replaces (``old``), its replacement (``new``) and a little of the text around it
(``before``, ``after``), as the reviewer saw them. ``locate`` finds those words again in
today's text (the whole context first, then less of it, the nearest to where it was);
when ``old`` is no longer there the change no longer applies.

Texts are compared as the Word file shows them (``view_text``): an indicator chip reads
as its value, notes are left out. ``replace_range`` then edits the rich text itself at
``plain_text()`` offsets, keeping the marks (bold, links, comment anchors) of the text
around, splitting a paragraph at an inserted line break and joining two at a deleted one.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

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
    indicator_placeholder,
    normalize_inlines,
)

Render = Callable[[IndicatorRef], str]


def placeholder(ref: IndicatorRef) -> str:
    return indicator_placeholder(ref)


@dataclass(frozen=True)
class View:
    """A rich text as the Word file shows it, and for each of its characters the offset
    of the same character in ``plain_text()`` (-1 inside an indicator's value)."""

    text: str
    to_plain: tuple[int, ...]
    plain_length: int

    def plain_offset(self, view_offset: int, *, end: bool = False) -> int | None:
        """The plain-text offset of a view offset; None inside an indicator's value."""
        if view_offset >= len(self.text):
            return self.plain_length
        if view_offset > 0 and end:
            previous = self.to_plain[view_offset - 1]
            return None if previous < 0 else previous + 1
        here = self.to_plain[view_offset]
        return None if here < 0 else here


def view_text(rich: RichText, render: Render = placeholder) -> View:
    """``rich`` as its export reads: paragraphs joined by "\\n", chips as their value, no notes."""
    chars: list[str] = []
    mapping: list[int] = []
    plain = 0
    for i, content in enumerate(rich.paragraph_contents()):
        if i:
            chars.append("\n")
            mapping.append(plain)
            plain += 1
        for inline in content:
            if isinstance(inline, Text):
                chars.append(inline.text)
                mapping.extend(range(plain, plain + len(inline.text)))
                plain += len(inline.text)
            elif isinstance(inline, IndicatorRef):
                shown = render(inline)
                chars.append(shown)
                mapping.extend([-1] * len(shown))
                plain += len(placeholder(inline))
    return View("".join(chars), tuple(mapping), plain)


@dataclass(frozen=True)
class Change:
    """One change in words: ``old`` becomes ``new`` between ``before`` and ``after``."""

    old: str
    new: str
    before: str = ""
    after: str = ""
    offset: int = 0  # where ``old`` started in the reviewer's text: a tie-breaker only


CONTEXT = 40  # characters kept on each side of a change


def change_at(text: str, start: int, end: int, new: str, context: int = CONTEXT) -> Change:
    """The change replacing ``text[start:end]`` by ``new``, with its context."""
    return Change(text[start:end], new, text[max(0, start - context):start], text[end:end + context], start)


def locate(change: Change, text: str) -> tuple[int, int] | None:
    """Where ``change.old`` stands in ``text`` today, or None when it is gone.

    The full context decides first; failing that, half of it, then the side that still
    matches; among several places the one nearest to where the change was made.
    """
    for keep in (len(change.before) + len(change.after), CONTEXT // 2, CONTEXT // 4, 0):
        before = change.before[len(change.before) - min(keep, len(change.before)):] if keep else ""
        after = change.after[:keep] if keep else ""
        for b, a in ((before, after), (before, ""), ("", after)):
            if not change.old and not b and not a:
                if not text and not change.before and not change.after:
                    return (0, 0)  # an empty text gets the whole insertion
                continue
            hits = _find_all(text, b + change.old + a)
            if hits:
                start = min(hits, key=lambda h: abs(h + len(b) - change.offset)) + len(b)
                return start, start + len(change.old)
    return None


def _find_all(text: str, needle: str) -> list[int]:
    hits: list[int] = []
    at = text.find(needle)
    while at >= 0 and len(hits) < 1000:
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


def apply_change(rich: RichText, change: Change, render: Render = placeholder) -> RichText | None:
    """``rich`` with ``change`` made, or None when it no longer applies."""
    view = view_text(rich, render)
    found = locate(change, view.text)
    if found is None:
        return None
    start = view.plain_offset(found[0])
    end = view.plain_offset(found[1], end=True) if found[1] > found[0] else start
    if start is None or end is None:
        return None  # inside an indicator's value: only the chip itself could change
    return replace_range(rich, start, end, change.new)


# -- editing the rich text at plain-text offsets -------------------------------------------

@dataclass
class _Line:
    content: list[Inline]
    origin: int  # the block it came from
    level: int = 0


def _lines(rich: RichText) -> list[_Line]:
    out: list[_Line] = []
    for b, block in enumerate(rich.blocks):
        if isinstance(block, Paragraph):
            out.append(_Line(list(block.content), b))
        else:
            out.extend(_Line(list(item.content), b, item.level) for item in block.items)
    return out


def _length(inline: Inline) -> int:
    if isinstance(inline, Text):
        return len(inline.text)
    if isinstance(inline, IndicatorRef):
        return len(placeholder(inline))
    return 0  # a note has no text of its own in plain_text()


def _cut(content: list[Inline], offset: int) -> tuple[list[Inline], list[Inline]] | None:
    """Inlines before and after an offset; None when it falls inside a chip."""
    before: list[Inline] = []
    after: list[Inline] = []
    pos = 0
    for inline in content:
        size = _length(inline)
        if pos + size <= offset and not (size == 0 and pos == offset and after):
            if size == 0 and pos == offset:
                after.append(inline)  # a note right at the cut stays with what follows
            else:
                before.append(inline)
        elif pos >= offset:
            after.append(inline)
        elif isinstance(inline, Text):
            before.append(replace(inline, text=inline.text[: offset - pos]))
            after.append(replace(inline, text=inline.text[offset - pos:]))
        else:
            return None
        pos += size
    return before, after


def _new_text(new: str, before: list[Inline], after: list[Inline], replaced: Sequence[Inline] = ()) -> list[Inline]:
    """The inserted words, with the marks of the words they replace, else of the text
    they continue (not its link)."""
    if not new:
        return []
    left = next((i for i in reversed(before) if isinstance(i, Text)), None)
    right = next((i for i in after if isinstance(i, Text)), None)
    model = next((i for i in replaced if isinstance(i, Text) and i.text), None) or left or right
    if model is None:
        return [Text(new)]
    if model.href and (right is None or right.href != model.href):
        model = replace(model, href=None)  # typing after a link does not extend it
    return [replace(model, text=new)]


def replace_range(rich: RichText, start: int, end: int, new: str) -> RichText | None:
    """``rich`` with its ``plain_text()[start:end]`` replaced by ``new`` ("\\n" starts a new
    paragraph or list item); None when the range cuts through an indicator chip."""
    lines = _lines(rich)
    if not lines:
        lines = [_Line([], -1)]
    # Find the line and the offset in it of start and end.
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in lines:
        size = sum(_length(i) for i in line.content)
        spans.append((pos, pos + size))
        pos += size + 1
    total = pos - 1
    if not 0 <= start <= end <= total:
        return None
    first = next(k for k, (a, b) in enumerate(spans) if a <= start <= b)
    last = next(k for k, (a, b) in enumerate(spans) if a <= end <= b)
    head = _cut(lines[first].content, start - spans[first][0])
    tail = _cut(lines[last].content, end - spans[last][0])
    if head is None or tail is None:
        return None
    kept_before, dropped_start = head
    dropped_end, kept_after = tail
    # Notes inside the replaced range are kept where the range was: a reviewer's
    # deletion takes words, and a note's text is not among the words they saw.
    if first == last:
        inner = _cut(dropped_start, end - start)
        dropped = inner[0] if inner else []
    else:
        dropped = dropped_start + [i for line in lines[first + 1:last] for i in line.content] + dropped_end
    notes: list[Inline] = [i for i in dropped if isinstance(i, Footnote)]
    pieces = new.split("\n")
    base = lines[first]
    new_lines: list[_Line] = []
    if len(pieces) == 1:
        merged = kept_before + _new_text(new, kept_before, kept_after, dropped) + notes + kept_after
        new_lines.append(_Line(merged, base.origin, base.level))
    else:
        first_content = kept_before + _new_text(pieces[0], kept_before, [], dropped) + notes
        new_lines.append(_Line(first_content, base.origin, base.level))
        for piece in pieces[1:-1]:
            new_lines.append(_Line(_new_text(piece, kept_before, []), base.origin, base.level))
        new_lines.append(_Line(_new_text(pieces[-1], [], kept_after) + kept_after, lines[last].origin, lines[last].level))
    result = lines[:first] + new_lines + lines[last + 1:]
    return _rebuild(rich, result)


def _rebuild(rich: RichText, lines: list[_Line]) -> RichText:
    """Blocks again: consecutive lines from the same list form that list again."""
    blocks: list[Block] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        source = rich.blocks[line.origin] if 0 <= line.origin < len(rich.blocks) else None
        if isinstance(source, ListBlock):
            items: list[ListItem] = []
            while k < len(lines) and lines[k].origin == line.origin:
                items.append(ListItem(normalize_inlines(lines[k].content), lines[k].level))
                k += 1
            blocks.append(ListBlock(source.kind, tuple(items)))
            continue
        blocks.append(Paragraph(normalize_inlines(line.content)))
        k += 1
    return RichText(tuple(blocks))


# -- a section's difference, word by word ---------------------------------------------------

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def word_opcodes(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    """``difflib`` opcodes between two texts compared word by word, in character offsets
    (``tag, old_start, old_end, new_start, new_end``), equal stretches included."""
    a = _TOKEN.findall(old)
    b = _TOKEN.findall(new)
    a_at = _starts(a)
    b_at = _starts(b)
    out: list[tuple[str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        out.append((tag, a_at[i1], a_at[i2], b_at[j1], b_at[j2]))
    return out


def _starts(tokens: list[str]) -> list[int]:
    at = [0]
    for token in tokens:
        at.append(at[-1] + len(token))
    return at


def changes_in(text: str, spans: Sequence[tuple[int, int, str]]) -> list[Change]:
    """The changes replacing ``text[start:end]`` by ``new`` for each span (in text order),
    each with its context.

    A context stops where the neighbouring change starts: once that one is made (the
    last first), the words around this one are still those it was given.
    """
    ordered = sorted(spans, key=lambda span: (span[0], span[1]))
    out = []
    for k, (start, end, words) in enumerate(ordered):
        previous_end = ordered[k - 1][1] if k else 0
        next_start = ordered[k + 1][0] if k + 1 < len(ordered) else len(text)
        out.append(Change(text[start:end], words, text[max(previous_end, start - CONTEXT):start],
                          text[end:max(end, min(next_start, end + CONTEXT))], start))
    return out


def difference_changes(old: str, new: str) -> list[Change]:
    """The changes turning ``old`` into ``new``, word by word."""
    return changes_in(old, [(i1, i2, new[j1:j2]) for tag, i1, i2, j1, j2 in word_opcodes(old, new) if tag != "equal"])


def apply_changes(rich: RichText, changes: Sequence[Change], render: Render = placeholder) -> RichText | None:
    """All of ``changes`` made (the last in the text first, so the others' words stay
    as the reviewer saw them); None when any of them no longer applies."""
    for change in sorted(changes, key=lambda c: c.offset, reverse=True):
        result = apply_change(rich, change, render)
        if result is None:
            return None
        rich = result
    return rich
