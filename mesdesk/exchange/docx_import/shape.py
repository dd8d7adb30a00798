"""Recognising the report's shape in a flat sequence of Word paragraphs.

This is the one module that knows what a *bilan* looks like (see TEMPLATE.md): a cover
(title « Bilan 2024 », support line, date), a table of contents, a « Préambule », for
each axis a heading ``n. Titre`` and for each action a heading ``n.m Titre`` followed by
« Evaluation = … », the narrative and « Moyens = … », then « Conclusion… » and the
contact block. Headings are found by style (built-in heading styles in any language,
or an outline level) or as bold numbered lines; auto-numbered headings get their number
from the list label.

Nothing is lost: a paragraph that fits nowhere is kept in the narrative of the nearest
action (or in the préambule) and listed in ``ShapedReport.unrecognised``. What is
generated at export (cover, table of contents, the ✓ list of axes in the préambule,
the contact block) is recognised and left out of the text, so it is not doubled when
the report is exported again.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from mesdesk.exchange.docx_import.french_spacing import plain_spacing
from mesdesk.exchange.docx_import.reader import DocParagraph
from mesdesk.model.folding import fold
from mesdesk.model.french import MONTHS
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
from mesdesk.model.textclean import clean_line

EXCERPT = 90


# -- results ---------------------------------------------------------------------------

@dataclass
class ShapedAction:
    axis_number: int
    number: int  # m in "n.m", as written in the document
    title: str
    evaluation: list[Block] = field(default_factory=list)
    narrative: list[Block] = field(default_factory=list)
    means: list[Block] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.axis_number}.{self.number}"


@dataclass
class ShapedAxis:
    number: int
    title: str
    actions: list[ShapedAction] = field(default_factory=list)


@dataclass(frozen=True)
class Unrecognised:
    where: str  # "préambule", "action 2.1", "conclusion"
    excerpt: str


@dataclass
class ShapeCounts:
    footnotes: int = 0
    links: int = 0
    lists: int = 0
    list_items: int = 0
    runins: int = 0
    manual_bullets: int = 0
    toc_entries: int = 0
    axes_list_items: int = 0
    cover_lines: int = 0
    contact_lines: int = 0


@dataclass
class ShapedReport:
    title: str = ""
    year: int | None = None
    support_line: str = ""
    report_date: dt.date | None = None
    preamble: RichText = field(default_factory=RichText)
    conclusion: RichText = field(default_factory=RichText)
    axes: list[ShapedAxis] = field(default_factory=list)
    contact_lines: list[str] = field(default_factory=list)
    counts: ShapeCounts = field(default_factory=ShapeCounts)
    guesses: list[str] = field(default_factory=list)
    unrecognised: list[Unrecognised] = field(default_factory=list)
    conclusion_title: str = ""
    headings_by_style: bool = False
    numbers_guessed: bool = False

    @property
    def actions(self) -> list[ShapedAction]:
        return [a for axis in self.axes for a in axis.actions]


# -- text helpers ----------------------------------------------------------------------

def _excerpt(text: str) -> str:
    text = clean_line(text)
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


_HEADING_STYLE = re.compile(
    r"^(?:heading|titre|titolo|titulo|uberschrift|kop|rubrik|naglowek|otsikko|overskrift|cabecalho|"
    r"nadpis|cimsor|baslik|заголовок)\s*([1-9])$"
)
_TITLE_STYLE = re.compile(r"^(?:title|titre|titel|titolo|titulo|subtitle|sous-titre|soustitre)$")
_TOC_STYLE = re.compile(
    r"^(?:toc|tdm|contents|table des matieres|inhaltsverzeichnis|sommaire|verzeichnis|indice)\s*(?:heading|[1-9])?$"
)
_TOC_TITLE = re.compile(r"^(?:table des matieres|sommaire|contents|table of contents)\s*:?$")
_PREAMBLE = re.compile(r"^pr[eé]ambule\s*:?$")
_CONCLUSION = re.compile(r"^conclusions?\b")
_CONCLUSION_LINE = re.compile(r"^conclusions?(?: et perspectives| generale| et suites)?\s*:?$")
_ACTION = re.compile(r"^(?:action\s+(?:n°\s*)?)?(\d{1,2})\s*[.\-]\s*(\d{1,2})\.?(?:\s*[-–—:.)]\s*|\s+)(\S.*)$", re.S)
_AXIS = re.compile(r"^(?:axe\s+(?:n°\s*)?)?(\d{1,2})\s*(?:([.:\-–—)])\s*|\s+)(\S.*)$", re.S)
_AXIS_WORD = re.compile(r"^axe\s", re.I)
_EVALUATION = re.compile(r"^\s*(?:[EÉeé]\s*valuations?\s*[=:]\s*)+", re.I)
_MEANS = re.compile(r"^\s*(?:moyens?\s*[=:]\s*)+", re.I)
_MEANS_INSIDE = re.compile(r"[,;.]?[ \t]*\bmoyens?[ \t]*=[ \t]*", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_BILAN_YEAR = re.compile(r"\bbilan\b[^\d]{0,40}?\b((?:19|20)\d{2})\b")
_SUPPORT = re.compile(r"^avec (?:l'appui|le soutien|le concours|la participation)\b")
_DATE = re.compile(
    r"^(?:[^\d]{0,30}?(?:,\s*)?le\s+)?(1er|\d{1,2})\s+("
    + "|".join(fold(m) for m in MONTHS)
    + r")\s+((?:19|20)\d{2})\.?$"
)
_PAGE_NUMBER_TAIL = re.compile(r"[\s.·…_-]*\d{1,4}\s*$")
_LEADING_GLYPH = re.compile(r"^[\s\-–—•●■▪◦○→➡➢⇒►✓✔√*]+")

# Bullets typed by hand (no Word list): level 0 and level 1 glyphs.
_MANUAL_BULLET_0 = ("- ", "– ", "• ", "● ", "■ ", "▪ ", "* ")
_MANUAL_BULLET_1 = ("→ ", "➡ ", "➢ ", "⇒ ", "► ", "◦ ", "○ ", "- → ", "- ➡ ")

_CONTACT_STRONG = re.compile(
    r"\bsiret\b|\bcode ape\b|\bape\s*:?\s*\d|\bcontact\s*:|[\w.+-]+@[\w-]+\.[\w.]+|"
    r"(?:\+|00)\s?33[\s(]|\b0\d(?:[ .]?\d{2}){4}\b"
)
_CONTACT_WEAK = re.compile(
    r"^(?:https?://|www\.)\S+$|^[\w.-]+\.(?:org|fr|com|net|eu|ee|io)(?:/\S*)?$|\bc/o\b|\b\d{2}\s?\d{3}\s+\w+|"
    r"\brue\b|\bavenue\b|\bboulevard\b|\bt[eé]l\b"
)


@dataclass(frozen=True)
class _StyleFacts:
    """What a paragraph style says about the report's shape (computed once per style)."""

    heading_level: int | None  # from the style's name: « Heading 2 », « Titre 2 »…
    title: bool
    toc: bool
    role: str | None  # our export's « Evaluation », « Moyens », « Contact » styles
    list_level: int  # « List Bullet 2 »: a second level given by the style alone


