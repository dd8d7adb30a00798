"""Importing a Word report into the workspace: convention structure and one year's report.

Two steps, so a refused file never touches the workspace: ``read_report_docx`` checks
and reads the file into a ``ShapedReport`` (no session involved), and
``apply_report`` puts it into the caller's session — one transaction, committed or
rolled back by the caller. ``import_docx`` does both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesdesk.exchange.docx_import.contact import parse_contact
from mesdesk.exchange.docx_import.package_guard import DocxPackage, open_package
from mesdesk.exchange.docx_import.reader import ReaderStats, read_docx
from mesdesk.exchange.docx_import.shape import ShapedAction, ShapedReport, Unrecognised, shape_report
from mesdesk.exchange.docx_import.size_limits import fit_to_limits
from mesdesk.exchange.errors import ImportFileError
from mesdesk.model.entities import (
    Action,
    Axis,
    Convention,
    Funder,
    Organisation,
    Report,
    Status,
)
from mesdesk.model.folding import fold
from mesdesk.model.richtext import RichText

Progress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, label)`` (label in French), like the Word export's."""
STEPS = 4

# Applications whose .docx we read without turning typed « - » lines into lists: our own
# export never types bullets by hand, so such a line is text.
_OWN_PRODUCERS = ("mes desk", "mesdesk")


@dataclass
class DocxImportSummary:
    """What an import found, created and guessed; ``format_fr()`` tells it to the user."""

    file_name: str
    year: int
    convention_created: bool = False
    report_replaced: bool = False
    kept_events: int = 0
    axes: int = 0
    actions: int = 0
    axes_created: int = 0
    actions_created: int = 0
    evaluations: int = 0
    means: int = 0
    footnotes: int = 0
    links: int = 0
    lists: int = 0
    list_items: int = 0
    runins: int = 0
    title: str = ""
    date_found: bool = False
    support_line_found: bool = False
    toc_entries: int = 0
    axes_list_items: int = 0
    contact_lines: int = 0
    organisation_created: bool = False
    preamble_words: int = 0
    conclusion_words: int = 0
    guesses: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unrecognised: list[Unrecognised] = field(default_factory=list)

    def format_fr(self) -> str:
        lines = [f"Import de {self.file_name} : bilan {self.year}"]
        if self.title:
            lines.append(f"  Titre : {self.title}")
        conv = "créée" if self.convention_created else "existante"
        lines.append(
            f"  Convention {conv} : {self.axes} axe(s), {self.actions} action(s)"
            + (
                f" (dont {self.axes_created} axe(s) et {self.actions_created} action(s) ajoutés)"
                if not self.convention_created and (self.axes_created or self.actions_created)
                else ""
            )
        )
        if self.report_replaced:
            lines.append(
                f"  Le bilan {self.year} existant a été remplacé"
                + (f" (ses {self.kept_events} événement(s) sont conservés)" if self.kept_events else "")
                + "."
            )
        lines.append(f"  Évaluations : {self.evaluations} ; Moyens : {self.means}")
        lines.append(
            f"  Notes de bas de page : {self.footnotes} ; liens : {self.links} ; "
            f"listes : {self.lists} ({self.list_items} puce(s)) ; intertitres : {self.runins}"
        )
        lines.append(f"  Préambule : {self.preamble_words} mot(s) ; conclusion : {self.conclusion_words} mot(s)")
        found = []
        if self.date_found:
            found.append("date")
        if self.support_line_found:
            found.append("mention de soutien")
        if self.toc_entries:
            found.append(f"table des matières ({self.toc_entries} ligne(s), non reprise)")
        if self.axes_list_items:
            found.append("liste ✓ des axes du préambule (régénérée à l'export)")
        if self.contact_lines:
            found.append(
                "bloc contact"
                + (" (organisation créée)" if self.organisation_created else " (non repris dans le texte)")
            )
        if found:
            lines.append("  Reconnu aussi : " + ", ".join(found))
        if self.guesses:
            lines.append("  Déductions :")
            lines.extend(f"    - {g}" for g in self.guesses)
        if self.warnings:
            lines.append("  Attention :")
            lines.extend(f"    - {w}" for w in self.warnings)
        if self.unrecognised:
            lines.append(f"  Paragraphes non reconnus ({len(self.unrecognised)}), gardés dans le texte :")
            lines.extend(f"    - [{u.where}] {u.excerpt}" for u in self.unrecognised[:50])
            if len(self.unrecognised) > 50:
                lines.append(f"    … et {len(self.unrecognised) - 50} autre(s)")
        else:
            lines.append("  Tous les paragraphes ont été reconnus.")
        return "\n".join(lines)


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
        shaped.guesses.append("Le document ne contient aucun texte.")
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
    summary.guesses.extend(shaped.guesses)
    summary.warnings.extend(fit_to_limits(shaped))
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
        summary.guesses.append(f"Financeur « {funder} » lu dans la mention de soutien.")
    if (first, last) != (year, year):
        summary.guesses.append(f"Convention {first}–{last} : années lues dans le préambule.")
    else:
        summary.guesses.append(f"Convention créée pour la seule année {year} : ajustez ses années si besoin.")
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


