"""Two windows on one server workspace, driven like two people at their desks."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from sharing_testing import open_server

from mesdesk.gui.conflict_dialog import ConflictDialog
from mesdesk.gui.document import Document
from mesdesk.gui.main_window import MainWindow
from mesdesk.gui.settings import AppSettings
from mesdesk.model.richtext import RichText


def open_window(qtbot: Any, url: str, author: str, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("MESDESK_AUTHOR", author)
    doc = Document(open_server(url))
    window = MainWindow(doc, AppSettings())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def show_action(window: MainWindow, number: str) -> Any:
    action = window.doc.convention.action_by_number(number)
    window.select_key(("action", action.uid))
    return window.actionPage.narrativeEditor.textEdit()


def typed(edit: Any, text: str, at_end: bool = True) -> None:
    from PySide6.QtGui import QTextCursor

    edit.setFocus()
    if at_end:
        cursor = edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        edit.setTextCursor(cursor)
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = Qt.Key.Key_Space if char == " " else (ord(char.upper()) if char.isascii() else 0)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def test_others_typing_shows_up_within_two_seconds_with_their_presence(
        qtbot: Any, pair: tuple[MainWindow, MainWindow]) -> None:
    alice, bob = pair
    alice_edit = show_action(alice, "1.1")
    bob_edit = show_action(bob, "1.1")
    typed(alice_edit, " Ajout d'Alice")
    qtbot.waitUntil(lambda: not alice.doc.save_pending, timeout=3000)  # her autosave
    qtbot.waitUntil(lambda: "Ajout d'Alice" in bob_edit.toPlainText(), timeout=2000)
    # The outline of Bob shows Alice writing in 1.1.
    key = ("action", alice.doc.convention.action_by_number("1.1").uid)
    qtbot.waitUntil(lambda: "✎ Alice" in bob.outlineModel.presence_text(key), timeout=4000)
    index = bob.outlineModel.index_for(key)
    assert "Alice écrit ici" in index.data(3)  # the tooltip
    bob.grab().save("/tmp/pgsync-presence.png")


def test_a_conflict_between_two_windows_and_keep_mine(qtbot: Any, pair: tuple[MainWindow, MainWindow]) -> None:
    alice, bob = pair
    alice_edit = show_action(alice, "2.1")
    bob_edit = show_action(bob, "2.1")
    typed(alice_edit, " version Alice")
    typed(bob_edit, " version Bob")
    # Bob's window must not hear Alice's save before his own (a true conflict): his
    # autosave runs first, but after hers reached the server.
    bob.shared._poll_timer.stop()
    if bob.shared._notifier is not None:
        bob.shared._notifier.setEnabled(False)
    assert alice.doc.save_now()
    assert bob.doc.save_now()
    dialogs = bob.findChildren(ConflictDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    intro = dialog.findChild(QLabel, "conflictIntro").text()
    assert intro.startswith("Alice a modifié l'action 2.1") and "Récit (bilan 2024)" in intro
    assert "version Bob" in dialog.mineView.toPlainText()
    assert "version Alice" in dialog.theirsView.toPlainText()
    dialog.grab().save("/tmp/pgsync-conflict.png")
    # Bob's page now shows the server's version (Alice's) until he chooses.
    assert "version Alice" in bob_edit.toPlainText()
    dialog.keepMineButton.click()
    assert "version Bob" in bob_edit.toPlainText()
    # Alice hears it.
    qtbot.waitUntil(lambda: "version Bob" in alice_edit.toPlainText(), timeout=2500)
    assert "version Alice" not in alice_edit.toPlainText()


def test_deleting_an_action_someone_is_typing_in_is_refused(
        qtbot: Any, pair: tuple[MainWindow, MainWindow], told: Any) -> None:
    alice, bob = pair
    alice_edit = show_action(alice, "1.2")
    typed(alice_edit, " en cours")
    show_action(bob, "1.2")
    count = len(bob.doc.convention.actions)
    qtbot.waitUntil(lambda: bob.shared is not None and bob.shared.typing_in({
        "action:" + bob.doc.convention.action_by_number("1.2").uid}) == ["Alice"], timeout=4000)
    bob.structure.delete()
    assert len(bob.doc.convention.actions) == count
    assert told.told and "Alice est en train d'écrire" in told.told[-1]["text"]


def test_keep_theirs_and_merge_by_hand(qtbot: Any, pair: tuple[MainWindow, MainWindow]) -> None:
    alice, bob = pair
    alice_edit = show_action(alice, "2.2")
    bob_edit = show_action(bob, "2.2")
    for window in (bob,):
        window.shared._poll_timer.stop()
        window.shared._notifier.setEnabled(False)
    typed(alice_edit, " A1")
    typed(bob_edit, " B1")
    assert alice.doc.save_now() and bob.doc.save_now()
    (dialog,) = bob.findChildren(ConflictDialog)
    dialog.keepTheirsButton.click()
    assert bob.findChildren(ConflictDialog) == [] or not dialog.isVisible()
    text = bob.actionPage.text
    assert text.narrative.plain_text().endswith("A1") and bob_edit.toPlainText().endswith("A1")
    # Merge by hand: both additions kept, in the user's words.
    typed(alice_edit, " A2")
    typed(bob_edit, " B2")
    assert alice.doc.save_now() and bob.doc.save_now()
    dialog = [d for d in bob.findChildren(ConflictDialog) if d.isVisible()][0]
    dialog.mergeButton.click()
    assert dialog.mergeBox.isVisible()
    dialog.mergeEdit.setPlainText("Fusion : A2 et B2")
    dialog.grab().save("/tmp/pgsync-merge.png")
    dialog.saveMergeButton.click()
    assert bob.actionPage.text.narrative == RichText.plain("Fusion : A2 et B2")
    qtbot.waitUntil(lambda: alice_edit.toPlainText() == "Fusion : A2 et B2", timeout=2500)


def test_someone_elses_change_leaves_my_cursor_where_it_was_and_in_view(
        qtbot: Any, pair: tuple[MainWindow, MainWindow]) -> None:
    alice, bob = pair
    alice_edit = show_action(alice, "3.1")
    bob_edit = show_action(bob, "3.1")
    typed(bob_edit, " fin")  # Bob writes at the end of a long text, scrolled down
    assert bob.doc.save_now()
    position, scroll = bob_edit.textCursor().position(), bob_edit.verticalScrollBar().value()
    assert scroll > 0
    qtbot.waitUntil(lambda: alice_edit.toPlainText().endswith(" fin"), timeout=2500)  # Alice has it
    alice_edit.setFocus()
    cursor = alice_edit.textCursor()
    cursor.setPosition(0)
    alice_edit.setTextCursor(cursor)
    typed(alice_edit, "Début. ", at_end=False)
    assert alice.doc.save_now()
    qtbot.waitUntil(lambda: bob_edit.toPlainText().startswith("Début. "), timeout=2500)
    qtbot.wait(50)
    assert bob_edit.viewport().rect().contains(bob_edit.cursorRect())  # where he writes is in view
    assert bob_edit.verticalScrollBar().value() > 0
    assert bob_edit.textCursor().position() == position + len("Début. ")  # still after « fin »


def test_take_offline_from_the_menu_others_see_the_lock_and_bring_back(
        qtbot: Any, pair: tuple[MainWindow, MainWindow], tmp_path: Any) -> None:
    from mesdesk.gui.offline_commands import OfflineDialog

    alice, bob = pair
    show_action(bob, "3.2")
    uid = bob.doc.convention.action_by_number("3.2").uid
    dialog = OfflineDialog(bob.doc, "action:" + uid, bob)
    assert dialog.chosen() == ["action:" + uid]  # the current action is ticked
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert labels[0] == "Préambule" and labels[-1] == "Conclusion"
    local = bob.shared.offline.take(dialog.chosen(), tmp_path / "train.mesdesk")
    assert local is not None and local.exists()
    # Alice's outline shows the lock and who holds it.
    key = ("action", uid)
    qtbot.waitUntil(lambda: "hors ligne : Bob" in alice.outlineModel.presence_text(key), timeout=5000)
    assert alice.outlineModel.presence_text(key) == "hors ligne : Bob"  # not « hors ligne : Bob, Bob »
    assert "hors ligne" in alice.outlineModel.index_for(key).data(3)
    alice.select_key(key)
    # Her page of it is read-only, and says who holds it; the preamble stays hers to write.
    from PySide6.QtWidgets import QLabel

    alice_edit = alice.actionPage.narrativeEditor.textEdit()
    assert alice_edit.isReadOnly() and not alice.actionPage.statusCombo.isEnabled()
    banner = alice.actionPage.findChild(QLabel, "reservedBanner")
    assert banner is not None and banner.isVisible() and banner.text() == "Emportée hors ligne par Bob : lecture seule jusqu'à son retour."
    alice.grab().save("/tmp/pgsync-offline-lock.png")
    alice.select_key(("preamble",))
    assert not alice.pages.currentWidget().editor.textEdit().isReadOnly()
    alice.select_key(key)
    # Offline work in the copy, then « Rapporter ».
    from mesdesk.store.workspace import Workspace

    copy = Workspace.open(local)
    convention = copy.current_convention()
    convention.report_for(2024).text_for(convention.action_by_number("3.2")).narrative = RichText.plain("Du train")
    copy.commit()
    copy.close()
    assert bob.shared.offline.bring(local)
    assert bob.actionPage.narrativeEditor.textEdit().toPlainText() == "Du train"
    alice_edit = show_action(alice, "3.2")
    qtbot.waitUntil(lambda: alice_edit.toPlainText() == "Du train", timeout=3000)
    qtbot.waitUntil(lambda: "hors ligne" not in alice.outlineModel.presence_text(key), timeout=5000)
    assert not alice_edit.isReadOnly() and alice.actionPage.statusCombo.isEnabled() and not banner.isVisible()
    alice.select_key(key)  # shown, to look at the lock in the outline
