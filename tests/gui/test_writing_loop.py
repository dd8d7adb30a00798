"""Issue 11, « Smooth the writing loop »: what a new user tripped on in one afternoon,
each driven like a user (keys and clicks), then read back from the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import action_text_on_disk, outline_select, read_column, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit


def _wait_past_double_click(qtbot: Any) -> None:
    qtbot.wait(QApplication.doubleClickInterval() + 150)


# -- 6. a click on the selected outline item only selects it -----------------------------------
def test_clicking_the_selected_outline_item_does_not_rename_it(window: Any, qtbot: Any) -> None:
    outline_select(window, qtbot, "1.2")
    outline = window.outline
    rect = outline.visualRect(outline.currentIndex())
    _wait_past_double_click(qtbot)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _wait_past_double_click(qtbot)
    assert outline.state() != QAbstractItemView.State.EditingState
    assert outline.viewport().findChild(QLineEdit) is None or not outline.viewport().findChild(QLineEdit).isVisible()
    # F2 still renames.
    qtbot.keyClick(outline, Qt.Key.Key_F2)
    assert outline.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(outline.focusWidget(), Qt.Key.Key_Escape)
    # So does a double click.
    _wait_past_double_click(qtbot)
    qtbot.mouseDClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert outline.state() == QAbstractItemView.State.EditingState


# -- 13. the Find panel follows the workspace that is open ------------------------------------
def test_find_panel_searches_the_workspace_opened_after_it(window: Any, qtbot: Any, dialogs: Any,
                                                           sample_file: Path, tmp_path: Path) -> None:
    window.select_key(("preamble",))
    edit = window.preamblePage.editor.textEdit()
    edit.setFocus()
    type_text(edit, "Zorglub ")
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.find_panel
    qtbot.keyClicks(panel.field, "zorglub")
    # Searched 200 ms after the typing pauses: well under a second alone; a CI run with
    # four workers on two cores once took over 3 s (the wait ends as soon as it is true).
    qtbot.waitUntil(lambda: panel.results.count() == 1, timeout=10_000)

    other = tmp_path / "autre.mesdesk"
    other.write_bytes(sample_file.read_bytes())
    dialogs.open_files.append(other)
    qtbot.keyClick(window.outline, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.path == other
    # The other workspace has no « Zorglub »: the old result is gone at once.
    qtbot.waitUntil(lambda: panel.results.count() == 0, timeout=10_000)

    window.select_key(("conclusion",))
    edit = window.conclusionPage.editor.textEdit()
    edit.setFocus()
    type_text(edit, "Zorglub ")
    window.doc.save_now()
    qtbot.waitUntil(lambda: panel.results.count() == 1, timeout=10_000)
    assert panel.results.item(0).text().startswith("Conclusion")
    panel.results.setFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    panel.open_item(panel.results.item(0))
    assert window.current_key() == ("conclusion",)


# -- search ignores accents and case (fails if the folding is removed) ------------------------
def test_find_ignores_accents_and_selects_the_accented_word(window: Any, qtbot: Any) -> None:
    window.select_key(("conclusion",))
    edit = window.conclusionPage.editor.textEdit()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " Une fête à Épernay, déjà célébrée.")
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.find_panel
    for query, expected in (("epernay", "Épernay"), ("FETE A", "fête à"), ("deja celebree", "déjà célébrée")):
        panel.field.selectAll()
        qtbot.keyClicks(panel.field, query)
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        assert panel.results.count() == 1, query
        assert window.current_key() == ("conclusion",)
        assert edit.textCursor().selectedText() == expected


# -- 1. each text keeps its undo history across node switches --------------------------------
def _click_outline(window: Any, qtbot: Any, key: tuple[str, ...]) -> None:
    rect = window.outline.visualRect(window.outlineModel.index_for(key))
    qtbot.mouseClick(window.outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == key


def test_text_undo_survives_leaving_the_action_and_coming_back(window: Any, qtbot: Any) -> None:
    action = outline_select(window, qtbot, "1.2")
    other = window.doc.convention.action_by_number("1.1")
    year = window.doc.report.year
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " Phrase à reprendre")
    typed_at = edit.textCursor().position()
    _click_outline(window, qtbot, ("action", other.uid))
    assert "Phrase à reprendre" in action_text_on_disk(window.doc.path, action.uid, year, "narrative")
    # Elsewhere, in 1.1's narrative, another sentence with its own history.
    edit.setFocus()
    type_text(edit, "Autre texte ")

    _click_outline(window, qtbot, ("action", action.uid))
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    assert edit.textCursor().position() == typed_at  # the cursor is where it was left
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Phrase à reprendre" not in edit.toPlainText()
    qtbot.waitUntil(lambda: "Phrase à reprendre" not in action_text_on_disk(
        window.doc.path, action.uid, year, "narrative"), timeout=4000)
    # Ctrl+Y brings it back; 1.1 kept its own sentence.
    qtbot.keyClick(edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "Phrase à reprendre" in edit.toPlainText()
    window.doc.save_now()
    assert "Autre texte Le site" in action_text_on_disk(window.doc.path, other.uid, year, "narrative")


def test_preamble_undo_survives_a_visit_to_the_conclusion(window: Any, qtbot: Any) -> None:
    window.select_key(("preamble",))
    edit = window.preamblePage.editor.textEdit()
    edit.setFocus()
    type_text(edit, "Ajout ")
    _click_outline(window, qtbot, ("conclusion",))
    _click_outline(window, qtbot, ("preamble",))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.doc.save_now()
    preamble = read_column(window.doc.path, "SELECT preamble FROM report WHERE year = ?", window.doc.report.year)
    assert "Ajout" not in preamble


# -- 2. a missing last workspace is said, never silently replaced -----------------------------
def _settings_with_missing_last(tmp_path: Path, sample_file: Path) -> tuple[Path, Path]:
    from mesdesk.gui.settings import AppSettings

    missing = tmp_path / "usb" / "bilan-2025.mesdesk"
    recent = tmp_path / "docs" / "ancien.mesdesk"
    recent.parent.mkdir()
    recent.write_bytes(sample_file.read_bytes())
    settings = AppSettings()
    settings.add_recent(recent)
    settings.add_recent(missing)
    settings.last_workspace = missing
    settings.sync()
    return missing, recent


def _start(qtbot: Any) -> Any:
    from mesdesk.gui.app import DeskController

    window = DeskController().start(None)
    if window is not None:
        qtbot.addWidget(window)
    return window


def test_missing_last_workspace_is_said_and_the_sample_opens_only_when_chosen(
        qtbot: Any, dialogs: Any, app_dirs: dict[str, Path], tmp_path: Path, sample_file: Path) -> None:
    missing, _recent = _settings_with_missing_last(tmp_path, sample_file)
    dialogs.answers.append("sample")
    window = _start(qtbot)
    [question] = dialogs.asked
    assert str(missing) in question["text"]
    assert [key for key, _label in question["choices"]] == ["locate", "recent", "sample", "quit"]
    assert window.doc.path == app_dirs["data"] / "bilan.mesdesk"
    window.close()


def test_missing_last_workspace_can_be_located(qtbot: Any, dialogs: Any, app_dirs: dict[str, Path],
                                               tmp_path: Path, sample_file: Path) -> None:
    missing, _recent = _settings_with_missing_last(tmp_path, sample_file)
    moved = tmp_path / "usb-remonte" / "bilan-2025.mesdesk"
    moved.parent.mkdir()
    moved.write_bytes(sample_file.read_bytes())
    dialogs.answers += ["locate", "locate"]
    dialogs.open_files += [None, moved]  # the first file chooser is cancelled: asked again
    window = _start(qtbot)
    assert len(dialogs.asked) == 2
    assert window.doc.path == moved
    assert not (app_dirs["data"] / "bilan.mesdesk").exists()
    window.close()


def test_missing_last_workspace_offers_a_recent_one_or_quitting(
        qtbot: Any, dialogs: Any, app_dirs: dict[str, Path], tmp_path: Path, sample_file: Path) -> None:
    _missing, recent = _settings_with_missing_last(tmp_path, sample_file)
    dialogs.answers.append("recent")
    window = _start(qtbot)
    assert window.doc.path == recent.resolve()
    window.close()

    from mesdesk.gui.settings import AppSettings

    settings = AppSettings()
    settings.last_workspace = tmp_path / "usb" / "parti.mesdesk"
    settings.sync()
    dialogs.answers.append("quit")
    assert _start(qtbot) is None
    assert not (app_dirs["data"] / "bilan.mesdesk").exists()


# -- 4. event dates typed as a French user types them ------------------------------------------
def _events_table(window: Any, qtbot: Any, number: str = "1.2") -> tuple[Any, Any]:
    from mesdesk.gui.pages.action_page import TAB_EVENTS

    action = outline_select(window, qtbot, number)
    page = window.actionPage
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TAB_EVENTS).center())
    assert page.tabs.currentIndex() == TAB_EVENTS
    return action, page.events.table


def _edit_cell(qtbot: Any, table: Any, row: int, column: int) -> Any:
    from mesdesk.gui.pages.date_field import DateField

    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateField) and editor.objectName() == "dateEditor"
    return editor


def _commit(qtbot: Any, table: Any, editor: Any) -> None:
    """Enter in the cell's editor; the view commits it once back in the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2000)


