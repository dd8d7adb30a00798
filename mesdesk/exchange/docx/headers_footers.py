"""Page header and footer: on every page but the cover.

The section gets a different first page (``w:titlePg``) whose header and footer are
empty unless the template has its own (a logo on the cover, say). The footer of the
other pages carries the organisation line and ``n / N`` page fields; a template whose
footer already has a page number keeps its footer, since the organisation designed it.
The header shows the report's title when the template's header is empty.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.section import Section
from docx.shared import Length

from mesdesk.exchange.docx.elements import Element, Tab, W, paragraph, run
from mesdesk.exchange.docx.fields import simple_field_runs
from mesdesk.exchange.docx.styles import StyleResolver

EMU_PER_TWIP = 635


def text_width_twips(section: Section) -> int:
    """Width between the margins, for a right tab stop at the right margin."""
    width = section.page_width or Length(11906 * EMU_PER_TWIP)
    left = section.left_margin or Length(1418 * EMU_PER_TWIP)
    right = section.right_margin or Length(1418 * EMU_PER_TWIP)
    return max(int((width - left - right) / EMU_PER_TWIP), 1000)


def _has_text(element: Element) -> bool:
    return any((t.text or "").strip() for t in element.iter(W + "t")) or element.find(f".//{W}drawing") is not None


def _has_page_field(element: Element) -> bool:
    instructions = [t.text or "" for t in element.iter(W + "instrText")]
    instructions += [f.get(W + "instr", "") for f in element.iter(W + "fldSimple")]
    return any(text.split() and text.split()[0].upper() == "PAGE" for text in instructions)


def _clear(container: Element) -> None:
    for child in list(container):
        if child.tag in (W + "p", W + "tbl", W + "sdt"):
            container.remove(child)


def write_headers_footers(
    document: DocxDocument, *, styles: StyleResolver, organisation_line: str, header_text: str
) -> None:
    section = document.sections[-1]
    section.different_first_page_header_footer = True
    # The cover page: empty header and footer of its own, unless the template has them.
    for first in (section.first_page_header, section.first_page_footer):
        if first.is_linked_to_previous:
            first.is_linked_to_previous = False
            # python-docx's new part holds a paragraph in the Header/Footer style, whose
            # border would draw a line on the cover.
            _clear(first._element)
            first._element.append(paragraph())
    right_pos = text_width_twips(section)
    right = Tab("right", right_pos)

    footer = section.footer
    if footer.is_linked_to_previous or not _has_page_field(footer._element):
        footer.is_linked_to_previous = False
        container = footer._element
        _clear(container)
        footer_style = styles.id("footer")
        cleared = [Tab("clear", pos) for pos in styles.tab_stops(footer_style) if pos != right_pos]
        p = paragraph(footer_style, tabs=[*cleared, right])
        if organisation_line:
            p.append(run(organisation_line))
        p.append(run("\t"))
        p.extend(simple_field_runs("PAGE", "2"))
        p.append(run(" / "))
        p.extend(simple_field_runs("NUMPAGES", "2"))
        container.append(p)

    header = section.header
    if header_text and (header.is_linked_to_previous or not _has_text(header._element)):
        header.is_linked_to_previous = False
        container = header._element
        _clear(container)
        p = paragraph(styles.id("header"), tabs=[right], jc="right")
        p.append(run(header_text))
        container.append(p)
