"""The main window's side panels and the read-through window, each created the first
time it is asked for (start-up stays fast) and docked by ``panels.dock_panel``.

``window.side`` holds them; the window keeps ``find_panel``, ``check_panel``,
``carry_over_panel`` and ``readthrough`` as read-only names for them. The comments'
controller (``side.comments``) exists from the start: the editors draw the ranges of the
comments even while their panel has never been opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from mesdesk.gui.comments_controller import CommentsController
from mesdesk.gui.panels import dock_panel

if TYPE_CHECKING:
    from mesdesk.gui.carry_over_panel import CarryOverPanel
    from mesdesk.gui.check_panel import CheckPanel
    from mesdesk.gui.comments_panel import CommentsPanel
    from mesdesk.gui.compare_dialog import CompareDialog
    from mesdesk.gui.find_panel import FindPanel
    from mesdesk.gui.main_window import MainWindow
    from mesdesk.gui.readthrough import ReadThroughWindow
    from mesdesk.gui.versions_panel import VersionsPanel


class SidePanels:
    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self.find: FindPanel | None = None
        self.check: CheckPanel | None = None
        self.carry_over: CarryOverPanel | None = None
        self.readthrough: ReadThroughWindow | None = None
        self.comments: CommentsController = CommentsController(window)
        self.comments.composeRequested.connect(lambda pending: self.show_comments().compose_new(pending))
        self.comments_panel: CommentsPanel | None = None
        self.versions: VersionsPanel | None = None
        self.compare: CompareDialog | None = None  # the last « Comparer avec l'an dernier »

    def _side_width(self) -> int:
        # Room for a list, most of it left to the text being brought up to date.
        return min(380, self.window.width() // 4)

    def show_find(self) -> None:
        from mesdesk.gui.find_panel import FindPanel

        if self.find is None:
            self.find = FindPanel(self.window)
            dock_panel(self.window, self.find, self.window.viewMenu)
        self.find.show()
        self.find.raise_()
        self.find.start()

    def show_replace(self) -> None:
        """Ctrl+H: the find panel with the replacement field focused."""
        self.show_find()
        assert self.find is not None
        self.find.replace_bar.field.setFocus()
        self.find.replace_bar.field.selectAll()
        self.find.replace_bar.update_count()

    def show_readthrough(self) -> None:
        """The whole report as it will be exported, in a window of its own."""
        from mesdesk.gui.readthrough import ReadThroughWindow

        if self.readthrough is None:
            self.readthrough = ReadThroughWindow(self.window)
        self.readthrough.refresh()
        self.readthrough.show()
        self.readthrough.raise_()

    def show_check(self) -> None:
        from mesdesk.gui.check_panel import CheckPanel

        self.window.doc.save_now()
        if self.check is None:
            self.check = CheckPanel(self.window)
            dock_panel(self.window, self.check, self.window.viewMenu)
        self.check.refresh()
        self.check.show()
        self.check.raise_()
        self.check.list.setFocus()

    def show_versions(self) -> None:
        """« Versions »: the report's named snapshots (keep, compare, restore, export)."""
        from mesdesk.gui.versions_panel import VersionsPanel

        if self.versions is None:
            self.versions = VersionsPanel(self.window)
            dock_panel(self.window, self.versions, self.window.viewMenu, self._side_width())
        self.versions.refresh()
        self.versions.show()
        self.versions.raise_()
        self.versions.list.setFocus()

    def approve_current_section(self) -> None:
        """« Valider cette section »: the approval bar of the page shown, if it has one."""
        bar = getattr(self.window.current_page(), "approvalBar", None)
        if bar is not None:
            bar.approve()
        else:
            self.window.show_message(QCoreApplication.translate(
                "MainWindow", "Choisissez le préambule, une action ou la conclusion à valider."))

    def compare_last_year(self) -> None:
        """« Comparer avec l'an dernier » for the section shown."""
        from mesdesk.gui.versions_panel import compare_with_last_year
        from mesdesk.model.sections import Section

        page = self.window.current_page()
        action = getattr(page, "action", None)
        field = getattr(page, "field", None)
        if page is not None and page.objectName() == "actionPage" and action is not None:
            self.compare = compare_with_last_year(self.window, Section.of_action(action))
        elif field in ("preamble", "conclusion"):
            self.compare = compare_with_last_year(self.window, Section(field))
        else:
            self.window.show_message(QCoreApplication.translate(
                "MainWindow", "Choisissez le préambule, une action ou la conclusion à comparer."))

    def refresh_check(self) -> None:
        """The report changed: an open check list follows."""
        if self.check is not None and self.check.isVisible():
            self.check.refresh()

    def show_import_summary(self, summary: Any) -> None:
        """The Word import's findings beside the text, each line opening its place."""
        from mesdesk.gui.import_summary_panel import ImportSummaryPanel

        panel = self.window.findChild(ImportSummaryPanel, "importSummaryPanel")
        if panel is None:
            panel = ImportSummaryPanel(self.window)
            dock_panel(self.window, panel, self.window.viewMenu, self._side_width())
        panel.show_summary(summary)
        panel.show()
        panel.raise_()

    def show_review(self, summary: Any = None) -> None:
        """« Relecture »: the reviewers' suggestions to accept or reject (after an import, its summary)."""
        from mesdesk.gui.review_panel import ReviewPanel

        panel = self.window.findChild(ReviewPanel, "reviewPanel")
        if panel is None:
            panel = ReviewPanel(self.window)
            dock_panel(self.window, panel, self.window.viewMenu, max(self._side_width(), 340))
        panel.show()
        panel.raise_()
        if summary is not None:
            panel.show_summary(summary)
        else:
            panel.refresh()

    def show_review_list(self) -> None:
        """Bilan › Suggestions des relecteurs: the panel, without an import's summary."""
        self.show_review(None)

    def show_carry_over(self, summary: Any) -> None:
        """What « à partir de l'année précédente » did, beside the text (not in the way)."""
        from mesdesk.gui.carry_over_panel import CarryOverPanel

        if self.carry_over is None:
            self.carry_over = CarryOverPanel(self.window)
            dock_panel(self.window, self.carry_over, self.window.viewMenu, self._side_width())
        self.carry_over.show_summary(summary)
        self.carry_over.show()
        self.carry_over.raise_()

    def show_comments(self) -> "CommentsPanel":
        """« Commentaires »: the report's comments beside the text (made the first time)."""
        from mesdesk.gui.comments_panel import CommentsPanel

        if self.comments_panel is None:
            self.comments_panel = CommentsPanel(self.window, self.comments)
            # The View menu's own « Commentaires » entry (with its key) shows and hides it.
            dock_panel(self.window, self.comments_panel, None, self._side_width())
            toggle = self.window.actionShowComments
            self.comments_panel.visibilityChanged.connect(toggle.setChecked)
        self.comments_panel.show()
        self.comments_panel.raise_()
        self.window.actionShowComments.setChecked(True)
        return self.comments_panel

    def toggle_comments(self, shown: bool) -> None:
        if shown:
            self.show_comments()
        elif self.comments_panel is not None:
            self.comments_panel.hide()