def _event_dates(window: Any, uid: str) -> tuple[str | None, str | None]:
    con_path = window.doc.path
    return (read_column(con_path, "SELECT start_date FROM event WHERE uid = ?", uid),
            read_column(con_path, "SELECT end_date FROM event WHERE uid = ?", uid))


def test_event_dates_are_typed_the_french_way(window: Any, qtbot: Any) -> None:
    from mesdesk.gui.pages.events_model import END, START

    _action, table = _events_table(window, qtbot)
    uid = table.model().rows[0].uid
    for typed in ("20/11/2024", "20/11/24", "20112024"):
        editor = _edit_cell(qtbot, table, 0, START)
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, typed)
        _commit(qtbot, table, editor)
        window.doc.save_now()
        assert _event_dates(window, uid)[0] == "2024-11-20", typed
        window.doc.undo_stack.undo()  # back to the sample's date before the next spelling
    # An end date typed, then emptied by typing nothing.
    editor = _edit_cell(qtbot, table, 0, END)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "22/11/2024")
    _commit(qtbot, table, editor)
    window.doc.save_now()
    assert _event_dates(window, uid)[1] == "2024-11-22"
    editor = _edit_cell(qtbot, table, 0, END)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    _commit(qtbot, table, editor)
    window.doc.save_now()
    assert _event_dates(window, uid)[1] is None
    assert table.model().index(0, END).data() == ""


