"""« Vérifier » : what the report still lacks before it is sent; a click goes there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mesdesk.gui.pages.action_page import TAB_EVENTS, ActionPage
from mesdesk.gui.pages.base import select_chip
from mesdesk.gui.status_icons import status_label, to_update_label
from mesdesk.model.checks import Gap, report_gaps

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow

GapRole = Qt.ItemDataRole.UserRole + 1
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
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setObjectName("checkPanel")
        self.setWindowTitle(self.tr("Vérifier"))
        self.window_ = window
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setObjectName("checkList")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.setMinimumWidth(260)
        self.list.itemActivated.connect(self.open_item)
        self.list.itemClicked.connect(self.open_item)

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
        if gaps:
            self.summary.setText(self.tr("%n point(s) à revoir avant l'envoi :", "", len(gaps)))
            self.list.setCurrentRow(min(max(current, 0), len(gaps) - 1))
        else:
            self.summary.setText(self.tr("Le bilan est complet : rien à signaler."))

    def _field_name(self, field: str | None) -> str:
        return {
            "evaluation": self.tr("évaluation"),
            "narrative": self.tr("récit"),
            "means": self.tr("moyens"),
            "preamble": self.tr("Préambule"),
            "conclusion": self.tr("Conclusion"),
        }.get(field or "", field or "")

    def describe(self, gap: Gap) -> str:
        """The gap in the interface language (the model's own message is French)."""
        n = gap.action_number or ""
        if gap.kind == "missing_indicator_value":
            where = n or self._field_name(gap.field)
            return (self.tr("%1 : pas de valeur %2 pour l'indicateur « %3 »").replace("%1", where)
                    .replace("%2", str(gap.year or "")).replace("%3", gap.indicator_label or "?"))
        if gap.kind == "empty_preamble":
            return self.tr("Préambule vide")
        if gap.kind == "empty_conclusion":
            return self.tr("Conclusion vide")
        if gap.kind == "same_preamble":
            report = self.window_.doc.report
            return (self.tr("Préambule identique à celui de %1 : à réécrire pour %2").replace("%1", str(gap.year))
                    .replace("%2", str(report.year if report else "")))
        if gap.kind == "same_conclusion":
            report = self.window_.doc.report
            return (self.tr("Conclusion identique à celle de %1 : à réécrire pour %2").replace("%1", str(gap.year))
                    .replace("%2", str(report.year if report else "")))
        if gap.kind == "to_update":
            return (self.tr("%1 : texte repris de l'an dernier, toujours « %2 »").replace("%1", n)
                    .replace("%2", to_update_label()))
        if gap.kind == "not_validated" and gap.status is not None:
            return (self.tr("%1 : statut « %2 », pas encore validé").replace("%1", n)
                    .replace("%2", status_label(gap.status)))
        if gap.kind == "previous_year":
            where = self._field_name(gap.field)
            if n:
                where = self.tr("%1, %2").replace("%1", n).replace("%2", where)
            return (self.tr("%1 : « %2 » nomme %3, l'année précédente").replace("%1", where)
                    .replace("%2", gap.excerpt or "").replace("%3", str(gap.year)))
        if gap.kind == "no_event":
            return self.tr("Aucun événement daté de %1").replace("%1", str(gap.year))
        if gap.kind == "empty_evaluation":
            return self.tr("%1 : évaluation vide").replace("%1", n)
        if gap.kind == "empty_narrative":
            return self.tr("%1 : récit vide").replace("%1", n)
        if gap.kind == "empty_means":
            return self.tr("%1 : moyens vides").replace("%1", n)
        if gap.kind == "over_target" and gap.word_count is not None and gap.target_words is not None:
            return (self.tr("%1 : %2 mots pour un objectif de %3")
                    .replace("%1", n).replace("%2", str(gap.word_count)).replace("%3", str(gap.target_words)))
        return gap.message

    def open_item(self, item: QListWidgetItem) -> None:
        gap: Gap = item.data(GapRole)
        if gap.kind == "no_event":
            self._open_events()
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
