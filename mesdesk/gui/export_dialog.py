"""The export dialog: Word and/or Excel, target paths, template, progress, then open."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThread
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui import desktop, messages
from mesdesk.gui.document import Document
from mesdesk.gui.export_job import ExportJob, ExportOutcome, ExportRequest, start_job
from mesdesk.gui.findings_text import word
from mesdesk.gui.settings import AppSettings
from mesdesk.resources import templates_dir

OTHER_TEMPLATE = "__other__"


def default_name(doc: Document, suffix: str) -> str:
    report = doc.report
    org = doc.workspace.organisation()
    base = report.title if report and report.title else f"Bilan {report.year if report else ''}"
    if org is not None and org.name:
        short = re.sub(r"\s+", " ", org.name).strip()
        base = f"{base} - {short}"
    return re.sub(r'[\\/:*?"<>|]', "-", base) + suffix


def documents_folder() -> Path:
    """The user's Documents folder (made at the first export if a fresh account has none),
    else home. Never the workspace's folder: the first workspace lives in a hidden data
    folder where nobody would look for the exported report."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


class ExportDialog(QDialog):
    """Non-blocking (``open()``): the export runs in a worker thread."""

    def __init__(self, doc: Document, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Exporter le bilan"))
        self.doc = doc
        self.settings = settings
        self.thread: QThread | None = None
        self.outcome: ExportOutcome | None = None
        self.error: str | None = None

        word_default, excel_default = settings.export_choice()
        box = QGroupBox(self.tr("Que voulez-vous produire ?"), self)
        grid = QGridLayout(box)
        self.wordCheck = QCheckBox(self.tr("Document &Word (.docx) pour la fondation"), box)
        self.wordCheck.setObjectName("exportWord")
        self.wordCheck.setChecked(word_default)
        self.wordPath = QLineEdit(str(self._initial_path("word", ".docx")), box)
        self.wordPath.setObjectName("wordPath")
        self.wordBrowse = QPushButton(self.tr("Parcourir…"), box)
        self.wordBrowse.setObjectName("wordBrowse")
        self.wordBrowse.clicked.connect(lambda: self._browse(self.wordPath, self.tr("Documents Word (*.docx)")))
        self.templateCombo = QComboBox(box)
        self.templateCombo.setObjectName("templateCombo")
        self._fill_templates()
        self.templateCombo.activated.connect(self._template_chosen)
        template_label = QLabel(self.tr("&Modèle :"), box)
        template_label.setBuddy(self.templateCombo)

        self.excelCheck = QCheckBox(self.tr("Tableaux &Excel (.xlsx) à partager"), box)
        self.excelCheck.setObjectName("exportExcel")
        self.excelCheck.setChecked(excel_default)
        self.excelPath = QLineEdit(str(self._initial_path("excel", ".xlsx")), box)
        self.excelPath.setObjectName("excelPath")
        self.excelBrowse = QPushButton(self.tr("Parcourir…"), box)
        self.excelBrowse.setObjectName("excelBrowse")
        self.excelBrowse.clicked.connect(lambda: self._browse(self.excelPath, self.tr("Classeurs Excel (*.xlsx)")))

        grid.addWidget(self.wordCheck, 0, 0, 1, 3)
        grid.addWidget(self.wordPath, 1, 1)
        grid.addWidget(self.wordBrowse, 1, 2)
        grid.addWidget(template_label, 2, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.templateCombo, 2, 1, 1, 2)
        grid.addWidget(self.excelCheck, 3, 0, 1, 3)
        grid.addWidget(self.excelPath, 4, 1)
        grid.addWidget(self.excelBrowse, 4, 2)
        grid.setColumnMinimumWidth(0, 24)
        grid.setColumnStretch(1, 1)
        self._word_widgets = (self.wordPath, self.wordBrowse, self.templateCombo, template_label)
        self._excel_widgets = (self.excelPath, self.excelBrowse)
        self.wordCheck.toggled.connect(self._choice_changed)
        self.excelCheck.toggled.connect(self._choice_changed)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.hide()  # shown once an export starts
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("exportStatus")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A 2025 report carried over from 2024 has some 26 warnings: they scroll, so the
        # dialog and its buttons stay on a 1366×768 screen (and at 200 %).
        self.statusScroll = QScrollArea(self)
        self.statusScroll.setObjectName("exportStatusScroll")
        self.statusScroll.setWidgetResizable(True)
        self.statusScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.statusScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.statusScroll.setWidget(self.statusLabel)
        self.statusScroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 8)
        self.statusScroll.hide()  # until there is something to say

        self.exportButton = QPushButton(self.tr("E&xporter"), self)
        self.exportButton.setObjectName("exportButton")
        self.exportButton.setDefault(True)
        self.exportButton.clicked.connect(self.start)
        self.openWordButton = QPushButton(self.tr("&Ouvrir le document Word"), self)
        self.openWordButton.setObjectName("openWordButton")
        self.openWordButton.clicked.connect(lambda: self._open(self.outcome.word if self.outcome else None))
        self.openExcelButton = QPushButton(self.tr("Ouvrir le &classeur Excel"), self)
        self.openExcelButton.setObjectName("openExcelButton")
        self.openExcelButton.clicked.connect(lambda: self._open(self.outcome.excel if self.outcome else None))
        self.showFolderButton = QPushButton(self.tr("Afficher dans le &dossier"), self)
        self.showFolderButton.setObjectName("showFolderButton")
        self.showFolderButton.clicked.connect(self._show_folder)
        self.closeButton = QPushButton(self.tr("&Fermer"), self)
        self.closeButton.setObjectName("closeButton")
        self.closeButton.clicked.connect(self.reject)
        for button in (self.openWordButton, self.openExcelButton, self.showFolderButton):
            button.hide()

        # Two rows: the buttons of the files written, then « Exporter » and « Fermer » (one
        # row of five would not fit a 1366×768 screen at 200 %).
        opened = QHBoxLayout()
        opened.addWidget(self.openWordButton)
        opened.addWidget(self.openExcelButton)
        opened.addWidget(self.showFolderButton)
        opened.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.exportButton)
        buttons.addWidget(self.closeButton)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.progress)
        layout.addWidget(self.statusScroll, 1)
        layout.addLayout(opened)
        layout.addLayout(buttons)
        self.resize(640, self.sizeHint().height())
        self._choice_changed()

    # -- paths and template ---------------------------------------------------------------
    def _initial_path(self, kind: str, suffix: str) -> Path:
        remembered = self.settings.export_path(kind)
        name = default_name(self.doc, suffix)
        if remembered is not None and remembered.parent.is_dir():
            year = str(self.doc.report.year) if self.doc.report else ""
            # Same report as last time: same file; another year: same folder, new name.
            return remembered if year and year in remembered.stem else remembered.parent / name
        return documents_folder() / name

    def _fill_templates(self) -> None:
        self.templateCombo.clear()
        self.templateCombo.addItem(self.tr("Modèle MES Desk (par défaut)"), "")
        for path in sorted(templates_dir().glob("*.docx")):
            if path.name != "mesdesk-default.docx":
                self.templateCombo.addItem(path.stem, str(path))
        remembered = self.settings.template
        if remembered and Path(remembered).exists():
            index = self.templateCombo.findData(remembered)
            if index < 0:
                self.templateCombo.addItem(Path(remembered).name, remembered)
                index = self.templateCombo.count() - 1
            self.templateCombo.setCurrentIndex(index)
        self.templateCombo.addItem(self.tr("Autre modèle…"), OTHER_TEMPLATE)

    def _template_chosen(self, index: int) -> None:
        if self.templateCombo.itemData(index) != OTHER_TEMPLATE:
            return
        path = messages.choose_open_file(self, self.tr("Choisir un modèle Word"), None,
                                         self.tr("Documents et modèles Word (*.docx *.dotx)"))
        if path is None:
            self.templateCombo.setCurrentIndex(0)
            return
        self.templateCombo.insertItem(index, path.name, str(path))
        self.templateCombo.setCurrentIndex(index)

    def template(self) -> Path | None:
        data = self.templateCombo.currentData()
        return Path(data) if data and data != OTHER_TEMPLATE else None

    def _browse(self, edit: QLineEdit, filters: str) -> None:
        path = messages.choose_save_file(self, self.tr("Exporter sous"), Path(edit.text()), filters)
        if path is not None:
            edit.setText(str(path))

    def _choice_changed(self) -> None:
        for widget in self._word_widgets:
            widget.setEnabled(self.wordCheck.isChecked())
        for widget in self._excel_widgets:
            widget.setEnabled(self.excelCheck.isChecked())
        self._update_buttons()

    # -- running ----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        busy = self.thread is not None
        self.exportButton.setEnabled(not busy and (self.wordCheck.isChecked() or self.excelCheck.isChecked()))
        self.closeButton.setEnabled(not busy)

    def request(self) -> ExportRequest | None:
        word = Path(self.wordPath.text().strip()).expanduser() if self.wordCheck.isChecked() else None
        excel = Path(self.excelPath.text().strip()).expanduser() if self.excelCheck.isChecked() else None
        for path, suffix in ((word, ".docx"), (excel, ".xlsx")):
            if path is not None and path.suffix.lower() != suffix:
                messages.tell(self, self.tr("Exporter"),
                              self.tr("Le nom « %1 » doit se terminer par %2.").replace("%1", path.name).replace("%2", suffix),
                              severity="warning")
                return None
        if word is not None and excel is not None and word == excel:
            return None
        assert self.doc.report is not None
        return ExportRequest(self.doc.workspace.server or self.doc.path, self.doc.report.id, word, self.template(), excel)

    def start(self) -> None:
        self.doc.save_now()  # the worker reads the file: it must hold every last word
        request = self.request()
        if request is None:
            return
        for target in (request.word_target, request.excel_target):
            if target is not None and target.parent == documents_folder() and not target.parent.exists():
                try:
                    target.parent.mkdir(parents=True)
                except OSError:
                    pass  # the export then says it cannot write there
        self.settings.set_export_choice(self.wordCheck.isChecked(), self.excelCheck.isChecked())
        if request.word_target:
            self.settings.set_export_path("word", request.word_target)
        if request.excel_target:
            self.settings.set_export_path("excel", request.excel_target)
        self.settings.template = str(request.template or "")
        self.settings.sync()
        self.outcome, self.error = None, None
        for button in (self.openWordButton, self.openExcelButton, self.showFolderButton):
            button.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(self.tr("Export en cours…"))
        self.statusScroll.show()
        job = ExportJob(request)
        job.progress.connect(self._progress)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self.job = job
        self.thread = start_job(job, self)
        self.thread.finished.connect(self._thread_finished)
        self._update_buttons()

    def _progress(self, percent: int, stage: str) -> None:
        self.progress.setValue(percent)
        if stage == "word":
            self.statusLabel.setText(self.tr("Écriture du document Word…"))
        elif stage == "excel":
            self.statusLabel.setText(self.tr("Écriture du classeur Excel…"))

    def _done(self, outcome: ExportOutcome) -> None:
        self.outcome = outcome
        written = [str(p) for p in (outcome.word, outcome.excel) if p is not None]
        text = self.tr("Export terminé :") + "\n" + "\n".join(written)
        if outcome.warnings:
            text += "\n\n" + self.tr("À savoir :") + "\n" + "\n".join("• " + word(w) for w in outcome.warnings)
        self.statusLabel.setText(text)
        self._fit_screen()
        self.openWordButton.setVisible(outcome.word is not None)
        self.openExcelButton.setVisible(outcome.excel is not None)
        self.showFolderButton.setVisible(bool(written))
        (self.openWordButton if outcome.word else self.openExcelButton).setFocus()

    def _fit_screen(self) -> None:
        """Grow to show the message, never past the screen: beyond it, the message scrolls."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry().height() - self.geometry().height()
        self.statusLabel.adjustSize()
        wanted = self.sizeHint().height() + self.statusLabel.heightForWidth(self.statusScroll.viewport().width()) \
            - self.statusScroll.sizeHint().height()
        height = max(self.minimumSizeHint().height(), min(wanted, available.height() - frame - 16))
        width = min(max(self.width(), 640), available.width() - 16)
        self.resize(width, height)
        # Keep the whole dialog (its buttons above all) inside the screen.
        frame_width = self.frameGeometry().width() - self.geometry().width()
        top_left = self.frameGeometry().topLeft()
        top = max(available.top(), min(top_left.y(), available.bottom() + 1 - height - frame))
        left = max(available.left(), min(top_left.x(), available.right() + 1 - width - frame_width))
        self.move(left, top)

    def _failed(self, kind: str, message: str) -> None:
        self.error = message
        self.progress.setValue(0)
        self.statusLabel.setStyleSheet("color: #b03a2e;")
        if kind == "export":
            advice = self.tr("Rien n'a été remplacé. Si le fichier est ouvert dans Word ou Excel, fermez-le ; "
                             "sinon choisissez un autre dossier ou un autre nom, puis cliquez à nouveau sur Exporter.")
        else:
            advice = self.tr("Une erreur inattendue s'est produite. Rien n'a été remplacé ; votre bilan est intact. "
                             "Signalez ce message à votre support avec le fichier du bilan.")
        self.statusLabel.setText(self.tr("L'export a échoué.") + "\n" + message + "\n\n" + advice)
        self._fit_screen()

    def _thread_finished(self) -> None:
        if self.thread is not None:
            self.thread.wait()
            self.thread.deleteLater()
        self.thread = None
        self._update_buttons()

    def _open(self, path: Path | None) -> None:
        if path is not None and not desktop.open_file(path):
            messages.tell(self, self.tr("Ouvrir"),
                          self.tr("Aucun programme n'a pu ouvrir « %1 ».").replace("%1", path.name), severity="warning")

    def _show_folder(self) -> None:
        if self.outcome is None:
            return
        path = self.outcome.word or self.outcome.excel
        if path is not None:
            desktop.show_in_folder(path)

    def reject(self) -> None:
        if self.thread is not None:  # an export is being written: let it finish
            return
        super().reject()
