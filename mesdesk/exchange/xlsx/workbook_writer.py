"""The whole workbook: the five sheets, its properties, written safely to disk."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import object_session, selectinload

from mesdesk.exchange.atomic import atomic_write, check_target, write_file
from mesdesk.exchange.xlsx.cells import MAX_CELL_CHARS, TextLog
from mesdesk.exchange.xlsx.chart import add_charts_sheet
from mesdesk.exchange.xlsx.events_sheet import events_table
from mesdesk.exchange.xlsx.indicators_sheet import indicators_table
from mesdesk.exchange.xlsx.means_sheets import add_means_sheets
from mesdesk.exchange.xlsx.partners_sheet import partners_table
from mesdesk.exchange.xlsx.sheets import write_table_sheet
from mesdesk.exchange.xlsx.synthesis_sheet import synthesis_table
from mesdesk.model.entities import Indicator, Organisation, Report
from mesdesk.model.findings import Finding, Place, Template, register_fr, words_fr
from mesdesk.model.french import format_number
from mesdesk.model.limits import MAX_LINE_CHARS
from mesdesk.model.textclean import clean_line

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

CORE_PROPERTY_CHARS = 255  # what Office keeps of a document property

_STEPS = ("Synthèse", "Indicateurs", "Événements", "Partenaires", "Graphiques", "Enregistrement")


# What the Excel export tells the user, worded for the command line (the GUI's wording is
# in ``mesdesk/gui/findings_text.py``).
EXPORT_FR: dict[str, Template] = {
    "xlsx_export.truncated": lambda p: (
        f"Texte de plus de {format_number(int(str(p['limit'])))} caractères tronqué ({p['sheet']}, ligne {p['row']}, "
        f"{p['column']})."
    ),
    "xlsx_export.no_chart": "Graphiques : aucun indicateur chiffré, la feuille ne contient pas de graphique.",
    "xlsx_export.not_xlsx": "{name} ne se termine pas par .xlsx : Excel risque de refuser de l'ouvrir.",
}
register_fr(EXPORT_FR)


@dataclass
class XlsxExportResult:
    """The written file and what the user should know about it: findings (data), which
    the command line words in French (``warnings``) and the GUI in its language."""

    path: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return words_fr(self.findings)


def export_xlsx(report: Report, target: Path, *, progress: Progress | None = None) -> XlsxExportResult:
    """Write the report's tables to ``target`` (.xlsx), replacing it only once complete.

    Raises ``ExportError`` (with a message for the user) when the target cannot be
    written: read-only, open in Excel/LibreOffice, missing folder, disk full. The old
    file, if any, is then left as it was.
    """
    target = Path(target)
    check_target(target)  # fail before the work, not after it
    workbook, warnings = build_workbook(report, progress=progress)
    if target.suffix.lower() != ".xlsx":
        warnings.append(Finding("xlsx_export.not_xlsx", {"name": target.name}, place=Place("document")))
    _report(progress, len(_STEPS) - 1, _STEPS[-1])

    def write(tmp: Path) -> None:
        buffer = io.BytesIO()
        workbook.save(buffer)  # in memory: a full disk fails in write_file, not inside a zip
        write_file(tmp, buffer.getvalue(), target.name)

    atomic_write(target, write)
    log.info("Excel export of %s to %s: %d warnings", report.year, target.name, len(warnings))  # counts: they quote text
    _report(progress, len(_STEPS), "Terminé")
    return XlsxExportResult(path=target, findings=warnings)


def build_workbook(report: Report, *, progress: Progress | None = None) -> tuple[Workbook, list[Finding]]:
    """The workbook in memory, with the warnings gathered while filling it."""
    _preload(report)
    log = TextLog()
    workbook = Workbook()
    workbook.remove(workbook.active)  # the default empty sheet
    # Cut before cleaning: a title is at most MAX_LINE_CHARS once entered, but one that
    # got past the limits must not be copied a dozen times over (a 200 MB title once
    # ran the export out of memory).
    title = clean_line(report.title[:MAX_LINE_CHARS]) or f"Bilan {report.year}"

    _report(progress, 0, _STEPS[0])
    synthesis = synthesis_table(report)
    synthesis.print_title = f"{title} – {synthesis.title}"
    write_table_sheet(workbook, synthesis, log)

    _report(progress, 1, _STEPS[1])
    indicators, layout = indicators_table(report)
    indicators.print_title = f"{title} – {indicators.title}"
    indicators_ws = write_table_sheet(workbook, indicators, log)

    _report(progress, 2, _STEPS[2])
    events = events_table(report)
    events.print_title = f"{title} – {events.title}"
    write_table_sheet(workbook, events, log)

    _report(progress, 3, _STEPS[3])
    partners = partners_table(report)
    partners.print_title = f"{title} – {partners.title}"
    write_table_sheet(workbook, partners, log)

    _report(progress, 4, _STEPS[4])
    _charts_ws, warnings = add_charts_sheet(workbook, indicators_ws, layout, report)
    add_means_sheets(workbook, report, title, log)  # « Moyens » and « Budget », when there are figures

    _set_properties(workbook, report, title)
    workbook.active = 0
    truncated = [
        Finding("xlsx_export.truncated",
                {"limit": MAX_CELL_CHARS, "sheet": where.sheet, "row": where.row, "column": where.column})
        for where in log.truncated
    ]
    warnings = truncated + warnings
    return workbook, warnings


def _set_properties(workbook: Workbook, report: Report, title: str) -> None:
    organisation = _organisation(report)
    author = clean_line(organisation.name[:MAX_LINE_CHARS])[:CORE_PROPERTY_CHARS] if organisation is not None else ""
    props = workbook.properties
    props.title = title[:CORE_PROPERTY_CHARS]
    props.subject = clean_line(report.convention.programme[:MAX_LINE_CHARS])[:CORE_PROPERTY_CHARS] or None
    props.creator = author or "MES Desk"
    props.lastModifiedBy = author or "MES Desk"
    props.language = "fr-FR"
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    props.created = now
    props.modified = now


def _organisation(report: Report) -> Organisation | None:
    session = object_session(report)
    if session is None:
        return None
    with session.no_autoflush:  # a writer reads: never flush the user's pending edits
        return session.scalars(select(Organisation).order_by(Organisation.id)).first()


def _preload(report: Report) -> None:
    """Load every indicator's values in one query instead of one query per indicator."""
    session = object_session(report)
    if session is None or report.convention.id is None:
        return
    # The session holds objects weakly: the indicators must already be held by the
    # convention's collection, or the loaded values would be dropped with them.
    indicators = report.convention.indicators
    if not indicators:
        return
    with session.no_autoflush:
        session.scalars(
            select(Indicator)
            .where(Indicator.convention_id == report.convention.id)
            .options(selectinload(Indicator.values))
        ).all()


def _report(progress: Progress | None, done: int, message: str) -> None:
    if progress is not None:
        progress(done, len(_STEPS), message)
