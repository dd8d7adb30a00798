"""« Relecture »: the whole report in export order; a click opens the place in the editor."""

from __future__ import annotations

from typing import Any

from gui_helpers import outline_select, point_of, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from mesdesk.gui.readthrough import PLACE_PROPERTY


def open_readthrough(window: Any, qtbot: Any) -> Any:
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.readthrough.view
    qtbot.waitExposed(window.readthrough)
    return view


def test_the_report_reads_in_export_order_with_boxes_notes_and_counts(qtbot: Any, window: Any) -> None:
    view = open_readthrough(window, qtbot)
    text = view.document().toPlainText()
    report = window.doc.report
    order = [text.index("Préambule"), *(text.index(f"{a.number} {a.title}") for a in report.convention.actions),
             text.index("Conclusion et perspectives")]
    assert order == sorted(order)
    assert text.count("Evaluation = ") == len(report.convention.actions)
    # Notes: the sample's four footnotes are written out at their section's end.
    notes = [f for f in report.preamble.footnotes()]
    for action in report.convention.actions:
        t = report.find_text(action)
        notes += [f for r in (t.evaluation, t.narrative, t.means) for f in r.footnotes()]
    assert notes and all("".join(x.text for x in note.content) in text for note in notes)
    # Each action heading carries its word count.
    first = report.convention.actions[0]
    words = sum(r.word_count() for r in (report.find_text(first).evaluation, report.find_text(first).narrative,
                                         report.find_text(first).means))
    assert f"{first.number} {first.title}    {words} mots" in text


def test_a_click_opens_that_place_in_the_editor(qtbot: Any, window: Any) -> None:
    view = open_readthrough(window, qtbot)
    report = window.doc.report
    action = report.convention.action_by_number("2.2")
    sentence = report.find_text(action).narrative.plain_text().split("\n")[0][:30]
    point = point_of(view, sentence, 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.actionPage.action is action
    assert window.focusWidget() is window.actionPage.narrativeEditor.textEdit()
    block = view.cursorForPosition(point).block()
    assert block.blockFormat().property(PLACE_PROPERTY) == f"action|{action.uid}|narrative"


def test_it_shows_what_was_just_typed(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.2")
    edit = window.actionPage.meansEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " Phrase toute neuve.")
    view = open_readthrough(window, qtbot)
    assert "Phrase toute neuve." in view.document().toPlainText()

