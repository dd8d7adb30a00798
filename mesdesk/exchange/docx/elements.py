"""Builders for WordprocessingML elements.

Paragraphs are made here as detached lxml elements and appended to the body in one
go: python-docx's ``add_paragraph`` searches the body for the section properties on
every call, which makes a long document quadratic. Elements come from python-docx's
own parser, so the objects stay usable through python-docx's API afterwards.

Child elements are emitted in the order the OOXML schema requires (Word rejects a
file whose ``w:pPr`` children are out of order, even though LibreOffice accepts it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeAlias

from docx.oxml.ns import nsmap
from docx.oxml.parser import oxml_parser
from lxml import etree

W_NS = nsmap["w"]
R_NS = nsmap["r"]
W = "{%s}" % W_NS
R = "{%s}" % R_NS
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# lxml ships no type information: an element is Any to the type checker, an lxml
# element at run time.
Element: TypeAlias = Any


def el(tag: str, attrs: dict[str, str] | None = None, *children: Element) -> Element:
    """A detached ``w:`` element; attribute names are in the ``w:`` namespace too."""
    element = oxml_parser.makeelement(W + tag)
    if attrs:
        for name, value in attrs.items():
            element.set(W + name, value)
    if children:
        element.extend(children)
    return element


def sub(parent: Element, tag: str, attrs: dict[str, str] | None = None) -> Element:
    """A ``w:`` child appended to ``parent``."""
    element = etree.SubElement(parent, W + tag)
    if attrs:
        for name, value in attrs.items():
            element.set(W + name, value)
    return element


def val(tag: str, value: str) -> Element:
    """The common ``<w:tag w:val="value"/>`` form."""
    return el(tag, {"val": value})


@dataclass(frozen=True, slots=True)
class Spacing:
    before: int | None = None
    after: int | None = None


@dataclass(frozen=True, slots=True)
class Tab:
    kind: str  # left | center | right
    pos: int  # twentieths of a point
    leader: str | None = None


def paragraph(
    style: str | None = None,
    *,
    keep_next: bool = False,
    keep_lines: bool = False,
    page_break_before: bool = False,
    num: tuple[int, int] | None = None,
    tabs: Iterable[Tab] = (),
    spacing: Spacing | None = None,
    jc: str | None = None,
    outline_level: int | None = None,
) -> Element:
    """An empty ``w:p`` with its properties in schema order.

    ``num`` is ``(numId, ilvl)``; numId 0 switches off a numbering the style carries.
    """
    p = oxml_parser.makeelement(W + "p")
    ppr = sub(p, "pPr")
    if style:
        sub(ppr, "pStyle", {"val": style})
    if keep_next:
        sub(ppr, "keepNext")
    if keep_lines:
        sub(ppr, "keepLines")
    if page_break_before:
        sub(ppr, "pageBreakBefore")
    if num is not None:
        num_pr = sub(ppr, "numPr")
        sub(num_pr, "ilvl", {"val": str(num[1])})
        sub(num_pr, "numId", {"val": str(num[0])})
    tabs = list(tabs)
    if tabs:
        tabs_el = sub(ppr, "tabs")
        for tab in tabs:
            attrs = {"val": tab.kind, "pos": str(tab.pos)}
            if tab.leader:
                attrs["leader"] = tab.leader
            sub(tabs_el, "tab", attrs)
    if spacing is not None:
        attrs = {}
        if spacing.before is not None:
            attrs["before"] = str(spacing.before)
        if spacing.after is not None:
            attrs["after"] = str(spacing.after)
        sub(ppr, "spacing", attrs)
    if jc:
        sub(ppr, "jc", {"val": jc})
    if outline_level is not None:
        sub(ppr, "outlineLvl", {"val": str(outline_level)})
    if len(ppr) == 0:
        p.remove(ppr)
    return p


def run_properties(style: str | None = None, *, bold: bool = False, italic: bool = False) -> Element | None:
    """``w:rPr`` in schema order (rStyle, b, i), or None when there is nothing to say."""
    if not (style or bold or italic):
        return None
    rpr = el("rPr")
    if style:
        sub(rpr, "rStyle", {"val": style})
    if bold:
        sub(rpr, "b")
    if italic:
        sub(rpr, "i")
    return rpr


def run(text: str, style: str | None = None, *, bold: bool = False, italic: bool = False) -> Element:
    """A ``w:r`` holding ``text``; newlines become line breaks and tabs become tab stops."""
    r = oxml_parser.makeelement(W + "r")
    rpr = run_properties(style, bold=bold, italic=italic)
    if rpr is not None:
        r.append(rpr)
    append_text(r, text)
    return r


def append_text(r: Element, text: str) -> None:
    """Add ``text`` to a run as ``w:t`` / ``w:br`` / ``w:tab`` children."""
    for i, line in enumerate(text.split("\n")):
        if i:
            sub(r, "br")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                sub(r, "tab")
            if chunk:
                t = sub(r, "t")
                t.text = chunk
                # Without it Word may drop spaces at the ends or collapse doubled ones.
                if chunk[0].isspace() or chunk[-1].isspace() or "  " in chunk:
                    t.set(XML_SPACE, "preserve")


def tab_run() -> Element:
    r = oxml_parser.makeelement(W + "r")
    sub(r, "tab")
    return r


def bookmark_start(bookmark_id: int, name: str) -> Element:
    return el("bookmarkStart", {"id": str(bookmark_id), "name": name})


def bookmark_end(bookmark_id: int) -> Element:
    return el("bookmarkEnd", {"id": str(bookmark_id)})


def paragraph_text(p: Element) -> str:
    """The visible text of a paragraph we built (used for warnings and decisions)."""
    return "".join(t.text or "" for t in p.iter(W + "t"))
