"""After « Nouveau bilan à partir de l'année précédente »: what was carried over, and the
figures of last year's texts that quote an indicator and must be brought up to date.

A dock, not a message box: the writer goes through the list while writing, each line
jumping to its place (the chip that replaced the figure, or the figure itself where it
could not be replaced: in a footnote or a link). The lines are the summary's findings,
worded in the interface language by ``findings_text`` (``format_fr()`` is the CLI's).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QListWidgetItem,
    QStyle,
)

from mesdesk.gui.findings_text import word
from mesdesk.gui.pages.base import select_chip, select_occurrence
from mesdesk.gui.panels import summary_and_list

if TYPE_CHECKING:
    from mesdesk.gui.panels import PanelHost

FigureRole = Qt.ItemDataRole.UserRole + 1


class CarryOverPanel(QDockWidget):
    def __init__(self, window: "PanelHost") -> None:
        super().__init__(window.window())  # docked in the host window
        self.setObjectName("carryOverPanel")
        self.setWindowTitle(self.tr("Reprise de l'année précédente"))
        self.window_ = window
        self.figures: list[Any] = []
        self.year: int | None = None
        self.shown_summary: Any = None
        self.summary, self.list = summary_and_list(self, "carryOverSummary", "carryOverList", self.open_item)
        self.list.setAccessibleName(self.tr("Chiffres à actualiser"))
        self.setMinimumWidth(280)
        window.documentReplaced.connect(self._document_replaced)

    def _document_replaced(self, _doc: object) -> None:
        self.hide()  # it told about the other workspace's report

    # -- content ------------------------------------------------------------------------
    def show_summary(self, summary: Any) -> None:
        """Fill from a ``CarryOverSummary`` (``mesdesk.model.carry_over``): its findings,
        worded in the interface language (the command line prints the same ones in French)."""
        self.shown_summary = summary  # kept for a window rebuilt in another language
        self.figures = list(summary.figures)
        self.year = summary.year
        self.summary.setText("\n".join(word(finding) for finding in summary.heading()))
        self.list.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for i, figure in enumerate(self.figures):
            item = QListWidgetItem(self.describe(figure), self.list)
            item.setData(FigureRole, i)
            if figure.converted:
                item.setToolTip(self.tr("Remplacé par la valeur de l'année du bilan : à saisir dans les indicateurs"))
            else:  # in a footnote or a link: still last year's figure
                item.setIcon(warning)
                item.setToolTip(self.tr("Dans une note ou un lien : à corriger à la main"))
        self.list.setVisible(bool(self.figures))
        if self.figures:
            self.list.setCurrentRow(0)

    def describe(self, figure: Any) -> str:
        finding = figure.finding()
        if figure.action_uid is not None:
            # The action may have been renumbered since: name it as the outline does now.
            convention = self.window_.doc.convention
            action = next((a for a in convention.actions if a.uid == figure.action_uid), None) if convention else None
            if action is not None:
                finding = replace(finding, params={**finding.params, "number": action.number})
        return word(finding)

    # -- going there --------------------------------------------------------------------
    def open_item(self, item: QListWidgetItem) -> None:
        index = item.data(FigureRole)
        figure = self.figures[index]
        doc = self.window_.doc
        if doc.report is not None and doc.report.year != self.year and doc.convention is not None:
            report = doc.convention.report_for(self.year)  # the figures are in that year's texts
            if report is not None:
                doc.set_report(report)
        node = ("action", figure.action_uid) if figure.action_uid else (figure.field,)
        if not self.window_.select_key(node):
            return
        page = self.window_.current_page()
        edit = page.text_edit(figure.field) if page is not None else None
        if edit is None:
            return
        # The n-th figure of that kind in that field, in text order as the summary lists them.
        earlier = self.figures[:index]
        same = [f for f in earlier if (f.action_uid, f.field, f.converted) == (figure.action_uid, figure.field,
                                                                                 figure.converted)]
        if figure.converted:
            occurrence = sum(1 for f in same if f.indicator_uid == figure.indicator_uid)
            select_chip(edit, figure.indicator_uid, occurrence)
        else:
            occurrence = sum(1 for f in same if f.figure == figure.figure)
            select_occurrence(edit, figure.figure, occurrence)
