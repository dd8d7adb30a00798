"""The rich-text type (``mesdesk.model.richtext``) turned into Word paragraphs.

One converter for every narrative field: paragraphs with bold / italic / run-in
runs, links, footnotes and indicator values, bullet and numbered lists on two
levels. Text is cleaned of characters XML cannot hold and given French typography
here, at export: the model keeps the author's own text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mesdesk.exchange.docx.elements import Element, Spacing, paragraph, run
from mesdesk.exchange.docx.footnotes import Footnotes, reference_run
from mesdesk.exchange.docx.hyperlinks import PartLinks, normalize_url, split_urls
from mesdesk.exchange.docx.numbering import ListNumbering
from mesdesk.exchange.docx.styles import StyleResolver
from mesdesk.model.french import typography
from mesdesk.model.richtext import Block, Footnote, IndicatorRef, Inline, ListBlock, ListItem, Paragraph, Text
from mesdesk.model.textclean import clean_text

if TYPE_CHECKING:
    from mesdesk.exchange.docx.comments import FieldPlan

LIST_END_SPACING = 160  # twentieths of a point after a list's last item


@dataclass(frozen=True, slots=True)
class _Piece:
    """Characters ready to become one run (or one link)."""

    text: str
    bold: bool = False
    italic: bool = False
    runin: bool = False
    href: str | None = None
    source: int = 0  # id() of the inline it comes from: review comment ranges start and end there


def typeset(text: str, before: str = "") -> str:
    """French typography of ``text``, knowing the character written just before it.

    Runs are typeset one by one (their marks differ), so a colon opening a run still
    needs to know whether a word precedes it. Only the preceding character is used:
    looking ahead too would make both neighbours insert the same space.
    """
    if not before:
        return typography(text)
    return typography(before + text)[1:]


class RichTextWriter:
    """Builds paragraphs for the body; footnote text goes to the footnotes part."""

    def __init__(
        self,
        *,
        styles: StyleResolver,
        numbering: ListNumbering,
        footnotes: Footnotes,
        body_links: PartLinks,
        note_links: PartLinks,
        indicator_text: Callable[[IndicatorRef], str],
    ) -> None:
        self.styles = styles
        self.numbering = numbering
        self.footnotes = footnotes
        self.body_links = body_links
        self.note_links = note_links
        self.indicator_text = indicator_text
        # The review comments of the text being written (``comments.FieldPlan``), when exported.
        self.plan: FieldPlan | None = None

    # -- blocks ----------------------------------------------------------------------
    def blocks(self, blocks: Iterable[Block], *, style: str | None = None, label: str | None = None) -> list[Element]:
        """Paragraphs for ``blocks``; ``label`` (bold) opens the first paragraph.

        ``style`` is the paragraph style of plain paragraphs (None: the template's
        default); list items always take the list styles.
        """
        out: list[Element] = []
        pending_label = label
        for block in blocks:
            if isinstance(block, Paragraph):
                out.append(self.paragraph(block.content, style=style, label=pending_label))
                pending_label = None
            else:
                if pending_label is not None:
                    out.append(self.paragraph((), style=style, label=pending_label))
                    pending_label = None
                out.extend(self.list_block(block))
        if pending_label is not None:  # an empty field still shows its label
            out.append(self.paragraph((), style=style, label=pending_label))
        return out

    def list_block(self, block: ListBlock) -> list[Element]:
        """One paragraph per item, bound to Word numbering at the item's level."""
        if block.kind == "number":
            num_id = self.numbering.new_numbered_list()
            level_styles = (self.styles.id("list_number"), self.styles.id("list_number2"))
        else:
            num_id = self.numbering.new_bullet_list()
            level_styles = (self.styles.id("list_bullet"), self.styles.id("list_bullet2"))
        return self._items(block.items, num_id, level_styles)

    def check_list(self, lines: Sequence[str]) -> list[Element]:
        """The ✓ list (the convention's axes in the préambule)."""
        num_id = self.numbering.checks()
        level_styles = (self.styles.id("list_bullet"), self.styles.id("list_bullet2"))
        return self._items([ListItem((Text(line),), 0) for line in lines], num_id, level_styles)

    def _items(self, items: Sequence[ListItem], num_id: int, level_styles: tuple[str, str]) -> list[Element]:
        out = []
        for i, item in enumerate(items):
            level = 1 if item.level >= 1 else 0
            # List items sit close together; the last one leaves a body paragraph's gap.
            last = i == len(items) - 1
            p = paragraph(level_styles[level], num=(num_id, level), spacing=Spacing(after=LIST_END_SPACING) if last else None)
            self.fill(p, item.content, self.body_links)
            out.append(p)
        return out

    # -- paragraphs ------------------------------------------------------------------
    def paragraph(
        self,
        content: Sequence[Inline],
        *,
        style: str | None = None,
        label: str | None = None,
        keep_next: bool = False,
    ) -> Element:
        p = paragraph(style, keep_next=keep_next)
        if label:
            p.append(run(label, bold=True))
        self.fill(p, content, self.body_links)
        return p

    def fill(self, p: Element, content: Sequence[Inline], links: PartLinks | None = None) -> None:
        """Append the runs of ``content`` to ``p``; footnotes are created on the way."""
        links = links or self.body_links
        plan = self.plan
        pieces = self._pieces(content)
        for i, item in enumerate(pieces):
            if isinstance(item, Footnote):
                note_runs: list[Element] = []
                for piece in self._pieces(item.content):
                    if isinstance(piece, _Piece):
                        note_runs.extend(self._runs(piece, self.note_links))
                note_id = self.footnotes.add(
                    self.styles.id("footnote_text"), self.styles.id("footnote_reference"), note_runs
                )
                p.append(reference_run(note_id, self.styles.id("footnote_reference")))
            elif plan is None:
                p.extend(self._runs(item, links))
            else:
                p.extend(plan.starts(item.source))
                p.extend(self._runs(item, links))
                following = pieces[i + 1] if i + 1 < len(pieces) else None
                if not isinstance(following, _Piece) or following.source != item.source:
                    p.extend(plan.ends(item.source))
        if plan is not None:
            plan.last_paragraph = p

    def _pieces(self, content: Sequence[Inline]) -> list[_Piece | Footnote]:
        """Cleaned, typeset pieces; bare web addresses split out as links."""
        out: list[_Piece | Footnote] = []
        before = ""
        for inline in content:
            if isinstance(inline, Footnote):
                out.append(inline)
                continue
            if isinstance(inline, IndicatorRef):
                raw, marks = clean_text(self.indicator_text(inline)), Text("")
            else:
                raw, marks = clean_text(inline.text), inline
            source = id(inline)
            if not raw:
                continue
            text = typeset(raw, before)
            before = raw[-1]
            href = normalize_url(clean_text(marks.href)) if marks.href else None
            if href:
                out.append(_Piece(text, marks.bold, marks.italic, marks.runin, href, source))
                continue
            for chunk, url in split_urls(text):
                out.append(_Piece(chunk, marks.bold, marks.italic, marks.runin, url, source))
        return out

    def _runs(self, piece: _Piece, links: PartLinks) -> list[Element]:
        if piece.href:
            r = run(piece.text, self.styles.id("hyperlink"), bold=piece.bold or piece.runin, italic=piece.italic)
            return [links.hyperlink(piece.href, [r])]
        style = self.styles.id("runin") if piece.runin else None
        return [run(piece.text, style, bold=piece.bold, italic=piece.italic)]
