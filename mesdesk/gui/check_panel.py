"""« Vérifier » : what the report still lacks before it is sent; a click goes there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mesdesk.gui.pages.base import select_chip
from mesdesk.model.checks import Gap, report_gaps
from mesdesk.model.entities import Report
from mesdesk.model.richtext import IndicatorRef, RichText

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow

GapRole = Qt.ItemDataRole.UserRole + 1
PlaceRole = Qt.ItemDataRole.UserRole + 2  # for a missing value: (indicator uid, its n-th chip)
# Which text field to open for each kind of gap.
FIELD_OF_GAP = {
    "empty_evaluation": "evaluation",
    "empty_narrative": "narrative",
    "empty_means": "means",
    "over_target": "narrative",
    "empty_preamble": "preamble",
    "empty_conclusion": "conclusion",
    "missing_indicator_value": "narrative",  # the gap says which (Gap.field)
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
        seen: dict[tuple[str | None, str | None], int] = {}
        for gap in gaps:
            ref = None
            if gap.kind == "missing_indicator_value":
                # The model lists a field's references without a value in text order.
                place = (gap.action_uid, gap.field)
                ref, chip = _missing_reference(report, gap, seen.get(place, 0))
                seen[place] = seen.get(place, 0) + 1
            item = QListWidgetItem(self.describe(gap, ref), self.list)
            item.setData(GapRole, gap)
            if ref is not None:
                item.setData(PlaceRole, (ref.indicator, chip))
        if gaps:
            self.summary.setText(self.tr("%n point(s) à revoir avant l'envoi :", "", len(gaps)))
            self.list.setCurrentRow(min(max(current, 0), len(gaps) - 1))
        else:
            self.summary.setText(self.tr("Le bilan est complet : rien à signaler."))

    def describe(self, gap: Gap, ref: IndicatorRef | None = None) -> str:
        """The gap in the interface language (the model's own message is French)."""
        n = gap.action_number or ""
        if gap.kind == "missing_indicator_value":
            where = n or (self.tr("Préambule") if gap.field == "preamble" else self.tr("Conclusion"))
            report = self.window_.doc.report
            year = (ref.year if ref is not None and ref.year else None) or (report.year if report else "")
            return (self.tr("%1 : pas de valeur %2 pour l'indicateur « %3 »").replace("%1", where)
                    .replace("%2", str(year)).replace("%3", gap.indicator_label or "?"))
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
        if gap.kind == "over_target" and gap.word_count is not None and gap.target_words is not None:
            return (self.tr("%1 : %2 mots pour un objectif de %3")
                    .replace("%1", n).replace("%2", str(gap.word_count)).replace("%3", str(gap.target_words)))
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
        field = gap.field or FIELD_OF_GAP.get(gap.kind, "evaluation")
        if gap.action_uid is None:
            node = (field,) if field in ("preamble", "conclusion") else (
                ("preamble",) if gap.kind == "empty_preamble" else ("conclusion",))
        else:
            node = ("action", gap.action_uid)
        place = item.data(PlaceRole)
        if place is None:
            self.window_.go_to(node, field)
            return
        # A value missing for a chip: select that chip in its text.
        if not self.window_.select_key(node):
            return
        page = self.window_.current_page()
        edit = page.text_edit(field) if page is not None else None
        if edit is not None:
            select_chip(edit, place[0], place[1])


def _field_text(report: Report, gap: Gap) -> RichText | None:
    if gap.action_uid is None:
        return getattr(report, gap.field or "", None)
    action = next((a for a in report.convention.actions if a.uid == gap.action_uid), None)
    text = report.find_text(action) if action is not None else None
    return getattr(text, gap.field or "", None) if text is not None else None


def _missing_reference(report: Report, gap: Gap, nth: int) -> tuple[IndicatorRef | None, int]:
    """The ``nth`` reference of the gap's field that has no value, and which chip of its
    indicator it is in that field (0 for the first)."""
    rich = _field_text(report, gap)
    if rich is None:
        return None, 0
    indicators = {i.uid: i for i in report.convention.indicators}
    refs = list(rich.indicator_refs())
    missing = [i for i, ref in enumerate(refs)
               if (ind := indicators.get(ref.indicator)) is None or ind.value_for(ref.year or report.year) is None]
    if nth >= len(missing):
        return None, 0
    at = missing[nth]
    ref = refs[at]
    return ref, sum(1 for r in refs[:at] if r.indicator == ref.indicator)
