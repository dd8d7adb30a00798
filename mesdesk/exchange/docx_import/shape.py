"""Recognising the report's shape in a flat sequence of Word paragraphs.

This is the one module that knows what a *bilan* looks like (see TEMPLATE.md): a cover
(title « Bilan 2024 », support line, date), a table of contents, a « Préambule », for
each axis a heading ``n. Titre`` and for each action a heading ``n.m Titre`` followed by
« Evaluation = … », the narrative and « Moyens = … », then « Conclusion… » and the
contact block. Headings are found by style (built-in heading styles in any language,
or an outline level) or as bold numbered lines; auto-numbered headings get their number
from the list label.

A report typed elsewhere is read as a person would: titles found by style, by bold or
larger type, by Word's own list numbering, typed as a list item, split over two
paragraphs or put in a one-cell table; the convention's numbering (1, 1.1, 1.2, 2 …)
and the document's own table of contents are evidence too: a paragraph that fills a
gap in the sequence, or that the contents list names, is a title. Labels are found
with « = » or « : », alone on their line, or in a table's left column. Every such
deduction is a finding (code and parameters) in ``ShapedReport.findings``.

Nothing is lost: a paragraph that fits nowhere is kept in the narrative of the nearest
action (or in the préambule) and listed in ``ShapedReport.unrecognised``. What is
generated at export (cover, table of contents, the ✓ list of axes in the préambule,
the contact block) is recognised and left out of the text, so it is not doubled when
the report is exported again.

Why one module over 500 lines: the recognition passes read each other's decisions (a
line is a title by the labels, numbering gaps and contents found around it) and share
the half-built report; split, they would hand that state back and forth. What needs
none of it lives elsewhere (``richtext_ops``, ``contact``, ``french_spacing``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from mesdesk.exchange.docx_import.french_spacing import plain_spacing
from mesdesk.exchange.docx_import.reader import DocParagraph
from mesdesk.model import findings
from mesdesk.model.findings import Finding, Place, Severity
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
from mesdesk.model.richtext_ops import (
    drop_prefix,
    lstrip_inlines,
    rstrip_inlines,
    split_at,
    strip_inlines,
    typed_marker,
)
from mesdesk.model.textclean import clean_line

EXCERPT = 90
SEARCH_EXCERPT = 50  # the start of a paragraph, enough to find it again in the editor

UNPLACED = "docx_import.unplaced."

FR: dict[str, findings.Template] = {
    "docx_import.numbers_only": "Ni styles de titre ni lignes en gras : axes et actions reconnus à leur seul numéro.",
    "docx_import.action_twice": "L'action {action} apparaît deux fois : la seconde partie est ajoutée à son récit.",
    "docx_import.axis_untitled": "L'axe {axis} n'a pas de titre dans le document.",
    "docx_import.no_heading": "Aucun titre reconnu : tout le texte est placé dans le préambule.",
    "docx_import.no_preamble_heading": "Pas de titre « Préambule » : le texte avant le premier axe en tient lieu.",
    "docx_import.year_from_text": "Année {year} déduite de « {excerpt} ».",
    "docx_import.means_inside": "{action} : « Moyens = » trouvé au milieu d'un paragraphe, séparé du récit.",
    "docx_import.label_duplicate": "{action} : « {label} = » en double, le doublon est ignoré.",
    "docx_import.label_duplicate_longer": "{action} : « {label} = » en double, seule la version complète est gardée.",
    "docx_import.label_several": "{action} : plusieurs paragraphes « {label} = », réunis dans la même rubrique.",
    "docx_import.label_alone": "{action} : « {label} » seul sur sa ligne, le texte qui suit est placé dans cette rubrique.",
    "docx_import.label_in_table": "{action} : « {label} » lu dans la colonne de gauche d'un tableau.",
    "docx_import.list_level_capped": "Puce de niveau {level} ramenée au niveau 2 : « {excerpt} ».",
    "docx_import.headings_by_list": (
        "{count} titre(s) numéroté(s) par la numérotation automatique de Word (par exemple {number})."
    ),
    "docx_import.headings_by_size": "{count} titre(s) reconnu(s) à leur grande taille de caractères (par exemple {number}).",
    "docx_import.heading_in_table": "{number} « {title} » : titre lu dans un tableau d'une seule cellule.",
    "docx_import.heading_split": "{number} « {title} » : titre coupé en deux paragraphes, réunis.",
    "docx_import.heading_list_item": "{number} « {title} » : titre tapé comme un élément de liste.",
    "docx_import.heading_gap": (
        "{number} « {title} » : reconnu comme titre, il comble un trou dans la numérotation (entre {before} et {after})."
    ),
    "docx_import.heading_toc": "{number} « {title} » : reconnu comme titre, la table des matières le cite.",
    "docx_import.one_cell_table": "Tableau d'une seule cellule lu comme du texte : « {excerpt} ».",
    "docx_import.table_as_text": (
        "Tableau de {rows} ligne(s) gardé comme texte, une ligne par paragraphe (colonnes séparées par « | ») : "
        "« {excerpt} »."
    ),
    UNPLACED + "preamble": "[préambule] {excerpt}",
    UNPLACED + "preamble_untitled": "[préambule (sans titre)] {excerpt}",
    UNPLACED + "action": "[action {action}] {excerpt}",
    UNPLACED + "after_means": "[action {action} (après « Moyens = »)] {excerpt}",
}
findings.register_fr(FR)


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
    findings: list[Finding] = field(default_factory=list)  # deductions and warnings
    unrecognised: list[Finding] = field(default_factory=list)  # code docx_import.unplaced.*, where it was put
    conclusion_title: str = ""
    headings_by_style: bool = False
    numbers_guessed: bool = False

    @property
    def actions(self) -> list[ShapedAction]:
        return [a for axis in self.axes for a in axis.actions]

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def note(self, code: str, place: Place | None = None, severity: Severity = "guess", **params: object) -> None:
        self.findings.append(Finding(code, params, severity, place))


# -- text helpers ----------------------------------------------------------------------

def _excerpt(text: str) -> str:
    text = clean_line(text)
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


def search_excerpt(text: str) -> str:
    """The start of a text as the editor will hold it, cut at a word: what the GUI looks for."""
    text = plain_spacing(clean_line(_LEADING_GLYPH.sub("", text)))
    if len(text) <= SEARCH_EXCERPT:
        return text
    cut = text[:SEARCH_EXCERPT]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def _found(text: str) -> Place:
    """A place to be found by its words once the report is built (the importer resolves it)."""
    return Place("document", excerpt=search_excerpt(text))


# Heading styles by name in the languages Word and LibreOffice are used in; Word's own
# style ids drop accented letters (German « berschrift1 », Spanish « Ttulo1 »).
_HEADING_STYLE = re.compile(
    r"^(?:heading|titre|titolo|t?tulo|u?berschrift|kop|rubrik|naglowek|nagwek|otsikko|overskrift|cabecalho|"
    r"cabealho|encabezado|intestazione|nadpis|cimsor|baslik|balk|заголовок)\s*([1-9])$"
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
_EVALUATION = re.compile(r"^\s*(?:[EÉeé]\s*valuations?(?:\s+(?:de\s+l['’]action|globale|qualitative))?\s*[=:]\s*)+", re.I)
# « Moyens = », « Moyens mobilisés : », « Moyens humains et matériels : » …
_MEANS_WORDS = (
    r"moyens?(?:\s+(?:mobilis[ée]s?|humains(?:\s+et\s+mat[ée]riels)?|mat[ée]riels|mis\s+en\s+(?:œ|oe)uvre|"
    r"engag[ée]s|utilis[ée]s|consacr[ée]s|d[ée]ploy[ée]s))?"
)
_MEANS = re.compile(r"^\s*(?:" + _MEANS_WORDS + r"\s*[=:]\s*)+", re.I)
# A label alone on its line (or in a table's left column), folded text.
_LABEL_ALONE = re.compile(
    r"^(?:(?P<evaluation>e\s*valuations?(?:\s+(?:de\s+l'action|globale|qualitative))?)|(?P<means>"
    + fold(_MEANS_WORDS).replace("(?:œ|oe)", "(?:oe|œ)")
    + r")|(?P<narrative>recit|realisations|actions menees|description|deroulement))\s*[=:]?$"
)
_LABEL_INITIALS = frozenset("eéèêmrdaEÉÈÊMRDA")


def _label_alone(text: str) -> re.Match[str] | None:
    """« Évaluation », « Moyens mobilisés : » … alone on a line (cheap test first)."""
    stripped = text.lstrip()
    if len(stripped) > 60 or stripped[:1] not in _LABEL_INITIALS:
        return None
    return _LABEL_ALONE.match(fold(clean_line(stripped)))


_NUMBER_ONLY = re.compile(r"^(?:(?:axe|action)\s+(?:n°\s*)?)?\d{1,2}(?:\s*[.\-]\s*\d{1,2})?\s*[.:)\-–—]?$", re.I)
_HEADING_LIST_ACTION = re.compile(r"^\d{1,2}[.\-]\d{1,2}\.?$")
_HEADING_LIST_AXIS = re.compile(r"^(?:axe\s+)?\d{1,2}\s*[.:)\-]?$", re.I)
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
    via_list: bool = False  # its number is Word's list numbering
    via_size: bool = False  # told apart from the text by its larger type alone
    evidence: str = ""  # "gap" or "toc": a plain paragraph the numbering or the contents make a title
    list_item: bool = False  # typed as a list item (« - 2.3 Titre »)

    @property
    def order(self) -> tuple[int, int]:
        return (self.axis or 0, self.action or 0)

    @property
    def number(self) -> str:
        return f"{self.axis}.{self.action}" if self.action is not None else str(self.axis)


def _heading_text(p: DocParagraph, by_style: bool) -> str:
    text = clean_line(p.text)
    if by_style and p.numbering is not None and p.numbering.kind == "number":
        label = p.numbering.label.strip()
        if label and not re.match(r"^\d", text):
            text = f"{label} {text}"
    return text


def _classify_heading(
    p: DocParagraph, loose: bool = False, larger: bool = False, heading_list: bool = False
) -> _Heading | None:
    """What a heading-like paragraph announces, or None for body text.

    ``loose``: for a document with neither heading styles nor bold numbered lines, a
    plain line « 1. Titre » / « 1.1 Titre » may be a heading too (the segmenter then
    also requires the numbers to follow each other). ``larger``: the paragraph's type
    is larger than the body text's. ``heading_list``: its Word list numbers titles
    (« 1 », « 1.1 », « 1.2 » …).
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
    numbered = p.numbering is not None and p.numbering.kind == "number"
    emphasised = p.all_bold or larger
    bold_line = emphasised and (p.numbering is None or numbered) and len(p.text) <= 250
    list_line = numbered and heading_list and len(p.text) <= 250
    plain_line = (
        loose and not by_style and not bold_line and p.numbering is None and len(p.text) <= 250
        and not p.text.rstrip().endswith((".", ";", ","))
    )
    if not by_style and not bold_line and not list_line and not plain_line:
        return None
    text = _heading_text(p, by_style or numbered)
    via_list = numbered and not re.match(r"^\d", clean_line(p.text))
    via_size = larger and not p.all_bold and not by_style
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
            "action", level, int(match.group(1)), int(match.group(2)), clean_line(match.group(3)), by_style, plain_line,
            via_list=via_list, via_size=via_size,
        )
    match = _AXIS.match(text)
    # Without a heading style, « 1) » is a list item and « 4 consortiums » a sentence.
    if match and (by_style or match.group(2) in (".", ":", "-", "–", "—") or _AXIS_WORD.match(text)
                  or (via_list and heading_list)):
        return _Heading(
            "axis", level, int(match.group(1)), None, clean_line(match.group(3)), by_style, plain_line,
            via_list=via_list, via_size=via_size,
        )
    if plain_line:
        return None
    if by_style:
        return _Heading("plain", level, title=text, by_style=True)
    return None


