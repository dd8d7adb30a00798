"""Two windows on one server: the review's edits (comments, replies, approvals,
suggestions) meeting the other's newer change, driven from the panels and the approval
bar as people do. Nothing is overwritten or deleted unseen, and nothing fails as a save:
a conflict with both versions, or a refusal naming who changed what and when.

``deaf`` keeps a window from hearing the other (yet): what it edits next is what it read,
the race a real network leaves open for a second or two."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sharing_testing import open_server
from test_outline_collisions import deaf
from test_shared_windows import show_action, typed

from mesdesk.gui.clock import local_clock
from mesdesk.gui.commands import push_edit
from mesdesk.gui.conflict_dialog import ConflictDialog
from mesdesk.gui.main_window import MainWindow
from mesdesk.model.approvals import approval_for
from mesdesk.model.edits.comments import AddComment
from mesdesk.model.review import Comment
from mesdesk.model.sections import Section
from mesdesk.model.suggestions import Suggestion

NOW = dt.datetime(2026, 3, 9, 14, 0)
Pair = tuple[MainWindow, MainWindow]


def comment_bob_read(alice: MainWindow, bob: MainWindow, qtbot: Any, body: str = "Chiffre ?") -> str:
    """Alice comments the first words of 1.1's narrative; Bob's window hears it, then hears
    nothing more (``deaf``). Its uid."""
    doc = alice.doc
    edit = AddComment(doc.report, doc.convention.action_by_number("1.1"), "narrative", 0, 5, "Alice", body, NOW)
    push_edit(doc, edit, "Ajouter un commentaire")
    qtbot.waitUntil(lambda: find(bob, edit.uid) is not None, timeout=3000)
    deaf(bob)
    return edit.uid


def find(window: MainWindow, uid: str) -> Comment | None:
    return next((c for c in window.doc.report.comments if c.uid == uid), None)


def on_server(url: str) -> dict[str, tuple[str, str | None]]:
    """The 2024 report's comments as the server has them: uid → (body, parent's uid)."""
    ws = open_server(url)
    try:
        report = ws.current_convention().report_for(2024)
        return {c.uid: (c.body, c.parent.uid if c.parent else None) for c in report.comments}
    finally:
        ws.close()


def approval_on_server(url: str, number: str) -> str | None:
    """Who approved the action's section on the server (None: not approved)."""
    ws = open_server(url)
    try:
        convention = ws.current_convention()
        found = approval_for(convention.report_for(2024), Section.of_action(convention.action_by_number(number)))
        return found.approved_by if found is not None else None
    finally:
        ws.close()


def shown_dialog(window: MainWindow) -> ConflictDialog:
    (dialog,) = [d for d in window.findChildren(ConflictDialog) if d.isVisible()]
    return dialog


def no_dialog(window: MainWindow) -> bool:
    return not [d for d in window.findChildren(ConflictDialog) if d.isVisible()]


def undo_texts(window: MainWindow) -> list[str]:
    stack = window.doc.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_a_comment_both_edited_shows_both_versions_at_the_local_time_and_keep_mine_wins(
        qtbot: Any, pair: Pair, server_db: str, told: Any) -> None:
    alice, bob = pair
    uid = comment_bob_read(alice, bob, qtbot)
    alice.side.comments.set_body(find(alice, uid), "Chiffre vérifié : 120")
    bob.side.comments.set_body(find(bob, uid), "Chiffre faux")
    dialog = shown_dialog(bob)
    assert (dialog.mineView.toPlainText(), dialog.theirsView.toPlainText()) == ("Chiffre faux", "Chiffre vérifié : 120")
    # Their time in Bob's own zone, as a refusal says it (the server stamps UTC).
    their_time = dialog.conflict.their_time
    titles = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Version de Alice ({local_clock(their_time, seconds=True)})" in titles
    assert bob.doc.save_error is None and told.told == []
    dialog.keepMineButton.click()
    assert on_server(server_db)[uid] == ("Chiffre faux", None)


def test_deleting_a_comment_someone_just_edited_is_refused_and_keeps_it_with_its_marks(
        qtbot: Any, pair: Pair, server_db: str, told: Any) -> None:
    alice, bob = pair
    uid = comment_bob_read(alice, bob, qtbot)
    alice.side.comments.set_body(find(alice, uid), "Chiffre vérifié : 120")
    edit = show_action(bob, "1.1")
    bob.side.comments.delete(find(bob, uid))
    (notice,) = told.told
    assert notice["title"] == "Suppression refusée" and notice["severity"] == "warning"
    assert notice["text"].startswith("Impossible de supprimer le commentaire : Alice a modifié ce commentaire ou y a "
                                     "répondu à ")
    assert "Rien n'est supprimé ni perdu" in notice["text"]
    # Nothing deleted, anywhere: the server, Bob's comments (Alice's words now), his text's marks.
    assert on_server(server_db)[uid] == ("Chiffre vérifié : 120", None)
    assert find(bob, uid).body == "Chiffre vérifié : 120"
    assert uid in bob.actionPage.narrativeEditor.textEdit().richText().comment_ids()
    assert "Supprimer le commentaire" not in undo_texts(bob)  # nothing to undo
    assert "Commentaire supprimé" not in bob.statusBar().currentMessage()
    assert bob.doc.save_error is None and no_dialog(bob)
    # Read now, deleted knowingly: it goes.
    bob.side.comments.delete(find(bob, uid))
    assert uid not in on_server(server_db)
    assert edit.richText().comment_ids() == set()