def test_an_impossible_date_is_shown_as_such_and_changes_nothing(window: Any, qtbot: Any) -> None:
    from mesdesk.gui.pages.events_model import START

    _action, table = _events_table(window, qtbot)
    uid = table.model().rows[0].uid
    before = _event_dates(window, uid)
    editor = _edit_cell(qtbot, table, 0, START)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "31/02/2024")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)
    # Still open, showing what was typed, in red, saying why.
    assert editor.isVisible() and editor.text() == "31/02/2024"
    assert editor.property("invalid") is True and "n'est pas une date" in editor.toolTip()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    window.doc.save_now()
    assert _event_dates(window, uid) == before


def test_end_date_calendar_opens_on_the_start_month(window: Any, qtbot: Any) -> None:
    from mesdesk.gui.pages.events_model import END

    _action, table = _events_table(window, qtbot)
    event = next(e for e in table.model().rows if e.end_date is None)
    row = table.model().rows.index(event)
    editor = _edit_cell(qtbot, table, row, END)
    assert editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor._popup.findChild(object, "dateCalendar")
    assert (calendar.yearShown(), calendar.monthShown()) == (event.start_date.year, event.start_date.month)
    # Enter in the calendar picks the day shown, the start date itself.
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    _commit(qtbot, table, editor)
    window.doc.save_now()
    assert _event_dates(window, event.uid)[1] == event.start_date.isoformat()