def _candidate(p: DocParagraph) -> _Heading | None:
    """A plain paragraph that reads like a numbered title (« 2.3 Un titre », also typed as
    a list item): a title only if the numbering or the table of contents says so."""
    if p.origin != "body" or p.toc or len(p.text) > 250 or _is_toc_style(p):
        return None
    numbered = p.numbering is not None and p.numbering.kind == "number"
    if not numbered and not _CANDIDATE_START.match(p.text):
        return None
    text = clean_line(p.text)
    glyph = _LEADING_GLYPH.match(text)
    list_item = bool(glyph) or (p.numbering is not None and p.numbering.kind == "bullet")
    if glyph:
        text = text[glyph.end():]
    if p.numbering is not None and p.numbering.kind == "number" and not re.match(r"^\d", text):
        text = f"{p.numbering.label.strip()} {text}"
    if not text or len(text) > 200 or text.endswith((".", ";", ",", ":")):
        return None
    match = _ACTION.match(text)
    if match:
        return _Heading("action", None, int(match.group(1)), int(match.group(2)), clean_line(match.group(3)),
                        list_item=list_item)
    match = _AXIS.match(text)
    if match and (match.group(2) in (".", ":", "-", "–", "—") or _AXIS_WORD.match(text)):
        return _Heading("axis", None, int(match.group(1)), None, clean_line(match.group(3)), list_item=list_item)
    return None