_ROLE_STYLES = {"evaluation": "evaluation", "moyens": "means", "means": "means", "contact": "contact"}
_LIST_STYLE_LEVEL = re.compile(r"(?:list|liste)\D*([2-9])$")


@functools.lru_cache(maxsize=512)
def _style_facts(style_id: str, style_name: str) -> _StyleFacts:
    names = (fold(style_id), fold(style_name))
    level = None
    for name in names:
        match = _HEADING_STYLE.match(name.replace("-", " ").strip())
        if match:
            level = int(match.group(1))
            break
    list_match = _LIST_STYLE_LEVEL.search(names[1]) or _LIST_STYLE_LEVEL.search(names[0])
    return _StyleFacts(
        heading_level=level,
        title=any(_TITLE_STYLE.match(n) for n in names),
        toc=any(_TOC_STYLE.match(n.replace("_", " ")) for n in names),
        role=_ROLE_STYLES.get(names[0]) or _ROLE_STYLES.get(names[1]),
        list_level=int(list_match.group(1)) - 1 if list_match else 0,
    )


def _facts(p: DocParagraph) -> _StyleFacts:
    return _style_facts(p.style_id, p.style_name)


def _style_heading_level(p: DocParagraph) -> int | None:
    """1, 2, … for a heading style (any language) or an outline level; None otherwise."""
    facts = _facts(p)
    if facts.heading_level is not None:
        return facts.heading_level
    if p.outline_level is not None and not facts.toc and not facts.title:
        return p.outline_level + 1
    return None


