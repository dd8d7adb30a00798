"""« Insérer la valeur d'un indicateur… »: a chip in the text showing the indicator's
label and value for the report's year, in the interface language."""

from __future__ import annotations

import json
from typing import Any

import pytest
from gui_helpers import action_text_on_disk, outline_select, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QLineEdit
from test_language import switch_language
from test_partners import editor_of


def narrative_at_end(window: Any, qtbot: Any, number: str) -> Any:
    outline_select(window, qtbot, number)
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    return edit


def open_picker(window: Any, qtbot: Any, edit: Any) -> Any:
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    dialog = window.findChild(QDialog, "indicatorPicker")
    assert dialog is not None and dialog.isVisible()
    return dialog


def indicator(window: Any, label: str) -> Any:
    return next(i for i in window.doc.convention.indicators if i.label == label)


def refs_on_disk(window: Any, action_uid: str) -> list[dict[str, Any]]:
    blocks = json.loads(action_text_on_disk(window.doc.path, action_uid, 2024, "narrative") or "[]")
    found = []
    for block in blocks:
        for content in [block.get("content", [])] + [i.get("content", []) for i in block.get("items", [])]:
            found += [c for c in content if c.get("type") == "indicator"]
    return found


def test_insert_an_indicator_value_with_the_keyboard(qtbot: Any, window: Any) -> None:
    edit = narrative_at_end(window, qtbot, "1.1")
    assert window.actionInsertIndicator.isEnabled()
    type_text(edit, " Abonnés : ")
    dialog = open_picker(window, qtbot, edit)
    type_text(dialog.filterEdit, "facebook")
    assert dialog.tree.currentItem().text(0) == "Abonnés de la page Facebook"
    assert dialog.tree.currentItem().text(1) == "963"
    qtbot.keyClick(dialog.filterEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    facebook = indicator(window, "Abonnés de la page Facebook")
    chips = edit.indicatorChips()
    assert [(ref.indicator, ref.year) for _, ref, _ in chips] == [(facebook.uid, None)]
    assert chips[0][2] == "Abonnés de la page Facebook : 963"
    assert not edit.isIndicatorMissingAt(chips[0][0])
    assert edit.hasFocus(), "back in the text, after the chip"
    type_text(edit, " personnes.")
    assert edit.toPlainText().endswith("Abonnés : \ufffc personnes.")
    action = window.actionPage.action
    qtbot.waitUntil(lambda: refs_on_disk(window, action.uid) != [], timeout=3000)
    assert refs_on_disk(window, action.uid)[0]["indicator"] == facebook.uid

    # A new figure typed in the indicators table shows in the chip.
    page = window.actionPage
    page.tabs.setCurrentWidget(page.indicators)
    row = page.indicatorsModel.row_of_uid(facebook.uid)
    column = 2 + window.doc.convention.years.index(2024)
    table = page.indicators.table
    table.setFocus()
    table.setCurrentIndex(page.indicatorsModel.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = editor_of(table, QLineEdit)
    cell.selectAll()
    type_text(cell, "1200")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: facebook.value_for(2024) == 1200)
    label = edit.indicatorChips()[0][2]
    assert label.startswith("Abonnés de la page Facebook : 1") and label.endswith("200")


def test_another_year_and_a_missing_value_are_said(qtbot: Any, window: Any) -> None:
    edit = narrative_at_end(window, qtbot, "1.1")
    dialog = open_picker(window, qtbot, edit)
    assert dialog.tree.currentItem().text(0) == "Visites du site internet", "the action's own come first"
    dialog.yearCombo.setCurrentIndex(dialog.yearCombo.findData(2025))
    assert dialog.tree.currentItem().text(1) == "valeur manquante"
    dialog.okButton.click()
    ref = edit.indicatorChips()[0][1]
    assert ref.year == 2025
    assert edit.indicatorChips()[0][2] == "Visites du site internet en 2025 : valeur manquante"
    assert edit.isIndicatorMissingAt(edit.indicatorChips()[0][0]), "drawn amber, as « Vérifier » lists it"


def test_the_command_needs_a_text_of_the_report(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.1")
    assert not window.actionInsertIndicator.isEnabled(), "the outline has the focus"
    qtbot.keyClick(window.outline, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.findChild(QDialog, "indicatorPicker") is None
    window.select_key(("preamble",))
    edit = window.preamblePage.editor.textEdit()
    edit.setFocus()
    qtbot.waitUntil(window.actionInsertIndicator.isEnabled)
    # The préambule may quote any indicator: all are offered, by action.
    dialog = open_picker(window, qtbot, edit)
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[0].startswith("1.1 ") and len(groups) == 8
    dialog.reject()


def test_chip_values_follow_the_interface_language(qtbot: Any, controller: Any, window: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    edit = narrative_at_end(window, qtbot, "1.1")
    dialog = open_picker(window, qtbot, edit)
    qtbot.keyClick(dialog.filterEdit, Qt.Key.Key_Return)  # « Visites du site internet », 52 464
    french = edit.indicatorChips()[0][2]
    assert french.startswith("Visites du site internet : 52") and french.endswith("464")
    assert "," not in french
    window.outline.setFocus()
    switch_language(window, "en", monkeypatch)
    english = controller.window
    edit = english.actionPage.narrativeEditor.textEdit()
    assert edit.indicatorChips()[0][2] == "Visites du site internet: 52,464"