def test_deleting_a_comment_someone_just_replied_to_is_refused(
        qtbot: Any, pair: Pair, server_db: str, told: Any) -> None:
    alice, bob = pair
    uid = comment_bob_read(alice, bob, qtbot)
    alice.side.comments.reply(find(alice, uid), "Je les envoie demain")
    show_action(bob, "1.1")
    bob.side.comments.delete(find(bob, uid))
    (notice,) = told.told
    assert notice["title"] == "Suppression refusée" and "Alice a modifié ce commentaire ou y a répondu" in notice["text"]
    assert sorted(body for body, _parent in on_server(server_db).values()) == ["Chiffre ?", "Je les envoie demain"]
    assert [r.body for r in find(bob, uid).replies] == ["Je les envoie demain"]


def test_a_reply_to_a_comment_deleted_meanwhile_is_kept_to_copy_and_saving_goes_on(
        qtbot: Any, pair: Pair, server_db: str, told: Any) -> None:
    alice, bob = pair
    uid = comment_bob_read(alice, bob, qtbot)
    show_action(alice, "1.1")
    alice.side.comments.delete(find(alice, uid))
    assert uid not in on_server(server_db)
    bob.side.comments.reply(find(bob, uid), "Ma réponse, longue à écrire")
    dialog = shown_dialog(bob)
    assert dialog.mineView.toPlainText() == "Ma réponse, longue à écrire"  # the words only, to copy
    assert dialog.keepTheirsButton.text() == "J'ai &copié mon texte" and not dialog.keepMineButton.isEnabled()
    assert bob.doc.save_error is None and told.told == []
    dialog.keepTheirsButton.click()
    assert on_server(server_db) == {}
    assert "Répondre au commentaire" not in undo_texts(bob)
    # The window saves as before: typing reaches the server.
    edit = show_action(bob, "1.1")
    typed(edit, " Suite de Bob")
    qtbot.waitUntil(lambda: not bob.doc.save_pending, timeout=3000)
    assert bob.doc.save_error is None


def test_resolving_a_comment_deleted_meanwhile_just_says_so(qtbot: Any, pair: Pair, server_db: str,
                                                           told: Any) -> None:
    alice, bob = pair
    uid = comment_bob_read(alice, bob, qtbot)
    show_action(alice, "1.1")
    alice.side.comments.delete(find(alice, uid))
    bob.side.comments.set_resolved(find(bob, uid), True)
    assert bob.statusBar().currentMessage() == "Ce commentaire vient d'être supprimé par un autre rédacteur."
    assert no_dialog(bob) and told.told == [] and bob.doc.save_error is None
    assert find(bob, uid) is None and on_server(server_db) == {}


def test_two_approvals_of_one_section_at_once_keep_the_first_and_say_so(
        qtbot: Any, pair: Pair, server_db: str, told: Any) -> None:
    alice, bob = pair
    show_action(alice, "1.1")
    show_action(bob, "1.1")
    deaf(bob)
    # Who signs an approval (Préférences; one settings store for both windows of this process).
    alice.settings.comment_author = "Alice"
    qtbot.mouseClick(alice.actionPage.approvalBar.approveButton, Qt.MouseButton.LeftButton)
    bob.settings.comment_author = "Bob"
    qtbot.mouseClick(bob.actionPage.approvalBar.approveButton, Qt.MouseButton.LeftButton)
    (notice,) = told.told
    assert notice["title"] == "Section déjà validée"
    assert notice["text"].startswith("Alice vient de valider cette section à ")
    assert approval_on_server(server_db, "1.1") == "Alice"
    assert bob.actionPage.approvalBar.label.text().startswith("Validé par Alice")
    assert bob.doc.save_error is None and "Valider la section" not in undo_texts(bob)


def test_approving_a_section_someone_changed_unseen_is_refused_then_approved_once_read(
        qtbot: Any, pair: Pair, server_db: str, told: Any) -> None:
    alice, bob = pair
    bob.settings.comment_author = "Bob"
    alice_edit = show_action(alice, "1.1")
    bob_edit = show_action(bob, "1.1")
    deaf(bob)
    typed(alice_edit, " Ajout d'Alice")
    assert alice.doc.save_now()
    assert "Ajout d'Alice" not in bob_edit.toPlainText()  # Bob has not read it
    qtbot.mouseClick(bob.actionPage.approvalBar.approveButton, Qt.MouseButton.LeftButton)
    (notice,) = told.told
    assert notice["title"] == "Modification refusée"
    assert notice["text"].startswith("Impossible de valider cette section : Alice a modifié le texte de l'action 1.1 "
                                     "(bilan 2024) à ")
    assert approval_on_server(server_db, "1.1") is None
    # Bob's page shows what he would have approved; approving it now is approving what he read.
    assert "Ajout d'Alice" in bob_edit.toPlainText()
    assert bob.actionPage.approvalBar.label.text() == "Pas encore validé"
    qtbot.mouseClick(bob.actionPage.approvalBar.approveButton, Qt.MouseButton.LeftButton)
    assert approval_on_server(server_db, "1.1") == "Bob"


