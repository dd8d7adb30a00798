"""Lists, levels and toolbar state: undo, popups, read-only fields, indicator chips."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mesdesk.gui.richtext.dialogs import FootnoteDialog
from mesdesk.gui.richtext.objects import object_formats
from mesdesk.model.richtext import IndicatorRef, ListBlock, ListItem, Paragraph, RichText, Text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

TWO_ITEMS = RichText((ListBlock("bullet", (ListItem((Text("un"),)), ListItem((Text("deux"),)))),))


def test_level_change_is_undone_in_one_step(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(TWO_ITEMS)
    qtbot.keyClick(desk.edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(desk.edit, Qt.Key.Key_Tab)
    assert desk.edit.richText().blocks[0].items[1].level == 1
    qtbot.keyClick(desk.edit, Qt.Key.Key_Z, CTRL)
    assert desk.edit.richText() == TWO_ITEMS


def test_first_item_cannot_hang_under_nothing(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(TWO_ITEMS)
    qtbot.keyClick(desk.edit, Qt.Key.Key_Tab)  # cursor in the first item
    assert desk.edit.richText() == TWO_ITEMS
    # Nothing to indent under: Tab moves on, as it does outside a list (issue 11).
    assert not desk.edit.hasFocus()


def test_level_buttons_and_list_toggles_from_the_toolbar(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(RichText((Paragraph((Text("seul"),)),)))
    assert not desk.toolbar.action("indent").isEnabled()
    desk.toolbar.action("number").trigger()
    assert desk.toolbar.action("number").isChecked() and not desk.toolbar.action("bullet").isChecked()
    assert desk.toolbar.action("indent").isEnabled()
    desk.toolbar.action("bullet").trigger()  # switches the list's kind
    assert desk.edit.richText() == RichText((ListBlock("bullet", (ListItem((Text("seul"),)),)),))
    desk.toolbar.action("bullet").trigger()  # and back to a paragraph
    assert desk.edit.richText() == RichText((Paragraph((Text("seul"),)),))


def test_selected_paragraphs_become_one_list(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(RichText.plain("un\ndeux\ntrois"))
    desk.edit.selectAll()
    qtbot.keyClick(desk.edit, Qt.Key.Key_8, CTRL | SHIFT)
    assert desk.edit.richText() == RichText(
        (ListBlock("bullet", tuple(ListItem((Text(t),)) for t in ("un", "deux", "trois"))),)
    )


def test_ending_a_list_in_the_middle_restarts_numbering_after(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(
        RichText((ListBlock("number", tuple(ListItem((Text(t),)) for t in ("a", "b", "c"))),))
    )
    cursor = desk.edit.textCursor()
    cursor.setPosition(desk.edit.document().findBlockByNumber(1).position())
    desk.edit.setTextCursor(cursor)
    qtbot.keyClick(desk.edit, Qt.Key.Key_Backspace)  # at an item's start: leaves the list
    assert desk.edit.richText() == RichText(
        (
            ListBlock("number", (ListItem((Text("a"),)),)),
            Paragraph((Text("b"),)),
            ListBlock("number", (ListItem((Text("c"),)),)),
        )
    )
    last = desk.edit.document().lastBlock()
    assert last.textList().itemText(last) == "1)"  # what is shown is what is exported


def test_enter_after_a_runin_starts_body_text(qtbot: Any, desk: Any) -> None:
    qtbot.keyClick(desk.edit, Qt.Key.Key_H, CTRL | ALT)
    qtbot.keyClicks(desk.edit, "Objectif.")
    qtbot.keyClick(desk.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(desk.edit, "Texte")
    assert desk.edit.richText() == RichText(
        (Paragraph((Text("Objectif.", runin=True),)), Paragraph((Text("Texte"),)))
    )


def test_footnote_popup_has_no_lists_or_notes(qtbot: Any, desk: Any) -> None:
    desk.toolbar.action("footnote").trigger()
    qtbot.waitUntil(lambda: desk.edit.findChild(FootnoteDialog) is not None, timeout=2000)
    dialog = desk.edit.findChild(FootnoteDialog)
    dialog.noteEdit.setFocus()
    qtbot.waitUntil(lambda: desk.toolbar.editor() is dialog.noteEdit, timeout=2000)
    assert desk.toolbar.action("bold").isEnabled()
    for name in ("bullet", "number", "footnote", "indent"):
        assert not desk.toolbar.action(name).isEnabled(), name
    qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_8, CTRL | SHIFT)  # no list in a note
    assert dialog.noteEdit.richText() == RichText()
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.reject()


def test_read_only_field_cannot_be_formatted(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(RichText.plain("figé"))
    desk.edit.setReadOnly(True)
    desk.toolbar.updateState()
    assert not desk.toolbar.action("bold").isEnabled()
    desk.edit.selectAll()
    qtbot.keyClick(desk.edit, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(desk.edit, Qt.Key.Key_8, CTRL | SHIFT)
    assert desk.edit.richText() == RichText.plain("figé")


def test_indicator_chip_is_one_character_with_its_label(qtbot: Any, desk: Any) -> None:
    desk.edit.setIndicatorLabeler(lambda ref: "visites du site")
    qtbot.keyClicks(desk.edit, "Nous avons eu ")
    desk.edit.insertIndicatorRef(IndicatorRef("ind-visites", 2024))
    qtbot.keyClicks(desk.edit, " visites")
    assert desk.edit.richText() == RichText(
        (Paragraph((Text("Nous avons eu "), IndicatorRef("ind-visites", 2024), Text(" visites"))),)
    )
    [(position, chip)] = object_formats(desk.edit.document())
    assert position == len("Nous avons eu ")
    assert desk.edit._chips.label(chip) == "visites du site"
    qtbot.keyClick(desk.edit, Qt.Key.Key_Home)
    for _ in range(len("Nous avons eu ") + 1):
        qtbot.keyClick(desk.edit, Qt.Key.Key_Right)
    qtbot.keyClick(desk.edit, Qt.Key.Key_Backspace)  # one key removes the whole chip
    assert desk.edit.richText() == RichText((Paragraph((Text("Nous avons eu  visites"),)),))


def test_placeholder_is_shown_by_the_text_area(qtbot: Any, desk: Any) -> None:
    desk.editor.setPlaceholderText("Décrivez l’action…")
    assert desk.edit.placeholderText() == "Décrivez l’action…"
