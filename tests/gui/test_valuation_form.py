"""The volunteer valuation at the top of the « Moyens » tab: the method typed is saved,
the check stops asking for it, Ctrl+Z takes it back."""

from __future__ import annotations

from typing import Any

from gui_helpers import outline_select, read_column, type_text
from PySide6.QtCore import Qt

from mesdesk.model.checks import report_gaps
from mesdesk.model.means import PeopleLine


def test_the_valuation_method_is_typed_saved_and_undone(qtbot: Any, window: Any) -> None:
    report = window.doc.report
    action = outline_select(window, qtbot, "1.1")
    report.people_lines.append(PeopleLine(action=action, role="Bénévoles", volunteer_hours=50.0))
    window.doc.session.commit()
    assert any(g.kind == "means_no_valuation_method" for g in report_gaps(report))
    page = window.actionPage
    page.tabs.setCurrentWidget(page.means)
    form = page.means.valuation
    form.refresh()
    assert form.rateLabel.text() == "= 16,89 €/h (SMIC 11,65 €)"
    form.methodEdit.setFocus()
    type_text(form.methodEdit, "SMIC horaire chargé")
    qtbot.keyClick(form.methodEdit, Qt.Key.Key_Return)
    assert report.valuation_method == "SMIC horaire chargé"
    assert read_column(window.doc.path, "SELECT valuation_method FROM report WHERE year = 2024") == "SMIC horaire chargé"
    assert not any(g.kind == "means_no_valuation_method" for g in report_gaps(report))
    form.chargeSpin.setFocus()
    form.chargeSpin.selectAll()
    type_text(form.chargeSpin, "50")
    qtbot.keyClick(form.chargeSpin, Qt.Key.Key_Return)
    assert report.valuation_charge_rate == 0.5 and form.rateLabel.text().startswith("= 17,48 €/h")
    window.outline.setFocus()  # Ctrl+Z in a field undoes that field's typing: undo from the outline
    window.actionUndo.trigger()
    window.actionUndo.trigger()
    assert report.valuation_method == "" and report.valuation_charge_rate is None
    assert form.methodEdit.text() == ""
