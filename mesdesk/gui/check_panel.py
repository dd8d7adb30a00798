"""« Vérifier » : what the report still lacks before it is sent; a click goes there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

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
        gaps = report_gaps(report)
        for gap in gaps:
            item = QListWidgetItem(self.describe(gap), self.list)
            item.setData(GapRole, gap)
        if gaps:
            self.summary.setText(self.tr("%n point(s) à revoir avant l'envoi :", "", len(gaps)))
            self.list.setCurrentRow(min(max(current, 0), len(gaps) - 1))
        else:
            self.summary.setText(self.tr("Le bilan est complet : rien à signaler."))

    def describe(self, gap: Gap) -> str:
        """The gap in the interface language (the model's own message is French)."""
        n = gap.action_number or ""
        if gap.kind == "empty_preamble":
            return self.tr("Préambule vide")
        if gap.kind == "empty_conclusion":
            return self.tr("Conclusion vide")
        if gap.kind == "empty_evaluation":
            return self.tr("%1 : évaluation vide").replace("%1", n)
        if gap.kind == "empty_narrative":
            return self.tr("%1 : récit vide").replace("%1", n)
        if gap.kind == "empty_means":
            return self.tr("%1 : moyens vides").replace("%1", n)
        if gap.kind == "over_target":
            report = self.window_.doc.report
            convention = self.window_.doc.convention
            action = convention.action_by_number(n) if convention else None
            if report is not None and action is not None:
                text = report.text_for(action)
                return (self.tr("%1 : %2 mots pour un objectif de %3")
                        .replace("%1", n).replace("%2", str(text.word_count())).replace("%3", str(text.target_words)))
            return self.tr("%1 : au-delà de l'objectif de longueur").replace("%1", n)
        return gap.message

    def open_item(self, item: QListWidgetItem) -> None:
        gap: Gap = item.data(GapRole)
        field = FIELD_OF_GAP.get(gap.kind, "evaluation")
        if gap.action_uid is None:
            node = ("preamble",) if gap.kind == "empty_preamble" else ("conclusion",)
        else:
            node = ("action", gap.action_uid)
        self.window_.go_to(node, field)
