"""Running an export in a worker thread, on its own connection to the workspace.

The GUI's SQLAlchemy session must only be used by the GUI thread, and the user may
keep typing while Word is written. So the job saves first, then opens the file again
read-only in the worker (SQLite's WAL lets a reader run beside the writer) and exports
the report as it is on disk: exactly what the command line would export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from mesdesk.model.findings import Finding
from mesdesk.store.server import ServerAddress


@dataclass
class ExportRequest:
    workspace: Path | ServerAddress  # a file, or a server (its address carries the password)
    report_id: int
    word_target: Path | None = None
    template: Path | None = None
    excel_target: Path | None = None


@dataclass
class ExportOutcome:
    word: Path | None = None
    excel: Path | None = None
    warnings: list[Finding] = field(default_factory=list)  # worded by the dialog, in the interface language


class ExportJob(QObject):
    """``run()`` in a QThread; reports ``progress(percent, stage)`` then ``done`` or ``failed``.

    ``stage`` is "word" or "excel" (the dialog words it in the interface language).
    ``failed(kind, message)``: kind "export" for a known failure whose message is for
    the user, "bug" for anything else.
    """

    progress = Signal(int, str)
    done = Signal(object)  # ExportOutcome
    failed = Signal(str, str)

    def __init__(self, request: ExportRequest) -> None:
        super().__init__()
        self.request = request

    def run(self) -> None:
        from mesdesk.exchange.errors import ExportError
        from mesdesk.model.entities import Report
        from mesdesk.store.errors import WorkspaceError
        from mesdesk.store.workspace import Workspace

        request = self.request
        parts = [p for p in (request.word_target, request.excel_target) if p is not None]
        outcome = ExportOutcome()
        try:
            with Workspace.open(request.workspace, readonly_lock=True) as workspace:
                report = workspace.session.get(Report, request.report_id)
                if report is None:
                    raise ExportError("Le bilan à exporter est introuvable dans l'espace de travail.")
                index = 0
                if request.word_target is not None:
                    from mesdesk.exchange.docx import export_docx

                    result = export_docx(report, request.word_target, template=request.template,
                                         progress=self._progress_for("word", index, len(parts)))
                    outcome.word, index = result.path, index + 1
                    outcome.warnings += result.findings
                if request.excel_target is not None:
                    from mesdesk.exchange.xlsx import export_xlsx

                    result = export_xlsx(report, request.excel_target,
                                         progress=self._progress_for("excel", index, len(parts)))
                    outcome.excel = result.path
                    outcome.warnings += result.findings
                workspace.rollback()
        except (ExportError, WorkspaceError) as exc:
            self.failed.emit("export", str(exc))
            return
        except OSError as exc:
            self.failed.emit("export", f"{exc.strerror or exc} ({exc.filename or ''})")
            return
        except Exception as exc:  # noqa: BLE001 - a bug: shown with its type so it can be reported
            self.failed.emit("bug", f"{type(exc).__name__}: {exc}")
            return
        self.progress.emit(100, "")
        self.done.emit(outcome)

    def _progress_for(self, stage: str, index: int, count: int):  # noqa: ANN202
        def report(done: int, total: int, _label: str = "") -> None:
            fraction = done / total if total else 1.0
            self.progress.emit(int(100 * (index + min(1.0, fraction)) / max(count, 1)), stage)

        return report


def start_job(job: ExportJob, parent: QObject) -> QThread:
    """Run ``job`` in a new thread that ends (and is deleted) when the job does."""
    thread = QThread(parent)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    job.done.connect(thread.quit)
    job.failed.connect(thread.quit)
    thread.finished.connect(job.deleteLater)
    thread.start()
    return thread
