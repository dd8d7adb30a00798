"""A year's report written into an opened template, part by part, in the order of
``TEMPLATE.md``: cover, table of contents, préambule (with the ✓ list of the axes),
one heading per axis and per action with its Evaluation / narrative / Moyens,
conclusion, contact block; then header and footer.

Every paragraph is built detached and the body is filled in one step at the end
(see ``elements``), so the time grows linearly with the report's length.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from docx.document import Document as DocxDocument

from mesdesk.exchange.docx.comments import WordComments, drop_template_comments
from mesdesk.exchange.docx.elements import Element, Spacing, W, paragraph, run
from mesdesk.exchange.docx.footnotes import Footnotes
from mesdesk.exchange.docx.headers_footers import write_headers_footers
from mesdesk.exchange.docx.hyperlinks import PartLinks, normalize_url
from mesdesk.exchange.docx.means_tables import ANNEX_TITLE, action_means_table, annex
from mesdesk.exchange.docx.numbering import ListNumbering
from mesdesk.exchange.docx.pictures import Logo, Pictures, UnreadableImage, check_image
from mesdesk.exchange.docx.richtext_writer import RichTextWriter, typeset
from mesdesk.exchange.docx.settings import request_field_update
from mesdesk.exchange.docx.styles import StyleResolver
from mesdesk.exchange.docx.template import default_template
from mesdesk.exchange.docx.toc import Bookmarks, TocEntry, toc_paragraphs
from mesdesk.model.entities import Action, ActionText, Organisation, Report
from mesdesk.model.findings import Finding, Place, Template, register_fr
from mesdesk.model.french import format_number, long_date
from mesdesk.model.means import group_lines
from mesdesk.model.richtext import Block, IndicatorRef, Paragraph, RichText, Text
from mesdesk.model.textclean import clean_line

Progress = Callable[[int, int, str], None]

PREAMBLE_TITLE = "Préambule"
CONCLUSION_TITLE = "Conclusion et perspectives"
TOC_TITLE = "Table des matières"
EVALUATION_LABEL = "Evaluation = "
MEANS_LABEL = "Moyens = "
MISSING_VALUE = "[valeur manquante]"

# What the Word export tells the user, worded for the command line (the GUI's wording is
# in ``mesdesk/gui/findings_text.py``).
def _labels(p: Mapping[str, object]) -> list[str]:
    labels = p["labels"]
    return [str(x) for x in labels] if isinstance(labels, (list, tuple)) else [str(labels)]


EXPORT_FR: dict[str, Template] = {
    "docx_export.styles_missing": lambda p: (
        f"Le modèle n'a pas de style « {p['styles']} » : celui de MES Desk est utilisé." if p["count"] == 1
        else "Le modèle n'a pas les styles " + ", ".join(f"« {label} »" for label in _labels(p))
        + " : ceux de MES Desk sont utilisés."
    ),
    "docx_export.org_logo_unreadable":
        "Le logo de l'organisation n'est pas une image PNG ou JPEG lisible : il est omis de la couverture.",
    "docx_export.funder_logo_unreadable":
        "Le logo du financeur n'est pas une image PNG ou JPEG lisible : il est omis de la couverture.",
    "docx_export.no_organisation": "Aucune organisation n'est renseignée : le bloc de contact est omis.",
    "docx_export.indicator_gone": "Un indicateur cité dans le texte n'existe plus ({uid}).",
    "docx_export.no_value": "L'indicateur « {label} » n'a pas de valeur pour {year}.",
}
register_fr(EXPORT_FR)


@dataclass
class _Steps:
    """Progress reporting: one step per part and per action."""

    total: int
    callback: Progress | None
    done: int = 0

    def __call__(self, label: str) -> None:
        if self.callback is not None:
            self.callback(self.done, self.total, label)
        self.done += 1


@dataclass
class ReportWriter:
    document: DocxDocument
    report: Report
    organisation: Organisation | None
    warnings: list[Finding]
    progress: Progress | None = None
    with_comments: bool = False  # the review comments as Word comments (« pour relecture »)
    _toc: list[TocEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.styles = StyleResolver(self.document, default_template())
        self.footnotes = Footnotes(self.document)
        self.bookmarks = Bookmarks()
        self.pictures = Pictures(self.document)
        indicators = {ind.uid: ind for ind in self.report.convention.indicators}
        self._indicators = indicators
        self._missing_reported: set[str] = set()
        self._means = group_lines(self.report)  # the means lines by action, read once
        self.text = RichTextWriter(
            styles=self.styles,
            numbering=ListNumbering(self.document),
            footnotes=self.footnotes,
            body_links=PartLinks(self.document.part),
            note_links=PartLinks(self.footnotes.part),
            indicator_text=self._indicator_text,
        )
        drop_template_comments(self.document)  # a template's comments went with its text
        # No comment part at all for a report without comments, even when asked.
        self.comments = WordComments(self.document, self.report) if self.with_comments and self.report.comments else None

    # -- the whole report --------------------------------------------------------------
    def write(self) -> int:
        """Lay the report out in the document; returns the number of progress steps."""
        convention = self.report.convention
        actions = convention.actions
        steps = _Steps(total=len(actions) + 5, callback=self.progress)
        # By object identity: it works for a report not yet flushed (no ids), and unlike
        # ``Report.text_for`` it never adds an empty text to the report being exported.
        by_action = {id(text.action): text for text in self.report.texts if text.action is not None}

        steps("Couverture")
        body: list[Element] = self._cover()
        toc_at = len(body)
        steps("Préambule")
        body += self._preamble()
        for axis in convention.axes:
            body.append(self._heading(1, f"{axis.number}. {clean_line(axis.title)}"))
            for action in axis.actions:
                steps(f"Action {action.number}")
                body += self._action(action, by_action.get(id(action)))
        steps("Conclusion")
        heading = self._heading(1, CONCLUSION_TITLE)
        body.append(heading)
        conclusion = self.report.conclusion
        body += self._commented(None, "conclusion", conclusion, heading, lambda: self.text.blocks(conclusion.blocks))
        body += self._contact()
        means_annex = annex(self.document, self.report, self._means)
        if means_annex:
            body += [self._heading(1, ANNEX_TITLE, page_break=True), *means_annex]
        steps("Table des matières")
        body[toc_at:toc_at] = self._table_of_contents()

        document_body = self.document.element.body
        section = document_body.find(W + "sectPr")
        if section is not None:
            document_body.remove(section)
        document_body.extend(body)
        if section is not None:
            document_body.append(section)

        org = self.organisation
        write_headers_footers(
            self.document,
            styles=self.styles,
            organisation_line=typeset(clean_line(org.footer_line)) if org else "",
            header_text=typeset(self._title()),
        )
        request_field_update(self.document)
        self._properties()
        if self.styles.missing:
            self.warnings.insert(0, Finding("docx_export.styles_missing", {
                "count": len(self.styles.missing),
                "styles": ", ".join(self.styles.missing),
                "labels": tuple(self.styles.missing),
            }, place=Place("document")))
        steps("Enregistrement")
        return steps.total

    # -- parts -------------------------------------------------------------------------
    def _title(self) -> str:
        return clean_line(self.report.title) or f"Bilan {self.report.year}"

    def _cover(self) -> list[Element]:
        styles = self.styles
        out: list[Element] = []
        logos = self._cover_logos()
        if logos is not None:
            out.append(logos)
        out.append(self.text.paragraph((Text(self._title()),), style=styles.id("title")))
        support = clean_line(self.report.support_line)
        if support:
            out.append(self.text.paragraph((Text(support),), style=styles.id("subtitle")))
        if self.report.report_date is not None:
            out.append(self.text.paragraph((Text(long_date(self.report.report_date)),), style=styles.id("cover_date")))
        return out

    def _cover_logos(self) -> Element | None:
        """The organisation's logo and the funder's, side by side; None when neither is usable."""
        org = self.organisation
        funder = self.report.convention.funder
        candidates = [
            (org.logo if org else None, "docx_export.org_logo_unreadable",
             f"Logo de {clean_line(org.name)}" if org and clean_line(org.name) else "Logo de l'organisation"),
            (funder.logo if funder else None, "docx_export.funder_logo_unreadable",
             f"Logo de {clean_line(funder.name)}" if funder and clean_line(funder.name) else "Logo du financeur"),
        ]
        logos = []
        for data, unreadable, alt_text in candidates:
            if not data:
                continue
            try:
                image = check_image(bytes(data))
            except UnreadableImage:
                self.warnings.append(Finding(unreadable, {}, place=Place("cover")))
                continue
            logos.append((Logo(bytes(data), alt_text), image))
        if not logos:
            return None
        return self.pictures.logo_paragraph(self.styles.id("cover_logos"), logos)

    def _table_of_contents(self) -> list[Element]:
        title = paragraph(self.styles.id("toc_heading"), page_break_before=True)
        title.append(run(TOC_TITLE))
        return [title, *toc_paragraphs(self._toc, toc1=self.styles.id("toc1"), toc2=self.styles.id("toc2"))]

    def _heading(self, level: int, text: str, *, page_break: bool = False) -> Element:
        style = self.styles.id("heading1" if level == 1 else "heading2")
        # A template whose heading style numbers itself would print "1. 1. Title".
        num = (0, 0) if self.styles.has_numbering(style) else None
        shown = typeset(text)
        p = paragraph(style, page_break_before=page_break, num=num, outline_level=level - 1)
        p.append(run(shown))
        self._toc.append(TocEntry(level, shown, self.bookmarks.wrap(p)))
        return p

    def _preamble(self) -> list[Element]:
        """The préambule, with the ✓ list of the axes after the paragraph announcing them."""
        heading = self._heading(1, PREAMBLE_TITLE, page_break=True)
        return [heading, *self._commented(None, "preamble", self.report.preamble, heading, self._preamble_text)]

    def _preamble_text(self) -> list[Element]:
        out: list[Element] = []
        blocks: list[Block] = list(self.report.preamble.blocks)
        paragraphs = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph)]
        announcing = [i for i in paragraphs if RichText((blocks[i],)).plain_text().rstrip().endswith(":")]
        cut = announcing[0] + 1 if announcing else (paragraphs[0] + 1 if paragraphs else 0)
        axes = [clean_line(axis.title).rstrip(" ,.;:") for axis in self.report.convention.axes]
        lines = [title + ("," if i < len(axes) - 1 else ".") for i, title in enumerate(axes)]
        out += self.text.blocks(blocks[:cut])
        if lines:
            out += self.text.check_list(lines)
        out += self.text.blocks(blocks[cut:])
        return out

    def _action(self, action: Action, text: ActionText | None) -> list[Element]:
        heading = self._heading(2, f"{action.number} {clean_line(action.title)}")
        out = [heading]
        empty = RichText()
        evaluation = text.evaluation if text is not None else empty
        narrative = text.narrative if text is not None else empty
        means = text.means if text is not None else empty
        out += self._commented(action, "evaluation", evaluation, heading, lambda: self.text.blocks(
            evaluation.blocks, style=self.styles.id("evaluation"), label=EVALUATION_LABEL))
        out += self._commented(action, "narrative", narrative, heading, lambda: self.text.blocks(narrative.blocks))
        out += self._commented(action, "means", means, heading, lambda: self.text.blocks(
            means.blocks, style=self.styles.id("means"), label=MEANS_LABEL))
        out += action_means_table(self.document, self.report, action, self._means)  # nothing without figures
        return out

    def _contact(self) -> list[Element]:
        """Name, address, SIRET and APE, the contact person, e-mail, phone and links."""
        org = self.organisation
        if org is None:
            self.warnings.append(Finding("docx_export.no_organisation", {}, place=Place("cover")))
            return []
        style = self.styles.id("contact")
        out: list[Element] = []

        lines: list[tuple[Text, ...]] = []

        def line(*inlines: Text) -> None:
            lines.append(inlines)

        name = clean_line(org.name)
        if name:
            line(Text(name, bold=True))
        if clean_line(org.address):
            line(Text(clean_line(org.address)))
        ids = []
        if clean_line(org.siret):
            ids.append(f"SIRET {clean_line(org.siret)}")
        if clean_line(org.ape):
            ids.append(f"Code APE {clean_line(org.ape)}")
        if ids:
            line(Text(" – ".join(ids)))
        person = ", ".join(part for part in (clean_line(org.contact_name), clean_line(org.contact_role)) if part)
        if person:
            line(Text("Contact : "), Text(person))
        email = clean_line(org.email)
        if email:
            line(Text(email, href=f"mailto:{email}"))
        if clean_line(org.phone):
            line(Text(clean_line(org.phone)))
        for link in org.links or []:
            shown = clean_line(str(link))
            if shown and normalize_url(shown):
                line(Text(shown, href=shown))
        for i, inlines in enumerate(lines):
            # Kept on one page; the first line sets the block apart from the conclusion.
            p = paragraph(style, keep_next=i < len(lines) - 1, spacing=Spacing(before=600) if i == 0 else None)
            self.text.fill(p, inlines)
            out.append(p)
        return out

    # -- helpers -----------------------------------------------------------------------
    def _commented(self, action: Action | None, name: str, rich: RichText, heading: Element,
                   write: Callable[[], list[Element]]) -> list[Element]:
        """The paragraphs ``write`` makes of a text, with its review comments when exported.

        A comment whose words are gone is anchored at the start of the text, or on the
        heading above it when the text is empty.
        """
        if self.comments is None:
            return write()
        plan = self.comments.field_plan(action, name, rich)
        self.text.plan = plan
        try:
            out = write()
        finally:
            self.text.plan = None
        plan.close()
        paragraphs = [e for e in out if e.tag == W + "p"]
        plan.anchor_detached(paragraphs or [heading])
        return out

    def _indicator_text(self, ref: IndicatorRef) -> str:
        indicator = self._indicators.get(ref.indicator)
        year = ref.year if ref.year is not None else self.report.year
        if indicator is None:
            self._warn_once(ref.indicator, Finding("docx_export.indicator_gone", {"uid": ref.indicator}))
            return MISSING_VALUE
        value = indicator.value_for(year)
        if value is None:
            self._warn_once(f"{ref.indicator}/{year}", Finding(
                "docx_export.no_value", {"label": indicator.label, "year": year},
                place=Place("indicator", action_uid=indicator.action.uid if indicator.action else None,
                            uid=indicator.uid)))
            return MISSING_VALUE
        return format_number(value)

    def _warn_once(self, key: str, finding: Finding) -> None:
        if key not in self._missing_reported:
            self._missing_reported.add(key)
            self.warnings.append(finding)

    def _properties(self) -> None:
        props = self.document.core_properties
        # The package's core properties hold at most 255 characters each (python-docx
        # raises past that); the full title is in the document itself.
        props.title = _property(self._title())
        props.subject = _property(clean_line(self.report.support_line))
        props.author = _property(clean_line(self.organisation.name)) if self.organisation else ""
        props.last_modified_by = "MES Desk"
        props.language = "fr-FR"
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.created = now
        props.modified = now


CORE_PROPERTY_CHARS = 255


def _property(text: str) -> str:
    return text if len(text) <= CORE_PROPERTY_CHARS else text[: CORE_PROPERTY_CHARS - 1] + "…"
