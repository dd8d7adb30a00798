"""How much a workspace's values may hold: the one place the size limits live.

The limits are far above any real report (the MES Bilan 2024's longest text is about
6,000 characters) and low enough that no import, paste or export can be made to run
out of memory or time by a hostile or broken file. They are checked where text enters:
the JSON loader (through its schema, built from these numbers), the Word importer,
the Excel re-import and a paste in the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mesdesk.model.richtext import Footnote, IndicatorRef, ListBlock, ListItem, Paragraph, RichText, Text

# -- texts ---------------------------------------------------------------------------------
# A one-line value (a title, a label, a name, a place): what the window's one-line
# fields and an Excel cell hold, so whatever is typed can be dumped and loaded again.
MAX_LINE_CHARS = 32_767
MAX_ID_CHARS = 200  # an identifier (``uid``) referenced across the document
MAX_HREF_CHARS = 2_048  # a link target: what browsers accept in practice
MAX_RICH_CHARS = 200_000  # one rich text (a narrative, a préambule): some 30,000 words
MAX_RICH_BLOCKS = 5_000  # paragraphs and lists in one rich text
MAX_LIST_ITEMS = 5_000  # items in one list
MAX_INLINES = 10_000  # runs, notes and indicator chips in one paragraph
MAX_LINKS = 100  # the organisation's links
# The longest run of characters without a space. Qt lays out a line it cannot break in
# quadratic time: a 50,000-character run freezes the editor for 5 s, 200,000 for over a
# minute. No word or URL is this long; a pasted blob is split by spaces, never cut.
MAX_RUN_CHARS = 2_000

# -- numbers -------------------------------------------------------------------------------
YEAR_MIN = 1900
YEAR_MAX = 2199
MAX_COUNT = 1_000_000_000  # participants, word targets: far below SQLite's 64-bit integers
MAX_VALUE = 1e15  # an indicator's value, either sign: exact in a float, printable in Word/Excel

# -- collections ---------------------------------------------------------------------------
MAX_CONVENTIONS = 100
MAX_AXES = 200
MAX_ACTIONS_PER_AXIS = 500
MAX_INDICATORS = 10_000
MAX_VALUES_PER_INDICATOR = YEAR_MAX - YEAR_MIN + 1
MAX_PARTNERS = 10_000
MAX_BODIES = 10_000
MAX_REPORTS = 300
MAX_EVENTS = 10_000

# -- files -----------------------------------------------------------------------------------
MAX_IMAGE_BYTES = 5 * 1024 * 1024  # a logo, as the cover page's « Choisir une image… » allows
MAX_JSON_CHARS = 200 * 1024 * 1024  # a whole interchange document
MAX_JSON_DEPTH = 40  # the deepest real document (a footnote's text in a list item) is 15
MAX_NUMBER_CHARS = 40  # digits (and sign, point, exponent) of one JSON number


_RUN = re.compile(r"\S+")


@dataclass(frozen=True)
class Excess:
    """What a value holds beyond a limit: ``what`` is a code, ``size`` and ``limit`` its numbers."""

    what: str  # "chars" | "blocks" | "items" | "inlines" | "href" | "run"
    size: int
    limit: int

    def french(self) -> str:
        nouns = {
            "chars": "caractères",
            "blocks": "paragraphes ou listes",
            "items": "éléments de liste",
            "inlines": "éléments dans un paragraphe",
            "href": "caractères dans un lien",
            "run": "caractères sans espace",
        }
        return f"trop long ({_grouped(self.size)} {nouns[self.what]}, limite {_grouped(self.limit)})"


def _grouped(n: int) -> str:
    # The model's French number formatter lives in ``french``; a count needs only this.
    return f"{n:,}".replace(",", "\u202f")


def line_excess(text: str) -> Excess | None:
    """The excess of a one-line value, or None when it fits."""
    return Excess("chars", len(text), MAX_LINE_CHARS) if len(text) > MAX_LINE_CHARS else None


def rich_chars(rt: RichText) -> int:
    """Characters a rich text holds, footnotes included (what the limit counts)."""
    total = 0
    for content in rt.paragraph_contents():
        for inline in content:
            if isinstance(inline, Text):
                total += len(inline.text)
            elif isinstance(inline, Footnote):
                total += sum(len(t.text) for t in inline.content)
    return total


def rich_excess(rt: RichText) -> Excess | None:
    """The first limit a rich text goes beyond, or None when it fits."""
    if len(rt.blocks) > MAX_RICH_BLOCKS:
        return Excess("blocks", len(rt.blocks), MAX_RICH_BLOCKS)
    for block in rt.blocks:
        if isinstance(block, ListBlock) and len(block.items) > MAX_LIST_ITEMS:
            return Excess("items", len(block.items), MAX_LIST_ITEMS)
    for content in rt.paragraph_contents():
        if len(content) > MAX_INLINES:
            return Excess("inlines", len(content), MAX_INLINES)
    longest_href = max((len(h) for h in rt.links()), default=0)
    if longest_href > MAX_HREF_CHARS:
        return Excess("href", longest_href, MAX_HREF_CHARS)
    chars = rich_chars(rt)
    if chars > MAX_RICH_CHARS:
        return Excess("chars", chars, MAX_RICH_CHARS)
    longest = max((longest_run(t.text) for t in _texts(rt)), default=0)
    if longest > MAX_RUN_CHARS:
        return Excess("run", longest, MAX_RUN_CHARS)
    return None


def longest_run(text: str) -> int:
    """The length of the longest run of non-space characters (linear time)."""
    return max(map(len, text.split()), default=0)


def split_runs(text: str) -> str:
    """``text`` with a space inserted every ``MAX_RUN_CHARS`` characters of a run without one."""
    if longest_run(text) <= MAX_RUN_CHARS:
        return text
    parts: list[str] = []
    last = 0
    for match in _RUN.finditer(text):
        run = match.group()
        if len(run) > MAX_RUN_CHARS:
            parts.append(text[last : match.start()])
            parts.append(" ".join(run[i : i + MAX_RUN_CHARS] for i in range(0, len(run), MAX_RUN_CHARS)))
            last = match.end()
    parts.append(text[last:])
    return "".join(parts)


def _texts(rt: RichText) -> list[Text]:
    out: list[Text] = []
    for content in rt.paragraph_contents():
        for inline in content:
            if isinstance(inline, Text):
                out.append(inline)
            elif isinstance(inline, Footnote):
                out.extend(inline.content)
    return out


def truncate_line(text: str) -> str:
    return text[:MAX_LINE_CHARS]


def truncate_rich(rt: RichText) -> RichText:
    """``rt`` cut down to fit every limit: the first blocks and characters are kept.

    Used where refusing would lose more than cutting (a paste, a Word import), always
    with a notice to the user. Runs longer than ``MAX_RUN_CHARS`` are split by spaces
    (after the cut, so the count stays the characters kept). A rich text that fits is
    returned as it is.
    """
    if rich_excess(rt) is None:
        return rt
    budget = MAX_RICH_CHARS
    blocks: list[Paragraph | ListBlock] = []
    for block in rt.blocks[:MAX_RICH_BLOCKS]:
        if budget <= 0:
            break
        if isinstance(block, Paragraph):
            content, budget = _cut_inlines(block.content, budget)
            blocks.append(Paragraph(content))
        else:
            items: list[ListItem] = []
            for item in block.items[:MAX_LIST_ITEMS]:
                if budget <= 0:
                    break
                content, budget = _cut_inlines(item.content, budget)
                items.append(ListItem(content, item.level))
            if items:
                blocks.append(ListBlock(block.kind, tuple(items)))
    return RichText(tuple(blocks))


def _cut_text(t: Text, budget: int) -> Text:
    href = t.href if t.href is None or len(t.href) <= MAX_HREF_CHARS else None
    # Splitting adds spaces: cut again so the budget still counts every character.
    return replace(t, text=split_runs(t.text[:budget])[:budget], href=href)


def _cut_inlines(
    content: tuple[Text | Footnote | IndicatorRef, ...], budget: int
) -> tuple[tuple[Text | Footnote | IndicatorRef, ...], int]:
    out: list[Text | Footnote | IndicatorRef] = []
    for inline in content[:MAX_INLINES]:
        if budget <= 0:
            break
        if isinstance(inline, Text):
            cut = _cut_text(inline, budget)
            budget -= len(cut.text)
            out.append(cut)
        elif isinstance(inline, Footnote):
            note: list[Text] = []
            for t in inline.content:
                if budget <= 0:
                    break
                cut = _cut_text(t, budget)
                budget -= len(cut.text)
                note.append(cut)
            out.append(Footnote(tuple(note)))
        else:
            out.append(inline)
    return tuple(out), budget
