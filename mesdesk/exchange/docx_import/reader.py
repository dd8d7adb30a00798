"""A Word document as a flat sequence of paragraphs, with what the shape needs.

Each paragraph carries its style (id and name), its outline level, its list numbering
(bullet or numbered, level, the label Word would draw), its font size, and its content
as rich-text inlines: ``Text`` runs with bold/italic/link, and ``Footnote`` nodes holding
the note's own text from ``footnotes.xml`` (endnotes are read the same way). Table cells
and text boxes become paragraphs too, flagged (a cell knows its table, row and column),
so nothing is silently dropped. A picture becomes a readable mention « [Image : …] »
carrying its description; embedded objects are counted. Tracked changes are read as
accepted (insertions kept, deletions left out) and counted; comments are never mixed
into the text: their wording is collected for the summary.

This module knows Word's XML, not the report: recognising the report's parts is
``shape.py``'s job.

Why one module over 500 lines: one walk of the WordprocessingML tree fills every
paragraph (styles, numbering, notes, tracked changes, tables, pictures); each part needs
the same style and numbering tables as it goes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from lxml import etree

from mesdesk.exchange.docx_import.package_guard import W_NS, DocxPackage
from mesdesk.model.richtext import Footnote, IndicatorRef, Inline, Text, normalize_inlines
from mesdesk.model.textclean import clean_text

_W = "{" + W_NS + "}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_VAL = _W + "val"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"

ListKind = Literal["bullet", "number"]
Origin = Literal["body", "table", "textbox"]

# Character styles marking a run-in sub-heading (our export's « Intertitre »).
RUNIN_STYLES = frozenset({"intertitre", "run-in heading", "runinheading", "run-in"})

# Symbol-font characters (Wingdings, Symbol) a report uses as bullets or marks.
_SYMBOL_CHARS = {
    0xF0FC: "✓", 0xF0FB: "✗", 0xF0D8: "➢", 0xF0E0: "→", 0xF0E8: "➔", 0xF0A7: "▪",
    0xF0B7: "•", 0xF06C: "●", 0xF06E: "■", 0xF076: "❖", 0xF0D5: "⇒", 0xF0F0: "⇨",
}


@dataclass(frozen=True, slots=True)
class ReviewAnchor(IndicatorRef):
    """A point in the text where a reviewer's mark starts or ends (read only on request).

    ``kind``: "comment_start" / "comment_end" (a Word comment's range), "ins_start" /
    "ins_end" (a tracked insertion), "del" (a tracked deletion: its text in ``deleted``).
    It has no text of its own, so the shape carries it through as it carries an
    indicator's value (an ``IndicatorRef``): nothing in ``shape.py`` needs to know it.
    It never reaches a workspace: ``review_import`` reads and removes it.
    """

    kind: str = ""
    key: str = ""  # the comment's or the change's w:id
    author: str = ""
    date: str = ""  # as written in the file (ISO 8601)
    deleted: str = ""


@dataclass(frozen=True)
class Numbering:
    """A paragraph's place in a Word list."""

    num_id: str
    level: int  # Word's ilvl, 0-based
    kind: ListKind
    label: str  # what Word draws: "•", "1.", "1.2", "a)"


@dataclass(frozen=True)
class Cell:
    """Where a paragraph sits in a table (0-based row and column, the table's size)."""

    table: int  # the table's number in the document, from 0
    row: int
    col: int
    rows: int
    cols: int


@dataclass(frozen=True)
class DocParagraph:
    index: int
    style_id: str
    style_name: str
    outline_level: int | None  # 0-based heading level from the paragraph or its style
    numbering: Numbering | None
    inlines: tuple[Inline, ...]
    all_bold: bool  # every visible character is bold (a "bold line")
    origin: Origin = "body"
    toc: bool = False  # inside a table of contents (field or content control)
    size: int | None = None  # font size in half-points of the smallest visible run
    cell: Cell | None = None  # for origin "table"

    @functools.cached_property
    def text(self) -> str:
        """The visible text, footnotes left out (computed once: the shape asks often)."""
        return "".join(i.text for i in self.inlines if isinstance(i, Text))

    @property
    def footnotes(self) -> list[Footnote]:
        return [i for i in self.inlines if isinstance(i, Footnote)]


@dataclass
class ReaderStats:
    """What the reader met but could not carry into rich text."""

    images: int = 0
    tables: int = 0
    textboxes: int = 0
    embedded: int = 0  # OLE objects, altChunk (imported HTML/RTF) …
    deleted_runs: int = 0  # tracked deletions, skipped
    inserted_runs: int = 0  # tracked insertions, kept (as Word shows them once accepted)
    hidden_runs: int = 0
    strict: bool = False
    # Comments met in the text: (author, their text), in the order of the document.
    comments: list[tuple[str, str]] = field(default_factory=list)
    image_texts: list[str] = field(default_factory=list)  # the mentions put in their place


@dataclass
class DocxContent:
    paragraphs: list[DocParagraph]
    stats: ReaderStats = field(default_factory=ReaderStats)


# -- styles ----------------------------------------------------------------------------

@dataclass
class _Style:
    style_id: str
    name: str
    kind: str
    based_on: str | None
    outline_level: int | None
    num_id: str | None
    num_level: int | None
    bold: bool | None
    italic: bool | None
    hidden: bool | None
    size: int | None = None  # half-points

    @property
    def is_runin(self) -> bool:
        return self.style_id.casefold() in RUNIN_STYLES or self.name.casefold() in RUNIN_STYLES


def _on(el: etree._Element | None) -> bool | None:
    """A toggle property: absent → None; ``<w:b/>`` or val true/1/on → True."""
    if el is None:
        return None
    val = (el.get(_VAL) or "true").lower()
    return val not in ("false", "0", "off", "none")


def _size(rpr: etree._Element | None) -> int | None:
    """The font size (half-points) run properties set, if any."""
    if rpr is None:
        return None
    sz = rpr.find(_W + "sz")
    return _int(sz.get(_VAL)) if sz is not None else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _outline_and_numbering(ppr: etree._Element | None) -> tuple[int | None, str | None, int | None]:
    """The outline level, list id and list level that paragraph properties (of a style or a paragraph) set."""
    if ppr is None:
        return None, None, None
    ol = ppr.find(_W + "outlineLvl")
    outline = _int(ol.get(_VAL)) if ol is not None else None
    numpr = ppr.find(_W + "numPr")
    if numpr is None:
        return outline, None, None
    nid = numpr.find(_W + "numId")
    lvl = numpr.find(_W + "ilvl")
    return outline, nid.get(_VAL) if nid is not None else None, _int(lvl.get(_VAL)) if lvl is not None else None


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.doc_bold: bool | None = None
        self.doc_italic: bool | None = None
        self.doc_size: int | None = None
        if root is None:
            return
        rpr_default = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        if rpr_default is not None:
            self.doc_bold = _on(rpr_default.find(_W + "b"))
            self.doc_italic = _on(rpr_default.find(_W + "i"))
            self.doc_size = _size(rpr_default)
        for el in root.iter(_W + "style"):
            style_id = el.get(_W + "styleId") or ""
            name_el = el.find(_W + "name")
            based = el.find(_W + "basedOn")
            ppr = el.find(_W + "pPr")
            rpr = el.find(_W + "rPr")
            outline, num_id, num_level = _outline_and_numbering(ppr)
            style = _Style(
                style_id=style_id,
                name=(name_el.get(_VAL) if name_el is not None else "") or style_id,
                kind=el.get(_W + "type") or "paragraph",
                based_on=based.get(_VAL) if based is not None else None,
                outline_level=outline,
                num_id=num_id,
                num_level=num_level,
                bold=_on(rpr.find(_W + "b")) if rpr is not None else None,
                italic=_on(rpr.find(_W + "i")) if rpr is not None else None,
                hidden=_on(rpr.find(_W + "vanish")) if rpr is not None else None,
                size=_size(rpr),
            )
            self.styles[style_id] = style
            if style.kind == "paragraph" and (el.get(_W + "default") or "").lower() in ("1", "true", "on"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        """The style and its ancestors (``basedOn``), cycles cut."""
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < 20:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                return
            yield style
            style_id = style.based_on

    def first(self, style_id: str | None, attr: str) -> object | None:
        for style in self.chain(style_id):
            value: object | None = getattr(style, attr)
            if value is not None:
                return value
        return None


# -- numbering -------------------------------------------------------------------------

@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class _Numbering:
    """numbering.xml: which list a ``numId`` is, and the labels Word would draw."""

    def __init__(self, root: etree._Element | None, styles: _Styles) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNum → style whose numId holds the levels
        self.nums: dict[str, tuple[str, dict[int, _Level]]] = {}
        self.counters: dict[str, list[int]] = {}
        self._styles = styles
        if root is None:
            return
        for absn in root.iter(_W + "abstractNum"):
            abs_id = absn.get(_W + "abstractNumId") or ""
            self.abstract[abs_id] = {
                lvl: level for lvl, level in (self._level(el) for el in absn.iter(_W + "lvl")) if lvl is not None
            }
            link = absn.find(_W + "numStyleLink")
            if link is not None and link.get(_VAL):
                self.style_link[abs_id] = link.get(_VAL) or ""
        for num in root.iter(_W + "num"):
            num_id = num.get(_W + "numId") or ""
            abs_el = num.find(_W + "abstractNumId")
            abs_id = abs_el.get(_VAL) if abs_el is not None else ""
            overrides: dict[int, _Level] = {}
            for ov in num.iter(_W + "lvlOverride"):
                ilvl = _int(ov.get(_W + "ilvl")) or 0
                lvl_el = ov.find(_W + "lvl")
                base = self._levels(abs_id or "").get(ilvl, _Level())
                level = self._level(lvl_el)[1] if lvl_el is not None else _Level(base.fmt, base.text, base.start)
                start = ov.find(_W + "startOverride")
                if start is not None and _int(start.get(_VAL)) is not None:
                    level = _Level(level.fmt, level.text, _int(start.get(_VAL)) or 0)
                overrides[ilvl] = level
            self.nums[num_id] = (abs_id or "", overrides)

    @staticmethod
    def _level(el: etree._Element) -> tuple[int | None, _Level]:
        fmt = el.find(_W + "numFmt")
        text = el.find(_W + "lvlText")
        start = el.find(_W + "start")
        start_value = _int(start.get(_VAL)) if start is not None else None
        return _int(el.get(_W + "ilvl")), _Level(
            fmt=(fmt.get(_VAL) if fmt is not None else None) or "decimal",
            text=(text.get(_VAL) if text is not None else None) or "",
            start=1 if start_value is None else start_value,
        )

    def _levels(self, abs_id: str, depth: int = 0) -> dict[int, _Level]:
        if abs_id in self.style_link and depth < 3:
            linked_num = self._styles.first(self.style_link[abs_id], "num_id")
            if isinstance(linked_num, str) and linked_num in self.nums:
                return self._levels(self.nums[linked_num][0], depth + 1)
        return self.abstract.get(abs_id, {})

    def level(self, num_id: str, ilvl: int) -> _Level | None:
        if num_id not in self.nums:
            return None
        abs_id, overrides = self.nums[num_id]
        if ilvl in overrides:
            return overrides[ilvl]
        return self._levels(abs_id).get(ilvl)

    def number(self, num_id: str, ilvl: int) -> Numbering | None:
        """Count this paragraph in its list and return its numbering (None: no visible list)."""
        level = self.level(num_id, ilvl)
        if level is None or level.fmt == "none":
            return None
        if level.fmt == "bullet":
            return Numbering(num_id, ilvl, "bullet", _bullet_text(level.text))
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            deeper = self.level(num_id, len(counters))
            counters.append((deeper.start if deeper else 1) - 1)
        counters[ilvl] += 1
        for deeper_lvl in range(ilvl + 1, len(counters)):
            deeper = self.level(num_id, deeper_lvl)
            counters[deeper_lvl] = (deeper.start if deeper else 1) - 1

        def render(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            if k >= len(counters):
                return ""
            lvl = self.level(num_id, k) or _Level()
            return _format_counter(max(counters[k], lvl.start if k != ilvl else counters[k]), lvl.fmt)

        label = re.sub(r"%([1-9])", render, level.text)
        return Numbering(num_id, ilvl, "number", label)


def _bullet_text(text: str) -> str:
    return "".join(_SYMBOL_CHARS.get(ord(c), c) for c in text) or "•"


def _format_counter(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        m = max(n, 1)
        while m:
            m, r = divmod(m - 1, 26)
            s = chr(97 + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out or str(n)


# -- fields ----------------------------------------------------------------------------

@dataclass
class _Field:
    instr: str = ""
    in_result: bool = False

    @property
    def kind(self) -> str:
        words = self.instr.split()
        return words[0].upper() if words else ""

    @property
    def href(self) -> str | None:
        if self.kind != "HYPERLINK":
            return None
        match = re.search(r'HYPERLINK\s+"([^"]+)"', self.instr, re.IGNORECASE) or re.search(
            r"HYPERLINK\s+(\S+)", self.instr, re.IGNORECASE
        )
        if match is None or match.group(1).startswith("\\"):
            return None  # only a bookmark (\l): an internal link
        return match.group(1)


# -- the reader ------------------------------------------------------------------------

class _Reader:
    def __init__(self, package: DocxPackage, review: bool = False) -> None:
        self.package = package
        self.review = review
        self.stats = ReaderStats()
        main = package.main_part
        self.document = package.xml(main)
        self.styles = _Styles(package.optional_xml(package.related_part(main, "styles")))
        self.numbering = _Numbering(package.optional_xml(package.related_part(main, "numbering")), self.styles)
        self.fields: list[_Field] = []
        self._pending_textboxes: list[etree._Element] = []
        self._saw_toc = False
        self._comment_texts = self._comments(package.related_part(main, "comments"))
        self._comments_seen: set[str] = set()
        self._sizes: list[int] = []  # sizes of the visible runs of the paragraph being read
        self._cell: Cell | None = None
        self.notes: dict[str, dict[str, tuple[Text, ...]]] = {
            "footnote": self._notes(package.related_part(main, "footnotes"), "footnote"),
            "endnote": self._notes(package.related_part(main, "endnotes"), "endnote"),
        }
        self.stats.strict = package.strict
        self.paragraphs: list[DocParagraph] = []

    def _comments(self, part: str | None) -> dict[str, tuple[str, str]]:
        """comments.xml: id → (author, text). Never part of the report's text."""
        root = self.package.optional_xml(part)
        if root is None:
            return {}
        out = {}
        for comment in root.iter(_W + "comment"):
            paragraphs = ["".join(t.text or "" for t in p.iter(_W + "t")) for p in comment.iter(_W + "p")]
            out[comment.get(_W + "id") or ""] = (
                comment.get(_W + "author") or "", clean_text(" ".join(x for x in paragraphs if x.strip())).strip()
            )
        return out

    # notes
    def _notes(self, part: str | None, kind: str) -> dict[str, tuple[Text, ...]]:
        root = self.package.optional_xml(part)
        if root is None or part is None:
            return {}
        rels = self.package.relationships(part)
        notes: dict[str, tuple[Text, ...]] = {}
        for note in root.iter(_W + kind):
            if (note.get(_W + "type") or "normal") != "normal":
                continue  # separators
            inlines: list[Inline] = []
            for i, p in enumerate(note.iter(_W + "p")):
                if i:
                    inlines.append(Text(" "))
                saved, self.fields = self.fields, []
                inlines.extend(self._inlines(p, rels, None, in_note=True))
                self.fields = saved
            texts = [t for t in normalize_inlines(inlines) if isinstance(t, Text)]
            if texts:  # the note mark is followed by a space in Word's own notes
                texts[0] = Text(texts[0].text.lstrip(), texts[0].bold, texts[0].italic, texts[0].runin, texts[0].href)
            notes[note.get(_W + "id") or ""] = tuple(t for t in normalize_inlines(texts) if isinstance(t, Text))
        return notes

    # body
    def read(self) -> DocxContent:
        body = self.document.find(_W + "body")
        if body is not None:
            rels = self.package.relationships(self.package.main_part)
            self._blocks(body, rels, "body", toc=False)
        return DocxContent(self.paragraphs, self.stats)

    def _blocks(self, parent: etree._Element, rels: dict[str, Any], origin: Origin, toc: bool) -> None:
        for child in parent:
            tag = child.tag
            if tag == _W + "p":
                self._paragraph(child, rels, origin, toc)
            elif tag == _W + "tbl":
                self._table(child, rels, toc)
            elif tag == _W + "sdt":
                gallery = child.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
                is_toc = gallery is not None and "content" in (gallery.get(_VAL) or "").lower()
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self._blocks(content, rels, origin, toc or is_toc)
            elif tag in (_W + "customXml", _W + "ins", _W + "moveTo"):
                if tag != _W + "customXml":
                    self.stats.inserted_runs += 1
                self._blocks(child, rels, origin, toc)
            elif tag in (_W + "del", _W + "moveFrom"):
                self.stats.deleted_runs += 1
            elif tag == _W + "altChunk":
                self.stats.embedded += 1
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    self._blocks(choice, rels, origin, toc)

    def _table(self, tbl: etree._Element, rels: dict[str, Any], toc: bool) -> None:
        """Each cell's paragraphs, in reading order, knowing their row and column."""
        number = self.stats.tables
        self.stats.tables += 1
        rows = [tr for tr in _children(tbl, "tr")]
        cols = max((len(list(_children(tr, "tc"))) for tr in rows), default=0)
        outer = self._cell
        for r, tr in enumerate(rows):
            for c, tc in enumerate(_children(tr, "tc")):
                self._cell = Cell(number, r, c, len(rows), cols)
                self._blocks_shallow(tc, rels, toc)
        self._cell = outer

    def _blocks_shallow(self, cell: etree._Element, rels: dict[str, Any], toc: bool) -> None:
        for child in cell:
            if child.tag == _W + "p":
                self._paragraph(child, rels, "table", toc)
            elif child.tag == _W + "tbl":
                self._table(child, rels, toc)  # a table in a cell
            elif child.tag in (_W + "sdt", _W + "customXml"):
                content = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
                if content is not None:
                    self._blocks_shallow(content, rels, toc)

    def _paragraph(self, p: etree._Element, rels: dict[str, Any], origin: Origin, toc: bool) -> None:
        ppr = p.find(_W + "pPr")
        ps = ppr.find(_W + "pStyle") if ppr is not None else None
        style_id = (ps.get(_VAL) if ps is not None else "") or ""
        outline, num_id, ilvl = _outline_and_numbering(ppr)
        if not style_id:
            style_id = self.styles.default_paragraph or ""
        style = self.styles.styles.get(style_id)
        if outline is None:
            value = self.styles.first(style_id, "outline_level")
            outline = value if isinstance(value, int) else None
        if outline is not None and not 0 <= outline <= 8:
            outline = None  # 9 is "body text"
        if num_id is None:
            value = self.styles.first(style_id, "num_id")
            num_id = value if isinstance(value, str) else None
            if ilvl is None:
                level_value = self.styles.first(style_id, "num_level")
                ilvl = level_value if isinstance(level_value, int) else None
        numbering = None
        if num_id and num_id != "0":
            numbering = self.numbering.number(num_id, min(max(ilvl or 0, 0), 8))

        toc_here = toc or any(f.kind == "TOC" for f in self.fields)
        self._pending_textboxes = []
        self._sizes = []
        inlines = normalize_inlines(self._inlines(p, rels, style_id))
        toc_here = toc_here or self._saw_toc
        visible = [i for i in inlines if isinstance(i, Text) and i.text.strip()]
        self.paragraphs.append(
            DocParagraph(
                index=len(self.paragraphs),
                style_id=style_id,
                style_name=style.name if style else style_id,
                outline_level=outline,
                numbering=numbering,
                inlines=inlines,
                all_bold=bool(visible) and all(i.bold for i in visible),
                origin=origin,
                toc=toc_here,
                size=min(self._sizes) if self._sizes else None,
                cell=self._cell if origin == "table" else None,
            )
        )
        for box in self._pending_textboxes:
            self.stats.textboxes += 1
            self._blocks(box, rels, "textbox", toc)

    # runs
    def _inlines(
        self, p: etree._Element, rels: dict[str, Any], para_style: str | None, in_note: bool = False
    ) -> list[Inline]:
        self._saw_toc = any(f.kind == "TOC" for f in self.fields)
        out: list[Inline] = []
        para_bold = self.styles.first(para_style, "bold")
        para_italic = self.styles.first(para_style, "italic")
        para_size = self.styles.first(para_style, "size")
        context = _RunContext(
            para_bold if isinstance(para_bold, bool) else bool(self.styles.doc_bold),
            para_italic if isinstance(para_italic, bool) else bool(self.styles.doc_italic),
            para_size if isinstance(para_size, int) else (self.styles.doc_size or 20),
        )
        self._walk(p, rels, None, context, out, in_note)
        return out

    def _walk(
        self, parent: etree._Element, rels: dict[str, Any], href: str | None, ctx: "_RunContext", out: list[Inline], in_note: bool
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == _W + "r":
                self._run(child, rels, href, ctx, out, in_note)
            elif tag == _W + "hyperlink":
                target = None
                rel_id = child.get(_R_ID)
                if rel_id and rel_id in rels and rels[rel_id].external:
                    target = rels[rel_id].target
                    anchor = child.get(_W + "anchor")
                    if anchor:
                        target += "#" + anchor
                self._walk(child, rels, target or href, ctx, out, in_note)
            elif tag == _W + "fldSimple":
                fld = _Field(child.get(_W + "instr") or "", in_result=True)
                self.fields.append(fld)
                if fld.kind == "TOC":
                    self._saw_toc = True
                self._walk(child, rels, href, ctx, out, in_note)
                self.fields.pop()
            elif tag in (_W + "del", _W + "moveFrom"):
                self.stats.deleted_runs += 1
                if self.review:
                    out.append(self._anchor(child, "del", deleted=_deleted_text(child)))
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self._walk(content, rels, href, ctx, out, in_note)
            elif tag in (_W + "ins", _W + "moveTo"):
                self.stats.inserted_runs += 1
                if self.review:
                    out.append(self._anchor(child, "ins_start"))
                self._walk(child, rels, href, ctx, out, in_note)
                if self.review:
                    out.append(self._anchor(child, "ins_end"))
            elif tag in (_W + "smartTag", _W + "customXml", _W + "dir", _W + "bdo"):
                self._walk(child, rels, href, ctx, out, in_note)
            elif tag in (_W + "commentRangeStart", _W + "commentRangeEnd") and self.review:
                kind = "comment_start" if tag == _W + "commentRangeStart" else "comment_end"
                out.append(ReviewAnchor("", kind=kind, key=child.get(_W + "id") or ""))
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    self._walk(choice, rels, href, ctx, out, in_note)
            elif tag in (_M + "oMath", _M + "oMathPara"):
                out.append(Text("".join(t.text or "" for t in child.iter(_M + "t"))))

    def _visible(self) -> bool:
        return all(f.in_result for f in self.fields)

    @staticmethod
    def _anchor(el: etree._Element, kind: str, deleted: str = "") -> ReviewAnchor:
        return ReviewAnchor(
            "", kind=kind, key=el.get(_W + "id") or "", author=el.get(_W + "author") or "",
            date=el.get(_W + "date") or "", deleted=deleted,
        )

    def _field_href(self) -> str | None:
        for fld in reversed(self.fields):
            if fld.href:
                return fld.href
        return None

    def _run(
        self, r: etree._Element, rels: dict[str, Any], href: str | None, ctx: "_RunContext", out: list[Inline], in_note: bool
    ) -> None:
        rpr = r.find(_W + "rPr")
        bold, italic, hidden, runin, size = ctx.bold, ctx.italic, False, False, ctx.size
        if rpr is not None:
            rstyle = rpr.find(_W + "rStyle")
            rstyle_id = rstyle.get(_VAL) if rstyle is not None else None
            if rstyle_id:
                sb = self.styles.first(rstyle_id, "bold")
                si = self.styles.first(rstyle_id, "italic")
                sh = self.styles.first(rstyle_id, "hidden")
                ss = self.styles.first(rstyle_id, "size")
                size = ss if isinstance(ss, int) else size
                runin = any(s.is_runin for s in self.styles.chain(rstyle_id))
                # A run-in style is bold by itself: the run is bold only if marked so.
                bold = sb if isinstance(sb, bool) and not runin else bold
                italic = si if isinstance(si, bool) else italic
                hidden = bool(sh)
            b = _on(rpr.find(_W + "b"))
            i = _on(rpr.find(_W + "i"))
            v = _on(rpr.find(_W + "vanish"))
            bold = b if b is not None else bold
            italic = i if i is not None else italic
            hidden = v if v is not None else hidden
            size = _size(rpr) or size
        parts: list[str] = []

        def flush() -> None:
            if parts:
                text = clean_text("".join(parts))
                parts.clear()
                if text and not hidden and self._visible():
                    out.append(Text(text, bold=bold, italic=italic, runin=runin, href=self._field_href() or href))
                    if text.strip() and not in_note:
                        self._sizes.append(size)

        for child in r:
            tag = child.tag
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab" or tag == _W + "ptab":
                parts.append("\t")
            elif tag == _W + "br":
                if (child.get(_W + "type") or "textWrapping") == "textWrapping":
                    parts.append("\n")
            elif tag == _W + "cr":
                parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("\u2011")
            elif tag == _W + "sym":
                code = _int_hex(child.get(_W + "char"))
                if code is not None:
                    parts.append(_SYMBOL_CHARS.get(code) or (chr(code) if not 0xE000 <= code <= 0xF8FF else ""))
            elif tag == _W + "fldChar":
                flush()
                kind = child.get(_W + "fldCharType")
                if kind == "begin":
                    self.fields.append(_Field())
                elif kind == "separate" and self.fields:
                    self.fields[-1].in_result = True
                elif kind == "end" and self.fields:
                    self.fields.pop()
            elif tag == _W + "instrText":
                if self.fields and not self.fields[-1].in_result:
                    self.fields[-1].instr += child.text or ""
                    if self.fields[-1].kind == "TOC":
                        self._saw_toc = True
            elif tag in (_W + "footnoteReference", _W + "endnoteReference"):
                flush()
                kind = "footnote" if tag == _W + "footnoteReference" else "endnote"
                note = self.notes[kind].get(child.get(_W + "id") or "")
                if note is not None and not in_note and self._visible():
                    out.append(Footnote(note))
            elif tag in (_W + "drawing", _W + "pict", _W + "object", _MC + "AlternateContent"):
                flush()
                mention = self._embedded(child)
                if mention and self._visible():
                    out.append(Text(mention, italic=True))
            elif tag == _W + "commentReference":
                comment_id = child.get(_W + "id") or ""
                if self.review:  # where a comment without a range stands
                    flush()
                    out.append(ReviewAnchor("", kind="comment_point", key=comment_id))
                if comment_id not in self._comments_seen:
                    self._comments_seen.add(comment_id)
                    self.stats.comments.append(self._comment_texts.get(comment_id, ("", "")))
        flush()

    def _embedded(self, el: etree._Element) -> str | None:
        # Text boxes (read later as paragraphs) or a picture / object (counted, lost).
        if el.tag == _MC + "AlternateContent":
            choice = el.find(_MC + "Choice")
            el = choice if choice is not None else el
        boxes = [b for b in el.iter(_W + "txbxContent") if not _inside_fallback(b, el)]
        outermost = [b for b in boxes if not any(o is not b and b in set(o.iter(_W + "txbxContent")) for o in boxes)]
        if outermost:
            self._pending_textboxes.extend(outermost)
        elif el.tag == _W + "object":
            self.stats.embedded += 1
        else:
            # A picture: kept as a readable mention carrying its description.
            self.stats.images += 1
            description = ""
            for doc_pr in el.iter(_WP + "docPr"):
                description = (doc_pr.get("descr") or doc_pr.get("title") or "").strip()
                break
            mention = f"[Image : {clean_text(description)}]" if description else "[Image]"
            self.stats.image_texts.append(mention)
            return mention
        return None


@dataclass
class _RunContext:
    bold: bool
    italic: bool
    size: int


def _children(el: etree._Element, name: str) -> Iterator[etree._Element]:
    """Direct children named ``name``, also through content controls and custom XML."""
    for child in el:
        if child.tag == _W + name:
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            content = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if content is not None:
                yield from _children(content, name)


def _inside_fallback(el: etree._Element, stop: etree._Element) -> bool:
    node = el.getparent()
    while node is not None and node is not stop:
        if node.tag == _MC + "Fallback":
            return True
        node = node.getparent()
    return False


def _deleted_text(el: etree._Element) -> str:
    """The text a tracked deletion took away (``w:delText``, tabs and breaks), cleaned."""
    parts: list[str] = []
    for node in el.iter(_W + "delText", _W + "t", _W + "tab", _W + "br", _W + "cr"):
        if node.tag in (_W + "delText", _W + "t"):
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return clean_text("".join(parts))


def _int_hex(value: str | None) -> int | None:
    try:
        return int(value, 16) if value else None
    except ValueError:
        return None


def read_docx(package: DocxPackage, *, review: bool = False) -> DocxContent:
    """Read the main document of an opened package into paragraphs.

    With ``review``, the reviewers' marks (comment ranges, tracked insertions and
    deletions) are kept in the inlines as ``ReviewAnchor`` points.
    """
    return _Reader(package, review).read()
