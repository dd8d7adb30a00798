"""The Word export: a year's report as the ``.docx`` the funder expects.

``export_docx`` is what the GUI and the command line call. The modules around it
each hold one piece python-docx does not provide: ``styles`` (finding styles in any
template), ``numbering`` (lists), ``footnotes``, ``hyperlinks``, ``fields`` / ``toc``,
``headers_footers``, ``settings``, ``pictures`` (the cover logos), ``comments`` (the
review comments, on request); ``richtext_writer``
converts the rich-text type and ``report_writer`` lays the report out.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import object_session

from mesdesk.exchange.atomic import atomic_write, check_target, write_file
from mesdesk.exchange.docx.report_writer import ReportWriter
from mesdesk.exchange.docx.template import default_template, open_template
from mesdesk.exchange.errors import ExportError
from mesdesk.model.entities import Organisation, Report
from mesdesk.model.findings import Finding, words_fr

log = logging.getLogger(__name__)

__all__ = ["ExportError", "ExportResult", "default_template", "export_docx"]


@dataclass
class ExportResult:
    """Where the file went and what the user should know about it: findings (data), which
    the command line words in French (``warnings``) and the GUI in its language."""

    path: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return words_fr(self.findings)


def export_docx(
    report: Report,
    target: Path,
    *,
    template: Path | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    organisation: Organisation | None = None,
    comments: bool = False,
) -> ExportResult:
    """Write ``report`` to ``target`` as a Word document.

    ``template`` is the organisation's ``.docx`` / ``.dotx`` (MES Desk's default when
    None); ``progress(done, total, label)`` is called as parts are written. The
    organisation (contact block, footer) is the workspace's, found through the
    report's session unless given. ``comments`` writes the review comments as Word
    comments, for a review in Word (without it the file has none). Raises ``ExportError`` with a message for the user;
    an existing file at ``target`` is then left as it was.
    """
    target = Path(target)
    warnings: list[Finding] = []
    if organisation is None:
        organisation = _workspace_organisation(report)
    # Refuse a bad target or template before any work, and before anything is written.
    check_target(target)
    document = open_template(template)
    steps = ReportWriter(document, report, organisation, warnings, progress, with_comments=comments).write()

    def write(tmp: Path) -> None:
        buffer = io.BytesIO()
        document.save(buffer)  # in memory: see write_file
        write_file(tmp, buffer.getvalue(), target.name)

    atomic_write(target, write)
    log.info("Word export of %s to %s: %d warnings", report.year, target.name, len(warnings))  # counts: they quote text
    if progress is not None:
        progress(steps, steps, "Terminé")
    return ExportResult(target, warnings)


def _workspace_organisation(report: Report) -> Organisation | None:
    session = object_session(report)
    if session is None:
        return None
    return session.scalars(select(Organisation).order_by(Organisation.id)).first()
