"""Find and replace like a user: type the words, pick the options, replace all, undo."""

from __future__ import annotations

from typing import Any

from gui_helpers import action_text_on_disk, outline_select, read_column, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def open_replace(window: Any, qtbot: Any, where: Any = None) -> Any:
    """Ctrl+H from ``where`` (the outline by default)."""
    if where is None:
        where = window.outline
        where.setFocus()
    qtbot.keyClick(where, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_panel.replace_bar
    assert bar.isVisible() and bar.field.hasFocus()
    return bar


def test_replace_all_across_the_report_is_one_undo_step(qtbot: Any, window: Any, workspace_copy: Any) -> None:
    report = window.doc.report
    partner = next(p for p in report.convention.partners if "Réseau" in p.name or "réseau" in p.name)
    bar = open_replace(window, qtbot)
    window.find_panel.field.setText("réseaux")
    type_text(bar.field, "collectifs")
    bar.wordCheck.setChecked(True)
    bar.update_count()
    count_text = bar.countLabel.text()
    total = int(count_text.split()[0])
    assert total > 5
    undo_before = window.doc.undo_stack.count()
    qtbot.mouseClick(bar.replaceAllButton, Qt.MouseButton.LeftButton)
    assert window.doc.undo_stack.count() == undo_before + 1
    action = report.convention.action_by_number("1.1")
    narrative = action_text_on_disk(workspace_copy, action.uid, report.year, "narrative")
    assert "réseaux" not in narrative.lower() and "collectifs" in narrative
    # Whole words only: « réseau » alone and the partners' names were not touched unless they held « réseaux ».
    assert bar.countLabel.text() == ""
    # The page on screen shows the replaced text.
    outline_select(window, qtbot, "1.1")
    assert "collectifs" in window.actionPage.narrativeEditor.textEdit().toPlainText()
    # One Ctrl+Z brings every text back.
    window.doc.undo_stack.undo()
    narrative = action_text_on_disk(workspace_copy, action.uid, report.year, "narrative")
    assert "réseaux" in narrative.lower()
    assert "réseaux" in window.actionPage.narrativeEditor.textEdit().toPlainText().lower()
    assert read_column(workspace_copy, "SELECT name FROM partner WHERE uid = ?", partner.uid) == partner.name


def test_replace_in_the_current_text_only_with_case(qtbot: Any, window: Any, workspace_copy: Any) -> None:
    outline_select(window, qtbot, "1.2")
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " Zébulon et zébulon.")
    bar = open_replace(window, qtbot, edit)
    bar.scopeCombo.setCurrentIndex(0)  # the current text
    bar.caseCheck.setChecked(True)
    window.find_panel.field.setText("Zébulon")
    bar.field.setText("Zorro")
    bar.replace_all()
    action = window.doc.convention.action_by_number("1.2")
    narrative = action_text_on_disk(workspace_copy, action.uid, window.doc.report.year, "narrative")
    assert "Zorro et zébulon." in narrative
    assert "Zorro et zébulon." in edit.toPlainText()


def test_replace_one_replaces_the_selected_match_and_moves_on(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.2")
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " Alpha, alpha.")
    bar = open_replace(window, qtbot)
    window.find_panel.field.setText("alpha")
    window.find_panel.search()
    bar.field.setText("Bêta")
    window.find_panel.step(1)  # select the first match, as F3 does
    assert edit.textCursor().selectedText().lower() == "alpha"
    bar.replace_one()
    assert edit.toPlainText().count("Bêta") == 1
    edit.undo()
    assert "Bêta" not in edit.toPlainText()


def test_find_goes_to_a_match_in_an_action_title(qtbot: Any, window: Any) -> None:
    """The title is a wrapping text field: a match in it is selected (it used to raise)."""
    action = window.doc.convention.action_by_number("1.1")
    word = action.title.split()[0]
    window.show_find()
    window.find_panel.field.setText(word)
    window.find_panel.search()
    results = window.find_panel.results
    item = next(results.item(i) for i in range(results.count()) if "intitulé" in results.item(i).text())
    window.find_panel.open_item(item)
    assert window.actionPage.titleEdit.textCursor().selectedText().lower() == word.lower()
