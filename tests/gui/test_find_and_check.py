"""Find (Ctrl+F) across the report, and the « Vérifier » panel."""

from __future__ import annotations

from typing import Any

from gui_helpers import outline_select, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QWidget


def open_find(window: Any, qtbot: Any) -> QLineEdit:
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = window.findChild(QLineEdit, "findField")
    assert field is not None and field.isVisible()
    return field


def test_find_jumps_to_the_match_and_selects_it(qtbot: Any, window: Any) -> None:
    field = open_find(window, qtbot)
    type_text(field, "twitter")  # only in the narrative of 1.1
    results: QListWidget = window.findChild(QListWidget, "findResults")
    qtbot.waitUntil(lambda: results.count() > 0, timeout=2000)
    assert "1.1" in results.item(0).text()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.actionPage.action.number == "1.1"
    edit = window.actionPage.narrativeEditor.textEdit()
    assert edit.textCursor().selectedText().lower() == "twitter"
    assert edit.hasFocus()


def test_find_ignores_accents_and_case_and_reaches_the_conclusion(qtbot: Any, window: Any) -> None:
    conclusion = window.doc.report.conclusion.plain_text()
    word = next(w for w in conclusion.split() if len(w) > 8 and w.isalpha())
    field = open_find(window, qtbot)
    field.setText(word.upper())
    window.find_panel.search()
    results = window.find_panel.results
    item = next(results.item(i) for i in range(results.count()) if results.item(i).text().startswith("Conclusion"))
    window.find_panel.open_item(item)
    assert window.pages.currentWidget() is window.conclusionPage
    assert window.conclusionPage.editor.textEdit().textCursor().selectedText() == word


def test_find_reaches_an_event_title_in_its_table(qtbot: Any, window: Any) -> None:
    report = window.doc.report
    event = next(e for e in report.events if e.action is not None and len(e.title) > 6)
    field = open_find(window, qtbot)
    field.setText(event.title)
    window.find_panel.search()
    results = window.find_panel.results
    row = next(i for i in range(results.count()) if results.item(i).data(Qt.ItemDataRole.UserRole + 1).field == "event")
    window.find_panel.open_item(results.item(row))
    page = window.actionPage
    assert page.action is event.action
    assert page.tabs.currentWidget() is page.events
    assert page.eventsModel.rows[page.events.current_row()].uid == event.uid


def test_check_lists_gaps_and_jumps_to_the_empty_field(qtbot: Any, window: Any) -> None:
    action = outline_select(window, qtbot, "2.2")
    means = window.actionPage.meansEditor.textEdit()
    means.selectAll()
    qtbot.keyClick(means, Qt.Key.Key_Delete)
    window.outline.setFocus()  # leaving the field saves it
    window.actionCheck.trigger()
    panel = window.check_panel
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "2.2 : moyens vides" in texts
    select_key_first = ("preamble",)
    window.select_key(select_key_first)
    panel.open_item(panel.list.item(texts.index("2.2 : moyens vides")))
    assert window.actionPage.action is action
    assert window.actionPage.meansEditor.textEdit().hasFocus()
    # Filling it in clears the point.
    type_text(window.actionPage.meansEditor.textEdit(), "Une salariée à mi-temps.")
    window.outline.setFocus()
    window.actionCheck.trigger()
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "2.2 : moyens vides" not in texts


def test_cover_form_edits_are_saved_when_the_field_is_left(qtbot: Any, window: Any) -> None:
    from gui_helpers import read_column

    window.select_key(("cover",))
    phone = window.coverPage.findChild(QLineEdit, "orgPhone")
    phone.setFocus()
    phone.selectAll()
    type_text(phone, "01 23 45 67 89")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)  # leaving the field writes it and saves
    qtbot.waitUntil(lambda: read_column(window.doc.path, "SELECT phone FROM organisation") == "01 23 45 67 89")


def test_check_lists_an_indicator_value_missing_for_a_chip_and_selects_it(qtbot: Any, window: Any) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QDialog

    outline_select(window, qtbot, "1.1")
    edit = window.actionPage.meansEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " Visites en 2025 : ")
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    picker = window.findChild(QDialog, "indicatorPicker")
    picker.yearCombo.setCurrentIndex(picker.yearCombo.findData(2025))
    picker.okButton.click()  # « Visites du site internet », no 2025 value yet
    window.outline.setFocus()  # leaving the text saves it
    qtbot.keyClick(window.outline, Qt.Key.Key_F7)
    panel = window.check_panel
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    line = "1.1 : pas de valeur 2025 pour l'indicateur « Visites du site internet »"
    assert line in texts
    window.select_key(("preamble",))
    panel.open_item(panel.list.item(texts.index(line)))
    assert window.actionPage.action.number == "1.1"
    assert edit.hasFocus() and edit.textCursor().selectedText() == "\ufffc"
    assert edit.textCursor().selectionStart() == edit.indicatorChips()[-1][0]
    # A 2025 value entered: the point is gone.
    visits = next(i for i in window.doc.convention.indicators if i.label == "Visites du site internet")
    model = window.actionPage.indicatorsModel
    assert model.setData(model.index(model.row_of_uid(visits.uid), 2 + window.doc.convention.years.index(2025)),
                         "61000")
    window.actionCheck.trigger()
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert line not in texts
    assert edit.indicatorChips()[-1][2].endswith("61\u202f000") or edit.indicatorChips()[-1][2].endswith("61 000")


