"""Find and replace in a report's texts, with no Qt: matching options, rich text kept.

Matching ignores case and accents unless asked (« evenement » finds « Événement »), and
can require whole words. Replacing inside a rich text keeps the marks of the text it
replaces (a bold word stays bold) and never crosses a footnote or an indicator chip.
``plan_replacements`` lists every change over a scope (one text, one action or the
whole report, partners and bodies included) so the caller applies them as ONE edit
that can be reverted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlalchemy.orm import Session

from mesdesk.model.edits.base import Edit
from mesdesk.model.edits.fields import SetField
from mesdesk.model.entities import Report
from mesdesk.model.richtext import Block, Footnote, Inline, ListBlock, ListItem, Paragraph, RichText, Text

Scope = Literal["field", "action", "report"]


@dataclass(frozen=True)
class SearchOptions:
    match_case: bool = False
    match_accents: bool = False
    whole_word: bool = False


def fold_with_map(text: str, options: SearchOptions = SearchOptions()) -> tuple[str, list[int]]:
    """``text`` folded as the options say, and for each folded character its source index."""
    out: list[str] = []
    mapping: list[int] = []
    for i, char in enumerate(text):
        folded = char
        if not options.match_accents and not char.isascii():
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)) or char
        if char in "\u00a0\u202f":  # French spacing matches a typed space
            folded = " "
        if not options.match_case:
            folded = folded.casefold()
        out.append(folded)
        mapping.extend([i] * len(folded))
    return "".join(out), mapping


def match_spans(text: str, query: str, options: SearchOptions = SearchOptions()) -> list[tuple[int, int]]:
    """Start and end (source indices) of every non-overlapping match of ``query``."""
    if not query:
        return []
    folded, mapping = fold_with_map(text, options)
    needle, _ = fold_with_map(query, options)
    spans: list[tuple[int, int]] = []
    start = folded.find(needle)
    while start >= 0:
        end = start + len(needle)
        source_start = mapping[start]
        source_end = mapping[end - 1] + 1
        if not options.whole_word or _is_whole_word(text, source_start, source_end):
            spans.append((source_start, source_end))
            start = folded.find(needle, end)
        else:
            start = folded.find(needle, start + 1)
    return spans


def _is_whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def replace_in_text(text: str, query: str, replacement: str, options: SearchOptions = SearchOptions()) -> tuple[str, int]:
    spans = match_spans(text, query, options)
    if not spans:
        return text, 0
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts += [text[last:start], replacement]
        last = end
    parts.append(text[last:])
    return "".join(parts), len(spans)


# -- rich text ---------------------------------------------------------------------------------

def _replace_in_texts(texts: tuple[Text, ...], query: str, replacement: str, options: SearchOptions) -> tuple[tuple[Text, ...], int]:
    """Replace across consecutive texts; the replacement takes the marks where the match starts."""
    joined = "".join(t.text for t in texts)
    spans = match_spans(joined, query, options)
    if not spans:
        return texts, 0
    # Each character's owner (index of its Text), to cut and rebuild runs with their marks.
    owners = [k for k, t in enumerate(texts) for _ in t.text]
    pieces: list[Text] = []
    position = 0

    def keep(upto: int) -> None:
        nonlocal position
        while position < upto:
            owner = owners[position]
            run_end = position
            while run_end < upto and owners[run_end] == owner:
                run_end += 1
            pieces.append(replace(texts[owner], text=joined[position:run_end]))
            position = run_end

    for start, end in spans:
        keep(start)
        if replacement:
            pieces.append(replace(texts[owners[start]], text=replacement))
        position = end
    keep(len(joined))
    merged: list[Text] = []
    for piece in pieces:
        if merged and merged[-1].same_marks(piece):
            merged[-1] = replace(merged[-1], text=merged[-1].text + piece.text)
        elif piece.text:
            merged.append(piece)
    return tuple(merged), len(spans)


def _replace_in_inlines(content: tuple[Inline, ...], query: str, replacement: str, options: SearchOptions) -> tuple[tuple[Inline, ...], int]:
    result: list[Inline] = []
    run: list[Text] = []
    count = 0

    def flush() -> None:
        nonlocal count
        if run:
            new, n = _replace_in_texts(tuple(run), query, replacement, options)
            result.extend(new)
            count += n
            run.clear()

    for inline in content:
        if isinstance(inline, Text):
            run.append(inline)
            continue
        flush()  # a note or a chip ends the run: no match crosses it
        if isinstance(inline, Footnote):
            new_note, n = _replace_in_texts(inline.content, query, replacement, options)
            count += n
            result.append(Footnote(new_note) if n else inline)
        else:
            result.append(inline)
    flush()
    return tuple(result), count


def replace_in_richtext(rich: RichText, query: str, replacement: str, options: SearchOptions = SearchOptions()) -> tuple[RichText, int]:
    blocks: list[Block] = []
    total = 0
    for block in rich.blocks:
        if isinstance(block, Paragraph):
            content, n = _replace_in_inlines(block.content, query, replacement, options)
            blocks.append(Paragraph(content) if n else block)
        else:
            items = []
            changed = 0
            for item in block.items:
                content, n = _replace_in_inlines(item.content, query, replacement, options)
                items.append(ListItem(content, item.level) if n else item)
                changed += n
            blocks.append(ListBlock(block.kind, tuple(items)) if changed else block)
            n = changed
        total += n
    return (RichText(tuple(blocks)), total) if total else (rich, 0)


def count_in_richtext(rich: RichText, query: str, options: SearchOptions = SearchOptions()) -> int:
    return replace_in_richtext(rich, query, query, options)[1]


# -- over a report -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Replacement:
    """One attribute of one object gets a new value (a str or a RichText)."""

    target: Any  # an ORM object: ActionText, Report, Action, Axis, Partner, Body, Indicator, Event
    attribute: str
    old: Any
    new: Any
    count: int
    where: tuple[str, ...]  # the outline key it belongs to, for the window


def _fields(report: Report, scope: Scope, action_uid: str | None, field: str | None) -> Iterator[tuple[Any, str, tuple[str, ...]]]:
    convention = report.convention
    texts = {t.action_id: t for t in report.texts}
    if scope == "report":
        yield report, "title", ("cover",)
        yield report, "preamble", ("preamble",)
    for axis in convention.axes:
        for action in axis.actions:
            if scope != "report" and action.uid != action_uid:
                continue
            node = ("action", action.uid)
            text = texts.get(action.id)
            if scope == "field":
                if field == "title":
                    yield action, "title", node
                elif text is not None and field in ("evaluation", "narrative", "means"):
                    yield text, field, node
                continue
            yield action, "title", node
            if text is not None:
                for name in ("evaluation", "narrative", "means"):
                    yield text, name, node
            for indicator in convention.indicators:
                if indicator.action is action:
                    yield indicator, "label", node
            for event in report.events:
                if event.action is action:
                    yield event, "title", node
    if scope == "field" and field in ("preamble", "conclusion"):
        yield report, field, (field,)
    if scope == "report":
        yield report, "conclusion", ("conclusion",)
        for axis in convention.axes:
            yield axis, "title", ("axis", axis.uid)
        for indicator in convention.indicators:
            if indicator.action is None:
                yield indicator, "label", ("unassigned",)
        for event in report.events:
            if event.action is None:
                yield event, "title", ("unassigned",)
        for partner in convention.partners:
            yield partner, "name", ("partners",)
        for body in convention.bodies:
            yield body, "name", ("partners",)


def plan_replacements(report: Report, query: str, replacement: str, options: SearchOptions = SearchOptions(),
                      scope: Scope = "report", action_uid: str | None = None, field: str | None = None) -> list[Replacement]:
    """Every change « Tout remplacer » would make, in document order; nothing is changed."""
    changes: list[Replacement] = []
    if not query:
        return changes
    for target, attribute, where in _fields(report, scope, action_uid, field):
        old = getattr(target, attribute)
        new: RichText | str
        if isinstance(old, RichText):
            new, n = replace_in_richtext(old, query, replacement, options)
        elif isinstance(old, str):
            new_line, n = replace_in_text(old, query, replacement, options)
            if n and not new_line.strip():  # a name or title never becomes empty
                continue
            new = new_line
        else:
            continue
        if n:
            changes.append(Replacement(target, attribute, old, new, n, where))
    return changes


class ReplaceAll(Edit):
    """« Tout remplacer » as one edit: every new value, reverted together. Each change is a
    ``SetField`` (objects reached again by ``Ref``: an undo after another object was deleted
    and restored still finds them)."""

    def __init__(self, changes: Iterable[Replacement]) -> None:
        self.changes = list(changes)
        self.fields = [SetField(c.target, c.attribute, c.new) for c in self.changes]
        self.structural = any(f.structural for f in self.fields)

    @property
    def count(self) -> int:
        return sum(c.count for c in self.changes)

    def _forward(self, session: Session) -> None:
        for edit in self.fields:
            edit._forward(session)

    def _backward(self, session: Session) -> None:
        for edit in reversed(self.fields):
            edit._backward(session)