def _is_title_style(p: DocParagraph) -> bool:
    return _facts(p).title


def _is_toc_style(p: DocParagraph) -> bool:
    return _facts(p).toc


def _style_role(p: DocParagraph) -> str | None:
    return _facts(p).role


def _list_style_level(p: DocParagraph) -> int:
    return _facts(p).list_level


@dataclass(frozen=True)
class _Heading:
    kind: str  # "axis", "action", "preamble", "conclusion", "toc", "plain"
    level: int | None = None
    axis: int | None = None
    action: int | None = None
    title: str = ""
    by_style: bool = False
    loose: bool = False  # a plain line recognised by its number alone


def _heading_text(p: DocParagraph, by_style: bool) -> str:
    text = clean_line(p.text)
    if by_style and p.numbering is not None and p.numbering.kind == "number":
        label = p.numbering.label.strip()
        if label and not re.match(r"^\d", text):
            text = f"{label} {text}"
    return text


def _classify_heading(p: DocParagraph, loose: bool = False) -> _Heading | None:
    """What a heading-like paragraph announces, or None for body text.

    ``loose``: for a document with neither heading styles nor bold numbered lines, a
    plain line « 1. Titre » / « 1.1 Titre » may be a heading too (the segmenter then
    also requires the numbers to follow each other).
    """
    if p.origin != "body" or p.toc:
        return None
    level = _style_heading_level(p)
    by_style = level is not None
    if len(p.text) <= 40:
        # « Préambule » and « Table des matières » alone on their line, however formatted.
        folded = fold(p.text)
        if _PREAMBLE.match(folded):
            return _Heading("preamble", level, by_style=by_style)
        if _TOC_TITLE.match(folded):
            return _Heading("toc", level, by_style=by_style)
    bold_line = p.all_bold and p.numbering is None and len(p.text) <= 250
    plain_line = (
        loose and not by_style and not bold_line and p.numbering is None and len(p.text) <= 250
        and not p.text.rstrip().endswith((".", ";", ","))
    )
    if not by_style and not bold_line and not plain_line:
        return None
    text = _heading_text(p, by_style)
    folded = fold(text)
    if not folded:
        return None
    if (by_style and (level or 9) <= 2 and _CONCLUSION.match(folded) and len(folded) <= 120) or _CONCLUSION_LINE.match(
        folded
    ):
        return _Heading("conclusion", level, title=text, by_style=by_style)
    match = _ACTION.match(text)
    if match:
        return _Heading(
            "action", level, int(match.group(1)), int(match.group(2)), clean_line(match.group(3)), by_style, plain_line
        )
    match = _AXIS.match(text)
    # Without a heading style, « 1) » is a list item and « 4 consortiums » a sentence.
    if match and (by_style or match.group(2) in (".", ":", "-", "–", "—") or _AXIS_WORD.match(text)):
        return _Heading("axis", level, int(match.group(1)), None, clean_line(match.group(3)), by_style, plain_line)
    if plain_line:
        return None
    if by_style:
        return _Heading("plain", level, title=text, by_style=True)
    return None


# -- inline helpers --------------------------------------------------------------------

def _drop_prefix(inlines: Sequence[Inline], count: int) -> tuple[Inline, ...]:
    """The inlines without their first ``count`` characters of text, leading spaces too."""
    out: list[Inline] = []
    for inline in inlines:
        if count > 0 and isinstance(inline, Text):
            if len(inline.text) <= count:
                count -= len(inline.text)
                continue
            inline = replace(inline, text=inline.text[count:])
            count = 0
        out.append(inline)
    return _lstrip(out)


def _split_at(inlines: Sequence[Inline], offset: int) -> tuple[tuple[Inline, ...], tuple[Inline, ...]]:
    """Inlines before and from a text offset (footnotes count as no text)."""
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


def _lstrip(inlines: Sequence[Inline]) -> tuple[Inline, ...]:
    out = list(inlines)
    while out and isinstance(out[0], Text) and not out[0].text.strip():
        out.pop(0)
    if out and isinstance(out[0], Text):
        out[0] = replace(out[0], text=out[0].text.lstrip())
    return tuple(out)


