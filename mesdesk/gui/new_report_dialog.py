"""Creating the report of another year of the convention: empty, or from the previous one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui import messages
from mesdesk.gui.document import Document
from mesdesk.model.entities import Report


def carry_over_function():  # noqa: ANN201
    """``new_report_from`` once the carry-over module exists, else None."""
    try:
        from mesdesk.model.carry_over import new_report_from
    except ImportError:
        return None
    return new_report_from


class NewReportDialog(QDialog):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newReportDialog")
        self.setWindowTitle(self.tr("Nouveau bilan annuel"))
        self.doc = doc
        self.created: Report | None = None
        self.carry_summary = None  # the CarryOverSummary: its findings are shown in the window's panel
        convention = doc.convention
        taken = {r.year for r in convention.reports} if convention else set()
        free = [y for y in (convention.years if convention else []) if y not in taken]

        self.yearCombo = QComboBox(self)
        self.yearCombo.setObjectName("yearCombo")
        for year in free:
            self.yearCombo.addItem(str(year), year)
        year_label = QLabel(self.tr("&Année :"), self)
        year_label.setBuddy(self.yearCombo)
        self.emptyRadio = QRadioButton(self.tr("Bilan &vide"), self)
        self.emptyRadio.setObjectName("emptyReport")
        self.carryRadio = QRadioButton(self.tr("À &partir de l'année précédente (textes à mettre à jour)"), self)
        self.carryRadio.setObjectName("carryOverReport")
        has_previous = bool(convention and free and any(r.year < free[0] for r in convention.reports))
        self.carryRadio.setEnabled(carry_over_function() is not None and has_previous)
        (self.carryRadio if self.carryRadio.isEnabled() else self.emptyRadio).setChecked(True)

        form = QFormLayout()
        form.addRow(year_label, self.yearCombo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Créer"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(free))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not free:
            none = QLabel(self.tr("Chaque année de la convention a déjà son bilan."), self)
            none.setWordWrap(True)
            layout.addWidget(none)
        layout.addLayout(form)
        layout.addWidget(self.emptyRadio)
        layout.addWidget(self.carryRadio)
        layout.addWidget(buttons)

    def accept(self) -> None:
        year = self.yearCombo.currentData()
        convention = self.doc.convention
        if year is None or convention is None:
            return
        try:
            self.created = self._create(int(year))
        except Exception as exc:  # noqa: BLE001 - reported, the workspace is rolled back
            self.doc.workspace.rollback()
            messages.tell(self, self.tr("Nouveau bilan"), self.tr("Le bilan n'a pas pu être créé."),
                          severity="warning", details=str(exc))
            return
        super().accept()

    def _create(self, year: int) -> Report:
        convention = self.doc.convention
        assert convention is not None
        previous = max((r for r in convention.reports if r.year < year), key=lambda r: r.year, default=None)
        carry = carry_over_function()
        if self.carryRadio.isChecked() and carry is not None and previous is not None:
            summary = carry(convention, year, previous.year)
            report = summary.report
            self.carry_summary = summary
        else:
            report = Report(year=year, title=self.tr("Bilan %1").replace("%1", str(year)),
                            support_line=previous.support_line if previous else "")
            convention.reports.append(report)
        self.doc.mark_dirty()
        self.doc.save_now()
        return report