def _body_size(paragraphs: Sequence[DocParagraph]) -> int | None:
    """The body text's font size: the size most of the text is written in."""
    weights: dict[int, int] = {}
    for p in paragraphs:
        if p.size is not None and p.origin == "body" and _style_heading_level(p) is None:
            weights[p.size] = weights.get(p.size, 0) + len(p.text)
    return max(weights, key=lambda size: weights[size]) if weights else None


def _heading_lists(paragraphs: Sequence[DocParagraph]) -> set[str]:
    """Word lists that number titles: both « n » and « n.m » labels, on short lines."""
    axes: set[str] = set()
    actions: set[str] = set()
    for p in paragraphs:
        if p.numbering is None or p.numbering.kind != "number" or len(p.text) > 250:
            continue
        label = p.numbering.label.strip()
        if _HEADING_LIST_ACTION.match(label):
            actions.add(p.numbering.num_id)
        elif _HEADING_LIST_AXIS.match(label):
            axes.add(p.numbering.num_id)
    return axes & actions


_TYPED_TOC_LINE = re.compile(r"(?:\t|\.{3,}|…|\s{2,}|\s)\s*\d{1,4}\s*$")
_CANDIDATE_START = re.compile(r"^[\s\-–—•●■▪◦○→➡➢⇒►✓✔√*]*(?:\d|axe\b|action\b)", re.I)


