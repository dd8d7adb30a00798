"""Issue 14, point 1: review comments in the app, driven like a user — select words,
Ctrl+Alt+M, type the body, the range highlighted and following the text, saved and found
again after reopening, undone in one step, replies, resolving, deleting."""

from __future__ import annotations

import json
from typing import Any

from gui_helpers import action_text_on_disk, outline_select, read_column, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from mesdesk.gui.richtext.comment_marks import CommentLook
from mesdesk.model.richtext import RichText

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def select_words(qtbot: Any, edit: Any, words: str, occurrence: int = 0) -> int:
    """Put the cursor before ``words`` (as a click would) and select them with Maj+→."""
    text = edit.document().toPlainText()
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.setPosition(start)
    edit.setTextCursor(cursor)
    for _ in words:
        qtbot.keyClick(edit, Qt.Key.Key_Right, SHIFT)
    assert edit.textCursor().selectedText() == words
    return start


def add_comment(qtbot: Any, window: Any, edit: Any, words: str, body: str) -> Any:
    """Select ``words``, Ctrl+Alt+M, type ``body`` in the panel, Ctrl+Entrée."""
    select_words(qtbot, edit, words)
    qtbot.keyClick(edit, Qt.Key.Key_M, CTRL | ALT)
    panel = window.side.comments_panel
    assert panel is not None and panel.isVisible() and panel.composer.isVisible()
    assert QApplication.focusWidget() is panel.bodyEdit
    type_text(panel.bodyEdit, body)
    qtbot.keyClick(panel.bodyEdit, Qt.Key.Key_Return, CTRL)
    assert not panel.composer.isVisible()
    return panel


def highlighted(edit: Any) -> dict[str, str]:
    """The words drawn highlighted in an edit, by the look of their comment."""
    out: dict[str, str] = {}
    for selection in edit.extraSelections():
        color = selection.format.background().color().name()
        out[selection.cursor.selectedText()] = color
    return out


def narrative_on_disk(window: Any, action: Any) -> RichText:
    return RichText.from_json(action_text_on_disk(window.doc.path, action.uid, window.doc.report.year, "narrative"))


def test_comment_added_on_words_is_saved_moves_with_the_text_and_comes_back(
        qtbot: Any, window: Any, controller: Any) -> None:
    window.settings.comment_author = "Claire Relectrice"
    action = outline_select(window, qtbot, "1.1")
    edit = window.actionPage.narrativeEditor.textEdit()
    words = edit.document().toPlainText().split("\n")[0].split()[2]
    panel = add_comment(qtbot, window, edit, words, "Préciser le nombre")
    report = window.doc.report
    [comment] = report.comments
    assert (comment.author, comment.body, comment.quote, comment.field) == (
        "Claire Relectrice", "Préciser le nombre", words, "narrative")
    # The words are highlighted, as the current comment; the panel lists it under its section.
    assert highlighted(edit) == {words: "#f5c842"}
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts[0].startswith("1.1 ") and texts[0].endswith("— Récit")
    assert texts[1].startswith("Claire Relectrice · ") and f"« {words} »" in texts[1] and "Préciser le nombre" in texts[1]
    # Saved at once: marks and row on disk.
    path = window.doc.path
    assert read_column(path, "SELECT body FROM comment WHERE uid = ?", comment.uid) == "Préciser le nombre"
    assert narrative_on_disk(window, action).comment_quote(comment.uid) == words

    # Typing before the words moves the range; typing right after them does not extend it.
    start = edit.document().toPlainText().index(words)
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    type_text(edit, "Ajout ")
    cursor.setPosition(start + len("Ajout ") + len(words))
    edit.setTextCursor(cursor)
    type_text(edit, "xyz")
    assert edit.commentSpans(comment.uid) == [(start + 6, start + 6 + len(words))]
    qtbot.waitUntil(lambda: narrative_on_disk(window, action).plain_text().startswith("Ajout "), timeout=5000)
    on_disk = narrative_on_disk(window, action)
    assert on_disk.comment_quote(comment.uid) == words
    assert on_disk.plain_text().index(words + "xyz") == start + 6

    # Reopen the workspace: the comment is there, on the same words, highlighted.
    window.close()
    again = controller.start(path)
    assert again is not None
    again.show()
    qtbot.waitExposed(again)
    outline_select(again, qtbot, "1.1")
    edit = again.actionPage.narrativeEditor.textEdit()
    [comment] = again.doc.report.comments
    assert edit.commentSpans(comment.uid) == [(start + 6, start + 6 + len(words))]
    qtbot.waitUntil(lambda: highlighted(edit) == {words: "#fdf0b5"})
    again.close()


