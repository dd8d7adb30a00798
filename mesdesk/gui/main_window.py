"""The main window: outline on the left, the page of the selected node on the right."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, QStandardPaths, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from mesdesk import logs
from mesdesk.gui import desktop, messages, paths, workspace_files
from mesdesk.gui.document import Document
from mesdesk.gui.editors import RichTextToolBar
from mesdesk.gui.richtext.icons import drawn_icon
from mesdesk.gui.outline import COVER, CONCLUSION, PARTNERS, PREAMBLE, UNASSIGNED, KeyRole, NodeKey, OutlineModel
from mesdesk.gui.pages.action_page import ActionPage
from mesdesk.gui.pages.base import Page
from mesdesk.gui.pages.cover_page import CoverPage
from mesdesk.gui.pages.text_page import TextPage
from mesdesk.gui.reading_place import ReadingPlace
from mesdesk.gui.read_only import ReadOnlyBanner, lock_widgets
from mesdesk.gui.settings import AppSettings
from mesdesk.gui.spelling import SpellingService
from mesdesk.gui.structure_edit import StructureEditor
from mesdesk.gui.window_keys import WindowKeysFirst
from mesdesk.model.entities import Action, Axis
from mesdesk.model.page_estimate import estimate_pages
from mesdesk.store.errors import WorkspaceError
from mesdesk.model.text_replace import SearchOptions
from mesdesk.proofing.report_spelling import report_language, workspace_names


class MainWindow(QMainWindow):
    """One window per open workspace.

    ``workspaceSwitchRequested`` / ``languageChanged`` are handled by the application
    controller, which may rebuild the window (language) or swap its document.
    """

    languageChangeRequested = Signal(str)
    openRequested = Signal(object)  # Path
    newRequested = Signal(object)  # Path

    def __init__(self, doc: Document, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.doc = doc
        self._current_key: NodeKey | None = None
        self._closing_for_rebuild = False
        self._closed = False
        self._save_failing = False  # a failed save was told; the next success says so
        self.terminating = False  # closing on SIGTERM (logout): nobody is there to answer a question
        self.structure = StructureEditor(self)
        self.spelling = SpellingService(paths.personal_dictionary_path(), settings.spelling_enabled, self)
        self.spelling.unavailable.connect(self._spelling_unavailable)
        self.find_panel = None
        self.readthrough = None
        self.check_panel = None
        self.carry_over_panel = None
        self.reading_place = ReadingPlace(self)

        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.attach(doc)
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        QApplication.instance().focusChanged.connect(self._focus_changed)
        # Ctrl+E and the other command keys reach the window from one-line fields too.
        self._window_keys = WindowKeysFirst(self, keep=(self.actionUndo, self.actionRedo))

    # -- construction ---------------------------------------------------------------------
    def _first_size(self) -> None:
        """First launch: a comfortable size, or the whole screen on a small laptop."""
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is None or available.height() <= 900 or available.width() <= 1400:
            self.resize(1280, 800)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(min(1440, available.width() - 80), min(900, available.height() - 80))

    def _build_central(self) -> None:
        self.reportSwitcher = QComboBox(self)
        self.reportSwitcher.setObjectName("reportSwitcher")
        self.reportSwitcher.setAccessibleName(self.tr("Bilan affiché"))
        self.reportSwitcher.activated.connect(self._report_chosen)
        # Alt+B opens the « Bilan » menu (« Alt+B, N »): the box takes Alt+L.
        switcher_label = QLabel(self.tr("Bi&lan :"), self)
        switcher_label.setBuddy(self.reportSwitcher)

        self.outline = QTreeView(self)
        self.outline.setObjectName("outline")
        self.outline.setHeaderHidden(True)
        self.outline.setUniformRowHeights(True)
        # F2 or a double click renames; a click on the selected item only selects it (a
        # slow second click would open the rename field and take the next Ctrl+Z or Ctrl+E).
        self.outline.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.outline.setAccessibleName(self.tr("Plan du bilan"))
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.setStyleSheet("QTreeView::item { padding: 3px 0px; }")

        left = QWidget(self)
        left.setObjectName("outlinePanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        row = QWidget(left)
        from PySide6.QtWidgets import QHBoxLayout

        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(switcher_label)
        row_layout.addWidget(self.reportSwitcher, 1)
        left_layout.addWidget(row)
        left_layout.addWidget(self.outline, 1)

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 960])
        left.setMinimumWidth(220)
        self.setCentralWidget(self.splitter)

    def _action(self, name: str, text: str, slot: Any, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.actionNew = self._action("actionNew", self.tr("&Nouvel espace de travail…"), self.new_workspace, K.New)
        self.actionOpen = self._action("actionOpen", self.tr("&Ouvrir…"), self.open_workspace_dialog, K.Open)
        self.actionSaveCopy = self._action(
            "actionSaveCopy", self.tr("Enregistrer une &copie sous…"), self.save_copy, "Ctrl+Shift+S",
            self.tr("Le travail est enregistré automatiquement ; ceci écrit une copie ailleurs."),
        )
        self.actionExport = self._action("actionExport", self.tr("&Exporter en Word et Excel…"), self.export, "Ctrl+E")
        self.actionImport = self._action("actionImport", self.tr("&Importer un bilan Word…"), self.import_docx, "Ctrl+Shift+O")
        self.actionImportIndicators = self._action(
            "actionImportIndicators", self.tr("Importer les &indicateurs d'un classeur Excel…"),
            self.import_indicators, "Ctrl+Shift+I")
        self.actionPreferences = self._action("actionPreferences", self.tr("&Préférences…"), self.preferences, "Ctrl+,")
        self.actionQuit = self._action("actionQuit", self.tr("&Quitter"), self.close, "Ctrl+Q")

        self.actionUndo = self._action("actionUndo", self.tr("&Annuler"), self.undo, "Ctrl+Z")
        self.actionRedo = self._action("actionRedo", self.tr("&Rétablir"), self.redo, "Ctrl+Shift+Z")
        self.actionRedo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.actionFind = self._action("actionFind", self.tr("&Rechercher dans le bilan…"), self.show_find, K.Find)
        self.actionReplace = self._action("actionReplace", self.tr("Re&mplacer…"), self.show_replace, "Ctrl+H")
        # Ctrl+Alt+letter like the other insertions of the text (note Ctrl+Alt+F, sub-title Ctrl+Alt+H).
        self.actionInsertIndicator = self._action(
            "actionInsertIndicator", self.tr("&Insérer la valeur d'un indicateur…"), self.insert_indicator,
            "Ctrl+Alt+I", self.tr("Une pastille qui montre la valeur de l'indicateur pour l'année du bilan"))
        self.actionInsertIndicator.setEnabled(False)
        self.actionCheck = self._action("actionCheck", self.tr("&Vérifier le bilan"), self.show_check, "F7")
        self.actionReadThrough = self._action("actionReadThrough", self.tr("&Relecture du bilan entier"),
                                              self.show_readthrough, "Ctrl+Shift+R")

        self.actionAddAxis = self._action("actionAddAxis", self.tr("Ajouter un a&xe"), self.structure.add_axis, "Ctrl+Shift+X")
        self.actionAddAction = self._action("actionAddAction", self.tr("Ajouter une &action"), self.structure.add_action, "Ctrl+Shift+N")
        self.actionRename = self._action("actionRename", self.tr("&Renommer"), self.edit_current_title, "F2")
        self.actionMoveUp = self._action("actionMoveUp", self.tr("&Monter"), lambda: self.structure.move(-1), "Ctrl+Shift+Up")
        self.actionMoveDown = self._action("actionMoveDown", self.tr("&Descendre"), lambda: self.structure.move(1), "Ctrl+Shift+Down")
        self.actionDelete = self._action("actionDelete", self.tr("&Supprimer"), self.structure.delete, "Ctrl+Shift+Del")
        # In the outline, the plain Delete key removes the selected axis or action (undoable).
        outline_delete = QAction(self.outline)
        outline_delete.setShortcut(QKeySequence.StandardKey.Delete)
        outline_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        outline_delete.triggered.connect(self.structure.delete)
        self.outline.addAction(outline_delete)

        self.actionNewReport = self._action("actionNewReport", self.tr("&Nouveau bilan annuel…"), self.new_report)
        self.actionPreviousReport = self._action("actionPreviousReport", self.tr("Bilan &précédent"), lambda: self._step_report(-1), "Ctrl+Alt+PgUp")
        self.actionNextReport = self._action("actionNextReport", self.tr("Bilan &suivant"), lambda: self._step_report(1), "Ctrl+Alt+PgDown")

        self.actionFocusOutline = self._action("actionFocusOutline", self.tr("Aller au &plan"), self.focus_outline, "Ctrl+1")
        self.actionFocusEditor = self._action("actionFocusEditor", self.tr("Aller au &texte"), self.focus_page, "Ctrl+2")
        self.actionPreviousSection = self._action("actionPreviousSection", self.tr("Partie p&récédente"), lambda: self._step_section(-1), "Ctrl+Alt+Up")
        self.actionNextSection = self._action("actionNextSection", self.tr("Partie s&uivante"), lambda: self._step_section(1), "Ctrl+Alt+Down")

        self.actionShortcuts = self._action("actionShortcuts", self.tr("&Raccourcis clavier"), self.show_shortcuts, "F1")
        self.actionOpenLog = self._action("actionOpenLog", self.tr("Ouvrir le &journal"), self.open_log)
        self.actionAbout = self._action("actionAbout", self.tr("À &propos de MES Desk"), self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.setObjectName("menuFile")
        file_menu.addAction(self.actionNew)
        file_menu.addAction(self.actionOpen)
        self.recentMenu = QMenu(self.tr("Fichiers &récents"), self)
        self.recentMenu.setObjectName("menuRecent")
        self.recentMenu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recentMenu)
        file_menu.addAction(self.actionSaveCopy)
        file_menu.addSeparator()
        file_menu.addAction(self.actionImport)
        file_menu.addAction(self.actionImportIndicators)
        file_menu.addAction(self.actionExport)
        file_menu.addSeparator()
        file_menu.addAction(self.actionPreferences)
        file_menu.addSeparator()
        file_menu.addAction(self.actionQuit)

        edit_menu = bar.addMenu(self.tr("&Édition"))
        edit_menu.setObjectName("menuEdit")
        edit_menu.addAction(self.actionUndo)
        edit_menu.addAction(self.actionRedo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.actionInsertIndicator)
        edit_menu.addSeparator()
        edit_menu.addAction(self.actionFind)
        edit_menu.addAction(self.actionReplace)

        convention_menu = bar.addMenu(self.tr("&Convention"))
        convention_menu.setObjectName("menuConvention")
        for action in (self.actionAddAxis, self.actionAddAction, self.actionRename, self.actionMoveUp,
                       self.actionMoveDown, self.actionDelete):
            convention_menu.addAction(action)

        report_menu = bar.addMenu(self.tr("&Bilan"))
        report_menu.setObjectName("menuReport")
        report_menu.addAction(self.actionNewReport)
        report_menu.addAction(self.actionPreviousReport)
        report_menu.addAction(self.actionNextReport)
        report_menu.addSeparator()
        report_menu.addAction(self.actionCheck)
        report_menu.addAction(self.actionReadThrough)
        report_menu.addAction(self.actionExport)

        view_menu = bar.addMenu(self.tr("Affic&hage"))  # Alt+A is « Aide » (« Alt+A, P »)
        view_menu.setObjectName("menuView")
        for action in (self.actionFocusOutline, self.actionFocusEditor, self.actionPreviousSection,
                       self.actionNextSection):
            view_menu.addAction(action)
        self.viewMenu = view_menu

        help_menu = bar.addMenu(self.tr("&Aide"))
        help_menu.setObjectName("menuHelp")
        help_menu.addAction(self.actionShortcuts)
        help_menu.addAction(self.actionOpenLog)
        help_menu.addAction(self.actionAbout)

        self.formatToolBar = RichTextToolBar(self)  # objectName "richTextToolBar"
        self.formatToolBar.setMovable(False)
        self.formatToolBar.addSeparator()
        self.actionInsertIndicator.setIcon(drawn_icon("indicator"))
        self.actionInsertIndicator.setToolTip(self.tr("Insérer la valeur d'un indicateur (%1)").replace(
            "%1", self.actionInsertIndicator.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.formatToolBar.addAction(self.actionInsertIndicator)
        QApplication.instance().focusChanged.connect(self._update_insert_indicator)
        self.addToolBar(self.formatToolBar)
        view_menu.addSeparator()
        view_menu.addAction(self.formatToolBar.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.lengthLabel = QLabel(self)
        self.lengthLabel.setObjectName("reportLength")
        self.statusBar().addPermanentWidget(self.lengthLabel)
        self.saveLabel = QLabel(self)
        self.saveLabel.setObjectName("saveStatus")
        self.statusBar().addPermanentWidget(self.saveLabel)
        self.statusBar().setObjectName("statusBar")

    # -- document -------------------------------------------------------------------------
    def attach(self, doc: Document) -> None:
        """Show ``doc`` (at start, or after opening another workspace)."""
        self.doc = doc
        doc.saved.connect(self._saved)
        doc.saveFailed.connect(self._save_failed)
        doc.structureChanged.connect(self._structure_changed)
        doc.dataEdited.connect(self._data_edited)
        doc.reportChanged.connect(self._report_changed)
        doc.undo_stack.indexChanged.connect(self._update_undo_texts)

        for i in reversed(range(self.pages.count())):
            widget = self.pages.widget(i)
            self.pages.removeWidget(widget)
            widget.deleteLater()
        # Pages are built when first shown: the window paints sooner at start-up.
        self._pages: dict[str, Page] = {}
        self.emptyPage = QLabel(self.tr("Choisissez une partie du bilan dans le plan."), self.pages)
        self.emptyPage.setObjectName("axisPage")
        self.emptyPage.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.emptyPage.setWordWrap(True)
        self.emptyPage.setContentsMargins(12, 8, 12, 8)
        self.emptyPage.setTextFormat(Qt.TextFormat.PlainText)
        self.pages.addWidget(self.emptyPage)

        if self.carry_over_panel is not None:  # it told about the other workspace's report
            self.carry_over_panel.hide()
        self.outlineModel = OutlineModel(doc, self)
        self.outlineModel.rename_requested = self.structure.rename
        old_model = self.outline.model()
        self.outline.setModel(self.outlineModel)
        if old_model is not None:
            old_model.deleteLater()
        self.outline.selectionModel().currentChanged.connect(self._outline_current_changed)
        self.outline.expandAll()
        self._fill_report_switcher()
        self._update_title()
        self._update_undo_texts()
        self.saveLabel.setText(self.tr("Enregistrement automatique"))
        self.saveLabel.setStyleSheet("")
        self._save_failing = False
        self._show_read_only(doc.read_only)
        self._current_key = None
        self._update_spelling()
        self._update_length()
        # Back where the user left this workspace (report, node, text and cursor).
        if not self.reading_place.restore():
            self.select_key(PREAMBLE)
        if self.find_panel is not None:
            self.find_panel.attach(doc)

    def _show_read_only(self, read_only: bool) -> None:
        """A read-only file: the banner, nothing editable, no command that would change it."""
        banner = getattr(self, "readOnlyBanner", None)
        if banner is not None:
            self.removeToolBarBreak(banner)
            self.removeToolBar(banner)
            banner.setParent(None)
            banner.deleteLater()
            self.readOnlyBanner = None
        if not hasattr(self, "_outline_triggers"):
            self._outline_triggers = self.outline.editTriggers()
        for action in (self.actionUndo, self.actionRedo, self.actionAddAxis, self.actionAddAction,
                       self.actionRename, self.actionMoveUp, self.actionMoveDown, self.actionDelete,
                       self.actionNewReport, self.actionImport, self.actionImportIndicators):
            action.setEnabled(not read_only)
        for action in self.outline.actions():  # the outline's own Delete key
            action.setEnabled(not read_only)
        self.formatToolBar.setEnabled(not read_only)
        self.outline.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else self._outline_triggers)
        if read_only:
            self.readOnlyBanner = ReadOnlyBanner(getattr(self.doc.workspace, "read_only_cause", None), self.save_copy, self)
            self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.readOnlyBanner)
            self.saveLabel.setText(self.tr("Lecture seule : rien n'est enregistré"))

    def detach(self) -> Document:
        """Stop showing the document without closing it (window rebuilt for a language)."""
        doc = self.doc
        doc.save_now()
        self.reading_place.save()
        for page in self._pages.values():
            doc.remove_writer(page.write_back)
        self._release_views(self.pages)  # the pages go with this document
        for signal, slot in (
            (doc.saved, self._saved), (doc.saveFailed, self._save_failed),
            (doc.structureChanged, self._structure_changed), (doc.dataEdited, self._data_edited),
            (doc.reportChanged, self._report_changed), (doc.undo_stack.indexChanged, self._update_undo_texts),
        ):
            signal.disconnect(slot)
        return doc

    # -- pages (built on first use) ---------------------------------------------------------
    def _page(self, kind: str) -> Page:
        page = self._pages.get(kind)
        if page is None:
            doc = self.doc
            if kind == "action":
                page = ActionPage(doc, self.pages)
            elif kind == "preamble":
                page = TextPage(
                    doc, "preamble", self.tr("Préambule"),
                    self.tr("La liste des axes de la convention est ajoutée automatiquement à l'export."), self.pages)
            elif kind == "conclusion":
                page = TextPage(doc, "conclusion", self.tr("Conclusion et perspectives"), "", self.pages)
                page.hint.hide()
            elif kind == "partners":
                from mesdesk.gui.pages.partners_page import PartnersPage

                page = PartnersPage(doc, self.pages)
            elif kind == "unassigned":
                from mesdesk.gui.pages.unassigned_page import UnassignedPage

                page = UnassignedPage(doc, self.pages)
            else:
                page = CoverPage(doc, self.pages)
            self.pages.addWidget(page)
            doc.add_writer(page.write_back)
            if doc.read_only:
                lock_widgets(page)
            page.message.connect(self.show_message)
            page.navigate.connect(self.select_key)
            self._pages[kind] = page
            self.spelling.attach_all(page)
        return page

    @property
    def actionPage(self) -> ActionPage:  # noqa: N802 - named like the other widgets
        return self._page("action")  # type: ignore[return-value]  # the page built for this kind is that class

    @property
    def preamblePage(self) -> TextPage:  # noqa: N802
        return self._page("preamble")  # type: ignore[return-value]  # the page built for this kind is that class

    @property
    def conclusionPage(self) -> TextPage:  # noqa: N802
        return self._page("conclusion")  # type: ignore[return-value]  # the page built for this kind is that class

    @property
    def coverPage(self) -> CoverPage:  # noqa: N802
        return self._page("cover")  # type: ignore[return-value]  # the page built for this kind is that class

    @property
    def partnersPage(self) -> Any:  # noqa: N802 - PartnersPage, imported when first shown
        return self._page("partners")

    @property
    def unassignedPage(self) -> Any:  # noqa: N802 - UnassignedPage
        return self._page("unassigned")

    def _update_title(self) -> None:
        report = self.doc.report
        name = self.doc.path.name
        title = f"{report.title or report.year} — {name}" if report else name
        if self.doc.read_only:
            title = self.tr("%1 (lecture seule)").replace("%1", title)
        self.setWindowTitle(self.tr("%1 — MES Desk").replace("%1", title))

    def _fill_report_switcher(self) -> None:
        self.reportSwitcher.blockSignals(True)
        self.reportSwitcher.clear()
        convention = self.doc.convention
        for report in sorted(convention.reports, key=lambda r: r.year) if convention else []:
            self.reportSwitcher.addItem(report.title or self.tr("Bilan %1").replace("%1", str(report.year)), report.id)
        if self.doc.report is not None:
            self.reportSwitcher.setCurrentIndex(self.reportSwitcher.findData(self.doc.report.id))
        self.reportSwitcher.blockSignals(False)

    # -- navigation -----------------------------------------------------------------------
    def current_key(self) -> NodeKey | None:
        return self._current_key

    def current_object(self) -> Any:
        index = self.outline.currentIndex()
        node = self.outlineModel.node(index)
        return node.obj if node else None

    def select_key(self, key: NodeKey) -> bool:
        index = self.outlineModel.index_for(key)
        if not index.isValid():
            return False
        self.outline.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.outline.scrollTo(index)
        if self._current_key != key:
            self.show_node(key)
        return True

    def _outline_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KeyRole)
        if key is not None and key != self._current_key:
            self.show_node(key)

    def show_node(self, key: NodeKey) -> None:
        """Show the page of ``key``, after writing what the previous page had pending."""
        self.doc.save_now()
        self._current_key = key
        self.outlineModel.keep_unassigned = key == UNASSIGNED
        if key != UNASSIGNED and self.outlineModel.needs_rebuild():
            # Leaving an emptied « Sans action »: drop it once this selection change is over.
            QTimer.singleShot(0, self._rebuild_outline_if_needed)
        if self.doc.report is None:
            self.pages.setCurrentWidget(self.emptyPage)
            return
        kind = key[0]
        if kind == "action":
            node = self.outlineModel.node(self.outlineModel.index_for(key))
            self.actionPage.load(node.obj)
            self.pages.setCurrentWidget(self.actionPage)
        elif kind == "preamble":
            self.preamblePage.load()
            self.pages.setCurrentWidget(self.preamblePage)
        elif kind == "conclusion":
            self.conclusionPage.load()
            self.pages.setCurrentWidget(self.conclusionPage)
        elif kind == "cover":
            self.coverPage.load()
            self.pages.setCurrentWidget(self.coverPage)
        elif kind == "partners":
            self.partnersPage.load()
            self.pages.setCurrentWidget(self.partnersPage)
        elif kind == "unassigned":
            self.unassignedPage.load()
            self.pages.setCurrentWidget(self.unassignedPage)
        else:  # an axis: its title is edited in the outline; show its first action
            node = self.outlineModel.node(self.outlineModel.index_for(key))
            lines = [self.tr("Axe %1 : %2").replace("%1", node.obj.number).replace("%2", node.obj.title), ""]
            lines += [f"    {action.number}  {action.title}" for action in node.obj.actions]
            lines += ["", self.tr("Renommez l'axe avec F2 ; ajoutez une action avec Ctrl+Maj+N ; "
                                  "déplacez-le avec Ctrl+Maj+Haut / Bas.")]
            self.emptyPage.setText("\n".join(lines))
            self.pages.setCurrentWidget(self.emptyPage)

    def current_page(self) -> Page | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, Page) else None

    def edit_current_title(self) -> None:
        """F2: rename the outline's node; in a table, edit the current cell (the window's
        F2 shortcut would otherwise take the key from every table)."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractItemView) and focused is not self.outline:
            current = focused.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                focused.edit(current)
            return
        index = self.outline.currentIndex()
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.outline.setFocus()
            self.outline.edit(index)

    def focus_outline(self) -> None:
        self.outline.setFocus()

    def focus_page(self) -> None:
        page = self.current_page()
        if isinstance(page, ActionPage):
            page.focus_field("narrative")
        elif isinstance(page, TextPage):
            page.focus_field(page.field)
        elif page is not None and hasattr(page, "focus_field"):
            page.focus_field("")
        elif page is not None:
            page.focusNextChild()

    def _step_section(self, delta: int) -> None:
        keys = self.outlineModel.keys()
        if self._current_key in keys:
            i = keys.index(self._current_key) + delta
            if 0 <= i < len(keys):
                self.select_key(keys[i])

    # -- reacting to the document ---------------------------------------------------------
    def _update_length(self) -> None:
        """The whole report's words and estimated pages (red past the convention's limit)."""
        report = self.doc.report
        if report is None:
            self.lengthLabel.clear()
            return
        estimate = estimate_pages(report)
        words = self.locale().toString(estimate.words)
        text = self.tr("%1 mots · ≈ %n page(s)", "", estimate.pages).replace("%1", words)
        limit = report.convention.page_limit
        over = limit is not None and estimate.pages > limit
        if limit is not None:
            text += self.tr(" sur %1").replace("%1", str(limit))
        self.lengthLabel.setText(text)
        self.lengthLabel.setStyleSheet("color: #b00000; font-weight: bold" if over else "")
        self.lengthLabel.setToolTip(self.tr(
            "Estimation du nombre de pages du fichier Word exporté (à une page près), "
            "d'après la longueur des textes et la mise en page du modèle."))

    def _saved(self, when: dt.datetime) -> None:
        self._update_length()
        time = QTime(when.hour, when.minute, when.second)
        self.saveLabel.setText(self.tr("Enregistré à %1").replace("%1", self.locale().toString(time, "HH:mm")))
        self.saveLabel.setToolTip(self.doc.path.as_posix())
        if self._save_failing:
            self._save_failing = False
            self.saveLabel.setStyleSheet("")
            self.show_message(self.tr("L'enregistrement fonctionne de nouveau : tout est écrit dans « %1 ».")
                              .replace("%1", self.doc.path.name))

    def save_failure_text(self, cause: str) -> str:
        """The cause of a failed save, in the user's words."""
        texts = {  # the causes of store.failures.cause_of
            "disk-full": self.tr("le disque est plein"),
            "read-only": self.tr("le fichier ou son dossier n'est pas modifiable (droits d'accès, lecture seule)"),
            "busy": self.tr("le fichier est verrouillé par un autre programme"),
            "io": self.tr("le disque ne répond pas (clé USB ou disque réseau retiré ?)"),
            "missing": self.tr("le fichier a disparu (déplacé, renommé ou support retiré ?)"),
        }
        return texts.get(cause, self.tr("erreur inattendue"))

    def _save_failed(self, cause: str, detail: str) -> None:
        # Stays in the status bar until a save succeeds; the edits are kept and retried.
        self.saveLabel.setText(self.tr("Non enregistré : %1 — nouvel essai automatique")
                               .replace("%1", self.save_failure_text(cause)))
        self.saveLabel.setToolTip(detail)
        self.saveLabel.setStyleSheet("color: #b03a2e; font-weight: bold;")
        if self._save_failing or self._closed:
            return  # told once per failure, not at every retry
        self._save_failing = True
        messages.tell(
            self, self.tr("Enregistrement impossible"),
            self.tr("Vos dernières modifications n'ont pas pu être écrites dans « %1 » : %2.")
            .replace("%1", self.doc.path.name).replace("%2", self.save_failure_text(cause)),
            severity="warning",
            details=self.tr("Rien n'est perdu : elles restent à l'écran et l'enregistrement est réessayé toutes les "
                            "quelques secondes. Libérez de la place ou rétablissez l'accès au fichier, ou utilisez "
                            "« Enregistrer une copie sous… » pour mettre votre travail à l'abri ailleurs.")
            + "\n\n" + detail,
        )

    def _structure_changed(self) -> None:
        keys = self.outlineModel.keys()
        old_index = keys.index(self._current_key) if self._current_key in keys else 0
        key = self._current_key
        self.outlineModel.rebuild()
        self.outline.expandAll()
        if key is None or not self.outlineModel.index_for(key).isValid():
            new_keys = self.outlineModel.keys()
            key = new_keys[min(max(old_index - 1, 0), len(new_keys) - 1)]
            self._current_key = None
        index = self.outlineModel.index_for(key)
        self.outline.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self._current_key == key:
            page = self.current_page()
            if isinstance(page, ActionPage) and page.action is not None and page.action not in self.doc.session:
                self.show_node(key)
            elif page is not None:
                page.refresh()
        else:
            self.show_node(key)
        self._update_title()

    def _rebuild_outline_if_needed(self) -> None:
        if not self._closed and self.outlineModel.needs_rebuild():
            self._structure_changed()

    def _data_edited(self) -> None:
        if self.outlineModel.needs_rebuild():  # « Sans action » appears or goes
            self._structure_changed()
        else:
            self.outlineModel.refresh_statuses()
            page = self.current_page()
            if page is not None:
                page.refresh()
        if self.check_panel is not None and self.check_panel.isVisible():
            self.check_panel.refresh()
        self._update_spelling()  # a partner renamed, the report's language changed
        self._update_length()

    def _report_chosen(self, index: int) -> None:
        report_id = self.reportSwitcher.itemData(index)
        convention = self.doc.convention
        report = next((r for r in convention.reports if r.id == report_id), None) if convention else None
        if report is not None:
            self.doc.set_report(report)

    def _report_changed(self) -> None:
        self._fill_report_switcher()
        if self.outlineModel.needs_rebuild():  # events without an action are per report
            self.outlineModel.rebuild()
            self.outline.expandAll()
        self.outlineModel.refresh_statuses()
        key = self._current_key or PREAMBLE
        self._current_key = None
        self.select_key(key)
        self._update_title()
        if self.check_panel is not None and self.check_panel.isVisible():
            self.check_panel.refresh()
        self._update_spelling()
        self._update_length()

    def _update_spelling(self) -> None:
        """Check in the report's language, accepting the workspace's names."""
        report = self.doc.report
        if report is not None:
            self.spelling.set_names(workspace_names(report))
            self.spelling.set_language(report_language(report))

    def _spelling_unavailable(self, why: str) -> None:
        self.show_message(self.tr("Vérification de l'orthographe indisponible : %1").replace("%1", why))

    def _step_report(self, delta: int) -> None:
        i = self.reportSwitcher.currentIndex() + delta
        if 0 <= i < self.reportSwitcher.count():
            self.reportSwitcher.setCurrentIndex(i)
            self._report_chosen(i)

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        # Leaving a field is a natural moment to save: do not wait for the pause.
        if old is not None and self.doc.save_pending and not self.doc.workspace.closed:
            self.doc.save_now()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- undo -----------------------------------------------------------------------------
    def _focused_text_widget(self) -> Any:
        widget = QApplication.focusWidget()
        if isinstance(widget, (QTextEdit, QPlainTextEdit, QLineEdit)):
            return widget
        if isinstance(widget, QAbstractSpinBox):
            return widget.findChild(QLineEdit)
        return None

    def undo(self) -> None:
        """Ctrl+Z: in a text field its own undo, elsewhere the last structural edit."""
        widget = self._focused_text_widget()
        if widget is not None:
            widget.undo()
        elif self.doc.undo_stack.canUndo():
            text = self.doc.undo_stack.undoText()
            self.doc.undo_stack.undo()
            self.show_message(self.tr("Annulé : %1").replace("%1", text))

    def redo(self) -> None:
        widget = self._focused_text_widget()
        if widget is not None:
            widget.redo()
        elif self.doc.undo_stack.canRedo():
            text = self.doc.undo_stack.redoText()
            self.doc.undo_stack.redo()
            self.show_message(self.tr("Rétabli : %1").replace("%1", text))

    def _update_undo_texts(self, *_args: object) -> None:
        stack = self.doc.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.actionUndo):  # torn down at exit
            return
        self.actionUndo.setStatusTip(self.tr("Annuler : %1").replace("%1", stack.undoText()) if stack.canUndo() else "")
        self.actionRedo.setStatusTip(self.tr("Rétablir : %1").replace("%1", stack.redoText()) if stack.canRedo() else "")

    # -- indicator values in the text ---------------------------------------------------------
    def _insertion_target(self) -> Any:
        """The page text field the toolbar acts on, if one can take an indicator chip."""
        edit = self.formatToolBar.editor()
        if edit is None or not shiboken6.isValid(edit) or edit.isInlineOnly() or edit.isReadOnly():
            return None  # a footnote's text holds plain text only
        page = self.current_page()
        return edit if page is not None and page.isAncestorOf(edit) else None

    def _update_insert_indicator(self, *_args: object) -> None:
        if self._closed or not shiboken6.isValid(self):
            return
        convention = self.doc.convention if not self.doc.workspace.closed else None
        self.actionInsertIndicator.setEnabled(
            self._insertion_target() is not None and bool(convention and convention.indicators))

    def insert_indicator(self) -> None:
        """Ctrl+Alt+I: pick an indicator; its value chip goes at the text cursor."""
        from mesdesk.gui.indicator_picker import IndicatorPickerDialog

        edit = self._insertion_target()
        if edit is None:
            self.show_message(self.tr("Placez d'abord le curseur dans un texte du bilan."))
            return
        page = self.current_page()
        dialog = IndicatorPickerDialog(self.doc, page.action if isinstance(page, ActionPage) else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def insert() -> None:
            reference = dialog.reference()
            if reference is not None and shiboken6.isValid(edit):
                edit.insertIndicatorRef(reference)
                edit.setFocus()

        dialog.accepted.connect(insert)
        dialog.open()  # window-modal without a nested event loop
        self.indicator_picker = dialog

    # -- panels (created on first use: start-up stays fast) --------------------------------
    def show_find(self) -> None:
        from mesdesk.gui.find_panel import FindPanel

        if self.find_panel is None:
            self.find_panel = FindPanel(self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.find_panel)
            self._tabify(self.find_panel)
            self.viewMenu.addAction(self.find_panel.toggleViewAction())
        self.find_panel.show()
        self.find_panel.raise_()
        self.find_panel.start()

    def show_readthrough(self) -> None:
        """The whole report as it will be exported, in a window of its own."""
        from mesdesk.gui.readthrough import ReadThroughWindow

        if self.readthrough is None:
            self.readthrough = ReadThroughWindow(self)
        self.readthrough.refresh()
        self.readthrough.show()
        self.readthrough.raise_()

    def show_replace(self) -> None:
        """Ctrl+H: the find panel with the replacement field focused."""
        self.show_find()
        assert self.find_panel is not None
        self.find_panel.replace_bar.field.setFocus()
        self.find_panel.replace_bar.field.selectAll()
        self.find_panel.replace_bar.update_count()

    def show_check(self) -> None:
        from mesdesk.gui.check_panel import CheckPanel

        self.doc.save_now()
        if self.check_panel is None:
            self.check_panel = CheckPanel(self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.check_panel)
            self._tabify(self.check_panel)
            self.viewMenu.addAction(self.check_panel.toggleViewAction())
        self.check_panel.refresh()
        self.check_panel.show()
        self.check_panel.raise_()
        self.check_panel.list.setFocus()

    def _tabify(self, panel: Any) -> None:
        """The side panels share one column as tabs: the text keeps its width."""
        for other in (self.find_panel, self.check_panel, self.carry_over_panel):
            if other is not None and other is not panel:
                self.tabifyDockWidget(other, panel)
                return

    def show_carry_over(self, summary: Any) -> None:
        """What « à partir de l'année précédente » did, beside the text (not in the way)."""
        from mesdesk.gui.carry_over_panel import CarryOverPanel

        if self.carry_over_panel is None:
            self.carry_over_panel = CarryOverPanel(self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.carry_over_panel)
            self._tabify(self.carry_over_panel)
            # Room for the list, most of it left to the text being brought up to date.
            self.resizeDocks([self.carry_over_panel], [min(380, self.width() // 4)], Qt.Orientation.Horizontal)
            self.viewMenu.addAction(self.carry_over_panel.toggleViewAction())
        self.carry_over_panel.show_summary(summary)
        self.carry_over_panel.show()
        self.carry_over_panel.raise_()

    def go_to(self, node: NodeKey, field: str | None = None, occurrence: int = 0, query: str = "",
              row_uid: str | None = None, options: SearchOptions | None = None) -> bool:
        """Show a place of the report: a node, a text field (and a match in it), a table row."""
        if not self.select_key(node):
            return False
        page = self.current_page()
        if page is None or field is None:
            return True
        if row_uid is not None and hasattr(page, "show_row"):
            return page.show_row(field, row_uid)
        if query:
            return page.show_match(field, occurrence, query, options or SearchOptions())
        page.focus_field(field)  # type: ignore[attr-defined]  # every page with fields has focus_field
        return True

    # -- files ------------------------------------------------------------------------------
    def _fill_recent_menu(self) -> None:
        self.recentMenu.clear()
        recent = [p for p in self.settings.recent_files() if p != self.doc.path.resolve()]
        if not recent:
            empty = self.recentMenu.addAction(self.tr("(aucun)"))
            empty.setEnabled(False)
            return
        for i, path in enumerate(recent, 1):
            action = self.recentMenu.addAction(f"&{i} {path.name} — {path.parent}")
            action.setObjectName(f"recent{i}")
            action.triggered.connect(lambda _checked=False, p=path: self.openRequested.emit(p))

    def open_workspace_dialog(self) -> None:
        path = messages.choose_open_file(self, self.tr("Ouvrir un espace de travail"), self.doc.path.parent,
                                         workspace_files.file_filter())
        if path is not None:
            self.openRequested.emit(path)

    def new_workspace(self) -> None:
        path = messages.choose_save_file(self, self.tr("Nouvel espace de travail"),
                                         self.doc.path.parent / self.tr("nouveau-bilan.mesdesk"),
                                         workspace_files.file_filter())
        if path is not None:
            if path.suffix != ".mesdesk":
                path = path.with_suffix(".mesdesk")
            self.newRequested.emit(path)

    def save_copy(self) -> bool:
        """« Enregistrer une copie sous… »: the copy holds everything shown, even what the
        workspace itself could not save (full disk, read-only file)."""
        self.doc.save_now()
        suggested = self.doc.path.with_name(self.doc.path.stem + self.tr("-copie") + ".mesdesk")
        if self.doc.read_only and not os.access(suggested.parent, os.W_OK):  # a CD, a protected share
            documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            suggested = Path(documents or Path.home()) / suggested.name
        path = messages.choose_save_file(self, self.tr("Enregistrer une copie sous"), suggested,
                                         workspace_files.file_filter())
        if path is None:
            return False
        if path.suffix != ".mesdesk":
            path = path.with_suffix(".mesdesk")
        if path.resolve() == self.doc.path.resolve():
            messages.tell(self, self.tr("Enregistrer une copie"),
                          self.tr("Choisissez un autre nom : ce fichier est celui qui est ouvert."), severity="warning")
            return False
        try:
            self.doc.save_copy(path)
        except (OSError, SQLAlchemyError, WorkspaceError) as exc:
            messages.tell(self, self.tr("Copie impossible"),
                          self.tr("La copie n'a pas pu être écrite dans « %1 ».").replace("%1", str(path)),
                          severity="warning",
                          details=self.tr("Choisissez un dossier où vous pouvez écrire.") + "\n" + str(exc))
            return False
        if self.doc.read_only:  # the point of the copy: a file that can be worked on
            self.openRequested.emit(path)
            self.show_message(self.tr("Copie enregistrée : vous travaillez maintenant sur %1").replace("%1", str(path)))
            return True
        self.show_message(self.tr("Copie enregistrée : %1 (vous continuez à travailler sur %2)")
                          .replace("%1", str(path)).replace("%2", self.doc.path.name))
        return True

    def export(self) -> None:
        from mesdesk.gui.export_dialog import ExportDialog

        self.doc.save_now()
        if self.doc.report is None:
            return
        dialog = ExportDialog(self.doc, self.settings, self)
        dialog.open()
        self._export_dialog = dialog

    def import_docx(self) -> None:
        from mesdesk.gui.import_flow import import_docx

        import_docx(self)

    def import_indicators(self) -> None:
        from mesdesk.gui.import_flow import import_indicators

        import_indicators(self)

    def new_report(self) -> None:
        from mesdesk.gui.new_report_dialog import NewReportDialog

        self.doc.save_now()
        dialog = NewReportDialog(self.doc, self)
        if dialog.exec():
            report = dialog.created
            if report is not None:
                self._fill_report_switcher()
                self.doc.set_report(report)
                self.show_message(self.tr("%1 créé.").replace("%1", report.title))
                if dialog.carry_summary is not None:
                    self.show_carry_over(dialog.carry_summary)

    def preferences(self) -> None:
        from mesdesk.gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if not dialog.exec():
            return
        if dialog.spelling_enabled() != self.settings.spelling_enabled:
            self.settings.spelling_enabled = dialog.spelling_enabled()
            self.settings.sync()
            self.spelling.set_enabled(dialog.spelling_enabled())
        if dialog.language() != self.settings.language:
            self.settings.language = dialog.language()
            self.settings.sync()
            self.languageChangeRequested.emit(dialog.language())

    def show_shortcuts(self) -> None:
        from mesdesk.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def about(self) -> None:
        from mesdesk import __version__

        messages.tell(self, self.tr("À propos de MES Desk"),
                      self.tr("MES Desk %1 — rédiger le bilan annuel d'une convention et l'exporter en Word et Excel.")
                      .replace("%1", __version__))

    def open_log(self) -> None:
        """Aide › Ouvrir le journal: the log file in the system's text viewer."""
        path = logs.ensure_log_file()
        if not desktop.open_file(path):
            messages.tell(self, self.tr("Journal"), self.tr("Le journal est ici : %1").replace("%1", str(path)))

    # -- closing ----------------------------------------------------------------------------
    def save_window_state(self) -> None:
        self.reading_place.save()
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()

    def close_for_rebuild(self) -> Document:
        """Close this window but keep the document open (the language changes)."""
        self.save_window_state()
        doc = self.detach()
        self._closing_for_rebuild = True
        self.close()
        return doc

    def settle_unsaved(self) -> bool:
        """Before closing (or leaving for another workspace): save; if the file still
        cannot be written, ask the user.

        False: the user chose to keep the window open. Nothing is given up silently.
        """
        while not self.doc.save_now() and self.doc.unsaved and not self.doc.workspace.closed:
            if self.terminating:
                self._rescue_copy()
                return True
            choice = messages.ask(
                self, self.tr("Modifications non enregistrées"),
                self.tr("Vos dernières modifications n'ont pas pu être écrites dans « %1 » : %2.")
                .replace("%1", self.doc.path.name).replace("%2", self.save_failure_text(self.doc.save_error or "")),
                [("retry", self.tr("&Réessayer")), ("copy", self.tr("Enregistrer une &copie ailleurs…")),
                 ("discard", self.tr("&Quitter sans les enregistrer")), ("cancel", self.tr("&Continuer à travailler"))],
                default="retry", cancel="cancel", severity="warning",
                details=self.tr("Libérez de la place ou rétablissez l'accès au fichier, puis « Réessayer » ; "
                                "ou écrivez une copie complète dans un autre dossier."),
            )
            if choice == "cancel":
                return False
            if choice == "copy":
                if self.save_copy():
                    self.doc.discard_unsaved()  # they are in the copy; the file keeps its last saved state
                    return True
            elif choice == "discard":
                self.doc.discard_unsaved()
                return True
        return True

    def _rescue_copy(self) -> None:
        """Logout while the file cannot be written: the unsaved edits go to a complete copy
        in the data folder (one line on stderr says where), never silently away."""
        import sys

        from mesdesk.gui import paths

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.data_dir() / f"{self.doc.path.stem}-non-enregistre-{stamp}.mesdesk"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.doc.save_copy(target)
        except (OSError, SQLAlchemyError) as exc:
            print(f"mesdesk: modifications non enregistrées perdues ({self.doc.path}) : {exc}", file=sys.stderr)
        else:
            print(f"mesdesk: {self.doc.path} n'a pas pu être écrit ; "
                  f"les dernières modifications sont dans {target}", file=sys.stderr)
        self.doc.discard_unsaved()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if not self._closing_for_rebuild and not self.settle_unsaved():
            event.ignore()
            return
        self._closed = True
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        QApplication.instance().focusChanged.disconnect(self._update_insert_indicator)
        if self._closing_for_rebuild:
            event.accept()
            return
        dialog = getattr(self, "_export_dialog", None)
        if dialog is not None and dialog.thread is not None:
            dialog.thread.wait(120_000)  # an export still writing: let it finish first
        self.doc.save_now()
        self.save_window_state()
        self._release_views()
        self.doc.close()
        event.accept()

    def _release_views(self, root: QWidget | None = None) -> None:
        """The document is about to close: nothing may read its objects any more (a
        repaint or a header query after the close would meet detached objects).

        Without ``root``, the window is closing: all of it; with ``root`` (the pages,
        when another workspace replaces this one), only what is under it.
        """
        if root is None:
            self.hide()
        for view in (root or self).findChildren(QAbstractItemView):
            # Our models read the ORM; Qt's own (item widgets, headers, calendars) do not.
            if type(view.model()).__module__.startswith("mesdesk."):
                view.setModel(None)
        for timer in (root or self).findChildren(QTimer):  # e.g. a page's word count, due after the close
            timer.stop()

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._widen_outline()

    def _widen_outline(self) -> None:
        """A wide window gives the outline the room the capped text does not use.

        Only while the user has not moved the splitter: his choice stays.
        """
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0 or getattr(self, "_outline_width_set", None) not in (None, sizes[0]):
            return
        outline = max(320, min(520, total - 1400))
        if sizes[0] != outline:
            self.splitter.setSizes([outline, total - outline])
        self._outline_width_set = self.splitter.sizes()[0]