def _rstrip(inlines: Sequence[Inline]) -> tuple[Inline, ...]:
    out = list(inlines)
    while out and isinstance(out[-1], Text) and not out[-1].text.strip():
        out.pop()
    if out and isinstance(out[-1], Text):
        out[-1] = replace(out[-1], text=out[-1].text.rstrip())
    return tuple(out)


def _plain_text(inlines: Iterable[Inline]) -> str:
    return "".join(i.text for i in inlines if isinstance(i, Text))


def _spacing(inlines: Iterable[Inline]) -> tuple[Inline, ...]:
    """Typographic no-break spaces of the export made plain (see french_spacing)."""
    out: list[Inline] = []
    for inline in inlines:
        if isinstance(inline, Text):
            spaced = plain_spacing(inline.text)
            if spaced != inline.text:
                inline = replace(inline, text=spaced)
        elif isinstance(inline, Footnote):
            inline = Footnote(tuple(replace(t, text=plain_spacing(t.text)) for t in inline.content))
        out.append(inline)
    return tuple(out)


def _runin(inlines: tuple[Inline, ...]) -> tuple[tuple[Inline, ...], bool]:
    """A paragraph opening with a bold run ending in « . » then normal text: a run-in sub-heading."""
    if len(inlines) < 2:
        return inlines, False
    first = inlines[0]
    if any(isinstance(i, Text) and i.runin for i in inlines):
        return inlines, False  # already marked by its character style
    if not (isinstance(first, Text) and first.bold and not first.href and first.text.rstrip().endswith(".")):
        return inlines, False
    rest = inlines[1:]
    if not any(isinstance(i, Text) and not i.bold and i.text.strip() for i in rest):
        return inlines, False
    return (replace(first, bold=False, runin=True), *rest), True


# -- the recogniser --------------------------------------------------------------------

@dataclass
class _Section:
    kind: str  # "front", "toc", "preamble", "axis", "action", "conclusion"
    paragraphs: list[DocParagraph] = field(default_factory=list)
    action: ShapedAction | None = None
    axis: ShapedAxis | None = None
    heading: DocParagraph | None = None