def test_ctrl_z_in_the_text_takes_back_the_comment_and_its_marks_in_one_step(qtbot: Any, window: Any) -> None:
    action = outline_select(window, qtbot, "1.1")
    edit = window.actionPage.narrativeEditor.textEdit()
    before = window.doc.report.text_for(action).narrative
    # Some typing first: it stays when the comment is undone.
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    type_text(edit, "Début ")
    add_comment(qtbot, window, edit, "Début", "À revoir")
    assert QApplication.focusWidget() is edit  # back in the text after the words
    assert len(window.doc.report.comments) == 1
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert window.doc.report.comments == []
    assert edit.richText().comment_ids() == set()
    assert edit.document().toPlainText().startswith("Début ")  # only the comment went
    assert highlighted(edit) == {}
    assert read_column(window.doc.path, "SELECT count(*) FROM comment") == 0
    # Ctrl+Maj+Z brings it back, marks and row.
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL | SHIFT)
    [comment] = window.doc.report.comments
    assert edit.richText().comment_quote(comment.uid) == "Début"
    # Two more Ctrl+Z: the comment, then the typing.
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert window.doc.report.comments == []
    assert edit.richText() == before


def test_reply_resolve_filter_delete_and_undo_from_the_panel(qtbot: Any, window: Any) -> None:
    window.settings.comment_author = "Claire"
    outline_select(window, qtbot, "1.1")
    edit = window.actionPage.evaluationEditor.textEdit()
    words = edit.document().toPlainText().split()[1]
    panel = add_comment(qtbot, window, edit, words, "Un chiffre ?")
    [comment] = window.doc.report.comments
    uid = comment.uid

    # Reply: select the comment, « Répondre », type, Ctrl+Entrée.
    window.settings.comment_author = "Paul"
    panel.list.setFocus()
    qtbot.mouseClick(panel.replyButton, Qt.MouseButton.LeftButton)
    type_text(panel.bodyEdit, "42 enfants")
    qtbot.keyClick(panel.bodyEdit, Qt.Key.Key_Return, CTRL)
    [reply] = comment.replies
    assert (reply.author, reply.body) == ("Paul", "42 enfants")
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts[2].startswith("\u2003\u2003↳ Paul · ") and "42 enfants" in texts[2]

    # Resolve: greyed out of the list (the filter), no highlight; « Afficher les résolus » shows it.
    panel.list.setCurrentRow(1)
    qtbot.mouseClick(panel.resolveButton, Qt.MouseButton.LeftButton)
    assert comment.resolved
    assert read_column(window.doc.path, "SELECT resolved FROM comment WHERE uid = ?", uid) == 1
    assert panel.list.count() == 0 and "1 résolu" in panel.summary.text()
    assert highlighted(edit) == {}
    panel.showResolved.setChecked(True)
    assert panel.list.count() == 3
    assert panel.list.item(1).foreground().color().name() == "#8a8a8a"
    assert highlighted(edit) == {words: "#eeeeea"}
    # Undo (focus in the panel: the window's stack) reopens it.
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, CTRL)
    assert not comment.resolved

    # Change the body.
    panel.list.setCurrentRow(1)
    qtbot.mouseClick(panel.editButton, Qt.MouseButton.LeftButton)
    panel.bodyEdit.selectAll()
    type_text(panel.bodyEdit, "Combien ?")
    qtbot.mouseClick(panel.submitButton, Qt.MouseButton.LeftButton)
    assert comment.body == "Combien ?"

    # Delete: row, reply and marks go; Ctrl+Z puts all of it back.
    panel.list.setCurrentRow(1)
    qtbot.mouseClick(panel.deleteButton, Qt.MouseButton.LeftButton)
    assert window.doc.report.comments == []
    assert edit.richText().comment_ids() == set()
    assert read_column(window.doc.path, "SELECT count(*) FROM comment") == 0
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, CTRL)
    [comment, reply] = sorted(window.doc.report.comments, key=lambda c: c.parent is not None)
    assert comment.uid == uid and reply.parent is comment and comment.body == "Combien ?"
    assert edit.richText().comment_quote(uid) == words
    assert read_column(window.doc.path, "SELECT count(*) FROM comment") == 2


