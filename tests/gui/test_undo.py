"""Undo and redo: in text through the editor's own stack, elsewhere through the app's."""

from __future__ import annotations

from typing import Any

from gui_helpers import outline_select, read_column, type_text
from PySide6.QtCore import Qt


def event_count_on_disk(window: Any) -> int:
    return read_column(window.doc.path, "SELECT count(*) FROM event")


def test_ctrl_z_undoes_a_typed_word_in_the_editor(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.1")
    edit = window.actionPage.evaluationEditor.textEdit()
    before = edit.toPlainText()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " motajouté")
    assert edit.toPlainText() == before + " motajouté"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == before
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert edit.toPlainText() == before + " motajouté"
    # The undo stack of the structure was not involved.
    assert window.doc.undo_stack.count() == 0


def _events_tab(window: Any, qtbot: Any, number: str) -> Any:
    action = outline_select(window, qtbot, number)
    page = window.actionPage
    page.tabs.setCurrentWidget(page.events)
    assert page.eventsModel.rowCount() > 0, f"the sample has events for {number}"
    return action


def first_action_with_events(window: Any) -> str:
    report = window.doc.report
    return next(a.number for a in window.doc.convention.actions if report.events_for(a))


def test_deleted_event_comes_back_with_ctrl_z(qtbot: Any, window: Any) -> None:
    number = first_action_with_events(window)
    _events_tab(window, qtbot, number)
    page = window.actionPage
    table = page.events.table
    total = event_count_on_disk(window)
    rows = page.eventsModel.rowCount()
    first = page.eventsModel.rows[0]
    title, uid, start = first.title, first.uid, first.start_date
    table.setFocus()
    table.setCurrentIndex(page.eventsModel.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert page.eventsModel.rowCount() == rows - 1
    assert event_count_on_disk(window) == total - 1  # deleted on disk at once
    assert "Ctrl+Z" in window.statusBar().currentMessage() and title in window.statusBar().currentMessage()

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.eventsModel.rowCount() == rows
    restored = page.eventsModel.rows[0]
    assert (restored.title, restored.uid, restored.start_date) == (title, uid, start)
    assert event_count_on_disk(window) == total

    window.actionRedo.trigger()
    assert page.eventsModel.rowCount() == rows - 1


def test_edit_of_an_event_cell_is_undoable(qtbot: Any, window: Any) -> None:
    number = first_action_with_events(window)
    _events_tab(window, qtbot, number)
    model = window.actionPage.eventsModel
    old = model.rows[0].place
    assert model.setData(model.index(0, 3), "Lyon")
    assert model.rows[0].place == "Lyon"
    window.actionPage.events.table.setFocus()
    window.actionUndo.trigger()
    assert model.rows[0].place == old


def test_undo_of_a_deleted_action_restores_text_and_numbering(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.1")
    conv = window.doc.convention
    old_11 = conv.action_by_number("1.1")
    old_12_uid = conv.action_by_number("1.2").uid
    evaluation = window.doc.report.text_for(old_11).evaluation
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert conv.action_by_number("1.1").uid == old_12_uid  # renumbered: 1.2 became 1.1
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = conv.action_by_number("1.1")
    assert restored.uid == old_11.uid
    assert window.doc.report.text_for(restored).evaluation == evaluation
    assert conv.action_by_number("1.2").uid == old_12_uid