class _Shaper:
    def __init__(self, paragraphs: Sequence[DocParagraph], manual_lists: bool) -> None:
        self.paragraphs = [p for p in paragraphs if p.text.strip() or p.footnotes]
        self.manual_lists = manual_lists
        self.report = ShapedReport()
        self.sections: list[_Section] = []
        self.headings = [_classify_heading(p) for p in self.paragraphs]
        if not any(h is not None and h.kind in ("axis", "action") for h in self.headings):
            loose = [_classify_heading(p, loose=True) for p in self.paragraphs]
            if any(h is not None and h.kind in ("axis", "action") for h in loose):
                self.headings = loose
                self.report.guesses.append(
                    "Ni styles de titre ni lignes en gras : axes et actions reconnus à leur seul numéro."
                )

    # -- pass 1: cut the document into sections --------------------------------------
    def segment(self) -> None:
        numbered = any(h is not None and h.kind in ("axis", "action") for h in self.headings)
        self.report.headings_by_style = any(h is not None and h.by_style for h in self.headings)
        current = _Section("front")
        self.sections.append(current)
        axis: ShapedAxis | None = None
        action: ShapedAction | None = None
        toc_open = False
        toc_seen: set[str] = set()
        for i, p in enumerate(self.paragraphs):
            heading = self.headings[i]
            if toc_open or p.toc or _is_toc_style(p):
                if p.toc or _is_toc_style(p) or self._plain_toc_line(i, toc_seen):
                    if current.kind != "toc":
                        current = self._open("toc")
                    self.report.counts.toc_entries += 1
                    toc_seen.add(self._toc_key(p.text))
                    toc_open = True
                    continue
                toc_open = False
            if heading is None:
                current.paragraphs.append(p)
                continue
            kind = heading.kind
            if kind == "toc":
                current = self._open("toc")
                toc_open = True
                continue
            if kind == "preamble":
                current = self._open("preamble", heading=p)
                continue
            if kind == "conclusion":
                current = self._open("conclusion", heading=p)
                self.report.conclusion_title = heading.title
                continue
            if kind == "plain":
                # An unnumbered heading: structure only when the document numbers nothing.
                if numbered or heading.level is None or heading.level > 2:
                    current.paragraphs.append(p)
                    continue
                if heading.level == 1:
                    heading = _Heading("axis", 1, len(self.report.axes) + 1, None, heading.title, True)
                else:
                    if axis is None:
                        heading = _Heading("action", 2, 1, 1, heading.title, True)
                    else:
                        heading = _Heading("action", 2, axis.number, len(axis.actions) + 1, heading.title, True)
                self.report.numbers_guessed = True
                kind = heading.kind
            if kind == "axis":
                assert heading.axis is not None
                if not heading.by_style and axis is not None and heading.axis <= axis.number:
                    current.paragraphs.append(p)  # a bold numbered line that breaks the order: text
                    continue
                if heading.loose and heading.axis != (axis.number + 1 if axis else 1):
                    current.paragraphs.append(p)
                    continue
                axis = self._axis(heading.axis, heading.title)
                action = None
                current = self._open("axis", heading=p)
                current.axis = axis
                continue
            if kind == "action":
                assert heading.axis is not None and heading.action is not None
                if not heading.by_style and not self._plausible_action(axis, action, heading):
                    current.paragraphs.append(p)
                    continue
                if heading.loose and not (
                    axis is not None and heading.axis == axis.number and heading.action == len(axis.actions) + 1
                ):
                    current.paragraphs.append(p)
                    continue
                if axis is None or axis.number != heading.axis:
                    axis = self._axis(heading.axis, "")
                existing = next((a for a in axis.actions if a.number == heading.action), None)
                if existing is not None:
                    self.report.guesses.append(
                        f"L'action {existing.label} apparaît deux fois : la seconde partie est ajoutée à son récit."
                    )
                    action = existing
                    current = self._open("action", heading=None)
                    current.action = action
                    current.paragraphs.append(p)
                    continue
                action = ShapedAction(heading.axis, heading.action, heading.title)
                axis.actions.append(action)
                current = self._open("action", heading=p)
                current.action = action
                continue

    def _open(self, kind: str, heading: DocParagraph | None = None) -> _Section:
        section = _Section(kind, heading=heading)
        self.sections.append(section)
        return section

    def _axis(self, number: int, title: str) -> ShapedAxis:
        for axis in self.report.axes:
            if axis.number == number:
                if title and not axis.title:
                    axis.title = title
                return axis
        axis = ShapedAxis(number, title)
        if not title:
            self.report.guesses.append(f"L'axe {number} n'a pas de titre dans le document.")
        self.report.axes.append(axis)
        return axis

    @staticmethod
    def _plausible_action(axis: ShapedAxis | None, action: ShapedAction | None, heading: _Heading) -> bool:
        """A bold line « n.m … » is a heading only if it follows the numbering order."""
        if axis is None:
            return True
        if heading.axis == axis.number:
            return action is None or heading.action > action.number  # type: ignore[operator]
        return heading.axis > axis.number  # type: ignore[operator]

    @staticmethod
    def _toc_key(text: str) -> str:
        text = _PAGE_NUMBER_TAIL.sub("", text.replace("\t", " "))
        return fold(_LEADING_GLYPH.sub("", text))

    def _plain_toc_line(self, i: int, seen: set[str]) -> bool:
        """A typed table of contents: the line names a heading that comes later (once)."""
        key = self._toc_key(self.paragraphs[i].text)
        if not key or key in seen or len(key) > 300:
            return False
        for j in range(i + 1, len(self.paragraphs)):
            if self.headings[j] is not None and self.headings[j].kind != "toc":  # type: ignore[union-attr]
                other = self._toc_key(_heading_text(self.paragraphs[j], True))
                if other == key or (len(key) > 20 and (other.startswith(key) or key.startswith(other))):
                    return True
                if len(key) > 20:  # retyped with small differences (« & » for « et »)
                    matcher = difflib.SequenceMatcher(None, key, other)
                    if matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9:
                        return True
        return False

    # -- pass 2: each section's paragraphs into rich text ------------------------------
    def build(self) -> ShapedReport:
        self.segment()
        report = self.report
        front = self.sections[0]
        leftover_front = self._cover(front.paragraphs)
        preamble_paras: list[DocParagraph] = []
        preamble_unrecognised = list(leftover_front)
        has_preamble_heading = any(s.kind == "preamble" for s in self.sections)
        pending: list[DocParagraph] = []  # text between an axis heading and its first action
        last_action: ShapedAction | None = None
        conclusion_paras: list[DocParagraph] = []
        contact: list[DocParagraph] = []
        closing = [s for s in self.sections if s.kind in ("action", "conclusion")]
        if closing and closing[-1].kind == "action":
            # No conclusion: the contact block ends the last action's section.
            closing[-1].paragraphs, contact = self._split_contact(closing[-1].paragraphs)
        for section in self.sections[1:]:
            if section.kind == "toc":
                preamble_unrecognised.extend(section.paragraphs)  # text after a TOC, before anything
            elif section.kind == "preamble":
                preamble_paras.extend(section.paragraphs)
            elif section.kind == "axis":
                pending.extend(section.paragraphs)
            elif section.kind == "action":
                assert section.action is not None
                if pending:
                    self._unrecognised(pending, f"action {section.action.label}")
                    section.paragraphs[:0] = pending
                    pending = []
                self._fill_action(section.action, section.paragraphs)
                last_action = section.action
            elif section.kind == "conclusion":
                conclusion_paras.extend(section.paragraphs)
        if pending:
            if last_action is not None:
                self._unrecognised(pending, f"action {last_action.label}")
                last_action.narrative.extend(self._blocks(pending))
            else:
                preamble_unrecognised.extend(pending)

        # The contact block closes the document: in the conclusion, after the last action, or
        # (a document without headings) at the end of the text.
        if conclusion_paras:
            conclusion_paras, contact = self._split_contact(conclusion_paras)
        elif last_action is None:
            preamble_unrecognised, contact = self._split_contact(preamble_unrecognised)
        report.contact_lines = [plain_spacing(clean_line(p.text)) for p in contact]
        report.counts.contact_lines = len(contact)

        if preamble_unrecognised:
            where = "préambule"
            if not has_preamble_heading and not report.axes:
                report.guesses.append("Aucun titre reconnu : tout le texte est placé dans le préambule.")
            elif not has_preamble_heading:
                report.guesses.append("Pas de titre « Préambule » : le texte avant le premier axe en tient lieu.")
                where = "préambule (sans titre)"
            # Without any heading there is nothing to tell apart: every paragraph is préambule.
            if has_preamble_heading or report.axes:
                self._unrecognised(preamble_unrecognised, where)
        preamble_paras = preamble_unrecognised + preamble_paras
        preamble_paras = self._drop_axes_list(preamble_paras)
        report.preamble = RichText(tuple(self._blocks(preamble_paras)))
        report.conclusion = RichText(tuple(self._blocks(conclusion_paras)))
        if report.year is None:
            report.year = self._year_from_text()
        return report

    def _unrecognised(self, paragraphs: Iterable[DocParagraph], where: str) -> None:
        for p in paragraphs:
            self.report.unrecognised.append(Unrecognised(where, _excerpt(p.text or "[note]")))

    # cover
    def _cover(self, paragraphs: list[DocParagraph]) -> list[DocParagraph]:
        """Title, support line and date of the cover; returns what is not cover."""
        report = self.report
        leftover: list[DocParagraph] = []
        for p in paragraphs:
            text = clean_line(p.text)
            folded = fold(text)
            if not report.title and (_is_title_style(p) or _BILAN_YEAR.search(folded)) and len(text) <= 150:
                report.title = text
                match = _BILAN_YEAR.search(folded) or _YEAR.search(folded)
                report.year = int(match.group(1)) if match else None
                report.counts.cover_lines += 1
            elif report.title and fold(report.title) == folded:
                report.counts.cover_lines += 1  # the title repeated (header of the TOC page)
            elif not report.support_line and _SUPPORT.match(folded):
                report.support_line = text
                report.counts.cover_lines += 1
            elif report.report_date is None and (date := parse_french_date(folded)) is not None:
                report.report_date = date
                report.counts.cover_lines += 1
            else:
                leftover.append(p)
        return leftover

    def _year_from_text(self) -> int | None:
        for p in self.paragraphs[:40]:
            match = _BILAN_YEAR.search(fold(p.text))
            if match:
                self.report.guesses.append(f"Année {match.group(1)} déduite de « {_excerpt(p.text)} ».")
                return int(match.group(1))
        return None

    # contact block
    @staticmethod
    def _split_contact(paragraphs: list[DocParagraph]) -> tuple[list[DocParagraph], list[DocParagraph]]:
        start = len(paragraphs)
        strong = False
        for i in range(len(paragraphs) - 1, -1, -1):
            text = clean_line(paragraphs[i].text)
            folded = fold(text)
            is_strong = bool(_CONTACT_STRONG.search(folded)) or _style_role(paragraphs[i]) == "contact"
            looks = is_strong or bool(_CONTACT_WEAK.search(folded)) or (len(text) <= 70 and not text.endswith("."))
            labelled = _MEANS.match(text) or _EVALUATION.match(text)
            if not looks or labelled or len(text) > 400 or paragraphs[i].numbering is not None:
                break
            strong = strong or is_strong
            start = i
        if not strong:
            return paragraphs, []
        return paragraphs[:start], paragraphs[start:]

    # the préambule's generated list of axes
    def _drop_axes_list(self, paragraphs: list[DocParagraph]) -> list[DocParagraph]:
        titles = [fold(a.title) for a in self.report.axes if a.title]
        if not titles:
            return paragraphs
        keep: list[DocParagraph] = []
        run: list[DocParagraph] = []

        def flush() -> None:
            if len(run) >= min(2, len(titles)):
                self.report.counts.axes_list_items += len(run)
            else:
                keep.extend(run)
            run.clear()

        for p in paragraphs:
            glyphs = _LEADING_GLYPH.match(p.text)
            checked = bool(glyphs and set(glyphs.group()) & {"✓", "✔", "√"}) or (
                p.numbering is not None and p.numbering.label.strip() in ("✓", "✔", "√")
            )
            body = fold(_LEADING_GLYPH.sub("", p.text)).rstrip(" ,;.")
            matches = any(difflib.SequenceMatcher(None, body, t).ratio() >= 0.8 for t in titles)
            if matches and (checked or p.numbering is not None):
                run.append(p)
            else:
                flush()
                keep.append(p)
        flush()
        return keep

    # actions
    def _fill_action(self, action: ShapedAction, paragraphs: list[DocParagraph]) -> None:
        narrative: list[DocParagraph] = []
        after_means: list[DocParagraph] = []
        previous: str | None = None
        for p in paragraphs:
            text = p.text
            eval_match = _EVALUATION.match(text)
            means_match = _MEANS.match(text)
            role = _style_role(p) if p.numbering is None else None
            if eval_match:
                self._labelled(action, "evaluation", p, eval_match.end())
                previous = "evaluation"
                continue
            if means_match:
                self._labelled(action, "means", p, means_match.end())
                previous = "means"
                continue
            if role in ("evaluation", "means") and previous == role:
                # A second paragraph of the same rubric: our export labels only the first.
                content = _spacing(p.inlines)
                getattr(action, role).append(Paragraph(normalize_inlines(content)))
                self._count_inlines(content)
                continue
            previous = None
            inside = _MEANS_INSIDE.search(text) if "=" in text else None
            if inside and inside.start() > 0 and not action.means:
                before, after = _split_at(p.inlines, inside.start())
                narrative.append(replace(p, inlines=_rstrip(before)))
                rest = _drop_prefix(after, inside.end() - inside.start())
                action.means.append(Paragraph(_spacing(rest)))
                self.report.guesses.append(
                    f"{action.label} : « Moyens = » trouvé au milieu d'un paragraphe, séparé du récit."
                )
                continue
            (after_means if action.means else narrative).append(p)
        if after_means:
            self._unrecognised(after_means, f"action {action.label} (après « Moyens = »)")
        action.narrative.extend(self._blocks(narrative + after_means))

    def _labelled(self, action: ShapedAction, which: str, p: DocParagraph, label_end: int) -> None:
        content = _spacing(_drop_prefix(p.inlines, label_end))
        target: list[Block] = getattr(action, which)
        label = "Evaluation" if which == "evaluation" else "Moyens"
        new = _plain_text(content).strip()
        if target:
            old = RichText(tuple(target)).plain_text().strip()
            if new == old or old.startswith(new):
                self.report.guesses.append(f"{action.label} : « {label} = » en double, le doublon est ignoré.")
                return
            if new.startswith(old):
                self.report.guesses.append(
                    f"{action.label} : « {label} = » en double, seule la version complète est gardée."
                )
                target.clear()
            else:
                self.report.guesses.append(
                    f"{action.label} : plusieurs paragraphes « {label} = », réunis dans la même rubrique."
                )
        if new or any(isinstance(i, Footnote) for i in content):
            target.append(Paragraph(normalize_inlines(content)))
            self._count_inlines(content)

    # blocks
    def _blocks(self, paragraphs: Iterable[DocParagraph]) -> list[Block]:
        blocks: list[Block] = []
        items: list[ListItem] = []
        kind: str | None = None
        num_id: str | None = None
        counts = self.report.counts

        def close() -> None:
            nonlocal items, kind, num_id
            if items:
                blocks.append(ListBlock(kind or "bullet", tuple(items)))  # type: ignore[arg-type]
                counts.lists += 1
                counts.list_items += len(items)
            items, kind, num_id = [], None, None

        previous_was_item = False
        for p in paragraphs:
            content = _spacing(p.inlines)
            item_kind: str | None = None
            level = 0
            if p.numbering is not None:
                item_kind = p.numbering.kind
                level = max(p.numbering.level, _list_style_level(p))
            elif self.manual_lists and p.origin == "body":
                manual = _manual_bullet(p.text, previous_was_item)
                if manual is not None:
                    item_kind = "bullet"
                    level, prefix_len = manual
                    content = _drop_prefix(content, prefix_len)
                    counts.manual_bullets += 1
            if item_kind is not None:
                if level > 1:
                    self.report.guesses.append(
                        f"Puce de niveau {level + 1} ramenée au niveau 2 : « {_excerpt(p.text)} »."
                    )
                level = min(level, 1)
                numbering_id = p.numbering.num_id if p.numbering is not None else None
                new_list = (
                    not items
                    or (level == 0 and item_kind != kind)
                    # Word's list instances: a new one at the first level is a new list.
                    or (level == 0 and numbering_id is not None and numbering_id != num_id)
                )
                if new_list:
                    close()
                    kind, num_id = item_kind, numbering_id
                if not items and level == 1:
                    level = 0  # a list cannot open on its second level
                items.append(ListItem(normalize_inlines(content), level))
                self._count_inlines(content)
                previous_was_item = True
                continue
            close()
            previous_was_item = False
            content, _ = _runin(normalize_inlines(content))
            self._count_inlines(content)
            blocks.append(Paragraph(content))
        close()
        return blocks

    def _count_inlines(self, content: Iterable[Inline]) -> None:
        for inline in content:
            if isinstance(inline, Footnote):
                self.report.counts.footnotes += 1
                self.report.counts.links += sum(1 for t in inline.content if t.href)
            elif isinstance(inline, Text):
                self.report.counts.links += bool(inline.href)
                self.report.counts.runins += inline.runin


def _manual_bullet(text: str, after_item: bool) -> tuple[int, int] | None:
    """A bullet typed by hand: (level, characters to drop), or None."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    for glyph in _MANUAL_BULLET_1:
        if stripped.startswith(glyph):
            return 1, lead + len(glyph)
    for glyph in _MANUAL_BULLET_0:
        if stripped.startswith(glyph):
            return 0, lead + len(glyph)
    if after_item and stripped.startswith(("O ", "o ")):
        return 1, lead + 2
    return None


def parse_french_date(folded: str) -> dt.date | None:
    """``5 mars 2025``, ``Paris, le 1er mars 2025`` (folded text) → a date, or None."""
    match = _DATE.match(folded.strip())
    if match is None:
        return None
    day = 1 if match.group(1) == "1er" else int(match.group(1))
    month = [fold(m) for m in MONTHS].index(fold(match.group(2))) + 1
    try:
        return dt.date(int(match.group(3)), month, day)
    except ValueError:
        return None


def shape_report(paragraphs: Sequence[DocParagraph], *, manual_lists: bool = True) -> ShapedReport:
    """Recognise the report's parts in the document's paragraphs."""
    return _Shaper(paragraphs, manual_lists).build()
