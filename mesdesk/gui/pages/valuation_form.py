"""How the report values volunteer time, at the top of the « Moyens » tab: the basis
(the year's gross SMIC plus employer charges, or a reference salary), the rates, and
the method stated in words (the check asks for it as soon as there are volunteer hours).

Each change is a ``SetField`` on the report, on the window's undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.document import Document
from mesdesk.model.edits import SetField
from mesdesk.model.valuation import DEFAULT_CHARGE_RATE, smic_for


class ValuationForm(QWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._loading = False
        self.basisCombo = QComboBox(self)
        self.basisCombo.setObjectName("valuationBasis")
        self.basisCombo.addItem(self.tr("SMIC + charges"), "smic")
        self.basisCombo.addItem(self.tr("salaire de référence"), "reference")
        self.chargeSpin = QDoubleSpinBox(self)
        self.chargeSpin.setObjectName("valuationCharges")
        self.chargeSpin.setRange(0, 200)
        self.chargeSpin.setSuffix(" %")
        self.referenceSpin = QDoubleSpinBox(self)
        self.referenceSpin.setObjectName("valuationReference")
        self.referenceSpin.setRange(0, 1000)
        self.referenceSpin.setSuffix(" €/h")
        self.methodEdit = QLineEdit(self)
        self.methodEdit.setObjectName("valuationMethod")
        self.methodEdit.setPlaceholderText(self.tr("Méthode de valorisation du bénévolat, en toutes lettres"))
        self.rateLabel = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Bénévolat valorisé au :"), self))
        layout.addWidget(self.basisCombo)
        layout.addWidget(self.chargeSpin)
        layout.addWidget(self.referenceSpin)
        layout.addWidget(self.rateLabel)
        layout.addWidget(self.methodEdit, 1)
        self.basisCombo.currentIndexChanged.connect(lambda _i: self._set("valuation_basis", self.basisCombo.currentData()))
        self.chargeSpin.editingFinished.connect(
            lambda: self._set("valuation_charge_rate", round(self.chargeSpin.value() / 100, 4)))
        self.referenceSpin.editingFinished.connect(lambda: self._set("valuation_reference", self.referenceSpin.value()))
        self.methodEdit.editingFinished.connect(lambda: self._set("valuation_method", self.methodEdit.text().strip()))

    def refresh(self) -> None:
        report = self.doc.report
        if report is None:
            return
        self._loading = True
        try:
            self.basisCombo.setCurrentIndex(max(self.basisCombo.findData(report.valuation_basis or "smic"), 0))
            rate = report.valuation_charge_rate
            self.chargeSpin.setValue(100 * (rate if rate is not None else DEFAULT_CHARGE_RATE))
            self.referenceSpin.setValue(report.valuation_reference or 0)
            if self.methodEdit.text() != (report.valuation_method or ""):
                self.methodEdit.setText(report.valuation_method or "")
                self.methodEdit.setCursorPosition(0)  # show the start of a long method
            reference = report.valuation_basis == "reference"
            self.chargeSpin.setVisible(not reference)
            self.referenceSpin.setVisible(reference)
            smic = report.valuation_smic if report.valuation_smic is not None else smic_for(report.year)
            self.rateLabel.setText(
                self.tr("= %1 €/h").replace("%1", QLocale().toString(report.volunteer_rate(), "f", 2))
                + ("" if reference else self.tr(" (SMIC %1 €)").replace("%1", QLocale().toString(smic, "f", 2)))
            )
        finally:
            self._loading = False

    def _set(self, name: str, value: Any) -> None:
        report = self.doc.report
        if self._loading or report is None or getattr(report, name) == value:
            return
        self.doc.undo_stack.push(EditCommand(self.doc, SetField(report, name, value), self.tr("Valorisation du bénévolat")))
