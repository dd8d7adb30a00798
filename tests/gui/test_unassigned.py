"""Indicators and events without an action: shown under « Sans action », attached again."""

from __future__ import annotations

from typing import Any

from gui_helpers import outline_select, read_column
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QToolButton
from test_partners import editor_of
from test_undo import first_action_with_events

UNASSIGNED = ("unassigned",)


def outline_labels(window: Any) -> list[str]:
    model = window.outlineModel
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def delete_action(window: Any, qtbot: Any, number: str) -> None:
    outline_select(window, qtbot, number)
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)


def choose_action(qtbot: Any, section: Any, row: int, number: str) -> None:
    """Ctrl+Return on a row opens its « Action » drop-down; pick ``number`` with the keys."""
    table = section.table
    table.setFocus()
    table.setCurrentIndex(section.model.index(row, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    combo = editor_of(table, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while not combo.currentText().startswith(number + " "):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def test_indicators_of_a_deleted_action_can_be_attached_again(qtbot: Any, window: Any) -> None:
    assert "Sans action" not in " ".join(outline_labels(window)), "the sample has none"
    indicators = len([i for i in window.doc.convention.indicators if i.action is window.doc.convention.actions[0]])
    delete_action(window, qtbot, "1.1")
    assert "« Sans action »" in window.statusBar().currentMessage()
    assert outline_labels(window)[-1] == f"Sans action ({indicators})"

    window.select_key(UNASSIGNED)
    page = window.unassignedPage
    assert page.indicatorsModel.rowCount() == indicators
    assert not page.events.isVisibleTo(window), "no event was left behind: no empty table"
    indicator = page.indicatorsModel.rows[0]
    choose_action(qtbot, page.indicators, 0, "1.1")  # the former 1.2, now 1.1
    qtbot.waitUntil(lambda: indicator.action is not None)
    assert indicator.action.number == "1.1"
    assert page.indicatorsModel.rowCount() == indicators - 1
    assert outline_labels(window)[-1] == f"Sans action ({indicators - 1})"
    assert read_column(window.doc.path, "SELECT a.uid FROM indicator i JOIN action a ON a.id = i.action_id "
                       "WHERE i.uid = ?", indicator.uid) == indicator.action.uid
    # It is now in the action's own table.
    outline_select(window, qtbot, "1.1")
    assert indicator in window.actionPage.indicatorsModel.rows
    # Undo of the attachment, then of the deletion: back where it was, nothing left over.
    window.outline.setFocus()
    window.actionUndo.trigger()
    assert indicator.action is None
    assert outline_labels(window)[-1] == f"Sans action ({indicators})"
    window.actionUndo.trigger()
    assert "Sans action" not in " ".join(outline_labels(window))
    assert indicator.action.title.startswith("Consolidation des outils")


def test_events_of_a_deleted_action_are_listed_and_attached(qtbot: Any, window: Any) -> None:
    number = first_action_with_events(window)
    events = window.doc.report.events_for(window.doc.convention.action_by_number(number))
    delete_action(window, qtbot, number)
    window.select_key(UNASSIGNED)
    page = window.unassignedPage
    assert [e.uid for e in page.eventsModel.rows] == [e.uid for e in events]
    assert page.eventsModel.index(0, page.eventsModel.action_column()).data() == "(à choisir)"
    event = page.eventsModel.rows[0]
    assert page.findChild(QToolButton, "unassignedEventsTableAttach").isEnabled(), "a row is current from the start"
    page.events.table.setFocus()
    page.events.table.setCurrentIndex(page.eventsModel.index(0, 2))
    page.findChild(QToolButton, "unassignedEventsTableAttach").click()  # « Rattacher à une action… »
    combo = editor_of(page.events.table, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the first action
    qtbot.waitUntil(lambda: event.action is not None)
    assert event.action is window.doc.convention.actions[0]
    assert event not in page.eventsModel.rows


def test_the_page_stays_while_shown_then_goes_once_empty(qtbot: Any, window: Any) -> None:
    delete_action(window, qtbot, "2.1")  # one indicator and one event in the sample
    window.select_key(UNASSIGNED)
    page = window.unassignedPage
    for section in (page.indicators, page.events):
        assert section.model.rowCount() == 1
        row = section.model.rows[0]
        choose_action(qtbot, section, 0, "1.1")
        qtbot.waitUntil(lambda row=row: row.action is not None)
    assert page.emptyLabel.isVisibleTo(window)
    assert window.current_key() == UNASSIGNED, "the page does not vanish under the user"
    assert outline_labels(window)[-1] == "Sans action (0)"
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: outline_labels(window)[-1] == "Partenaires et instances")
    assert window.current_key() == ("partners",)