def _reconcile_title(item: Axis | Action, title: str, label: str, summary: DocxImportSummary) -> None:
    """Fill an untitled axis or action from the document; else keep the convention's, warning if they differ."""
    if title and not item.title:
        item.title = title
    elif title and fold(title) != fold(item.title):
        summary.warnings.append(
            f"{label} : le titre du document diffère de la convention, celui de la convention est gardé (« {title} »)."
        )


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
            _reconcile_title(axis, shaped_axis.title, f"Axe {axis.number}", summary)
        else:
            axis = Axis(title=shaped_axis.title)
            convention.axes.append(axis)
            summary.axes_created += 1
            if axis.number != str(shaped_axis.number):
                summary.guesses.append(f"L'axe {shaped_axis.number} du document devient l'axe {axis.number}.")
        for shaped_action in sorted(shaped_axis.actions, key=lambda a: a.number):
            a_index = shaped_action.number - 1
            if 0 <= a_index < len(axis.actions):
                action = axis.actions[a_index]
                _reconcile_title(action, shaped_action.title, f"Action {action.number}", summary)
            else:
                action = Action(title=shaped_action.title)
                axis.actions.append(action)
                summary.actions_created += 1
                if action.number != shaped_action.label:
                    summary.guesses.append(
                        f"L'action {shaped_action.label} du document devient l'action {action.number} "
                        "(les numéros suivent l'ordre)."
                    )
            pairs.append((shaped_action, action))
    found = {id(action) for _, action in pairs}
    missing = [a.number for a in convention.actions if id(a) not in found]
    if missing and shaped.axes:
        summary.warnings.append(
            f"Action(s) de la convention absente(s) du document, laissée(s) vide(s) : {', '.join(missing)}."
        )
    if new and shaped.numbers_guessed:
        summary.guesses.append("Titres sans numéro : axes et actions numérotés dans l'ordre du document.")
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
    summary.guesses.append("Organisation créée à partir du bloc contact de fin : vérifiez-la.")


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
    if counts.manual_bullets:
        summary.guesses.append(f"{counts.manual_bullets} puce(s) tapée(s) à la main converties en listes.")
    stats = document.stats
    if stats.strict:
        summary.guesses.append("Document au format OOXML strict : lu en le ramenant au format courant.")
    if stats.images:
        summary.warnings.append(f"{stats.images} image(s) non importée(s) (le bilan ne garde que le texte).")
    if stats.tables:
        summary.warnings.append(f"{stats.tables} tableau(x) lu(s) cellule par cellule, comme des paragraphes.")
    if stats.textboxes:
        summary.warnings.append(f"{stats.textboxes} zone(s) de texte lue(s) comme des paragraphes.")
    if stats.embedded:
        summary.warnings.append(f"{stats.embedded} objet(s) incorporé(s) non importé(s).")
    if stats.deleted_runs:
        summary.warnings.append("Des suppressions en suivi des modifications ont été ignorées (texte accepté).")
    if not shaped.axes:
        summary.warnings.append(
            "Aucun axe ni action reconnu : vérifiez que le document suit les rubriques de la convention."
        )
