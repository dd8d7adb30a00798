"""Importing a Word report into the workspace: convention structure and one year's report.

Two steps, so a refused file never touches the workspace: ``read_report_docx`` checks
and reads the file into a ``ShapedReport`` (no session involved), and
``apply_report`` puts it into the caller's session — one transaction, committed or
rolled back by the caller. ``import_docx`` does both.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesdesk.exchange.docx_import.contact import parse_contact
from mesdesk.exchange.docx_import.package_guard import DocxPackage, open_package
from mesdesk.exchange.docx_import.reader import ReaderStats, read_docx
from mesdesk.exchange.docx_import.shape import ShapedAction, ShapedReport, search_excerpt, shape_report
from mesdesk.exchange.docx_import.size_limits import fit_to_limits
from mesdesk.exchange.docx_import.summary import DocxImportSummary
from mesdesk.exchange.errors import ImportFileError
from mesdesk.model import findings
from mesdesk.model.entities import (
    Action,
    Axis,
    Convention,
    Funder,
    Organisation,
    Report,
    Status,
)
from mesdesk.model.findings import Finding, Place
from mesdesk.model.folding import fold
from mesdesk.model.richtext import RichText

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, label)`` (label in French), like the Word export's."""
STEPS = 4

# Applications whose .docx we read without turning typed « - » lines into lists: our own
# export never types bullets by hand, so such a line is text.
_OWN_PRODUCERS = ("mes desk", "mesdesk")


FR: dict[str, findings.Template] = {
    "docx_import.empty_document": "Le document ne contient aucun texte.",
    "docx_import.funder_from_support": "Financeur « {funder} » lu dans la mention de soutien.",
    "docx_import.convention_years": "Convention {first}–{last} : années lues dans le préambule.",
    "docx_import.convention_one_year": "Convention créée pour la seule année {year} : ajustez ses années si besoin.",
    "docx_import.axis_title_differs": (
        "Axe {axis} : le titre du document diffère de la convention, celui de la convention est gardé (« {title} »)."
    ),
    "docx_import.action_title_differs": (
        "Action {action} : le titre du document diffère de la convention, celui de la convention est gardé (« {title} »)."
    ),
    "docx_import.axis_renumbered": "L'axe {document} du document devient l'axe {number}.",
    "docx_import.action_renumbered": (
        "L'action {document} du document devient l'action {number} (les numéros suivent l'ordre)."
    ),
    "docx_import.actions_missing": "Action(s) de la convention absente(s) du document, laissée(s) vide(s) : {numbers}.",
    "docx_import.numbers_in_order": "Titres sans numéro : axes et actions numérotés dans l'ordre du document.",
    "docx_import.organisation_created": "Organisation créée à partir du bloc contact de fin : vérifiez-la.",
    "docx_import.manual_bullets": "{count} puce(s) tapée(s) à la main converties en listes.",
    "docx_import.strict": "Document au format OOXML strict : lu en le ramenant au format courant.",
    "docx_import.image": "Image gardée dans le texte sous la forme « {mention} » : remettez-la à la main si besoin.",
    "docx_import.textboxes": "{count} zone(s) de texte lue(s) comme des paragraphes.",
    "docx_import.embedded": "{count} objet(s) incorporé(s) non importé(s).",
    "docx_import.insertions_kept": "Suivi des modifications : {count} insertion(s) acceptée(s), gardée(s) dans le texte.",
    "docx_import.deletions_left_out": "Suivi des modifications : {count} suppression(s) acceptée(s), laissée(s) de côté.",
    "docx_import.comment": "Commentaire de {author} non repris dans le texte : « {excerpt} ».",
    "docx_import.comment_anonymous": "Commentaire non repris dans le texte : « {excerpt} ».",
    "docx_import.no_structure": (
        "Aucun axe ni action reconnu : vérifiez que le document suit les rubriques de la convention."
    ),
}
findings.register_fr(FR)


@dataclass
class DocxReport:
    """A checked and read Word report, ready to apply to a workspace."""

    file_name: str
    shaped: ShapedReport
    stats: ReaderStats
    producer: str


def read_report_docx(path: str | Path, progress: Progress | None = None) -> DocxReport:
    """Check, read and recognise a Word report; raises ``ImportFileError`` for a refused file."""
    path = Path(path)
    if progress:
        progress(0, STEPS, "Vérification du fichier")
    with open_package(path) as package:
        producer = _producer(package)
        if progress:
            progress(1, STEPS, "Lecture du document")
        content = read_docx(package)
    if progress:
        progress(2, STEPS, "Reconnaissance des rubriques")
    own = any(name in producer.lower() for name in _OWN_PRODUCERS)
    shaped = shape_report(content.paragraphs, manual_lists=not own)
    if not content.paragraphs:
        shaped.note("docx_import.empty_document", severity="warning")
    return DocxReport(path.name, shaped, content.stats, producer)