def test_accepting_a_suggestion_on_a_text_someone_changed_is_refused_then_done_on_theirs(
        qtbot: Any, pair: Pair, server_db: str, told: Any) -> None:
    alice, bob = pair
    # A reviewer's suggestion on 1.1's narrative, as an import leaves it.
    report = alice.doc.report
    action = alice.doc.convention.action_by_number("1.1")
    text = report.text_for(action).narrative.plain_text()
    old = "présente à ce jour"
    offset = text.index(old)
    report.suggestions.append(Suggestion(
        uid="sugg-1", action=action, field="narrative", kind="replacement", status="pending", author="Marie",
        created_at=NOW, source="relu.docx", old=old, new="comptait fin 2024", before=text[max(0, offset - 30):offset],
        after=text[offset + len(old):offset + len(old) + 30], offset=offset))
    alice.doc.mark_dirty()
    assert alice.doc.save_now()
    bob.doc.apply_remote([])  # as the notice would
    bob.side.show_review_list()
    panel = bob.findChild(object, "reviewPanel")
    qtbot.waitUntil(lambda: len(panel.cards()) == 1, timeout=3000)
    deaf(bob)
    bob_edit = show_action(bob, "1.1")
    alice_edit = show_action(alice, "1.1")
    typed(alice_edit, " Ajout d'Alice")
    assert alice.doc.save_now()
    qtbot.mouseClick(panel.cards()[0].accept, Qt.MouseButton.LeftButton)
    (notice,) = told.told
    assert notice["text"].startswith("« Accepter la suggestion » n'a pas été fait : Alice a modifié le texte de "
                                     "l'action 1.1 (bilan 2024) à ")
    ws = open_server(server_db)
    try:
        narrative = ws.current_convention().report_for(2024).find_text(
            ws.current_convention().action_by_number("1.1")).narrative.plain_text()
        status = ws.current_convention().report_for(2024).suggestions[0].status
    finally:
        ws.close()
    assert "Ajout d'Alice" in narrative and old in narrative and status == "pending"
    assert "Ajout d'Alice" in bob_edit.toPlainText() and bob.doc.save_error is None
    # Accepted again, now on the text as it is: both changes are in.
    qtbot.waitUntil(lambda: len(panel.cards()) == 1, timeout=3000)
    qtbot.mouseClick(panel.cards()[0].accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "comptait fin 2024" in bob_edit.toPlainText(), timeout=3000)
    assert "Ajout d'Alice" in bob_edit.toPlainText()
    assert len(told.told) == 1


def test_a_comment_added_on_a_text_someone_changed_shows_both_texts_and_keeps_the_comment(
        qtbot: Any, pair: Pair, server_db: str, told: Any, tmp_path: Any) -> None:
    alice, bob = pair
    alice_edit = show_action(alice, "1.1")
    bob_edit = show_action(bob, "1.1")
    deaf(bob)
    typed(alice_edit, " Ajout d'Alice")
    assert alice.doc.save_now()
    # Bob selects the first word of his (older) text, Ctrl+Alt+M, types, Ctrl+Entrée.
    word = bob_edit.toPlainText().split()[0]
    bob_edit.setFocus()
    cursor = bob_edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len(word), cursor.MoveMode.KeepAnchor)
    bob_edit.setTextCursor(cursor)
    qtbot.keyClick(bob_edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    panel = bob.side.comments_panel
    typed(panel.bodyEdit, "Source ?", at_end=False)
    qtbot.keyClick(panel.bodyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Her words and his marks met on one text: both versions, nothing failed or lost.
    dialog = shown_dialog(bob)
    dialog.grab().save(str(tmp_path / "comment-conflict.png"))
    assert "Ajout d'Alice" in dialog.theirsView.toPlainText()
    assert "Ajout d'Alice" not in dialog.mineView.toPlainText()
    assert bob.doc.save_error is None and told.told == []
    [(uid, (body, _parent))] = on_server(server_db).items()
    assert body == "Source ?"  # the comment itself is saved
    assert "Ajouter un commentaire" not in undo_texts(bob)
    # « Fusionner à la main »: his marked text with her words added, saved as merged.
    dialog.mergeButton.click()
    merge = dialog.mergeEdit
    merged = merge.textCursor()
    merged.movePosition(merged.MoveOperation.End)
    merge.setTextCursor(merged)
    merge.insertPlainText(" Ajout d'Alice")
    dialog.saveMergeButton.click()
    ws = open_server(server_db)
    try:
        convention = ws.current_convention()
        narrative = convention.report_for(2024).find_text(convention.action_by_number("1.1")).narrative
    finally:
        ws.close()
    assert narrative.plain_text().endswith("Ajout d'Alice") and narrative.comment_quote(uid) == word