def _successors(previous: _Heading | None) -> set[tuple[int, int]]:
    """The numbers that may follow a title in the convention's sequence (1, 1.1, 1.2, 2, 2.1 …)."""
    if previous is None:
        return {(1, 0), (1, 1)}
    axis, action = previous.order
    return {(axis, action + 1), (axis + 1, 0), (axis + 1, 1)}


def _join(first: DocParagraph, second: DocParagraph) -> DocParagraph:
    """Two paragraphs of one title as one (the first's style unless only the second has a heading style)."""
    styled = second if _style_heading_level(first) is None and _style_heading_level(second) is not None else first
    sizes = [x for x in (first.size, second.size) if x is not None]
    return replace(
        styled,
        index=first.index,
        numbering=first.numbering or second.numbering,
        inlines=normalize_inlines((*rstrip_inlines(first.inlines), Text(" "), *lstrip_inlines(second.inlines))),
        all_bold=first.all_bold and second.all_bold,
        size=min(sizes) if sizes else None,
    )


# -- inline helpers --------------------------------------------------------------------

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
        self.manual_lists = manual_lists
        self.report = ShapedReport()
        self.sections: list[_Section] = []
        # What a table said about a paragraph: id(p) → ("label", rubric) for the first
        # paragraph after a left-column label, ("continues", rubric) for the next ones;
        # one-cell tables are read as body text, marked "one_cell".
        self.marks: dict[int, tuple[str, str]] = {}
        self.label_words: dict[int, str] = {}  # id(p) → the label as the table wrote it
        self.split_titles: set[int] = set()
        self.gap_bounds: dict[int, tuple[str, str]] = {}
        self.by_list: list[str] = []  # numbers of the titles numbered by a Word list
        self.by_size: list[str] = []  # … told apart by their larger type
        kept = [p for p in paragraphs if p.text.strip() or p.footnotes]
        self.paragraphs = self._tables(kept)
        self.body_size = _body_size(self.paragraphs)
        self.heading_lists = _heading_lists(self.paragraphs)
        self.paragraphs = self._join_split_titles(self.paragraphs)
        self.headings = [self._classify(p) for p in self.paragraphs]
        if not any(h is not None and h.kind in ("axis", "action") for h in self.headings):
            loose = [_classify_heading(p, loose=True) for p in self.paragraphs]
            if any(h is not None and h.kind in ("axis", "action") for h in loose):
                self.headings = loose
                self.report.note("docx_import.numbers_only")
        self._check_list_axes()
        self._evidence()

    # -- before segmenting: tables, split titles, evidence ------------------------------
    def _larger(self, p: DocParagraph) -> bool:
        return (
            p.size is not None and self.body_size is not None and p.size >= self.body_size + 4
            and len(p.text) <= 200
        )

    def _classify(self, p: DocParagraph) -> _Heading | None:
        in_list = p.numbering is not None and p.numbering.num_id in self.heading_lists
        return _classify_heading(p, larger=self._larger(p), heading_list=in_list)

    def _tables(self, paragraphs: list[DocParagraph]) -> list[DocParagraph]:
        """Tables made readable: a one-cell table is text; a row whose left cell is a
        rubric's label gives that rubric its right cell; any other row becomes one
        paragraph, its cells separated by « | » (with a warning)."""
        out: list[DocParagraph] = []
        i = 0
        while i < len(paragraphs):
            p = paragraphs[i]
            if p.cell is None:
                out.append(p)
                i += 1
                continue
            table = p.cell.table
            j = i
            while j < len(paragraphs) and paragraphs[j].cell is not None and paragraphs[j].cell.table == table:  # type: ignore[union-attr]  # cell checked not None just before
                j += 1
            out.extend(self._table(paragraphs[i:j]))
            i = j
        return out

    def _table(self, cells: list[DocParagraph]) -> list[DocParagraph]:
        first = cells[0].cell
        assert first is not None
        if first.rows == 1 and first.cols == 1:
            kept = [replace(p, origin="body", cell=None) for p in cells]
            for p in kept:
                self.marks[id(p)] = ("one_cell", str(first.table))
            return kept
        rows: dict[int, dict[int, list[DocParagraph]]] = {}
        for p in cells:
            assert p.cell is not None
            rows.setdefault(p.cell.row, {}).setdefault(p.cell.col, []).append(p)
        out: list[DocParagraph] = []
        text_rows: list[DocParagraph] = []
        for row in (rows[k] for k in sorted(rows)):
            columns = [row[k] for k in sorted(row)]
            label = None
            if first.cols == 2 and len(columns) == 2:
                left = " ".join(clean_line(p.text) for p in columns[0])
                match = _label_alone(left)
                label = (match.lastgroup, left) if match else None
            if label is not None:
                for k, p in enumerate(columns[1]):
                    p = replace(p, origin="body", cell=None, numbering=p.numbering)
                    self.marks[id(p)] = ("label" if k == 0 else "continues", label[0] or "")
                    self.label_words[id(p)] = label[1].rstrip(" :=")
                    out.append(p)
                continue
            inlines: list[Inline] = []
            for c, column in enumerate(columns):
                if c:
                    inlines.append(Text(" | "))
                for k, p in enumerate(column):
                    if k:
                        inlines.append(Text(" "))
                    inlines.extend(rstrip_inlines(lstrip_inlines(p.inlines)))
            base = columns[0][0]
            visible = [x for x in inlines if isinstance(x, Text) and x.text.strip(" |")]
            row_paragraph = replace(
                base, origin="body", cell=None, numbering=None, inlines=normalize_inlines(inlines),
                all_bold=bool(visible) and all(x.bold for x in visible),
            )
            text_rows.append(row_paragraph)
            out.append(row_paragraph)
        if text_rows:
            self.report.note("docx_import.table_as_text", _found(text_rows[0].text), "warning",
                             rows=len(text_rows), excerpt=_excerpt(text_rows[0].text))
        return out

    def _join_split_titles(self, paragraphs: list[DocParagraph]) -> list[DocParagraph]:
        """« 2.3 » alone then « Un titre » on the next line; or a title whose end went to
        the next paragraph (same style, starting in lower case): one title."""
        out: list[DocParagraph] = []
        i = 0
        while i < len(paragraphs):
            p = paragraphs[i]
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            if nxt is not None and nxt.origin == "body" and p.origin == "body" and self._split(p, nxt):
                joined = _join(p, nxt)
                if id(p) in self.marks:
                    self.marks[id(joined)] = self.marks[id(p)]
                self.split_titles.add(id(joined))
                out.append(joined)
                i += 2
                continue
            out.append(p)
            i += 1
        return out

    def _split(self, p: DocParagraph, nxt: DocParagraph) -> bool:
        # Cheap tests first: this runs on every pair of paragraphs.
        if len(p.text) > 250 or len(nxt.text) > 250 or nxt.numbering is not None:
            return False
        if self.marks.get(id(nxt), ("",))[0] in ("label", "continues"):
            return False  # a rubric's text from a table
        start = nxt.text.lstrip()[:1]
        number_only = p.numbering is None and len(p.text.strip()) <= 12 and _NUMBER_ONLY.match(p.text.strip())
        if not start or start.isdigit() or (not number_only and not start.islower()):
            return False
        text, following = clean_line(p.text), clean_line(nxt.text)
        if not following or following[0].isdigit():
            return False
        if not number_only and not (
            following[0].islower() and not text.endswith((".", ":", ";", "!", "?", "…"))
            # the same look: the same heading style, or both bold lines without a heading style
            and (nxt.style_id == p.style_id if _style_heading_level(p) is not None else nxt.all_bold and p.all_bold)
        ):
            return False
        if _EVALUATION.match(following) or _MEANS.match(following) or _label_alone(following):
            return False
        if number_only:
            joined = _join(p, nxt)
            heading = self._classify(joined) or _candidate(joined)
            return heading is not None and heading.kind in ("axis", "action")
        heading = self._classify(p)
        return heading is not None and heading.kind in ("axis", "action")

    def _typed_toc(self) -> set[int]:
        """A table of contents typed by hand: the lines after « Sommaire » ending in a page number."""
        lines: set[int] = set()
        for i, heading in enumerate(self.headings):
            if heading is None or heading.kind != "toc":
                continue
            for k in range(i + 1, len(self.paragraphs)):
                text = self.paragraphs[k].text
                if not _TYPED_TOC_LINE.search(text) or len(text) > 300:
                    break
                lines.add(k)
        return lines

    def _named(self, candidate: _Heading, toc_keys: list[str]) -> bool:
        """The table of contents has a line for this title (retyped with small differences)."""
        key = self._toc_key(f"{candidate.number} {candidate.title}")
        for k in toc_keys:
            if key == k:
                return True
            if len(key) > 12:
                matcher = difflib.SequenceMatcher(None, key, k)
                if matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9:
                    return True
        return False

    def _check_list_axes(self) -> None:
        """An axis numbered only by a Word list (« 2. » of a numbered list in bold) is an
        axis only if its first action follows; otherwise it is a list item."""
        for i, heading in enumerate(self.headings):
            if heading is None or heading.kind != "axis" or heading.by_style or not heading.via_list:
                continue
            following = next((h for h in self.headings[i + 1:] if h is not None and h.kind in ("axis", "action")), None)
            if following is None or following.kind != "action" or following.axis != heading.axis:
                self.headings[i] = None

    def _evidence(self) -> None:
        """Plain paragraphs that fill a gap in the numbering, or that the table of contents
        names, become titles."""
        typed = self._typed_toc()
        toc_keys = [self._toc_key(p.text) for p in self.paragraphs if p.toc or _is_toc_style(p)]
        toc_keys = [k for k in toc_keys + [self._toc_key(self.paragraphs[i].text) for i in typed] if k]
        candidates = {i: c for i, p in enumerate(self.paragraphs)
                      if self.headings[i] is None and i not in typed and (c := _candidate(p)) is not None}
        named_in_toc = {i for i, c in candidates.items() if toc_keys and self._named(c, toc_keys)}
        changed = True
        while changed and candidates:
            changed = False
            numbered = [(i, h) for i, h in enumerate(self.headings) if h is not None and h.kind in ("axis", "action")]
            taken = {h.order for _, h in numbered}
            for i, candidate in sorted(candidates.items()):
                if candidate.order in taken:
                    continue  # that title is already there: this line only repeats its number
                before = next((h for k, h in reversed(numbered) if k < i), None)
                after = next((h for k, h in numbered if k > i), None)
                named = i in named_in_toc
                in_gap = (
                    candidate.order in _successors(before) and after is not None and candidate.order < after.order
                )
                if not (named or in_gap):
                    continue
                self.headings[i] = replace(
                    candidate, evidence="toc" if named else "gap",
                    loose=False, by_style=False,
                )
                self.gap_bounds[i] = (before.number if before else "—", after.number if after else "—")
                del candidates[i]
                changed = True
                break

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
                self._heading_notes(i, p, heading, None)
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
                    self.report.note("docx_import.action_twice", Place("action", field="narrative"),
                                     action=existing.label)
                    action = existing
                    current = self._open("action", heading=None)
                    current.action = action
                    current.paragraphs.append(p)
                    continue
                action = ShapedAction(heading.axis, heading.action, heading.title)
                axis.actions.append(action)
                current = self._open("action", heading=p)
                current.action = action
                self._heading_notes(i, p, heading, action)
                continue
        self._systematic_notes()

    def _heading_notes(self, i: int, p: DocParagraph, heading: _Heading, action: ShapedAction | None) -> None:
        """Say how a title was told apart when it was not by its style or its bold."""
        place = Place("action", field="narrative") if action is not None else None
        params: dict[str, Any] = {"number": heading.number, "title": heading.title}
        if action is not None:
            params["action"] = action.label
        if heading.via_list:
            self.by_list.append(heading.number)
        if heading.via_size:
            self.by_size.append(heading.number)
        if self.marks.get(id(p), ("",))[0] == "one_cell":
            self.report.note("docx_import.heading_in_table", place, **params)
        if id(p) in self.split_titles:
            self.report.note("docx_import.heading_split", place, **params)
        if heading.list_item:
            self.report.note("docx_import.heading_list_item", place, **params)
        if heading.evidence == "gap":
            before, after = self.gap_bounds.get(i, ("—", "—"))
            self.report.note("docx_import.heading_gap", place, before=before, after=after, **params)
        elif heading.evidence == "toc":
            self.report.note("docx_import.heading_toc", place, **params)

    def _systematic_notes(self) -> None:
        # A one-cell table that is not a title (a framed paragraph): its text is kept, and said so.
        boxed: dict[str, DocParagraph] = {}
        for p, heading in zip(self.paragraphs, self.headings, strict=True):
            mark, table = self.marks.get(id(p), ("", ""))
            if mark == "one_cell" and heading is None:
                boxed.setdefault(table, p)
        for p in boxed.values():
            self.report.note("docx_import.one_cell_table", _found(p.text), excerpt=_excerpt(p.text))
        if self.by_list:
            self.report.note("docx_import.headings_by_list", count=len(self.by_list), number=self.by_list[0])
        if self.by_size:
            self.report.note("docx_import.headings_by_size", count=len(self.by_size), number=self.by_size[0])

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
            self.report.note("docx_import.axis_untitled", axis=number)
        self.report.axes.append(axis)
        return axis

    @staticmethod
    def _plausible_action(axis: ShapedAxis | None, action: ShapedAction | None, heading: _Heading) -> bool:
        """A bold line « n.m … » is a heading only if it follows the numbering order."""
        if axis is None:
            return True
        if heading.axis == axis.number:
            return action is None or heading.action > action.number  # type: ignore[operator]  # numbers are set for headings of this kind
        return heading.axis > axis.number  # type: ignore[operator]  # numbers are set for headings of this kind

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
            if self.headings[j] is not None and self.headings[j].kind != "toc":  # type: ignore[union-attr]  # checked not None on the left
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
                    self._unrecognised(pending, "action", section.action.label)
                    section.paragraphs[:0] = pending
                    pending = []
                self._fill_action(section.action, section.paragraphs)
                last_action = section.action
            elif section.kind == "conclusion":
                conclusion_paras.extend(section.paragraphs)
        if pending:
            if last_action is not None:
                self._unrecognised(pending, "action", last_action.label)
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
            where = "preamble"
            if not has_preamble_heading and not report.axes:
                report.note("docx_import.no_heading", Place("preamble", field="preamble"))
            elif not has_preamble_heading:
                report.note("docx_import.no_preamble_heading", Place("preamble", field="preamble"))
                where = "preamble_untitled"
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

    def _unrecognised(self, paragraphs: Iterable[DocParagraph], where: str, action: str | None = None) -> None:
        """Paragraphs that fitted nowhere, and where they were put: the préambule, or an
        action's narrative (``where`` "action", or "after_means" for text after « Moyens = »)."""
        for p in paragraphs:
            text = p.text or "[note]"
            if action is None:
                place = Place("preamble", field="preamble", excerpt=search_excerpt(text))
                params: dict[str, object] = {"excerpt": _excerpt(text)}
            else:
                place = Place("action", field="narrative", excerpt=search_excerpt(text))
                params = {"excerpt": _excerpt(text), "action": action}
            self.report.unrecognised.append(Finding(UNPLACED + where, params, "warning", place))

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
                self.report.note("docx_import.year_from_text", Place("cover"), year=int(match.group(1)),
                                 excerpt=_excerpt(p.text))
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
        awaiting: str | None = None  # a label alone on its line: the rubric of what follows
        run: list[DocParagraph] = []  # list items following a label alone
        # « Moyens » closes the action's text: what follows it is odd (listed). Not when the
        # means came from a table's row: the table is a unit, the text after it narrative.
        closed = False

        def give(rubric: str, given: list[DocParagraph]) -> None:
            getattr(action, rubric).extend(self._blocks(given))

        for p in paragraphs:
            text = p.text
            mark, rubric = self.marks.get(id(p), ("", ""))
            if mark in ("label", "continues") and rubric:
                # A row « Évaluation | … » of a table: the right cell is the rubric.
                if run and awaiting:
                    give(awaiting, run)
                run, awaiting, previous = [], None, None
                if mark == "label":
                    self.report.note("docx_import.label_in_table", Place("action", field=rubric),
                                     action=action.label, label=self.label_words.get(id(p), ""))
                if rubric == "narrative":
                    narrative.append(p)
                else:
                    give(rubric, [p])
                continue
            eval_match = _EVALUATION.match(text)
            means_match = _MEANS.match(text)
            alone = _label_alone(text)
            labelled = bool(eval_match or means_match or (alone and alone.lastgroup != "narrative"))
            if awaiting is not None:
                is_item = p.numbering is not None or (
                    self.manual_lists and p.origin == "body" and typed_marker(text, after_item=bool(run)) is not None
                )
                if is_item and not labelled:
                    run.append(p)
                    continue
                if not run and not labelled:
                    give(awaiting, [p])  # « Moyens mobilisés : » then the text, on the next line
                    awaiting = None
                    continue
                if run:
                    give(awaiting, run)
                run, awaiting = [], None
            if alone and alone.lastgroup in ("evaluation", "means"):
                if not self.manual_lists and text.rstrip().endswith("="):
                    # Our own export writes « Evaluation = » with nothing after it for an empty
                    # rubric (or one holding only notes): the next paragraph is not its text
                    # (manual_lists is off for our files).
                    self._labelled(action, alone.lastgroup, p, len(text))
                    closed = closed or alone.lastgroup == "means"
                    previous = alone.lastgroup
                    continue
                awaiting = alone.lastgroup
                closed = closed or awaiting == "means"
                previous = None
                self.report.note("docx_import.label_alone", Place("action", field=awaiting),
                                 action=action.label, label=clean_line(text).rstrip(" :="))
                continue
            role = _style_role(p) if p.numbering is None else None
            if eval_match:
                self._labelled(action, "evaluation", p, eval_match.end())
                previous = "evaluation"
                continue
            if means_match:
                self._labelled(action, "means", p, means_match.end())
                previous = "means"
                closed = True
                continue
            if role in ("evaluation", "means") and previous == role:
                # A second paragraph of the same rubric: our export labels only the first.
                # Its outer spaces and tabs are layout, as in the narrative (Word shows none).
                content = _spacing(rstrip_inlines(lstrip_inlines(p.inlines)))
                getattr(action, role).append(Paragraph(normalize_inlines(content)))
                self._count_inlines(content)
                continue
            previous = None
            inside = _MEANS_INSIDE.search(text) if "=" in text else None
            if inside and inside.start() > 0 and not action.means:
                before, after = split_at(p.inlines, inside.start())
                narrative.append(replace(p, inlines=rstrip_inlines(before)))
                rest = drop_prefix(after, inside.end() - inside.start())
                action.means.append(Paragraph(_spacing(rest)))
                self.report.note("docx_import.means_inside", Place("action", field="means"), action=action.label)
                closed = True
                continue
            (after_means if closed and action.means else narrative).append(p)
        if run and awaiting:
            give(awaiting, run)
        if after_means:
            self._unrecognised(after_means, "after_means", action.label)
        action.narrative.extend(self._blocks(narrative + after_means))

    def _labelled(self, action: ShapedAction, which: str, p: DocParagraph, label_end: int) -> None:
        content = _spacing(rstrip_inlines(lstrip_inlines(drop_prefix(p.inlines, label_end))))
        target: list[Block] = getattr(action, which)
        label = "Evaluation" if which == "evaluation" else "Moyens"
        new = _plain_text(content).strip()
        place = Place("action", field=which)
        if target:
            old = RichText(tuple(target)).plain_text().strip()
            if new == old or old.startswith(new):
                self.report.note("docx_import.label_duplicate", place, action=action.label, label=label)
                return
            if new.startswith(old):
                self.report.note("docx_import.label_duplicate_longer", place, action=action.label, label=label)
                target.clear()
            else:
                self.report.note("docx_import.label_several", place, action=action.label, label=label)
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
                blocks.append(ListBlock(kind or "bullet", tuple(items)))  # type: ignore[arg-type]  # kind is 'bullet' or 'number'
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
                manual = typed_marker(p.text, after_item=previous_was_item)
                if manual is not None:
                    item_kind = "bullet"
                    level = manual.level
                    content = drop_prefix(content, manual.length)
                    counts.manual_bullets += 1
            if item_kind is not None:
                if level > 1:
                    self.report.note("docx_import.list_level_capped", _found(p.text), level=level + 1,
                                     excerpt=_excerpt(p.text))
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
                # An item's outer spaces are layout, as a paragraph's (Word shows none); a
                # space opening a linked run is not stripped before this (found by the
                # round-trip property test: « ␣=… » as a link's text).
                items.append(ListItem(normalize_inlines(strip_inlines(content)), level))
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