def _producer(package: DocxPackage) -> str:
    """Who wrote the file: the application (app.xml) and the last editor (core.xml)."""
    names = []
    for rel_type, tag in (("extended-properties", "}Application"), ("core-properties", "}lastModifiedBy")):
        part = package.related_part("", rel_type)
        if part is None:
            continue
        try:
            root = package.xml(part)
        except ImportFileError:
            continue  # a damaged property part does not prevent reading the text
        names += [(el.text or "").strip() for el in root if isinstance(el.tag, str) and el.tag.endswith(tag)]
    return " ; ".join(n for n in names if n)


def import_docx(
    path: Path,
    session: Session,
    *,
    year: int | None = None,
    convention: Convention | None = None,
    progress: Progress | None = None,
) -> DocxImportSummary:
    """Import a Word report into the session's workspace (the caller commits or rolls back)."""
    document = read_report_docx(path, progress)
    return apply_report(document, session, year=year, convention=convention, progress=progress)


def resolve_year(document: DocxReport, year: int | None) -> int:
    """The report's year: given, else read from the title, else a clear error."""
    if year is not None:
        return year
    if document.shaped.year is not None:
        return document.shaped.year
    raise ImportFileError(
        f"L'année du bilan n'apparaît pas dans {document.file_name} (titre « Bilan 2024 » attendu) : "
        "précisez-la (--year 2024)."
    )


def apply_report(
    document: DocxReport,
    session: Session,
    *,
    year: int | None = None,
    convention: Convention | None = None,
    progress: Progress | None = None,
) -> DocxImportSummary:
    """Put a read report into the session: match or create the convention, create or replace the report."""
    shaped = document.shaped
    year = resolve_year(document, year)
    summary = DocxImportSummary(file_name=document.file_name, year=year)
    summary.notes.extend(shaped.findings)
    summary.notes.extend(fit_to_limits(shaped))
    if progress:
        progress(3, STEPS, "Enregistrement dans l'espace de travail")
    with session.no_autoflush:
        convention = _choose_convention(session, convention, year, shaped, summary)
        actions = _match_structure(convention, shaped, summary)
        report = _report(session, convention, year, summary)
        report.title = shaped.title or report.title or f"Bilan {year}"
        report.support_line = shaped.support_line or report.support_line
        report.report_date = shaped.report_date or report.report_date
        report.preamble = shaped.preamble
        report.conclusion = shaped.conclusion
        for shaped_action, action in actions:
            text = report.text_for(action)
            text.evaluation = RichText(tuple(shaped_action.evaluation))
            text.narrative = RichText(tuple(shaped_action.narrative))
            text.means = RichText(tuple(shaped_action.means))
            has_text = not (text.evaluation.is_empty() and text.narrative.is_empty() and text.means.is_empty())
            text.status = Status.DRAFT if has_text else Status.TO_WRITE
            text.to_update = False
        _organisation(session, shaped, summary)
    session.flush()
    _fill_counts(summary, document)
    uids = {shaped_action.label: action.uid for shaped_action, action in actions}
    summary.notes = [_locate(f, shaped, uids) for f in summary.notes]
    summary.unrecognised = [_locate(f, shaped, uids) for f in summary.unrecognised]
    # Counts and codes only: the findings' parameters quote the report's text.
    log.info("Word import of %s as %s: %d axes, %d actions (%d and %d created), %d findings %s, "
             "%d unrecognised paragraphs", summary.file_name, summary.year, summary.axes, summary.actions,
             summary.axes_created, summary.actions_created, len(summary.notes),
             sorted({f.code for f in summary.notes}), len(summary.unrecognised))
    if progress:
        progress(STEPS, STEPS, "Import terminé")
    return summary


def _choose_convention(
    session: Session, given: Convention | None, year: int, shaped: ShapedReport, summary: DocxImportSummary
) -> Convention:
    if given is not None:
        if year not in given.years:
            raise ImportFileError(
                f"Le bilan {year} est hors de la convention {given.first_year}–{given.last_year} : "
                "choisissez une autre convention ou corrigez l'année."
            )
        return given
    conventions = list(session.scalars(select(Convention).order_by(Convention.first_year, Convention.id)))
    # The current convention (the most recent) first, then older ones covering the year.
    for convention in reversed(conventions):
        if year in convention.years:
            return convention
    first, last = _convention_years(shaped, year)
    convention = Convention(first_year=first, last_year=last, programme=_programme(shaped))
    funder = _funder(shaped.support_line)
    if funder:
        convention.funder = Funder(name=funder)
        summary.notes.append(Finding("docx_import.funder_from_support", {"funder": funder}, "guess"))
    if (first, last) != (year, year):
        summary.notes.append(Finding("docx_import.convention_years", {"first": first, "last": last}, "guess"))
    else:
        summary.notes.append(Finding("docx_import.convention_one_year", {"year": year}, "guess"))
    session.add(convention)
    summary.convention_created = True
    return convention


