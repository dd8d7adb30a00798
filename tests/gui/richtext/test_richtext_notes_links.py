"""Footnotes and links, driven through their popups like a user (no modal left open)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from mesdesk.gui.richtext import editor as editor_module
from mesdesk.gui.richtext.dialogs import FootnoteDialog, LinkDialog
from mesdesk.model.richtext import Footnote, Paragraph, RichText, Text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _dialog(qtbot: Any, parent: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: parent.findChild(kind) is not None and parent.findChild(kind).isVisible(), timeout=2000)
    return parent.findChild(kind)


def _write_note(qtbot: Any, desk: Any, type_text: Any, text: str) -> None:
    """Ctrl+Alt+F, type the note, Enter: as a user does."""
    qtbot.keyClick(desk.edit, Qt.Key.Key_F, CTRL | ALT)
    dialog = _dialog(qtbot, desk.edit, FootnoteDialog)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    type_text(dialog.noteEdit, text)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_Return)


def _marker_point(edit: Any, position: int) -> QPoint:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    left = edit.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = edit.cursorRect(cursor)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def test_footnote_inserted_with_the_popup_and_renumbered(qtbot: Any, desk: Any, type_text: Any) -> None:
    type_text(desk.edit, "Selon l’enquête")
    _write_note(qtbot, desk, type_text, "Enquête de 2024, p. 3")
    type_text(desk.edit, " et la presse")
    assert desk.edit.richText() == RichText(
        (
            Paragraph(
                (
                    Text("Selon l’enquête"),
                    Footnote((Text("Enquête de 2024, p. 3"),)),
                    Text(" et la presse"),
                )
            ),
        )
    )
    assert desk.edit.footnoteNumbers() == [1]
    # A second note earlier in the text takes number 1; the first becomes 2 at once.
    qtbot.keyClick(desk.edit, Qt.Key.Key_Home)
    qtbot.keyClick(desk.edit, Qt.Key.Key_Right, CTRL)  # after "Selon"
    _write_note(qtbot, desk, type_text, "Première note")
    notes = list(desk.edit.richText().footnotes())
    assert [n.content for n in notes] == [(Text("Première note"),), (Text("Enquête de 2024, p. 3"),)]
    assert desk.edit.footnoteNumbers() == [1, 2]
    assert desk.edit._footnotes.number_at(desk.edit.document().toRawText().rindex("\ufffc")) == 2


def test_deleting_the_marker_deletes_the_note_and_undo_restores_it(qtbot: Any, desk: Any, type_text: Any) -> None:
    qtbot.keyClicks(desk.edit, "Texte")
    _write_note(qtbot, desk, type_text, "Une note")
    assert len(list(desk.edit.richText().footnotes())) == 1
    qtbot.keyClick(desk.edit, Qt.Key.Key_Backspace)
    assert desk.edit.richText() == RichText((Paragraph((Text("Texte"),)),))
    qtbot.keyClick(desk.edit, Qt.Key.Key_Z, CTRL)
    assert list(desk.edit.richText().footnotes()) == [Footnote((Text("Une note"),))]
    qtbot.keyClick(desk.edit, Qt.Key.Key_Z, CTRL)  # and the insertion itself is one step
    assert desk.edit.richText() == RichText((Paragraph((Text("Texte"),)),))


def test_double_click_on_the_marker_edits_the_note(qtbot: Any, desk: Any, type_text: Any) -> None:
    desk.editor.setRichText(
        RichText((Paragraph((Text("Voir"), Footnote((Text("ancienne"),)), Text(" ici"))),))
    )
    point = _marker_point(desk.edit, len("Voir"))
    qtbot.mouseDClick(desk.edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    dialog = _dialog(qtbot, desk.edit, FootnoteDialog)
    assert dialog.noteEdit.noteContent() == (Text("ancienne"),)
    assert "1" in dialog.windowTitle()
    dialog.noteEdit.selectAll()
    type_text(dialog.noteEdit, "nouvelle ")
    qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_B, CTRL)  # the popup answers the shortcuts itself
    qtbot.keyClicks(dialog.noteEdit, "source")
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_Return)
    assert list(desk.edit.richText().footnotes()) == [
        Footnote((Text("nouvelle "), Text("source", bold=True)))
    ]
    qtbot.keyClick(desk.edit, Qt.Key.Key_Z, CTRL)
    assert list(desk.edit.richText().footnotes()) == [Footnote((Text("ancienne"),))]


def test_context_menu_offers_to_edit_and_delete_the_note(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(RichText((Paragraph((Text("Voir"), Footnote((Text("n"),)))),)))
    menu = desk.edit.buildContextMenu(_marker_point(desk.edit, len("Voir")))
    names = [a.objectName() for a in menu.actions()]
    assert "contextEditFootnote" in names
    next(a for a in menu.actions() if a.objectName() == "contextDeleteFootnote").trigger()
    assert desk.edit.richText() == RichText((Paragraph((Text("Voir"),)),))


def test_cancelled_or_empty_note_inserts_nothing(qtbot: Any, desk: Any) -> None:
    qtbot.keyClicks(desk.edit, "Texte")
    desk.toolbar.action("footnote").trigger()
    dialog = _dialog(qtbot, desk.edit, FootnoteDialog)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_Escape)
    desk.toolbar.action("footnote").trigger()
    dialog = _dialog(qtbot, desk.edit, FootnoteDialog)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_Return)
    assert desk.edit.richText() == RichText((Paragraph((Text("Texte"),)),))


def test_ctrl_k_makes_a_link_of_the_selection(qtbot: Any, desk: Any, monkeypatch: Any) -> None:
    qtbot.keyClicks(desk.edit, "Voir le site du projet")
    for _ in range(3):
        qtbot.keyClick(desk.edit, Qt.Key.Key_Left, CTRL)  # before "site"
    for _ in range(4):
        qtbot.keyClick(desk.edit, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(desk.edit, Qt.Key.Key_K, CTRL)
    dialog = _dialog(qtbot, desk.edit, LinkDialog)
    assert dialog.textEdit.text() == "site"
    qtbot.keyClicks(dialog.urlEdit, "mes-asso.fr/bilan")
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.urlEdit, Qt.Key.Key_Return)
    href = "https://mes-asso.fr/bilan"
    assert desk.edit.richText() == RichText(
        (Paragraph((Text("Voir le "), Text("site", href=href), Text(" du projet"))),)
    )
    # Ctrl+click opens it in the browser.
    opened: list[str] = []
    monkeypatch.setattr(editor_module, "open_url", lambda url: opened.append(url.toString()) or True)
    point = _marker_point(desk.edit, len("Voir le s"))
    qtbot.mouseClick(desk.edit.viewport(), Qt.MouseButton.LeftButton, CTRL, point)
    assert opened == [href]
    # A plain click only places the cursor; the toolbar shows the link.
    qtbot.mouseClick(desk.edit.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert opened == [href]
    assert desk.toolbar.action("link").isChecked()


def test_editing_and_removing_an_existing_link(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(RichText((Paragraph((Text("le "), Text("site", href="https://a.fr"), Text(" ici"))),)))
    cursor = desk.edit.textCursor()
    cursor.setPosition(len("le si"))
    desk.edit.setTextCursor(cursor)
    qtbot.keyClick(desk.edit, Qt.Key.Key_K, CTRL)
    dialog = _dialog(qtbot, desk.edit, LinkDialog)
    assert (dialog.urlEdit.text(), dialog.textEdit.text()) == ("https://a.fr", "site")
    dialog.urlEdit.setText("https://b.fr")
    dialog.textEdit.setText("nouveau site")
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.urlEdit, Qt.Key.Key_Return)
    assert desk.edit.richText() == RichText(
        (Paragraph((Text("le "), Text("nouveau site", href="https://b.fr"), Text(" ici"))),)
    )
    cursor = desk.edit.textCursor()
    cursor.setPosition(len("le nou"))
    desk.edit.setTextCursor(cursor)
    desk.toolbar.action("link").trigger()
    dialog = _dialog(qtbot, desk.edit, LinkDialog)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.findChild(type(dialog.buttons.buttons()[0]), "removeLink").click()
    assert desk.edit.richText() == RichText((Paragraph((Text("le nouveau site ici"),)),))


def test_link_inserted_at_the_cursor_and_typing_after_it_is_plain(qtbot: Any, desk: Any) -> None:
    qtbot.keyClicks(desk.edit, "Site : ")
    qtbot.keyClick(desk.edit, Qt.Key.Key_K, CTRL)
    dialog = _dialog(qtbot, desk.edit, LinkDialog)
    qtbot.keyClicks(dialog.urlEdit, "contact@mes.fr")
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.urlEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(desk.edit, " merci")
    assert desk.edit.richText() == RichText(
        (Paragraph((Text("Site : "), Text("contact@mes.fr", href="mailto:contact@mes.fr"), Text(" merci"))),)
    )
