"""Two windows on one server: an outline edit (rename, move, delete) meeting the other's
newer change, driven like two people at their desks (``store.structure_conflicts``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox
from sharing_testing import open_server
from test_shared_windows import show_action, typed

from mesdesk.gui.conflict_dialog import ConflictDialog
from mesdesk.gui.main_window import MainWindow

SHOTS = os.environ.get("MESDESK_SHOTS")  # a folder: the refusal's screenshot for the docs goes there


def deaf(window: MainWindow) -> None:
    """The window does not hear the others (yet): what it edits next is what it read."""
    window.shared._poll_timer.stop()
    if window.shared._notifier is not None:
        window.shared._notifier.setEnabled(False)


def rename_in_outline(qtbot: Any, window: MainWindow, number: str, title: str) -> None:
    """Select the action in the outline, F2, type the new title, Enter."""
    action = window.doc.convention.action_by_number(number)
    window.select_key(("action", action.uid))
    outline = window.outline
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_F2)
    assert outline.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    editor.selectAll()
    editor.insert(title)  # as typed (QTest's key clicks take ASCII only)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: outline.state() != QAbstractItemView.State.EditingState, timeout=2000)


def server_action(url: str, uid: str) -> tuple[str, str] | None:
    """(title, narrative of the 2024 report) of the action as the server has it, None if gone."""
    ws = open_server(url)
    try:
        convention = ws.current_convention()
        action = next((a for a in convention.actions if a.uid == uid), None)
        if action is None:
            return None
        text = convention.report_for(2024).find_text(action)
        return action.title, text.narrative.plain_text() if text is not None else ""
    finally:
        ws.close()


def test_a_rename_against_a_newer_rename_shows_both_titles_and_keep_mine_wins(
        qtbot: Any, pair: tuple[MainWindow, MainWindow], server_db: str, tmp_path: Path) -> None:
    alice, bob = pair
    uid = bob.doc.convention.action_by_number("1.2").uid
    deaf(bob)
    rename_in_outline(qtbot, alice, "1.2", "Titre d'Alice")
    assert server_action(server_db, uid)[0] == "Titre d'Alice"
    rename_in_outline(qtbot, bob, "1.2", "Titre de Bob")
    # No failed save: a conflict, with both titles.
    assert bob.doc.save_error is None
    (dialog,) = [d for d in bob.findChildren(ConflictDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    intro = dialog.findChild(QLabel, "conflictIntro").text()
    assert intro.startswith("Alice a modifié l'action 1.2") and "Intitulé" in intro
    assert dialog.mineView.toPlainText() == "Titre de Bob"
    assert dialog.theirsView.toPlainText() == "Titre d'Alice"
    dialog.grab().save(str(tmp_path / "rename-conflict.png"))
    # Until Bob chooses, his outline shows what the server has: hers.
    key = ("action", uid)
    assert "Titre d'Alice" in bob.outlineModel.index_for(key).data()
    assert server_action(server_db, uid)[0] == "Titre d'Alice"
    dialog.keepMineButton.click()
    assert server_action(server_db, uid)[0] == "Titre de Bob"
    assert "Titre de Bob" in bob.outlineModel.index_for(key).data()
    # Alice hears it in her outline.
    qtbot.waitUntil(lambda: "Titre de Bob" in alice.outlineModel.index_for(key).data(), timeout=2500)
    bob.grab().save(str(tmp_path / "rename-after.png"))


def test_deleting_an_action_someone_just_wrote_in_is_refused_and_nothing_is_lost(
        qtbot: Any, pair: tuple[MainWindow, MainWindow], told: Any, server_db: str, tmp_path: Path) -> None:
    alice, bob = pair
    action = bob.doc.convention.action_by_number("1.2")
    uid, title = action.uid, action.title
    count = len(bob.doc.convention.actions)
    show_action(bob, "1.2")
    deaf(bob)
    alice_edit = show_action(alice, "1.2")
    typed(alice_edit, " Ajout d'Alice")
    assert alice.doc.save_now()
    show_action(alice, "1.1")  # she has moved on: not « typing in 1.2 » any more
    qtbot.waitUntil(lambda: bob.shared.typing_in({"action:" + uid}) == [], timeout=4000)
    bob.select_key(("action", uid))
    bob.structure.delete()
    # A clear message naming the action and who changed it; no failed save.
    assert bob.doc.save_error is None
    (notice,) = told.told
    assert notice["title"] == "Suppression refusée" and notice["severity"] == "warning"
    assert notice["text"].startswith(f"Impossible de supprimer l'action 1.2 « {title} » : Alice a modifié son "
                                     "texte (bilan 2024) à ")
    assert "Rien n'est supprimé ni perdu" in notice["text"]
    # The action is still there in Bob's window, showing her words; and on the server.
    assert len(bob.doc.convention.actions) == count
    assert bob.outlineModel.index_for(("action", uid)).isValid()
    assert bob.current_key() == ("action", uid)
    assert bob.actionPage.narrativeEditor.textEdit().toPlainText().endswith("Ajout d'Alice")
    on_server = server_action(server_db, uid)
    assert on_server is not None and on_server[1].endswith("Ajout d'Alice")
    # Nothing to undo (nothing was done), and Bob's next save goes through.
    assert not bob.doc.undo_stack.canUndo()
    bob_edit = show_action(bob, "1.2")
    typed(bob_edit, " puis Bob")
    assert bob.doc.save_now()
    assert server_action(server_db, uid)[1].endswith("Ajout d'Alice puis Bob")
    # What the user sees: the message box as ``messages.tell`` shows it.
    box = QMessageBox(QMessageBox.Icon.Warning, notice["title"], notice["text"], QMessageBox.StandardButton.Ok, bob)
    box.show()
    qtbot.waitExposed(box)
    box.grab().save(str(Path(SHOTS or tmp_path) / "mesdesk-fr-delete-refused.png"))
    box.close()
    bob.grab().save(str(tmp_path / "delete-refused-window.png"))


def test_a_move_over_a_newer_rename_is_done_on_the_newer_outline(
        qtbot: Any, pair: tuple[MainWindow, MainWindow], server_db: str) -> None:
    alice, bob = pair
    uid = bob.doc.convention.action_by_number("2.2").uid
    deaf(bob)
    rename_in_outline(qtbot, alice, "2.2", "Renommée par Alice")
    bob.select_key(("action", uid))
    bob.structure.move(-1)
    assert bob.doc.save_error is None
    assert server_action(server_db, uid)[0] == "Renommée par Alice"
    moved = bob.doc.convention.action_by_number("2.1")
    assert moved.uid == uid and moved.title == "Renommée par Alice"
    assert "plan à jour" in bob.statusBar().currentMessage()
    assert bob.doc.undo_stack.canUndo()  # done, so undoable
    qtbot.waitUntil(lambda: alice.doc.convention.action_by_number("2.1").uid == uid, timeout=2500)


def test_deleting_an_action_the_other_deleted_already(
        qtbot: Any, pair: tuple[MainWindow, MainWindow], told: Any, server_db: str) -> None:
    alice, bob = pair
    uid = bob.doc.convention.action_by_number("2.3").uid
    deaf(bob)
    alice.select_key(("action", uid))
    alice.structure.delete()
    assert server_action(server_db, uid) is None
    bob.select_key(("action", uid))
    bob.structure.delete()
    assert bob.doc.save_error is None and told.told == []
    assert bob.statusBar().currentMessage().startswith("Déjà supprimé par un autre rédacteur : l'action 2.3 « ")
    assert not bob.outlineModel.index_for(("action", uid)).isValid()
    assert [a.number for a in bob.doc.convention.axes[1].actions] == ["2.1", "2.2"]


def test_two_actions_added_at_one_number_are_numbered_apart(
        qtbot: Any, pair: tuple[MainWindow, MainWindow], server_db: str) -> None:
    alice, bob = pair
    last = bob.doc.convention.action_by_number("1.2").uid
    deaf(bob)
    for window in (alice, bob):  # both add an action after 1.2, the last of axis 1: « 1.3 »
        window.select_key(("action", last))
        window.structure.add_action()
        if window.outline.state() == QAbstractItemView.State.EditingState:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert bob.doc.save_error is None
    ws = open_server(server_db)
    try:
        actions = ws.current_convention().axes[0].actions
        assert [a.position for a in actions] == [0, 1, 2, 3]  # not two « 1.3 »
        assert [a.title for a in actions[2:]] == ["Nouvelle action", "Nouvelle action"]
    finally:
        ws.close()
    assert "plan à jour" in bob.statusBar().currentMessage()
    # Bob's outline shows both, numbered apart, and his is the one selected.
    assert [a.number for a in bob.doc.convention.axes[0].actions] == ["1.1", "1.2", "1.3", "1.4"]
    assert bob.current_key() in [("action", a.uid) for a in bob.doc.convention.axes[0].actions[2:]]


def test_someone_entering_the_action_being_renamed_keeps_the_title_being_typed(
        qtbot: Any, pair: tuple[MainWindow, MainWindow], server_db: str) -> None:
    """Their presence redraws the row: Qt then resets an open editor from the model
    (``QAbstractItemView::dataChanged``), which must not wipe what the user typed."""
    alice, bob = pair
    uid = bob.doc.convention.action_by_number("1.1").uid
    bob.select_key(("action", uid))
    bob.activateWindow()
    qtbot.waitUntil(bob.isActiveWindow, timeout=2000)
    bob.outline.setFocus()
    qtbot.keyClick(bob.outline, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Titre de Bob")
    show_action(alice, "1.1")  # Alice comes to read 1.1 meanwhile
    alice.shared.announce()
    bob.shared.refresh_presence()
    assert "Alice" in bob.outlineModel.index_for(("action", uid)).data()
    assert editor.text() == "Titre de Bob"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: server_action(server_db, uid)[0] == "Titre de Bob", timeout=2000)
