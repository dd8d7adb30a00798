"""« Versions »: the report's named snapshots in a side panel — keep the report as it is
now under a name, compare a version with today's text, rename, delete (Ctrl+Z undoes
each), export a version to Word as it was. Also where the two comparisons are built
(a snapshot against today, last year's report against this year's), for the action
page's « Comparer avec l'an dernier » as well.

Snapshots are made and read by ``mesdesk/exchange/snapshots.py``; exporting one loads it
into a private in-memory workspace, so the live report is never touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui import messages
from mesdesk.gui.clock import moment_text
from mesdesk.gui.commands import EditCommand
from mesdesk.gui.compare_dialog import CompareDialog, CompareSource
from mesdesk.gui.document import Document
from mesdesk.gui.preferences import author_name
from mesdesk.gui.settings import AppSettings
from mesdesk.model.edits.versions import DeleteSnapshot, rename_snapshot
from mesdesk.model.entities import Report
from mesdesk.model.sections import Section, section_texts
from mesdesk.model.versions import ReportSnapshot

if TYPE_CHECKING:
    from mesdesk.gui.panels import PanelHost

UidRole = Qt.ItemDataRole.UserRole + 1


def previous_report(report: Report) -> Report | None:
    earlier = [r for r in report.convention.reports if r.year < report.year]
    return max(earlier, key=lambda r: r.year, default=None)


def snapshot_source(doc: Document, snapshot: ReportSnapshot) -> CompareSource:
    from mesdesk.exchange.snapshots import snapshot_content

    content = snapshot_content(snapshot.document)
    old_title = QCoreApplication.translate("VersionsPanel", "Version « %1 » du %2").replace("%1", snapshot.name).replace(
        "%2", moment_text(snapshot.created_at, with_time=False))
    return CompareSource(old_title, QCoreApplication.translate("VersionsPanel", "Aujourd'hui"), content.section_texts, restorable=True)


def last_year_source(doc: Document) -> CompareSource | None:
    report = doc.report
    previous = previous_report(report) if report is not None else None
    if report is None or previous is None:
        return None

    def old_texts(section: Section) -> dict:  # type: ignore[type-arg]  # field → RichText
        return section_texts(previous, section)

    return CompareSource(QCoreApplication.translate("VersionsPanel", "Bilan %1").replace("%1", str(previous.year)),
                         QCoreApplication.translate("VersionsPanel", "Bilan %1").replace("%1", str(report.year)), old_texts, restorable=False)


def compare_with_last_year(host: "PanelHost", section: Section) -> CompareDialog | None:
    """« Comparer avec l'an dernier »: the same section in the previous report, side by side."""
    doc = host.doc
    doc.save_now()
    window = host.window()
    source = last_year_source(doc)
    if source is None:
        host.show_message(QCoreApplication.translate("VersionsPanel", "Pas de bilan d'une année précédente à comparer."))
        return None
    dialog = CompareDialog(doc, source, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per request: gone when closed
    dialog.setWindowTitle(QCoreApplication.translate("VersionsPanel", "Comparer avec l'an dernier"))
    dialog.show_section(section)
    dialog.show()
    return dialog


class VersionsPanel(QDockWidget):
    def __init__(self, window: "PanelHost") -> None:
        super().__init__(window.window())
        self.setObjectName("versionsPanel")
        self.setWindowTitle(self.tr("Versions"))
        self.window_ = window
        self.dialog: CompareDialog | None = None
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setObjectName("versionsSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setObjectName("versionsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda _item: self.compare())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

        self.takeButton = self._button("takeSnapshotButton", self.tr("&Garder cette version…"), self.take_snapshot,
                                       self.tr("Garde le bilan tel qu'il est maintenant, sous un nom"))
        self.compareButton = self._button("compareSnapshotButton", self.tr("&Comparer avec aujourd'hui"), self.compare)
        self.renameButton = self._button("renameSnapshotButton", self.tr("Re&nommer…"), self.rename)
        self.deleteButton = self._button("deleteSnapshotButton", self.tr("&Supprimer"), self.delete)
        self.exportButton = self._button("exportSnapshotButton", self.tr("&Exporter cette version…"), self.export)
        grid = QGridLayout()
        grid.addWidget(self.takeButton, 0, 0, 1, 2)
        grid.addWidget(self.compareButton, 1, 0, 1, 2)
        grid.addWidget(self.renameButton, 2, 0)
        grid.addWidget(self.deleteButton, 2, 1)
        grid.addWidget(self.exportButton, 3, 0, 1, 2)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        self.setWidget(body)
        self.setMinimumWidth(260)
        window.documentReplaced.connect(self._attach)
        self._attach(window.doc)

    def _button(self, name: str, text: str, slot: object, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _attach(self, doc: Document) -> None:
        doc.dataEdited.connect(self.refresh)
        doc.reportChanged.connect(self.refresh)
        self.refresh()

    @property
    def doc(self) -> Document:
        return self.window_.doc

    # -- list ---------------------------------------------------------------------------
    def snapshots(self) -> list[ReportSnapshot]:
        report = self.doc.report
        return list(reversed(report.snapshots)) if report is not None else []  # the newest first

    def refresh(self) -> None:
        current = self.current()
        current_uid = current.uid if current is not None else None
        self.list.clear()
        snapshots = self.snapshots()
        for snapshot in snapshots:
            line = self.tr("%1 — %2").replace("%1", moment_text(snapshot.created_at)).replace(
                "%2", snapshot.author) if snapshot.author else moment_text(snapshot.created_at)
            item = QListWidgetItem(f"{snapshot.name}\n{line}", self.list)
            item.setData(UidRole, snapshot.uid)
            if snapshot.uid == current_uid:
                self.list.setCurrentItem(item)
        if snapshots and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        if snapshots:
            self.summary.setText(self.tr("%n version(s) gardée(s) de ce bilan :", "", len(snapshots)))
        else:
            self.summary.setText(self.tr("Aucune version gardée. « Garder cette version » conserve le bilan tel "
                                         "qu'il est maintenant (avant un envoi au conseil, par exemple)."))
        self._update_buttons()

    def current(self) -> ReportSnapshot | None:
        item = self.list.currentItem()
        if item is None:
            return None
        uid = item.data(UidRole)
        return next((s for s in self.snapshots() if s.uid == uid), None)

    def select(self, uid: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(UidRole) == uid:
                self.list.setCurrentRow(row)

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        writable = not self.doc.read_only and self.doc.report is not None
        self.takeButton.setEnabled(writable)
        for button in (self.compareButton, self.exportButton):
            button.setEnabled(chosen)
        for button in (self.renameButton, self.deleteButton):
            button.setEnabled(chosen and writable)

    # -- commands -----------------------------------------------------------------------
    def take_snapshot(self) -> None:
        from mesdesk.exchange.snapshots import take_snapshot

        report = self.doc.report
        if report is None or self.doc.read_only:
            return
        suggested = self.tr("Version du %1").replace("%1", QLocale().toString(
            QDateTime.currentDateTime().date(), "d MMMM yyyy"))
        name = messages.ask_text(self, self.tr("Garder cette version"),
                                 self.tr("Nom de la version (par exemple « envoyée au CA le 3 mars ») :"), suggested)
        if name is None or not name.strip():
            return
        self.doc.save_now()  # what is typed goes in the version
        edit = take_snapshot(report, name, author_name(self._settings()))
        self.doc.undo_stack.push(EditCommand(self.doc, edit, self.tr("Garder la version « %1 »").replace("%1", name.strip())))
        self.select(edit.uid)
        self.window_.show_message(self.tr("Version « %1 » gardée.").replace("%1", " ".join(name.split())))

    def _settings(self) -> AppSettings:
        settings = getattr(self.window_, "settings", None)
        return settings if isinstance(settings, AppSettings) else AppSettings()

    def rename(self) -> None:
        snapshot = self.current()
        if snapshot is None:
            return
        name = messages.ask_text(self, self.tr("Renommer la version"), self.tr("Nouveau nom :"), snapshot.name)
        if name is None or not name.strip() or " ".join(name.split()) == snapshot.name:
            return
        uid = snapshot.uid
        self.doc.undo_stack.push(EditCommand(self.doc, rename_snapshot(snapshot, " ".join(name.split())),
                                             self.tr("Renommer la version")))
        self.select(uid)

    def delete(self) -> None:
        snapshot = self.current()
        if snapshot is None:
            return
        self.doc.undo_stack.push(EditCommand(self.doc, DeleteSnapshot(snapshot),
                                             self.tr("Supprimer la version « %1 »").replace("%1", snapshot.name)))
        self.window_.show_message(self.tr("Version supprimée — Ctrl+Z pour l'annuler"))

    def compare(self) -> CompareDialog | None:
        snapshot = self.current()
        if snapshot is None:
            return None
        self.doc.save_now()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = CompareDialog(self.doc, snapshot_source(self.doc, snapshot), self.window_.window(),
                                    after_restore=self._reload_page)
        self.dialog.setWindowTitle(self.tr("Comparer « %1 » avec aujourd'hui").replace("%1", snapshot.name))
        page = self.window_.current_page()
        section = None
        action = getattr(page, "action", None)
        field = getattr(page, "field", None)
        if action is not None and page is not None and page.objectName() == "actionPage":
            section = Section.of_action(action)
        elif field in ("preamble", "conclusion"):
            section = Section(field)
        self.dialog.changedOnly.setChecked(section is None)
        self.dialog.fill_sections(section)
        self.dialog.show()
        return self.dialog

    def _reload_page(self) -> None:
        page = self.window_.current_page()
        if page is not None:
            page.reload()

    def export(self) -> Path | None:
        from mesdesk.exchange.errors import ExportError
        from mesdesk.exchange.snapshots import export_snapshot
        from mesdesk.gui.export_dialog import documents_folder

        snapshot = self.current()
        if snapshot is None:
            return None
        safe = "".join("-" if c in '\\/:*?"<>|' else c for c in snapshot.name)
        target = messages.choose_save_file(self, self.tr("Exporter cette version"),
                                           documents_folder() / f"{safe}.docx", self.tr("Document Word (*.docx)"))
        if target is None:
            return None
        if target.suffix.lower() != ".docx":
            target = target.with_suffix(".docx")
        template = self._settings().template
        template_path = Path(template) if template and Path(template).is_file() else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_snapshot(snapshot, target, template=template_path)
        except (ExportError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            messages.tell(self, self.tr("Exporter cette version"),
                          self.tr("La version n'a pas pu être exportée : %1").replace("%1", str(exc)), severity="warning")
            return None
        QApplication.restoreOverrideCursor()
        self.window_.show_message(self.tr("Version « %1 » exportée : %2").replace("%1", snapshot.name).replace(
            "%2", str(result.path)))
        return Path(result.path)