# -- 5. keys inside an action's page ----------------------------------------------------------
def test_alt_v_r_y_go_to_evaluation_narrative_and_means(window: Any, qtbot: Any) -> None:
    outline_select(window, qtbot, "1.2")
    page = window.actionPage
    start = window.outline
    for key, editor in ((Qt.Key.Key_V, page.evaluationEditor), (Qt.Key.Key_R, page.narrativeEditor),
                        (Qt.Key.Key_Y, page.meansEditor)):
        qtbot.keyClick(QApplication.focusWidget() or start, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is editor.textEdit(), key
        type_text(editor.textEdit(), "#")
    window.doc.save_now()
    action = window.doc.convention.action_by_number("1.2")
    for field in ("evaluation", "narrative", "means"):
        assert "#" in action_text_on_disk(window.doc.path, action.uid, window.doc.report.year, field), field


def test_tab_on_a_lists_first_item_moves_on_and_indents_the_others(window: Any, qtbot: Any) -> None:
    outline_select(window, qtbot, "1.2")
    page = window.actionPage
    edit = page.evaluationEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_text(edit, "premier")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "second")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # the second item goes under the first
    assert edit.currentListLevel() == 1 and edit.hasFocus()
    edit.moveCursor(QTextCursor.MoveOperation.Up)
    assert edit.textCursor().block().text() == "premier"
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # the first item cannot: Tab moves on
    assert not edit.hasFocus()
    assert QApplication.focusWidget() is not None


