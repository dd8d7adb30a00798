"""After « Nouveau bilan à partir de l'année précédente »: what was carried over, and the
figures of last year's texts that quote an indicator and must be brought up to date.

A dock, not a message box: the writer goes through the list while writing, each line
jumping to its place (the chip that replaced the figure, or the figure itself where it
could not be replaced: in a footnote or a link). The lines are worded here, in the
interface language, from the summary's fields (its ``format_fr()`` is French only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui.pages.base import select_chip, select_occurrence
from mesdesk.gui.status_icons import to_update_label

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow

FigureRole = Qt.ItemDataRole.UserRole + 1


class CarryOverPanel(QDockWidget):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setObjectName("carryOverPanel")
        self.setWindowTitle(self.tr("Reprise de l'année précédente"))
        self.window_ = window
        self.figures: list[Any] = []
        self.year: int | None = None
        self.shown_summary: Any = None
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setObjectName("carryOverSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(body)
        self.list.setObjectName("carryOverList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Chiffres à actualiser"))
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.setMinimumWidth(280)
        self.list.itemActivated.connect(self.open_item)
        self.list.itemClicked.connect(self.open_item)

    # -- content ------------------------------------------------------------------------
    def show_summary(self, summary: Any) -> None:
        """Fill from a ``CarryOverSummary`` (``mesdesk.model.carry_over``)."""
        self.shown_summary = summary  # kept for a window rebuilt in another language
        self.figures = list(summary.figures)
        self.year = summary.year
        lines = [
            self.tr("Bilan %1 créé à partir du bilan %2.").replace("%1", str(summary.year))
            .replace("%2", str(summary.source_year)),
            self.tr("%n texte(s) repris en brouillon, marqué(s) « %1 » dans le plan jusqu'à ce que leur état change ; "
                    "aucun événement repris.", "", summary.texts_copied).replace("%1", to_update_label()),
        ]
        if self.figures:
            lines.append(self.tr("%n chiffre(s) d'indicateur de l'an dernier, à vérifier (un clic y mène) :", "",
                                 len(self.figures)))
        else:
            lines.append(self.tr("Aucun chiffre d'indicateur repéré dans les textes."))
        self.summary.setText("\n".join(lines))
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

    def _where(self, figure: Any) -> str:
        fields = {
            "evaluation": self.tr("évaluation"),
            "narrative": self.tr("récit"),
            "means": self.tr("moyens"),
            "preamble": self.tr("Préambule"),
            "conclusion": self.tr("Conclusion"),
        }
        field = fields.get(figure.field, figure.field)
        if figure.action_uid is None:
            return field
        convention = self.window_.doc.convention
        action = next((a for a in convention.actions if a.uid == figure.action_uid), None) if convention else None
        number = action.number if action is not None else figure.action_number or "?"
        return self.tr("%1, %2").replace("%1", number).replace("%2", field)

    def describe(self, figure: Any) -> str:
        line = (self.tr("%1 : « %2 » = %3").replace("%1", self._where(figure)).replace("%2", figure.figure)
                .replace("%3", figure.indicator_label))
        if not figure.converted:
            line += " " + self.tr("(à corriger à la main)")
        return line

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
