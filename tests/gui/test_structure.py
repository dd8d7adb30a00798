"""Convention editing from the outline: add, rename, move and remove axes and actions."""

from __future__ import annotations

from typing import Any

from gui_helpers import outline_select, read_column, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def numbers(window: Any) -> list[str]:
    return [f"{a.number} {a.title}" for a in window.doc.convention.actions]


def test_add_then_rename_an_action_in_the_outline(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.1")
    window.actionAddAction.trigger()
    new = window.current_object()
    assert new.number == "1.2" and new.title == "Nouvelle action"
    editor = window.outline.findChild(QLineEdit)
    assert editor is not None and editor.isVisible(), "the new title is ready to type"
    editor.selectAll()
    type_text(editor, "Lettre d'information")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: window.doc.convention.action_by_number("1.2").title == "Lettre d'information")
    assert read_column(window.doc.path, "SELECT count(*) FROM action WHERE title = ?", "Lettre d'information") == 1
    window.outline.setFocus()
    window.actionUndo.trigger()  # the rename
    window.actionUndo.trigger()  # the addition
    assert read_column(window.doc.path, "SELECT count(*) FROM action WHERE title LIKE 'Nouvelle action'") == 0
    assert "1.2 Consolidation de l'identité" in window.outlineModel.index_for(
        ("action", window.doc.convention.action_by_number("1.2").uid)).data()


def test_move_an_action_down_with_the_keyboard_renumbers(qtbot: Any, window: Any) -> None:
    first = outline_select(window, qtbot, "2.1")
    second = window.doc.convention.action_by_number("2.2")
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert (first.number, second.number) == ("2.2", "2.1")
    assert window.current_object() is first, "the moved action stays selected"
    assert window.outline.currentIndex().data().startswith("2.2 ")
    window.actionUndo.trigger()
    assert (first.number, second.number) == ("2.1", "2.2")


def test_add_and_delete_an_axis(qtbot: Any, window: Any, dialogs: Any) -> None:
    outline_select(window, qtbot, "4.3")
    window.actionAddAxis.trigger()
    axis = window.current_object()
    assert axis.number == "5" and axis.title == "Nouvel axe"
    window.outline.closePersistentEditor(window.outline.currentIndex())
    window.actionAddAction.trigger()
    assert window.current_object().number == "5.1"
    # An axis with actions asks first; deleting is undoable.
    window.select_key(("axis", axis.uid))
    dialogs.answers.append("delete")
    window.actionDelete.trigger()
    assert "Ctrl+Z" in dialogs.asked[-1]["details"]
    assert len(window.doc.convention.axes) == 4
    window.outline.setFocus()
    window.actionUndo.trigger()
    assert [a.number for a in window.doc.convention.axes[4].actions] == ["5.1"]


def test_status_change_updates_the_outline_icon_and_is_undoable(qtbot: Any, window: Any) -> None:
    from mesdesk.model.entities import Status

    action = outline_select(window, qtbot, "1.2")
    combo = window.actionPage.statusCombo
    index = combo.findData(Status.TO_WRITE.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.doc.report.text_for(action).status == Status.TO_WRITE
    assert "à rédiger" in window.outline.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    window.outline.setFocus()
    window.actionUndo.trigger()
    assert window.doc.report.text_for(action).status != Status.TO_WRITE
    assert combo.currentData() == window.doc.report.text_for(action).status.value


def test_length_target_colours_the_counts_and_is_checked(qtbot: Any, window: Any) -> None:
    action = outline_select(window, qtbot, "1.1")
    page = window.actionPage
    page.targetSpin.setFocus()
    page.targetSpin.setValue(100)  # the sample's 1.1 has about 230 words
    assert window.doc.report.text_for(action).target_words == 100
    assert page.totalLabel.text().endswith("sur 100")
    assert "b03a2e" in page.totalLabel.styleSheet()
    assert page.narrativeEditor.isOverTarget()
    window.actionCheck.trigger()
    texts = [window.check_panel.list.item(i).text() for i in range(window.check_panel.list.count())]
    assert any(t.startswith("1.1 :") and "objectif de 100" in t for t in texts)
    window.outline.setFocus()
    window.actionUndo.trigger()
    assert window.doc.report.text_for(action).target_words is None
    assert not page.narrativeEditor.isOverTarget()
