"""Typing and formatting like a user: keys and shortcuts in, model values out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from mesdesk.model.richtext import ListBlock, ListItem, Paragraph, RichText, Text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def select_word_left(qtbot: Any, edit: Any, count: int = 1) -> None:
    for _ in range(count):
        qtbot.keyClick(edit, Qt.Key.Key_Left, CTRL | SHIFT)


def test_ctrl_b_bolds_the_selected_word(qtbot: Any, desk: Any) -> None:
    qtbot.keyClicks(desk.edit, "Un bilan solide")
    select_word_left(qtbot, desk.edit)
    qtbot.keyClick(desk.edit, Qt.Key.Key_B, CTRL)
    assert desk.edit.richText() == RichText((Paragraph((Text("Un bilan "), Text("solide", bold=True))),))
    assert desk.toolbar.action("bold").isChecked()
    # Again: the bold goes away.
    qtbot.keyClick(desk.edit, Qt.Key.Key_B, CTRL)
    assert desk.edit.richText() == RichText((Paragraph((Text("Un bilan solide"),)),))


def test_bold_then_typing_continues_bold_until_toggled_off(qtbot: Any, desk: Any, type_text: Any) -> None:
    qtbot.keyClicks(desk.edit, "Avant ")
    qtbot.keyClick(desk.edit, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(desk.edit, "gras")
    qtbot.keyClick(desk.edit, Qt.Key.Key_B, CTRL)
    type_text(desk.edit, " après")
    assert desk.edit.richText() == RichText(
        (Paragraph((Text("Avant "), Text("gras", bold=True), Text(" après"))),)
    )


def test_italic_and_runin_shortcuts(qtbot: Any, desk: Any, type_text: Any) -> None:
    type_text(desk.edit, "Public visé. Les jeunes du quartier")
    cursor = desk.edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Public visé."), QTextCursor.MoveMode.KeepAnchor)
    desk.edit.setTextCursor(cursor)
    qtbot.keyClick(desk.edit, Qt.Key.Key_H, CTRL | ALT)
    assert desk.toolbar.action("runin").isChecked()
    select_word_left(qtbot, desk.edit, 0)
    qtbot.keyClick(desk.edit, Qt.Key.Key_End)
    select_word_left(qtbot, desk.edit)
    qtbot.keyClick(desk.edit, Qt.Key.Key_I, CTRL)
    assert desk.edit.richText() == RichText(
        (
            Paragraph(
                (
                    Text("Public visé.", runin=True),
                    Text(" Les jeunes du "),
                    Text("quartier", italic=True),
                )
            ),
        )
    )


def test_undo_of_a_typed_word(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(RichText.plain("Texte chargé."))
    qtbot.keyClick(desk.edit, Qt.Key.Key_End)
    qtbot.keyClicks(desk.edit, " Ajout")
    assert desk.edit.richText().plain_text() == "Texte chargé. Ajout"
    qtbot.keyClick(desk.edit, Qt.Key.Key_Z, CTRL)
    assert desk.edit.richText().plain_text() == "Texte chargé."
    # Loading cleared the history: nothing more to undo.
    qtbot.keyClick(desk.edit, Qt.Key.Key_Z, CTRL)
    assert desk.edit.richText().plain_text() == "Texte chargé."
    qtbot.keyClick(desk.edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert desk.edit.richText().plain_text() == "Texte chargé. Ajout"


def test_set_rich_text_is_silent_and_typing_signals(qtbot: Any, desk: Any) -> None:
    seen: list[int] = []
    desk.editor.contentChanged.connect(lambda: seen.append(1))
    desk.editor.setRichText(RichText.plain("Un\nDeux"))
    assert seen == []
    assert desk.editor.richText() == RichText.plain("Un\nDeux")
    qtbot.keyClicks(desk.edit, "x")
    assert len(seen) == 1


def test_bullet_list_from_toolbar_and_tab_levels(qtbot: Any, desk: Any) -> None:
    desk.toolbar.action("bullet").trigger()
    qtbot.keyClicks(desk.edit, "Ateliers")
    qtbot.keyClick(desk.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(desk.edit, "cuisine")
    qtbot.keyClick(desk.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(desk.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(desk.edit, "couture")
    qtbot.keyClick(desk.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(desk.edit, "Sorties")
    qtbot.keyClick(desk.edit, Qt.Key.Key_Backtab, SHIFT)
    assert desk.edit.hasFocus()  # Tab in a list changes the level, not the focus
    qtbot.keyClick(desk.edit, Qt.Key.Key_Return)
    qtbot.keyClick(desk.edit, Qt.Key.Key_Return)  # Enter on an empty item leaves the list
    qtbot.keyClicks(desk.edit, "Fin.")
    assert desk.edit.richText() == RichText(
        (
            ListBlock(
                "bullet",
                (
                    ListItem((Text("Ateliers"),)),
                    ListItem((Text("cuisine"),), 1),
                    ListItem((Text("couture"),), 1),
                    ListItem((Text("Sorties"),)),
                ),
            ),
            Paragraph((Text("Fin."),)),
        )
    )
    assert not desk.toolbar.action("bullet").isChecked()
    qtbot.keyClick(desk.edit, Qt.Key.Key_Up)
    assert desk.toolbar.action("bullet").isChecked()


def test_numbered_list_shortcut_and_numbering_restarts_under_each_item(qtbot: Any, desk: Any) -> None:
    qtbot.keyClick(desk.edit, Qt.Key.Key_7, CTRL | SHIFT)
    for i, (text, tab) in enumerate((("un", False), ("a", True), ("deux", False), ("b", True))):
        if i:
            qtbot.keyClick(desk.edit, Qt.Key.Key_Return)
        if tab:
            qtbot.keyClick(desk.edit, Qt.Key.Key_Tab)
        elif i:
            qtbot.keyClick(desk.edit, Qt.Key.Key_Backtab, SHIFT)
        qtbot.keyClicks(desk.edit, text)
    assert desk.edit.richText() == RichText(
        (
            ListBlock(
                "number",
                (
                    ListItem((Text("un"),)),
                    ListItem((Text("a"),), 1),
                    ListItem((Text("deux"),)),
                    ListItem((Text("b"),), 1),
                ),
            ),
        )
    )
    doc = desk.edit.document()
    shown = [doc.findBlockByNumber(n).textList().itemText(doc.findBlockByNumber(n)) for n in range(4)]
    assert shown == ["1)", "a)", "2)", "a)"]


def test_tab_outside_a_list_moves_the_focus(qtbot: Any, desk: Any) -> None:
    qtbot.keyClicks(desk.edit, "Texte")
    qtbot.keyClick(desk.edit, Qt.Key.Key_Tab)
    assert desk.other.hasFocus()
    assert desk.editor.richText().plain_text() == "Texte"


def test_toolbar_follows_the_focus(qtbot: Any, desk: Any) -> None:
    bold = desk.toolbar.action("bold")
    assert bold.isEnabled()
    desk.other.setFocus()
    qtbot.waitUntil(lambda: not bold.isEnabled(), timeout=2000)
    desk.edit.setFocus()
    qtbot.waitUntil(bold.isEnabled, timeout=2000)
    assert desk.toolbar.editor() is desk.edit


def test_word_count_and_over_target_colour(qtbot: Any, desk: Any) -> None:
    label = desk.editor.findChild(type(desk.editor.countLabel()), "wordCount")
    normal = label.palette().color(label.foregroundRole())
    desk.editor.setTargetWords(3)
    qtbot.keyClicks(desk.edit, "un deux trois")
    qtbot.waitUntil(lambda: label.text().startswith("3 / 3 mots"), timeout=2000)
    assert "13 caractères" in label.text()
    assert label.palette().color(label.foregroundRole()) == normal
    qtbot.keyClicks(desk.edit, " quatre")
    qtbot.waitUntil(lambda: label.text().startswith("4 / 3 mots"), timeout=2000)
    assert label.palette().color(label.foregroundRole()).name() == "#c0392b"
    assert label.property("overTarget") is True
    desk.editor.setTargetWords(None)
    assert label.text().startswith("4 mots")
    assert label.palette().color(label.foregroundRole()) == normal