def _convention_years(shaped: ShapedReport, year: int) -> tuple[int, int]:
    text = shaped.preamble.plain_text()
    for match in re.finditer(r"\b((?:19|20)\d{2})\s*[-–/à]\s*((?:19|20)?\d{2})\b", text):
        first = int(match.group(1))
        last_text = match.group(2)
        last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
        if first <= year <= last and last - first <= 10:
            return first, last
    return year, year


def _programme(shaped: ShapedReport) -> str:
    match = re.search(r"programme\s+«\s*([^»]{3,200}?)\s*»", shaped.preamble.plain_text(), re.IGNORECASE)
    return match.group(1).strip() if match else ""


def _funder(support_line: str) -> str:
    match = re.search(
        r"\b(?:appui|soutien|concours|participation)\s+(?:de\s+la|du|de\s+l['’]|des|de)\s+(.+)$", support_line
    )
    return match.group(1).strip().rstrip(".") if match else ""


def _reconcile_title(item: Axis | Action, title: str, summary: DocxImportSummary) -> None:
    """Fill an untitled axis or action from the document; else keep the convention's, warning if they differ."""
    if title and not item.title:
        item.title = title
    elif title and fold(title) != fold(item.title):
        if isinstance(item, Axis):
            summary.notes.append(Finding("docx_import.axis_title_differs", {"axis": item.number, "title": title}))
        else:
            summary.notes.append(Finding("docx_import.action_title_differs", {"action": item.number, "title": title},
                                         place=Place("action", action_uid=item.uid, field="title")))


def _match_structure(
    convention: Convention, shaped: ShapedReport, summary: DocxImportSummary
) -> list[tuple[ShapedAction, Action]]:
    """Axes and actions matched by number; what the convention lacks is added at the end."""
    pairs = []
    new = summary.convention_created
    for shaped_axis in sorted(shaped.axes, key=lambda a: a.number):
        index = shaped_axis.number - 1
        if 0 <= index < len(convention.axes):
            axis = convention.axes[index]
            _reconcile_title(axis, shaped_axis.title, summary)
        else:
            axis = Axis(title=shaped_axis.title)
            convention.axes.append(axis)
            summary.axes_created += 1
            if axis.number != str(shaped_axis.number):
                summary.notes.append(Finding("docx_import.axis_renumbered",
                                             {"document": shaped_axis.number, "number": axis.number}, "guess"))
        for shaped_action in sorted(shaped_axis.actions, key=lambda a: a.number):
            a_index = shaped_action.number - 1
            if 0 <= a_index < len(axis.actions):
                action = axis.actions[a_index]
                _reconcile_title(action, shaped_action.title, summary)
            else:
                action = Action(title=shaped_action.title)
                axis.actions.append(action)
                summary.actions_created += 1
                if action.number != shaped_action.label:
                    summary.notes.append(Finding("docx_import.action_renumbered",
                                                 {"document": shaped_action.label, "number": action.number,
                                                  "action": shaped_action.label}, "guess",
                                                 Place("action", field="narrative")))
            pairs.append((shaped_action, action))
    found = {id(action) for _, action in pairs}
    missing = [a.number for a in convention.actions if id(a) not in found]
    if missing and shaped.axes:
        summary.notes.append(Finding("docx_import.actions_missing", {"numbers": ", ".join(missing)}))
    if new and shaped.numbers_guessed:
        summary.notes.append(Finding("docx_import.numbers_in_order", {}, "guess"))
    summary.axes = len(convention.axes)
    summary.actions = len(convention.actions)
    return pairs


def _report(session: Session, convention: Convention, year: int, summary: DocxImportSummary) -> Report:
    report = convention.report_for(year)
    if report is None:
        report = Report(year=year)
        convention.reports.append(report)
        return report
    # Replaced: the document's texts take the place of the old ones; the events, which a
    # Word file does not carry, are kept.
    summary.report_replaced = True
    summary.kept_events = len(report.events)
    for text in list(report.texts):
        report.texts.remove(text)
        session.delete(text)
    session.flush()
    return report