def test_deleted_words_leave_a_detached_comment_with_its_quote(qtbot: Any, window: Any) -> None:
    window.select_key(("preamble",))
    edit = window.preamblePage.editor.textEdit()
    words = edit.document().toPlainText().split()[0]
    panel = add_comment(qtbot, window, edit, words, "Titre ?")
    select_words(qtbot, edit, words)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    window.doc.save_now()
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert f"Texte commenté supprimé — « {words} »" in texts[1]
    # Clicking it says so (the words cannot be selected).
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(panel.list.item(1)).center())
    assert "supprimés" in window.statusBar().currentMessage()


def test_copy_paste_does_not_copy_the_comment(qtbot: Any, window: Any) -> None:
    window.select_key(("conclusion",))
    edit = window.conclusionPage.editor.textEdit()
    words = edit.document().toPlainText().split()[0]
    add_comment(qtbot, window, edit, words, "Note")
    [comment] = window.doc.report.comments
    select_words(qtbot, edit, words)
    qtbot.keyClick(edit, Qt.Key.Key_C, CTRL)
    mime = QApplication.clipboard().mimeData()
    assert "comments" not in bytes(mime.data("application/x-mesdesk-richtext+json").data()).decode()
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)
    assert edit.document().toPlainText().endswith(words)
    assert edit.richText().comment_quote(comment.uid) == words  # once, not on the copy


def test_clicking_a_comment_opens_its_text_and_selects_its_words(qtbot: Any, window: Any) -> None:
    window.select_key(("preamble",))
    edit = window.preamblePage.editor.textEdit()
    words = edit.document().toPlainText().split()[1]
    panel = add_comment(qtbot, window, edit, words, "Voir")
    outline_select(window, qtbot, "1.2")
    item = panel.list.item(1)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    assert window.current_key() == ("preamble",)
    assert window.preamblePage.editor.textEdit().textCursor().selectedText() == words
    assert window.side.comments.looks() == {window.doc.report.comments[0].uid: CommentLook.CURRENT}


def test_author_name_in_preferences(qtbot: Any, window: Any) -> None:
    from mesdesk.gui.preferences import PreferencesDialog
    from mesdesk.gui.settings import os_user_name

    assert window.settings.comment_author == os_user_name() != ""
    dialog = PreferencesDialog(window.settings, window)
    field = dialog.findChild(type(dialog.authorEdit), "commentAuthor")
    assert field.text() == os_user_name()
    field.selectAll()
    type_text(field, "Marie Curie")
    assert dialog.comment_author() == "Marie Curie"
    json.dumps(dialog.comment_author())


def test_typing_at_either_edge_of_the_range_stays_outside_it_inside_joins_it(qtbot: Any, window: Any) -> None:
    window.select_key(("preamble",))
    edit = window.preamblePage.editor.textEdit()
    words = edit.document().toPlainText().split()[1]
    add_comment(qtbot, window, edit, words, "Bord")
    [comment] = window.doc.report.comments
    start = edit.document().toPlainText().index(words)
    cursor = edit.textCursor()
    for position, typed in ((start, "A"), (start + 1 + len(words), "Z"), (start + 3, "m")):
        cursor.setPosition(position)
        edit.setTextCursor(cursor)
        type_text(edit, typed)
    # « A » before and « Z » after are outside; « m » typed inside the words is in.
    assert edit.richText().comment_quote(comment.uid) == words[:2] + "m" + words[2:]
    assert edit.document().toPlainText()[start:start + len(words) + 3] == "A" + words[:2] + "m" + words[2:] + "Z"


def test_context_menu_and_view_menu_entries(qtbot: Any, window: Any) -> None:
    window.select_key(("conclusion",))
    edit = window.conclusionPage.editor.textEdit()
    select_words(qtbot, edit, edit.document().toPlainText().split()[0])
    menu = edit.buildContextMenu(edit.cursorRect().center())
    entry = next(a for a in menu.actions() if a.objectName() == "actionAddComment")
    assert entry.text() == "Ajouter un &commentaire" and entry.shortcut().toString() == "Ctrl+Alt+M"
    menu.deleteLater()
    # Affichage › Commentaires (Ctrl+Maj+M) shows the panel, again hides it.
    assert window.side.comments_panel is None and not window.actionShowComments.isChecked()
    qtbot.keyClick(edit, Qt.Key.Key_M, CTRL | SHIFT)
    panel = window.side.comments_panel
    assert panel is not None and panel.isVisible() and window.actionShowComments.isChecked()
    assert "Aucun commentaire" in panel.summary.text()
    qtbot.keyClick(edit, Qt.Key.Key_M, CTRL | SHIFT)
    assert not panel.isVisible() and not window.actionShowComments.isChecked()
    # Without a selection Ctrl+Alt+M says what to do and adds nothing.
    cursor = edit.textCursor()
    cursor.clearSelection()
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_M, CTRL | ALT)
    assert window.statusBar().currentMessage() == "Sélectionnez d'abord les mots à commenter."
    assert window.doc.report.comments == []


