"""Importing into the open workspace: last year's Word report, and indicator figures
sent back in an Excel workbook.

Both read and check the file first, say what will change, ask, and only then write
in one transaction; a refused file leaves the workspace as it was. Imports are not on
the undo stack (they replace whole texts): the question says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from mesdesk.gui import messages

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow

T = TypeVar("T")


class ImportFlow(QObject):
    """The plural messages of the imports. pyside6-lupdate reads plural forms (%n) from
    ``tr()`` calls only, not from ``QCoreApplication.translate(…, n)``."""

    def values_to_change(self, count: int) -> str:
        return self.tr("%n valeur(s) à changer dans le bilan.", "", count)

    def values_saved(self, count: int) -> str:
        return self.tr("%n valeur(s) enregistrée(s).", "", count)


def read_chosen_file(window: "MainWindow", title: str, file_filter: str, read: Callable[[Path], T]) -> T | None:
    """The first steps every import shares: ask for the file, write what is pending (the
    import reads the workspace as saved), read and check the file. A refused file (not
    of its kind, damaged, another report's) is told in one message and changes nothing.
    None: cancelled or refused."""
    from mesdesk.exchange.errors import ImportFileError

    path = messages.choose_open_file(window, title, window.doc.path.parent, file_filter)
    if path is None:
        return None
    window.doc.save_now()
    try:
        return read(Path(path))
    except ImportFileError as exc:
        messages.tell(window, title, QCoreApplication.translate("ImportFlow", "« %1 » ne peut pas être importé.")
                      .replace("%1", Path(path).name), severity="warning", details=str(exc))
        return None


def import_docx(window: "MainWindow") -> None:
    """Fichier → Importer un bilan Word…"""
    from mesdesk.exchange.docx_import import apply_report, read_report_docx, resolve_year
    from mesdesk.exchange.errors import ImportFileError

    doc = window.doc
    title = QCoreApplication.translate("ImportFlow", "Importer un bilan Word")

    def read(path: Path) -> tuple[Path, Any, int]:
        document = read_report_docx(path)
        return path, document, resolve_year(document, None)

    found = read_chosen_file(window, title, QCoreApplication.translate("ImportFlow", "Documents Word (*.docx)"), read)
    if found is None:
        return
    path, document, year = found
    existing = doc.convention.report_for(year) if doc.convention else None
    question = (QCoreApplication.translate("ImportFlow", "Remplacer les textes du bilan %1 par ceux de « %2 » ?")
                if existing is not None else
                QCoreApplication.translate("ImportFlow", "Créer le bilan %1 à partir de « %2 » ?"))
    choice = messages.ask(
        window, title, question.replace("%1", str(year)).replace("%2", path.name),
        [("import", QCoreApplication.translate("ImportFlow", "Importer")),
         ("cancel", QCoreApplication.translate("ImportFlow", "Annuler"))],
        default="import", cancel="cancel",
        details=QCoreApplication.translate(
            "ImportFlow", "L'import ne peut pas être annulé avec Ctrl+Z. Pour garder l'état actuel, "
            "utilisez d'abord « Enregistrer une copie sous… »."),
    )
    if choice != "import":
        return
    try:
        with doc.workspace.transaction() as session:
            # The current convention when it covers the year; otherwise the importer
            # finds the right one or creates it.
            covers = doc.convention is not None and year in doc.convention.years
            summary = apply_report(document, session, year=year, convention=doc.convention if covers else None)
    except (ImportFileError, ValueError) as exc:
        messages.tell(window, title, QCoreApplication.translate("ImportFlow", "L'import a échoué ; rien n'a été modifié."),
                      severity="warning", details=str(exc))
        return
    _after_structure_change(window, year)
    window.show_import_summary(summary)
    messages.tell(window, title, QCoreApplication.translate("ImportFlow", "Import terminé : bilan %1.")
                  .replace("%1", str(year)),
                  details=QCoreApplication.translate(
                      "ImportFlow", "Ce que l'import a trouvé, déduit et n'a pas su placer est listé dans le panneau "
                      "« Import Word » : un clic sur une ligne y mène."))


def import_indicators(window: "MainWindow") -> None:
    """Fichier → Importer les indicateurs d'un classeur Excel…"""
    from mesdesk.exchange.errors import ImportFileError
    from mesdesk.exchange.xlsx import apply_indicator_updates, read_indicator_updates

    doc = window.doc
    report = doc.report
    if report is None:
        return
    title = QCoreApplication.translate("ImportFlow", "Importer des indicateurs")
    summary = read_chosen_file(window, title, QCoreApplication.translate("ImportFlow", "Classeurs Excel (*.xlsx)"),
                               lambda path: read_indicator_updates(path, report))
    if summary is None:
        return
    count = len(summary.changed)
    if count == 0:
        messages.tell(window, title, QCoreApplication.translate("ImportFlow", "Aucune valeur à changer."),
                      details=summary.format_fr())
        return
    choices = [("apply", QCoreApplication.translate("ImportFlow", "Appliquer"))]
    if not summary.is_valid:
        choices = [("partial", QCoreApplication.translate("ImportFlow", "Appliquer les valeurs valables"))]
    choices.append(("cancel", QCoreApplication.translate("ImportFlow", "Annuler")))
    choice = messages.ask(
        window, title,
        ImportFlow().values_to_change(count),
        choices, default=choices[0][0], cancel="cancel", details=summary.format_fr(),
    )
    if choice == "cancel":
        return
    try:
        with doc.workspace.transaction():
            changed = apply_indicator_updates(summary, report, allow_partial=choice == "partial")
    except (ImportFileError, ValueError) as exc:
        messages.tell(window, title, QCoreApplication.translate("ImportFlow", "L'import a échoué ; rien n'a été modifié."),
                      severity="warning", details=str(exc))
        return
    doc.undo_stack.clear()  # older commands may hold values the import replaced
    doc.dataEdited.emit()
    window.show_message(ImportFlow().values_saved(changed))


def _after_structure_change(window: "MainWindow", year: int) -> None:
    """After an import: the convention, its reports and the structure may all be new."""
    doc = window.doc
    reports = [c.report_for(year) for c in reversed(doc.workspace.conventions())]
    report = next((r for r in reports if r is not None), None)
    convention = report.convention if report is not None else doc.workspace.current_convention()
    doc.switch_to(convention, report)
