"""The approval line of a section's page: « Validé par NOM le DATE », « À revoir depuis la
modification du DATE » or « Pas encore validé », and the « Valider cette section » button
(an undoable edit, signed with the author name of Préférences).

« À revoir » is set by the model when the text changes (``mesdesk/model/approvals.py``);
the line follows after each save and each undoable edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mesdesk.gui.clock import moment_text
from mesdesk.gui.commands import EditCommand
from mesdesk.gui.document import Document
from mesdesk.model.approvals import FLIPS, approval_for
from mesdesk.model.edits.approvals import Approve
from mesdesk.model.sections import Section
from mesdesk.model.versions import utc_now

if TYPE_CHECKING:
    from mesdesk.model.entities import Report

APPROVED_COLOUR, APPROVED_BACKGROUND = "#1d6b3a", "#e3f4e8"
TO_REVIEW_COLOUR, TO_REVIEW_BACKGROUND = "#8a5300", "#fff1d6"
TO_REVIEW_MARK = "#d68910"  # the outline's disc: the amber of « à actualiser »


def approval_text(report: "Report", section: Section) -> tuple[str, str]:
    """The state ("none", "approved", "to_review") and its sentence in the interface language."""
    approval = approval_for(report, section)
    if approval is None:
        return "none", QCoreApplication.translate("ApprovalBar", "Pas encore validé")
    by, on = approval.approved_by or "?", moment_text(approval.approved_at, False)
    if approval.changed_at is None:
        return "approved", (QCoreApplication.translate("ApprovalBar", "Validé par %1 le %2")
                            .replace("%1", by).replace("%2", on))
    return "to_review", (QCoreApplication.translate("ApprovalBar", "À revoir depuis la modification du %1 "
                                                    "(validé par %2 le %3)")
                         .replace("%1", moment_text(approval.changed_at, False)).replace("%2", by).replace("%3", on))


class ApprovalBar(QFrame):
    compareRequested = Signal()  # « Comparer avec l'an dernier » (action pages only)

    def __init__(self, doc: Document, parent: QWidget | None = None, with_compare: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("approvalBar")
        self.doc = doc
        self.report: Report | None = None
        self.section: Section | None = None
        self.state = "none"
        self.label = QLabel(self)
        self.label.setObjectName("approvalState")
        self.label.setWordWrap(True)
        self.approveButton = QPushButton(self.tr("Valider cette section"), self)
        self.approveButton.setObjectName("approveButton")
        self.approveButton.setToolTip(self.tr("Note que la section est validée, par vous, aujourd'hui ; "
                                              "une modification de son texte la remet « à revoir »"))
        self.approveButton.clicked.connect(self.approve)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.label, 1)
        self.compareButton: QPushButton | None = None
        if with_compare:
            self.compareButton = QPushButton(self.tr("Comparer avec l'an dernier"), self)
            self.compareButton.setObjectName("compareLastYearButton")
            self.compareButton.clicked.connect(self.compareRequested.emit)
            layout.addWidget(self.compareButton)
        layout.addWidget(self.approveButton)
        self._flips = -1
        doc.saved.connect(self._after_save)

    def set_section(self, report: "Report | None", section: Section | None) -> None:
        self.report, self.section = report, section
        self.refresh()

    def _after_save(self, _when: object) -> None:
        flips = self.doc.session.info.get(FLIPS, 0)
        if flips != self._flips:
            self.refresh()

    def refresh(self) -> None:
        self._flips = self.doc.session.info.get(FLIPS, 0) if not self.doc.workspace.closed else self._flips
        if self.report is None or self.section is None:
            self.hide()
            return
        self.show()
        self.state, text = approval_text(self.report, self.section)
        self.label.setText(text)
        colours = {"approved": (APPROVED_COLOUR, APPROVED_BACKGROUND),
                   "to_review": (TO_REVIEW_COLOUR, TO_REVIEW_BACKGROUND)}.get(self.state, ("palette(text)", "transparent"))
        self.setStyleSheet(f"#approvalBar {{ background: {colours[1]}; border-radius: 3px; }}"
                           f"#approvalState {{ color: {colours[0]}; }}")
        self.approveButton.setEnabled(self.state != "approved" and not self.doc.read_only)
        if self.compareButton is not None:
            from mesdesk.gui.versions_panel import previous_report

            self.compareButton.setEnabled(previous_report(self.report) is not None)

    def approve(self) -> None:
        from mesdesk.gui.preferences import author_name
        from mesdesk.gui.settings import AppSettings

        if self.report is None or self.section is None or self.doc.read_only:
            return
        self.doc.save_now()  # the text as shown is what is approved
        name = author_name(AppSettings())
        edit = Approve(self.report, self.section, name, utc_now())
        self.doc.undo_stack.push(EditCommand(self.doc, edit, self.tr("Valider la section")))
        self.refresh()
