"""« Partenaires et instances »: adding, renaming, changing and removing the convention's
partners and bodies, undoable and saved; the per-action ticking still works."""

from __future__ import annotations

from typing import Any

from gui_helpers import outline_select, read_column, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

from mesdesk.gui.pages.partners_models import BodiesModel, PartnersModel


def open_partners_page(window: Any, qtbot: Any) -> Any:
    """Down the outline to « Partenaires et instances », with the keyboard."""
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_End)
    while window.current_key() != ("partners",):
        qtbot.keyClick(window.outline, Qt.Key.Key_Up)
    page = window.partnersPage
    assert window.pages.currentWidget() is page
    return page


def editor_of(table: Any, kind: type) -> Any:
    """The open cell editor of ``table`` (a ``kind``)."""
    editors = [w for w in table.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, "one cell editor is open"
    return editors[0]


def partner_on_disk(window: Any, uid: str, column: str) -> Any:
    return read_column(window.doc.path, f"SELECT {column} FROM partner WHERE uid = ?", uid)


def test_add_a_partner_name_it_and_give_it_a_kind(qtbot: Any, window: Any) -> None:
    page = open_partners_page(window, qtbot)
    table = page.partners.table
    count = page.partnersModel.rowCount()
    table.setFocus()
    table.setCurrentIndex(page.partnersModel.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # a new row after the current one, its name open
    assert page.partnersModel.rowCount() == count + 1
    editor = editor_of(table, QLineEdit)
    editor.selectAll()
    type_text(editor, "Réseau Cocagne")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    partner = page.partnersModel.rows[3]
    qtbot.waitUntil(lambda: partner.name == "Réseau Cocagne")
    assert partner_on_disk(window, partner.uid, "name") == "Réseau Cocagne"
    assert partner_on_disk(window, partner.uid, "position") == 3

    # The kind: free text, the kinds already used offered in the drop-down.
    table.setCurrentIndex(page.partnersModel.index(3, PartnersModel.KIND))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = editor_of(table, QComboBox)
    assert "réseau membre" in [combo.itemText(i) for i in range(combo.count())]
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "jardins")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: partner.kind == "jardins")
    assert partner_on_disk(window, partner.uid, "kind") == "jardins"

    # Every action's page can tick it.
    outline_select(window, qtbot, "2.1")
    links = window.actionPage.links
    labels = [links.partnersList.item(i).text() for i in range(links.partnersList.count())]
    assert "Réseau Cocagne (jardins)" in labels

    # Undo: the kind, the name, then the partner itself.
    open_partners_page(window, qtbot)
    table.setFocus()
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.partnersModel.rowCount() == count
    assert read_column(window.doc.path, "SELECT count(*) FROM partner WHERE name = 'Réseau Cocagne'") == 0


def test_a_body_changes_name_role_owner_and_action(qtbot: Any, window: Any) -> None:
    page = open_partners_page(window, qtbot)
    model, table = page.bodiesModel, page.bodies.table
    body = model.rows[0]  # « Conseil d'administration d'ESS France », owned by ESS France, 3.1
    assert body.partner.name == "ESS France" and body.action.number == "3.1"
    table.setFocus()
    table.setCurrentIndex(model.index(0, BodiesModel.ROLE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_of(table, QLineEdit)
    editor.selectAll()
    type_text(editor, "administrateur")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: body.role == "administrateur")

    # The owner, chosen from the convention's partners with the keyboard.
    table.setCurrentIndex(model.index(0, BodiesModel.PARTNER))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = editor_of(table, QComboBox)
    assert combo.itemText(0) == "(aucun)" and combo.currentText() == "ESS France"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next partner: CSESS
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: body.partner.name.startswith("Conseil supérieur"))
    assert body in body.partner.bodies

    # Its action: none.
    table.setCurrentIndex(model.index(0, BodiesModel.ACTION))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = editor_of(table, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: body.action is None)
    assert read_column(window.doc.path, "SELECT action_id FROM body WHERE uid = ?", body.uid) is None
    assert model.index(0, BodiesModel.ACTION).data() == ""

    # The three edits undo one by one, back to the sample.
    for _ in range(3):
        window.actionUndo.trigger()
    assert (body.role, body.partner.name, body.action.number) == ("membre", "ESS France", "3.1")


def test_deleting_a_partner_unlinks_it_and_undo_puts_everything_back(qtbot: Any, window: Any) -> None:
    page = open_partners_page(window, qtbot)
    model, table = page.partnersModel, page.partners.table
    partner = model.rows[0]  # ESS France: linked to 3.1 and 4.3, owns three bodies
    uid, actions = partner.uid, [a.uid for a in partner.actions]
    bodies = [b.uid for b in partner.bodies]
    assert actions and bodies
    ownerless = read_column(window.doc.path, "SELECT count(*) FROM body WHERE partner_id IS NULL")
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert model.rows[0].uid != uid
    assert "ESS France" in window.statusBar().currentMessage() and "Ctrl+Z" in window.statusBar().currentMessage()
    assert partner_on_disk(window, uid, "count(*)") == 0
    assert read_column(window.doc.path, "SELECT count(*) FROM body WHERE partner_id IS NULL") == ownerless + len(bodies)
    assert page.bodiesModel.index(0, BodiesModel.PARTNER).data() == ""

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = model.rows[0]
    assert restored.uid == uid and restored.name == "ESS France"
    assert sorted(a.uid for a in restored.actions) == sorted(actions)
    assert [b.uid for b in restored.bodies] == bodies
    assert read_column(window.doc.path, "SELECT count(*) FROM body WHERE partner_id IS NULL") == ownerless
    action = window.doc.convention.action_by_number("3.1")
    assert [p.position for p in action.partners] == sorted(p.position for p in action.partners)


def test_moving_and_removing_a_body(qtbot: Any, window: Any) -> None:
    page = open_partners_page(window, qtbot)
    model, table = page.bodiesModel, page.bodies.table
    first, second = model.rows[0], model.rows[1]
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert model.rows[:2] == [second, first]
    assert read_column(window.doc.path, "SELECT position FROM body WHERE uid = ?", first.uid) == 1
    assert page.bodies.current_row() == 1, "the moved row stays current"
    qtbot.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert first not in model.rows
    assert read_column(window.doc.path, "SELECT count(*) FROM body WHERE uid = ?", first.uid) == 0
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.rows[1].uid == first.uid and model.rows[1].partner is not None
    assert model.rows[1].action is not None


def test_ticking_on_the_action_page_still_works_and_leads_to_the_list(qtbot: Any, window: Any) -> None:
    action = outline_select(window, qtbot, "1.1")
    page = window.actionPage
    page.tabs.setCurrentWidget(page.links)
    partners: QListWidget = page.links.partnersList
    item = partners.item(0)
    assert item.checkState() == Qt.CheckState.Unchecked
    partners.setFocus()
    partners.setCurrentItem(item)
    qtbot.keyClick(partners, Qt.Key.Key_Space)
    assert action.partners and action.partners[0].name == "ESS France"
    page.links.manageButton.click()
    assert window.current_key() == ("partners",)
    assert window.partnersPage.partnersModel.index(0, PartnersModel.ACTIONS).data() == "1.1, 3.1, 4.3"
