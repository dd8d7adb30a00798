"""Through the window's undo stack: every kind of object deleted as a user deletes it,
then Ctrl+Z, gives the workspace's JSON dump back byte for byte (in the session and
on disk), and a deleted action comes back with its bodies."""

from __future__ import annotations

from typing import Any

from dump_testing import disk_dump
from gui_helpers import outline_select
from PySide6.QtCore import Qt
from test_partners import open_partners_page

from mesdesk.exchange.json_interchange import dumps_workspace

CTRL = Qt.KeyboardModifier.ControlModifier



def test_each_kind_deleted_then_ctrl_z_gives_the_same_bytes(qtbot: Any, window: Any, dialogs: Any) -> None:
    doc = window.doc
    conv = doc.convention
    original = dumps_workspace(doc.session)
    assert disk_dump(doc.path) == original

    def ctrl_z_gives_the_original_back(widget: Any) -> None:
        assert dumps_workspace(doc.session) != original
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
        assert dumps_workspace(doc.session) == original
        assert disk_dump(doc.path) == original

    # An action, with what hangs on it: texts, partners, an indicator, an event, bodies.
    action = outline_select(window, qtbot, "3.1")
    bodies = [b.uid for b in conv.bodies if b.action is action]
    assert len(bodies) == 10
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert all(b.action is None for b in conv.bodies if b.uid in bodies)
    ctrl_z_gives_the_original_back(window.outline)
    restored = conv.action_by_number("3.1")
    assert restored.uid == action.uid
    assert [b.uid for b in conv.bodies if b.action is restored] == bodies

    # An axis and its actions (the user confirms).
    window.select_key(("axis", conv.axes[1].uid))
    window.outline.setFocus()
    dialogs.answers.append("delete")
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert len(conv.axes) == 3
    ctrl_z_gives_the_original_back(window.outline)

    # An indicator (with its values) and an event, from the action's tables.
    outline_select(window, qtbot, "1.2")
    page = window.actionPage
    for section, tab in ((page.indicators, page.indicators), (page.events, page.events)):
        page.tabs.setCurrentWidget(tab)
        table = section.table
        table.setFocus()
        table.setCurrentIndex(section.model.index(1, 0))
        qtbot.keyClick(table, Qt.Key.Key_Delete, CTRL)
        ctrl_z_gives_the_original_back(table)

    # A partner (with its action links and bodies) and a body.
    partners = open_partners_page(window, qtbot)
    for section, row in ((partners.partners, 0), (partners.bodies, 0)):
        table = section.table
        table.setFocus()
        table.setCurrentIndex(section.model.index(row, 0))
        qtbot.keyClick(table, Qt.Key.Key_Delete, CTRL)
        ctrl_z_gives_the_original_back(table)


def test_a_refused_write_during_an_edit_is_told_as_a_failed_save(
    qtbot: Any, window: Any, dialogs: Any, caplog: Any
) -> None:
    from sqlalchemy import text

    doc = window.doc
    doc.session.execute(text("CREATE TRIGGER refuse BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, 'refusé'); END"))
    doc.workspace.commit()
    outline_select(window, qtbot, "1.2")
    page = window.actionPage
    page.tabs.setCurrentWidget(page.events)
    rows = page.eventsModel.rowCount()
    steps = doc.undo_stack.count()
    table = page.events.table
    table.setFocus()
    table.setCurrentIndex(page.eventsModel.index(0, 0))
    with caplog.at_level("ERROR", logger="mesdesk"):
        qtbot.keyClick(table, Qt.Key.Key_Delete, CTRL)
    assert [t["title"] for t in dialogs.told] == ["Enregistrement impossible"]
    assert "refusé" in dialogs.told[0]["details"]
    assert any("Save of bilan.mesdesk failed" in r.getMessage() for r in caplog.records)
    assert disk_dump(doc.path) == dumps_workspace(doc.session)  # rolled back: what is shown is what is saved
    assert page.eventsModel.rowCount() == rows
    assert doc.undo_stack.count() == steps  # no step to undo for what did not happen