def test_undo_from_the_panel_after_typing_keeps_the_typing(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.2")
    edit = window.actionPage.meansEditor.textEdit()
    words = edit.document().toPlainText().split()[0]
    panel = add_comment(qtbot, window, edit, words, "Moyens ?")
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    type_text(edit, " fin")
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, CTRL)
    assert window.doc.report.comments == []
    assert edit.document().toPlainText().endswith(" fin") and edit.richText().comment_ids() == set()
    window.doc.save_now()
    on_disk = RichText.from_json(action_text_on_disk(
        window.doc.path, window.actionPage.action.uid, window.doc.report.year, "means"))
    assert on_disk.plain_text().endswith(" fin") and on_disk.comment_ids() == set()
    # Redo from the panel marks the same words again.
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, CTRL | SHIFT)
    [comment] = window.doc.report.comments
    assert edit.richText().comment_quote(comment.uid) == words


def test_panel_follows_another_workspace(qtbot: Any, window: Any, dialogs: Any, sample_file: Any, tmp_path: Any) -> None:
    window.select_key(("preamble",))
    edit = window.preamblePage.editor.textEdit()
    panel = add_comment(qtbot, window, edit, edit.document().toPlainText().split()[0], "Ici")
    assert panel.list.count() == 2
    other = tmp_path / "autre.mesdesk"
    other.write_bytes(sample_file.read_bytes())
    dialogs.open_files.append(other)
    qtbot.keyClick(window.outline, Qt.Key.Key_O, CTRL)
    assert window.doc.path == other
    assert panel.list.count() == 0 and "Aucun commentaire" in panel.summary.text()
    window.select_key(("preamble",))
    assert window.preamblePage.editor.textEdit().extraSelections() == []


def test_cursor_in_commented_words_selects_the_comment_and_toolbar_button(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.1")
    edit = window.actionPage.narrativeEditor.textEdit()
    text = edit.document().toPlainText()
    first, second = text.split()[1], text.split()[4]
    panel = add_comment(qtbot, window, edit, first, "Un")
    # The toolbar's bubble does what Ctrl+Alt+M does.
    button = window.formatToolBar.widgetForAction(window.actionAddComment)
    assert button is not None and "Ctrl+Alt+M" in window.actionAddComment.toolTip()
    select_words(qtbot, edit, second)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    type_text(panel.bodyEdit, "Deux")
    qtbot.mouseClick(panel.submitButton, Qt.MouseButton.LeftButton)
    uid_one, uid_two = (c.uid for c in sorted(window.doc.report.comments, key=lambda c: c.body != "Un"))
    assert window.side.comments.current == uid_two
    # Arrow keys into the first comment's words: it becomes the current one, in the panel too.
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.setPosition(text.index(first) + len(first) + 2)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    assert window.side.comments.current == uid_one
    assert panel.list.currentItem().data(Qt.ItemDataRole.UserRole + 1) == uid_one
    assert highlighted(edit) == {first: "#f5c842", second: "#fdf0b5"}


def test_a_mark_brought_back_by_the_text_undo_after_its_comment_was_deleted_is_not_saved(
        qtbot: Any, window: Any) -> None:
    window.select_key(("preamble",))
    edit = window.preamblePage.editor.textEdit()
    words = edit.document().toPlainText().split()[2]
    panel = add_comment(qtbot, window, edit, words, "Supprimé ensuite")
    select_words(qtbot, edit, words)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # the words go: the comment is detached
    window.doc.save_now()
    panel.list.setCurrentRow(1)
    qtbot.mouseClick(panel.deleteButton, Qt.MouseButton.LeftButton)
    assert window.doc.report.comments == []
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # the text's own undo: the words come back, with the old mark
    assert words in edit.document().toPlainText()
    window.doc.save_now()
    saved = RichText.from_json(read_column(window.doc.path, "SELECT preamble FROM report WHERE id = ?",
                                           window.doc.report.id))
    assert words in saved.plain_text() and saved.comment_ids() == set()
    assert highlighted(edit) == {}