def test_find_reaches_partners_bodies_and_rows_without_an_action(qtbot: Any, window: Any) -> None:
    field = open_find(window, qtbot)
    field.setText("csess")
    window.find_panel.search()
    results = window.find_panel.results
    texts = [results.item(i).text().split("\n")[0] for i in range(results.count())]
    assert "partenaire" in texts and "instance" in texts
    window.find_panel.open_item(results.item(texts.index("instance")))
    page = window.partnersPage
    assert window.current_key() == ("partners",)
    assert "CSESS" in page.bodiesModel.rows[page.bodies.current_row()].name
    assert page.bodies.table.hasFocus()
    # An indicator left without an action is found under « Sans action ».
    outline_select(window, qtbot, "1.1")
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    field.setText("Impressions LinkedIn")
    window.find_panel.search()
    assert results.item(0).text().startswith("Sans action — indicateur")
    window.find_panel.open_item(results.item(0))
    assert window.current_key() == ("unassigned",)
    unassigned = window.unassignedPage
    assert unassigned.indicatorsModel.rows[unassigned.indicators.current_row()].label == "Impressions LinkedIn"


def test_check_of_a_carried_over_report_lists_last_years_text_and_leads_there(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    """The same list as `mesdesk check`, worded through tr(), each line one click from its place."""
    from test_reports_and_imports import create_report

    from mesdesk.model.checks import report_gaps

    create_report(window, monkeypatch, 2025, carry=True)
    report = window.doc.report
    assert report.year == 2025
    window.spelling.set_enabled(False)  # the gaps alone here (spelling: tests/gui/test_spelling.py)
    qtbot.keyClick(window.outline, Qt.Key.Key_F7)
    panel = window.check_panel
    # The gaps come first (the approvals to obtain, then spelling, follow under headings).
    from mesdesk.gui.check_panel import GapRole

    texts = [panel.list.item(i).text() for i in range(panel.list.count()) if panel.list.item(i).data(GapRole)]
    gaps = report_gaps(report)
    assert texts == [g.message for g in gaps], "the command line's list, in French here"
    assert panel.summary.text() == f"{len(gaps)} point(s) à revoir avant l'envoi :"
    assert "1.2 : texte repris de l'an dernier, toujours « à actualiser »" in texts
    assert texts[-1] == "Aucun événement daté de 2025"

    # A year of last year's text: its words are selected in the préambule.
    row = next(i for i, t in enumerate(texts) if t.startswith("Préambule : « ") and "pour l'année 2024" in t)
    panel.list.setCurrentRow(row)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.preamblePage
    edit = window.preamblePage.editor.textEdit()
    assert edit.hasFocus() and edit.textCursor().selectedText() == "2024"
    before = edit.toPlainText()[: edit.textCursor().selectionStart()]
    assert before.endswith("pour l'année ")

    # « à actualiser »: the action's page, its status at hand.
    panel.open_item(panel.list.item(texts.index("1.2 : texte repris de l'an dernier, toujours « à actualiser »")))
    assert window.actionPage.action.number == "1.2"
    assert window.actionPage.findChild(QWidget, "statusCombo").hasFocus()
    # No event of the year: the events table.
    panel.open_item(panel.list.item(len(texts) - 1))
    page = window.actionPage
    assert page.tabs.currentWidget() is page.events and page.events.table.hasFocus()

    # Marking 1.2 updated and validated removes its two lines, and only those.
    text = report.find_text(window.doc.convention.action_by_number("1.2"))
    outline_select(window, qtbot, "1.2")
    combo = window.actionPage.statusCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # brouillon → relu (no longer « à actualiser »)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # → validé
    assert text.status.value == "valide" and not text.to_update
    window.actionCheck.trigger()
    after = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert [t for t in texts if t not in after] == [
        "1.2 : texte repris de l'an dernier, toujours « à actualiser »",
        "1.2 : statut « brouillon », pas encore validé",
    ]


def test_check_lines_are_english_in_english(qtbot: Any, controller: Any, window: Any, monkeypatch: Any) -> None:
    from test_language import switch_language
    from test_reports_and_imports import create_report

    create_report(window, monkeypatch, 2025, carry=True)
    switch_language(window, "en", monkeypatch)
    english = controller.window
    english.spelling.set_enabled(False)  # the gaps alone here
    english.actionCheck.trigger()
    panel = english.check_panel
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "1.2: text carried over from last year, still “to update”" in texts
    assert "4.3: status “draft”, not approved yet" in texts
    # The gaps, then the sections to approve (none is yet).
    assert texts[-3:] == ["No event dated 2025", "Approval:", "No section approved yet: 12 awaiting approval"]
    assert "Preamble identical to 2024's: to rewrite for 2025" in texts