# -- 7. tooltips on footnote markers and links ---------------------------------------------------
def _hover(qtbot: Any, edit: Any, position: int) -> str:
    """Rest the mouse on the character at ``position``: the tooltip Qt would show there."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    left = edit.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = edit.cursorRect(cursor)
    point = QPoint((left.left() + right.left()) // 2, left.center().y())
    QToolTip.hideText()
    qtbot.mouseMove(edit.viewport(), point)
    # What the application sends when the mouse rests: a ToolTip help event to the viewport.
    QApplication.sendEvent(edit.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, edit.viewport().mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_footnote_markers_and_links_show_their_text_on_hover(window: Any, qtbot: Any) -> None:
    from mesdesk.gui.richtext.objects import footnote_positions

    window.select_key(("conclusion",))
    edit = window.conclusionPage.editor.textEdit()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " Voir la note")
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    dialog = window.findChild(object, "footnoteDialog")
    type_text(dialog.findChild(object, "footnoteText"), "Rapport de la fondation, 2024")
    qtbot.keyClick(dialog.findChild(object, "footnoteText"), Qt.Key.Key_Return)
    type_text(edit, " et le site ")
    qtbot.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(object, "linkDialog")
    qtbot.keyClicks(dialog.findChild(object, "linkUrl"), "https://exemple.org/bilan")
    dialog.findChild(object, "linkText").setText("exemple")
    qtbot.keyClick(dialog.findChild(object, "linkUrl"), Qt.Key.Key_Return)
    window.doc.save_now()
    conclusion = read_column(window.doc.path, "SELECT conclusion FROM report WHERE year = ?", window.doc.report.year)
    assert "Rapport de la fondation, 2024" in conclusion and "https://exemple.org/bilan" in conclusion

    [marker] = footnote_positions(edit.document())
    assert "Rapport de la fondation, 2024" in _hover(qtbot, edit, marker)
    link_at = edit.toPlainText().index("exemple")
    assert "https://exemple.org/bilan" in _hover(qtbot, edit, link_at + 2)
    # On plain text, no tooltip: the last one goes away.
    from PySide6.QtWidgets import QToolTip

    _hover(qtbot, edit, edit.toPlainText().index("Voir"))
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)


# -- 8. a relaunch goes back to the report, the node and the cursor left -----------------------
def test_relaunch_reopens_the_report_node_and_cursor(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    from test_reports_and_imports import create_report

    create_report(window, monkeypatch, 2025, carry=True)
    assert window.doc.report.year == 2025  # the newest report is the one a first opening shows
    qtbot.keyClick(window.outline, Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.doc.report.year == 2024
    action = outline_select(window, qtbot, "1.2")
    edit = window.actionPage.meansEditor.textEdit()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(30):
        qtbot.keyClick(edit, Qt.Key.Key_Right)
    window.outline.setFocus()  # the place is the text last written in, not the last widget
    window.close()

    from mesdesk.gui.app import DeskController

    again = DeskController().start(None)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.doc.report.year == 2024
    assert again.current_key() == ("action", action.uid)
    edit = again.actionPage.meansEditor.textEdit()
    assert edit.textCursor().position() == 30
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=2000)
    again.close()


# -- 10. exports go to Documents, then to the last folder used ---------------------------------
def test_exports_default_to_documents_then_remember_the_folder(qtbot: Any, dialogs: Any, monkeypatch: Any,
                                                                app_dirs: dict[str, Path], tmp_path: Path) -> None:
    import docx
    from PySide6.QtWidgets import QDialog

    home = tmp_path / "home"  # a fresh account: no Documents folder yet
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    window = _start(qtbot)  # first launch: the workspace lives in the (hidden) data folder
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.doc.path.parent == app_dirs["data"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QDialog, "exportDialog")
    assert Path(dialog.wordPath.text()).parent == home / "Documents"
    assert Path(dialog.excelPath.text()).parent == home / "Documents"

    chosen = tmp_path / "partage" / "bilan-pour-la-fondation.docx"
    chosen.parent.mkdir()
    dialogs.save_files.append(chosen)
    qtbot.mouseClick(dialog.wordBrowse, Qt.MouseButton.LeftButton)
    dialog.excelCheck.setChecked(False)
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error is not None, timeout=30000)
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=5000)
    assert dialog.error is None
    assert any("Consolidation" in p.text for p in docx.Document(str(chosen)).paragraphs)
    qtbot.mouseClick(dialog.closeButton, Qt.MouseButton.LeftButton)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    again = [d for d in window.findChildren(QDialog, "exportDialog") if d.isVisible()][-1]
    assert Path(again.wordPath.text()).parent == chosen.parent  # the folder used last time
    window.close()


# -- 11. the page fits a laptop, and the text keeps a readable measure on a wide screen --------
def _longest_line(edit: Any) -> int:
    block, longest = edit.document().begin(), 0
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            longest = max(longest, layout.lineAt(i).textLength())
        block = block.next()
    return longest


def test_cover_page_needs_no_sideways_scrolling_with_a_side_panel(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QScrollArea

    assert window.size().width() == 1366
    qtbot.keyClick(window.outline, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the find panel opens
    window.select_key(("cover",))
    qtbot.wait(20)
    scroll = window.coverPage.findChild(QScrollArea)
    assert window.find_panel.isVisible()
    assert scroll.horizontalScrollBar().maximum() == 0
    field = window.findChild(QLineEdit, "orgName")
    assert field.visibleRegion().boundingRect().width() == field.width()  # not cut at the right
    # Without the panel the two columns stand side by side again.
    window.find_panel.hide()
    qtbot.wait(20)
    org_box = field.parentWidget()
    report_title = window.findChild(QLineEdit, "reportTitle")
    assert org_box.mapTo(window, org_box.rect().topLeft()).x() > report_title.mapTo(window, report_title.rect().topLeft()).x()
    assert scroll.horizontalScrollBar().maximum() == 0


def test_wide_screen_caps_the_text_measure_and_widens_the_outline(window: Any, qtbot: Any) -> None:
    window.resize(1920, 1080)
    qtbot.wait(20)
    outline_select(window, qtbot, "1.1")
    qtbot.wait(20)
    edit = window.actionPage.narrativeEditor.textEdit()
    assert 60 <= _longest_line(edit) <= 100
    assert window.splitter.sizes()[0] >= 450
    # On a laptop the text uses the page's width and the outline keeps its width.
    window.resize(1366, 768)
    qtbot.wait(20)
    assert _longest_line(edit) <= 100
    assert window.splitter.sizes()[0] == 320


def test_f1_list_names_each_command_once_with_its_menu(window: Any, qtbot: Any) -> None:
    from test_shortcuts import build_everything

    from mesdesk.gui.shortcuts_dialog import ShortcutsDialog

    build_everything(window)  # every table built: their row actions exist too
    dialog = ShortcutsDialog(window)
    table = dialog.findChild(object, "shortcutsTable")
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert len(names) == len(set(names))
    assert "Convention › Descendre" in names and "Descendre" not in names
    assert "Édition › Annuler" in names and "Mise en forme › Gras" in names
    assert any("Tableaux : déplacer la ligne" == name for name in names)
