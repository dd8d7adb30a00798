"""How many pages the exported Word report will have, estimated without writing it.

The estimate lays the report out as the default template does, in twentieths of a point
(twips), from its text alone: an A4 page with 2.5 cm margins holds ``PAGE_HEIGHT`` of
body; a paragraph takes as many lines as its characters fill at ``CHARS_PER_LINE``
(Calibri 11 pt on a 16 cm measure), plus the spacing its style adds; headings, the
Évaluation / Moyens boxes, list items and footnotes have their own heights; the cover
and the table of contents take pages of their own and the préambule starts a page.
A page is never filled to the last line (headings are kept with what follows, lines
are not split), so the body is divided by ``FILL`` of a page, then rounded.

The constants were fitted (least worst error) against LibreOffice's page count of the
exported file for the sample, generated reports of three sizes and one of long plain
paragraphs: before rounding, every estimate is within half a page of LibreOffice's
(``tests/exchange/docx/test_page_estimate_rendered.py``, slow, asserts within one page).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from mesdesk.model.entities import Report
from mesdesk.model.richtext import Footnote, IndicatorRef, ListBlock, Paragraph, RichText, Text, indicator_placeholder

PAGE_HEIGHT = 16838 - 2 * 1418  # A4 minus the top and bottom margins, in twips
FILL = 0.94  # of a page's height that text fills on average
LINE = 280  # one body line of Calibri 11 pt at 1.1 line spacing
CHARS_PER_LINE = 96
BODY_AFTER = 120
LIST_AFTER = 60
LIST_CHARS = 88  # list items are indented
BOX_CHARS = 92
BOX_EXTRA = 60 + 200 + 200  # space around an Évaluation / Moyens box
HEADING1 = 480 + 200 + 420  # space before and after, and its larger line
HEADING1_CHARS = 60
HEADING2 = 320 + 120 + 330
HEADING2_CHARS = 75
NOTE_LINE = 230  # footnotes: 9 pt
NOTE_CHARS = 110
TOC_ENTRY = 300
TOC_TITLE = 240 + 360 + 500
CONTACT = 8 * LINE + 400


@dataclass(frozen=True)
class PageEstimate:
    pages: int
    words: int
    body_twips: int

    @property
    def body_pages(self) -> float:
        return self.body_twips / (PAGE_HEIGHT * FILL)


def _lines(chars: int, per_line: int) -> int:
    return max(1, math.ceil(chars / per_line))


def _inline_text(content: Iterable[object]) -> tuple[int, list[int]]:
    """Characters of a paragraph's body, and the length of each of its footnotes."""
    chars = 0
    notes: list[int] = []
    for inline in content:
        if isinstance(inline, Text):
            chars += len(inline.text)
        elif isinstance(inline, Footnote):
            chars += 1
            notes.append(sum(len(t.text) for t in inline.content))
        elif isinstance(inline, IndicatorRef):
            chars += len(indicator_placeholder(inline))
    return chars, notes


def rich_height(rich: RichText, *, box: bool = False, label: str = "") -> int:
    """Twips taken by a rich text in the body (its footnotes included, at the page foot)."""
    if rich.is_empty() and not label:
        return 0
    height = BOX_EXTRA if box else 0
    per_line = BOX_CHARS if box else CHARS_PER_LINE
    first = True
    for block in rich.blocks or (Paragraph(()),):
        if isinstance(block, ListBlock):
            for item in block.items:
                chars, notes = _inline_text(item.content)
                height += _lines(chars, LIST_CHARS - 4 * item.level) * LINE + LIST_AFTER
                height += sum(_lines(n, NOTE_CHARS) * NOTE_LINE for n in notes)
            first = False
            continue
        chars, notes = _inline_text(block.content)
        if first:
            chars += len(label)
            first = False
        height += _lines(chars, per_line) * LINE + (0 if box else BODY_AFTER)
        height += sum(_lines(n, NOTE_CHARS) * NOTE_LINE for n in notes)
    return height


def estimate_pages(report: Report) -> PageEstimate:
    """The estimated page count of ``report`` exported with the default template."""
    convention = report.convention
    words = report.preamble.word_count() + report.conclusion.word_count()
    toc_entries = 2 + len(convention.axes) + len(convention.actions)
    toc_pages = math.ceil((TOC_TITLE + toc_entries * TOC_ENTRY) / PAGE_HEIGHT)
    body = HEADING1 + rich_height(report.preamble) + len(convention.axes) * LINE  # the ✓ list of axes
    for axis in convention.axes:
        body += HEADING1 + _lines(len(axis.title), HEADING1_CHARS) * 0
        for action in axis.actions:
            body += HEADING2 + (_lines(len(action.number) + 1 + len(action.title), HEADING2_CHARS) - 1) * 330
            text = report.find_text(action)
            if text is None:
                body += 2 * (BOX_EXTRA + LINE)
                continue
            words += text.word_count()
            body += rich_height(text.evaluation, box=True, label="Evaluation = ")
            body += rich_height(text.narrative)
            body += rich_height(text.means, box=True, label="Moyens = ")
    body += HEADING1 + rich_height(report.conclusion) + CONTACT
    # The nearest whole number: a fraction of a page over is as likely to fit as not.
    pages = 1 + toc_pages + max(1, round(body / (PAGE_HEIGHT * FILL)))
    return PageEstimate(pages, words, body)