def _organisation(session: Session, shaped: ShapedReport, summary: DocxImportSummary) -> None:
    """A workspace without an organisation gets one from the contact block (best effort)."""
    if not shaped.contact_lines:
        return
    if session.scalars(select(Organisation)).first() is not None:
        return
    details = parse_contact(shaped.contact_lines)
    session.add(
        Organisation(
            name=details.name,
            address=details.address,
            siret=details.siret,
            ape=details.ape,
            contact_name=details.contact_name,
            contact_role=details.contact_role,
            email=details.email,
            phone=details.phone,
            links=details.links,
        )
    )
    summary.organisation_created = True
    summary.notes.append(Finding("docx_import.organisation_created", {}, "guess"))


def _fill_counts(summary: DocxImportSummary, document: DocxReport) -> None:
    shaped = document.shaped
    counts = shaped.counts
    summary.evaluations = sum(1 for a in shaped.actions if a.evaluation)
    summary.means = sum(1 for a in shaped.actions if a.means)
    summary.footnotes = counts.footnotes
    summary.links = counts.links
    summary.lists = counts.lists
    summary.list_items = counts.list_items
    summary.runins = counts.runins
    summary.title = shaped.title
    summary.date_found = shaped.report_date is not None
    summary.support_line_found = bool(shaped.support_line)
    summary.toc_entries = counts.toc_entries
    summary.axes_list_items = counts.axes_list_items
    summary.contact_lines = counts.contact_lines
    summary.preamble_words = shaped.preamble.word_count()
    summary.conclusion_words = shaped.conclusion.word_count()
    summary.unrecognised = list(shaped.unrecognised)
    notes = summary.notes
    if counts.manual_bullets:
        notes.append(Finding("docx_import.manual_bullets", {"count": counts.manual_bullets}, "guess"))
    stats = document.stats
    if stats.strict:
        notes.append(Finding("docx_import.strict", {}, "guess"))
    for mention in stats.image_texts:
        notes.append(Finding("docx_import.image", {"mention": mention}, "warning", Place("document", excerpt=mention)))
    if stats.textboxes:
        notes.append(Finding("docx_import.textboxes", {"count": stats.textboxes}))
    if stats.embedded:
        notes.append(Finding("docx_import.embedded", {"count": stats.embedded}))
    if stats.inserted_runs:
        notes.append(Finding("docx_import.insertions_kept", {"count": stats.inserted_runs}))
    if stats.deleted_runs:
        notes.append(Finding("docx_import.deletions_left_out", {"count": stats.deleted_runs}))
    for author, text in stats.comments:
        excerpt = _short(text).rstrip(".")
        if author:
            notes.append(Finding("docx_import.comment", {"author": author, "excerpt": excerpt}))
        else:
            notes.append(Finding("docx_import.comment_anonymous", {"excerpt": excerpt}))
    if not shaped.axes:
        notes.append(Finding("docx_import.no_structure"))


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fields(shaped: ShapedReport) -> Iterator[tuple[Place, str | None, RichText]]:
    """Every text of the shaped report with its place (and the document's action label)."""
    yield Place("preamble", field="preamble"), None, shaped.preamble
    for action in shaped.actions:
        for name in ("evaluation", "narrative", "means"):
            yield Place("action", field=name), action.label, RichText(tuple(getattr(action, name)))
    yield Place("conclusion", field="conclusion"), None, shaped.conclusion


def _locate(finding: Finding, shaped: ShapedReport, uids: dict[str, str]) -> Finding:
    """Give a finding the place the GUI opens: an action's uid from its document label,
    or, for a place to be found by its words, the text that holds them."""
    place = finding.place
    if place is None:
        return finding
    if place.kind == "document" and place.excerpt:
        needle = fold(place.excerpt)
        for where, label, rich in _fields(shaped):
            if needle in fold(rich.plain_text()) or any(needle in fold(f.plain_text()) for f in _notes(rich)):
                uid = uids.get(label) if label else None
                params = dict(finding.params) | ({"action": label} if label and "action" not in finding.params else {})
                return replace(finding, params=params,
                               place=replace(where, action_uid=uid, excerpt=search_excerpt(place.excerpt)))
        return replace(finding, place=None)
    if place.kind == "action" and place.action_uid is None:
        label = finding.params.get("action")  # type: ignore[assignment]  # a str when present
        uid = uids.get(str(label)) if label is not None else None
        return replace(finding, place=replace(place, action_uid=uid) if uid else None)
    return finding


def _notes(rich: RichText) -> list[RichText]:
    from mesdesk.model.richtext import Paragraph

    return [RichText((Paragraph(note.content),)) for note in rich.footnotes()]
