"""The main window: outline on the left, the page of the selected node on the right.

It assembles; the rest has a home of its own: the commands and their keys
(``window_actions.py``), the menus (``window_menus.py``), Fichier's commands
(``file_commands.py``, ``window.files``), undo routing and indicator insertion
(``edit_commands.py``, ``window.edits``), the structure (``structure_edit.py``), which
page shows which node (``page_registry.py``), the side panels (``side_panels.py`` and
``panels.py``), the status bar (``status_line.py``), application commands
(``app_commands.py``).

Over 500 lines (~600) on purpose for now: what is left is what holds the outline, the
page stack and the document together — showing a document (``attach`` / ``detach``,
read-only mode), following its signals (structure, data, report changed), navigation
(``select_key``, ``go_to``, ``show_node``) and closing. The next cut, if it grows:
``attach`` / ``detach`` / read-only mode and the report switcher into a « document
view » object.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from mesdesk.gui import paths
from mesdesk.gui.app_commands import AppCommands
from mesdesk.gui.approval_marks import ApprovalMarkDelegate
from mesdesk.gui.document import Document
from mesdesk.gui.edit_commands import EditCommands
from mesdesk.gui.file_commands import FileCommands
from mesdesk.gui.outline import PREAMBLE, UNASSIGNED, KeyRole, NodeKey, OutlineModel
from mesdesk.gui.page_registry import PAGES, NodeKind, kind_of
from mesdesk.gui.pages.action_page import ActionPage
from mesdesk.gui.pages.base import Page
from mesdesk.gui.pages.cover_page import CoverPage
from mesdesk.gui.pages.text_page import TextPage
from mesdesk.gui.read_only import ReadOnlyBanner, lock_widgets
from mesdesk.gui.reading_place import ReadingPlace
from mesdesk.gui.settings import AppSettings
from mesdesk.gui.shared_view import SharedView
from mesdesk.gui.side_panels import SidePanels
from mesdesk.gui.spelling import SpellingService
from mesdesk.gui.status_line import StatusLine
from mesdesk.gui.structure_edit import StructureEditor
from mesdesk.gui.window_actions import EDITING_ACTIONS, WindowActions, build_actions
from mesdesk.gui.window_keys import WindowKeysFirst
from mesdesk.gui.window_menus import build_menus
from mesdesk.model.text_replace import SearchOptions
from mesdesk.proofing.report_spelling import report_language, workspace_names

log = logging.getLogger(__name__)


class MainWindow(QMainWindow, WindowActions):
    """One window per open workspace.

    ``workspaceSwitchRequested`` / ``languageChanged`` are handled by the application
    controller, which may rebuild the window (language) or swap its document.
    """

    languageChangeRequested = Signal(str)
    openRequested = Signal(object)  # Path
    serverOpenRequested = Signal(object)  # store.server.ServerAddress
    newRequested = Signal(object)  # Path
    documentReplaced = Signal(object)  # Document: another workspace is shown; panels reconnect to it

    def __init__(self, doc: Document, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.doc = doc
        self._current_key: NodeKey | None = None
        self._closing_for_rebuild = False
        self._closed = False
        self.terminating = False  # closing on SIGTERM (logout): nobody is there to answer a question
        self.structure: StructureEditor = StructureEditor(self)
        # Spelling starts after the first paint (see SpellingService.held and event()).
        self.spelling = SpellingService(paths.personal_dictionary_path(), settings.spelling_enabled, self, held=True)
        self.spelling.unavailable.connect(self._spelling_unavailable)
        self.side: SidePanels = SidePanels(self)
        self.reading_place = ReadingPlace(self)

        self.files: FileCommands = FileCommands(self)
        self.edits: EditCommands = EditCommands(self)
        self.app_commands: AppCommands = AppCommands(self)
        self._build_central()
        build_actions(self)
        build_menus(self)
        self.status_line = StatusLine(self)
        self.lengthLabel = self.status_line.lengthLabel
        self.saveLabel = self.status_line.saveLabel
        self.attach(doc)
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        QApplication.instance().focusChanged.connect(self._focus_changed)
        # Ctrl+E and the other command keys reach the window from one-line fields too.
        self._window_keys = WindowKeysFirst(self, keep=(self.actionUndo, self.actionRedo))

    def event(self, event: QEvent) -> bool:
        spelling = getattr(self, "spelling", None)  # events arrive while __init__ runs
        if spelling is not None and spelling.held and event.type() == QEvent.Type.Paint:
            # Once this first paint is on screen: the dictionary and the workspace's names.
            QTimer.singleShot(0, self._start_spelling)
        return super().event(event)

    def _start_spelling(self) -> None:
        # Its workspace closed in the meantime (the window closed, another file opening):
        # still held, it starts at the next paint, on the document shown then.
        if self.spelling.held and not self._closed and not self.doc.workspace.closed:
            self.spelling.release()
            self._update_spelling()

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
        self.outline.setItemDelegate(ApprovalMarkDelegate(self.outline))  # approved ✓, to review !

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

    # -- document -------------------------------------------------------------------------
    def attach(self, doc: Document) -> None:
        """Show ``doc`` (at start, or after opening another workspace)."""
        # The previous document's shared view goes first: the pages shown below must not
        # meet it (it is attached to the new document once they are).
        previous: SharedView | None = getattr(self, "shared", None)
        if previous is not None:
            previous.stop()
        self.shared: SharedView | None = None
        self.doc = doc
        doc.saved.connect(self.status_line.saved)
        doc.saveFailed.connect(self._save_failed)
        doc.structureChanged.connect(self._structure_changed)
        doc.dataEdited.connect(self._data_edited)
        doc.reportChanged.connect(self._report_changed)
        doc.undo_stack.indexChanged.connect(self.edits.update_undo_texts)

        for i in reversed(range(self.pages.count())):
            widget = self.pages.widget(i)
            self.pages.removeWidget(widget)
            widget.deleteLater()
        # Pages are built when first shown: the window paints sooner at start-up.
        self._pages: dict[NodeKind, Page] = {}
        self.emptyPage = QLabel(self.tr("Choisissez une partie du bilan dans le plan."), self.pages)
        self.emptyPage.setObjectName("axisPage")
        self.emptyPage.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.emptyPage.setWordWrap(True)
        self.emptyPage.setContentsMargins(12, 8, 12, 8)
        self.emptyPage.setTextFormat(Qt.TextFormat.PlainText)
        self.pages.addWidget(self.emptyPage)

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
        self.edits.update_undo_texts()
        self.status_line.reset(doc.read_only)
        self._show_read_only(doc.read_only)
        self._current_key = None
        self._update_spelling()
        self.status_line.update_length()
        # Back where the user left this workspace (report, node, text and cursor).
        if not self.reading_place.restore():
            self.select_key(PREAMBLE)
        # On a shared server: others' changes, presence, conflicts (None for a file).
        self.shared = SharedView.attach(self, doc)
        self.documentReplaced.emit(doc)

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
        for name in EDITING_ACTIONS:
            getattr(self, name).setEnabled(not read_only)
        for action in self.outline.actions():  # the outline's own Delete key
            action.setEnabled(not read_only)
        self.formatToolBar.setEnabled(not read_only)
        self.outline.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else self._outline_triggers)
        if read_only:
            self.readOnlyBanner = ReadOnlyBanner(getattr(self.doc.workspace, "read_only_cause", None), self.save_copy, self)
            self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.readOnlyBanner)

    def detach(self) -> Document:
        """Stop showing the document without closing it (window rebuilt for a language)."""
        doc = self.doc
        doc.save_now()
        if self.shared is not None:
            self.shared.stop()
            self.shared = None
        self.reading_place.save()
        for page in self._pages.values():
            doc.remove_writer(page.write_back)
        self._release_views(self.pages)  # the pages go with this document
        for signal, slot in (
            (doc.saved, self.status_line.saved), (doc.saveFailed, self._save_failed),
            (doc.structureChanged, self._structure_changed), (doc.dataEdited, self._data_edited),
            (doc.reportChanged, self._report_changed), (doc.undo_stack.indexChanged, self.edits.update_undo_texts),
        ):
            signal.disconnect(slot)
        return doc

    # -- pages (built on first use) ---------------------------------------------------------
    def _page(self, kind: NodeKind) -> Page:
        page = self._pages.get(kind)
        if page is None:
            doc = self.doc
            page = PAGES[kind].build(doc, self.pages)
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
        return self._page(NodeKind.ACTION)  # type: ignore[return-value]  # the page built for this kind is that class

    @property
    def preamblePage(self) -> TextPage:  # noqa: N802
        return self._page(NodeKind.PREAMBLE)  # type: ignore[return-value]  # the page built for this kind is that class

    @property
    def conclusionPage(self) -> TextPage:  # noqa: N802
        return self._page(NodeKind.CONCLUSION)  # type: ignore[return-value]  # the page built for this kind is that class

    @property
    def coverPage(self) -> CoverPage:  # noqa: N802
        return self._page(NodeKind.COVER)  # type: ignore[return-value]  # the page built for this kind is that class

    @property
    def partnersPage(self) -> Any:  # noqa: N802 - PartnersPage, imported when first shown
        return self._page(NodeKind.PARTNERS)

    @property
    def unassignedPage(self) -> Any:  # noqa: N802 - UnassignedPage
        return self._page(NodeKind.UNASSIGNED)

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
        kind = kind_of(key)
        spec = PAGES.get(kind)
        if spec is not None:
            page = self._page(kind)
            if spec.loads_object:
                page.load(self.outlineModel.node(self.outlineModel.index_for(key)).obj)  # type: ignore[attr-defined]  # every page has load()
            else:
                page.load()  # type: ignore[attr-defined]  # every page has load()
            self.pages.setCurrentWidget(page)
            if self.shared is not None:
                self.shared.show_reservation()
        else:  # an axis: its title is edited in the outline; show its first action
            node = self.outlineModel.node(self.outlineModel.index_for(key))
            lines = [self.tr("Axe %1 : %2").replace("%1", node.obj.number).replace("%2", node.obj.title), ""]
            lines += [f"    {action.number}  {action.title}" for action in node.obj.actions]
            lines += ["", self.tr("Renommez l'axe avec F2 ; ajoutez une action avec Ctrl+Maj+N ; "
                                  "déplacez-le avec Ctrl+Maj+Haut / Bas.")]
            self.emptyPage.setText("\n".join(lines))
            self.pages.setCurrentWidget(self.emptyPage)

    @property
    def closed(self) -> bool:
        """The window was closed (its document may be closed too)."""
        return self._closed

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
    def _save_failed(self, cause: str, detail: str) -> None:
        self.status_line.save_failed(cause, detail, closed=self._closed)

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
        self._fill_report_switcher()  # an import may have added reports
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
        self.side.refresh_check()
        self._update_spelling()  # a partner renamed, the report's language changed
        self.status_line.update_length()

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
        self.side.refresh_check()
        self._update_spelling()
        self.status_line.update_length()

    def _update_spelling(self) -> None:
        """Check in the report's language, accepting the workspace's names."""
        report = self.doc.report
        if report is not None:
            if not self.spelling.held:  # the names are read when spelling starts
                try:
                    self.spelling.set_names(workspace_names(report))
                except SQLAlchemyError:
                    # A server gone away while they were not yet read: spelling goes on
                    # without them (the document's own retry says the server is lost).
                    log.warning("workspace names for spelling not read", exc_info=True)
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

    # -- side panels (side_panels.py) -------------------------------------------------------
    @property
    def find_panel(self) -> Any:
        return self.side.find

    @property
    def check_panel(self) -> Any:
        return self.side.check

    @property
    def carry_over_panel(self) -> Any:
        return self.side.carry_over

    @property
    def readthrough(self) -> Any:
        return self.side.readthrough

    def show_find(self) -> None:
        self.side.show_find()

    def show_check(self) -> None:
        self.side.show_check()

    def show_readthrough(self) -> None:
        self.side.show_readthrough()

    def show_carry_over(self, summary: Any) -> None:
        self.side.show_carry_over(summary)

    def show_import_summary(self, summary: Any) -> None:
        self.side.show_import_summary(summary)

    def show_review(self, summary: Any = None) -> None:
        self.side.show_review(summary)

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

    # -- files (file_commands.py) ----------------------------------------------------------
    def save_copy(self) -> bool:
        return self.files.save_copy()

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
        """Save before closing; ask when the file cannot be written (``FileCommands``)."""
        return self.files.settle_unsaved()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if not self._closing_for_rebuild and not self.settle_unsaved():
            event.ignore()
            return
        self._closed = True
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        QApplication.instance().focusChanged.disconnect(self.edits.update_insert_indicator)
        if self._closing_for_rebuild:
            event.accept()
            return
        dialog = self.files.export_dialog
        if dialog is not None and dialog.thread is not None:
            dialog.thread.wait(120_000)  # an export still writing: let it finish first
        self.doc.save_now()
        self.save_window_state()
        if self.shared is not None:
            self.shared.stop()
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
