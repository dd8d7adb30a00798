"""« Vérifier » : what the report still lacks before it is sent; a click goes there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QListWidgetItem, QWidget

from mesdesk.gui.findings_text import word
from mesdesk.gui.pages.action_page import TAB_EVENTS, ActionPage
from mesdesk.gui.pages.base import select_chip
from mesdesk.gui.panels import summary_and_list
from mesdesk.model.checks import Gap, approval_findings, report_gaps
from mesdesk.model.entities import Report
from mesdesk.model.findings import Finding
from mesdesk.proofing.report_spelling import spelling_findings

if TYPE_CHECKING:
    from typing import Protocol

    from mesdesk.gui.panels import PanelHost
    from mesdesk.gui.spelling import SpellingService

    class CheckHost(PanelHost, Protocol):
        """The check panel also reads the window's spelling and opens the read-through."""

        spelling: SpellingService

        def show_readthrough(self) -> None: ...

GapRole = Qt.ItemDataRole.UserRole + 1
SpellingRole = Qt.ItemDataRole.UserRole + 2  # a spelling finding: words to check in a section
ApprovalFindingRole = Qt.ItemDataRole.UserRole + 3  # a section to approve, or to review since
# Which text field to open for each kind of gap.
FIELD_OF_GAP = {
    "empty_evaluation": "evaluation",
    "empty_narrative": "narrative",
    "empty_means": "means",
    "over_target": "narrative",
    "empty_preamble": "preamble",
    "empty_conclusion": "conclusion",
    "missing_indicator_value": "narrative",  # the gap says which (Gap.field)
    "same_preamble": "preamble",
    "same_conclusion": "conclusion",
}


class CheckPanel(QDockWidget):
    def __init__(self, window: "CheckHost") -> None:
        super().__init__(window.window())  # docked in the host window
        self.setObjectName("checkPanel")
        self.setWindowTitle(self.tr("Vérifier"))
        self.window_ = window
        self.summary, self.list = summary_and_list(self, "checkSummary", "checkList", self.open_item)
        self.setMinimumWidth(260)

    def refresh(self) -> None:
        report = self.window_.doc.report
        current = self.list.currentRow()
        self.list.clear()
        if report is None:
            return
        gaps = report_gaps(report)  # the command line's list: one line each, in the same order
        for gap in gaps:
            item = QListWidgetItem(self.describe(gap), self.list)
            item.setData(GapRole, gap)
        spelling = self._spelling(report)
        if gaps:
            self.summary.setText(self.tr("%n point(s) à revoir avant l'envoi :", "", len(gaps)))
        else:
            self.summary.setText(self.tr("Le bilan est complet : rien à signaler."))
        approvals = approval_findings(report)
        if approvals:  # after the gaps: a complete report may still wait for its approval
            self._header(self.tr("Validation :"))
            for finding in approvals:
                item = QListWidgetItem(word(finding), self.list)
                item.setData(ApprovalFindingRole, finding)
        if spelling:
            self._header(self.tr("Orthographe : %n section(s) avec des mots à vérifier", "", len(spelling)))
            for finding in spelling:
                item = QListWidgetItem(word(finding), self.list)
                item.setData(SpellingRole, finding)
        if self.list.count():
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))

    def _header(self, text: str) -> None:
        header = QListWidgetItem(text, self.list)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = header.font()
        font.setBold(True)
        header.setFont(font)

    def _spelling(self, report: Report) -> list[Finding]:
        """Words to check per section, when spelling is on and its dictionary loaded (the
        command line lists the same findings)."""
        checker = self.window_.spelling.active_checker()
        return spelling_findings(report, checker) if checker is not None else []

    def describe(self, gap: Gap) -> str:
        """The gap in the interface language: its finding, worded by ``findings_text``
        (the command line prints the same finding in French)."""
        return word(gap.finding())

    def open_item(self, item: QListWidgetItem) -> None:
        approval: Finding | None = item.data(ApprovalFindingRole)
        if approval is not None:  # the section's page, its « Valider cette section » at hand
            place = approval.place
            section_node: tuple[str, ...] | None = None
            if place is not None and place.action_uid:
                section_node = ("action", place.action_uid)
            elif place is not None and place.kind in ("preamble", "conclusion"):
                section_node = (place.kind,)
            if section_node is not None and self.window_.select_key(section_node):
                button = self.window_.current_page().findChild(QWidget, "approveButton")  # type: ignore[union-attr]  # a page is shown
                if button is not None:
                    button.setFocus()
            return
        finding: Finding | None = item.data(SpellingRole)
        if finding is not None and finding.place is not None:
            place = finding.place
            node = ("action", place.action_uid) if place.action_uid else (place.kind,)
            if place.kind == "axis" and place.uid:
                node = ("axis", place.uid)
            if place.field and place.field != "report_title":
                self.window_.go_to(node, place.field, 0, place.excerpt or "")
            else:
                self.window_.select_key(node)
            return
        gap: Gap | None = item.data(GapRole)
        if gap is None:
            return  # a heading line
        if gap.kind == "no_event":
            self._open_events()
            return
        if gap.kind == "over_page_limit":  # the whole report, to see where to cut
            self.window_.show_readthrough()
            return
        field = gap.field or FIELD_OF_GAP.get(gap.kind, "evaluation")
        node = ("action", gap.action_uid) if gap.action_uid is not None else (field,)
        if gap.kind in ("to_update", "not_validated"):
            if self.window_.select_key(node):
                page = self.window_.current_page()
                combo = page.findChild(QWidget, "statusCombo") if page is not None else None
                if combo is not None:
                    combo.setFocus()
            return
        if gap.kind == "previous_year" and gap.year is not None:
            self.window_.go_to(node, field, gap.occurrence, str(gap.year))
            return
        if gap.kind == "missing_indicator_value" and gap.indicator_uid is not None:
            # Select the chip whose value is missing in its text.
            if not self.window_.select_key(node):
                return
            page = self.window_.current_page()
            edit = page.text_edit(field) if page is not None else None
            if edit is not None:
                select_chip(edit, gap.indicator_uid, gap.occurrence)
            return
        self.window_.go_to(node, field)

    def _open_events(self) -> None:
        """No event of the year: the events of the first action, where one is added."""
        convention = self.window_.doc.convention
        if convention is None or not convention.actions:
            return
        if self.window_.select_key(("action", convention.actions[0].uid)):
            page = self.window_.current_page()
            if isinstance(page, ActionPage):
                page.tabs.setCurrentIndex(TAB_EVENTS)
                page.events.table.setFocus()
