"""The « Moyens » tab: a budget line added, typed in, saved, found again after reopening;
Ctrl+Z takes it away."""

from __future__ import annotations

from typing import Any

from gui_helpers import outline_select, read_column, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mesdesk.model.means import BudgetLine


def _type_cell(qtbot: Any, table: Any, model: Any, row: int, column: int, text: str) -> None:
    table.setFocus()
    table.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    assert editor.text() == text, (type(editor), editor.text())
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_budget_line_is_typed_saved_reopened_and_undone(qtbot: Any, window: Any, controller: Any) -> None:
    action = outline_select(window, qtbot, "1.1")
    page = window.actionPage
    page.tabs.setCurrentWidget(page.means)
    tab = page.means
    section = tab.sections[BudgetLine]
    model = tab.models[BudgetLine]
    assert model.rowCount() == 0
    qtbot.mouseClick(section.addButton, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    # The new row opens on its label: type it, Tab to « Prévu », Tab to « Réalisé ».
    for text, key in (("Déplacements", Qt.Key.Key_Tab), ("2 000", Qt.Key.Key_Tab), ("2 450,5", Qt.Key.Key_Return)):
        editor = QApplication.focusWidget()
        editor.selectAll()
        type_text(editor, text)
        qtbot.keyClick(editor, key)
    line = model.rows[0]
    qtbot.waitUntil(lambda: line.actual is not None)  # Return commits once the event loop runs
    assert (line.label, line.planned, line.actual) == ("Déplacements", 2000.0, 2450.5)
    assert "Charges : 2\u202f000\u00a0€ prévus, 2\u202f450\u00a0€ réalisés" in tab.totalsLabel.text()
    path = window.doc.path
    qtbot.waitUntil(lambda: read_column(path, "SELECT actual FROM means_budget") == 2450.5, timeout=5000)

    # Reopen the file: the line is there, in the same action's tab.
    window.close()
    again = controller.start(path)
    assert again is not None
    again.show()
    qtbot.waitExposed(again)
    outline_select(again, qtbot, "1.1")
    page = again.actionPage
    page.tabs.setCurrentWidget(page.means)
    model = page.means.models[BudgetLine]
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Déplacements" and model.rows[0].action.uid == action.uid
    assert model.data(model.index(0, 3)) == "2\u202f450,5"  # the French locale: narrow space, comma

    # Deleted, then back with Édition › Annuler (Ctrl+Z).
    section = page.means.sections[BudgetLine]
    section.table.setFocus()
    section.table.setCurrentIndex(model.index(0, 1))
    qtbot.mouseClick(section.deleteButton, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0 and read_column(path, "SELECT count(*) FROM means_budget") == 0
    again.actionUndo.trigger()
    assert model.rowCount() == 1 and read_column(path, "SELECT label FROM means_budget") == "Déplacements"
    again.close()


def test_ctrl_z_removes_an_added_line(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.1")
    page = window.actionPage
    page.tabs.setCurrentWidget(page.means)
    tab = page.means
    model = tab.models[BudgetLine]
    qtbot.mouseClick(tab.sections[BudgetLine].addButton, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    QApplication.focusWidget().clearFocus()
    path = window.doc.path
    assert read_column(path, "SELECT count(*) FROM means_budget") == 1
    window.actionUndo.trigger()
    assert model.rowCount() == 0
    assert read_column(path, "SELECT count(*) FROM means_budget") == 0
