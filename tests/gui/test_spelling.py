"""Spelling as you type: the underline, the menu's suggestions, the dictionary, the switch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import outline_select, point_of, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from mesdesk.gui.spelling.context_menu import build_menu
from mesdesk.proofing.checker import load_checker


def underlined_words(edit: Any) -> list[str]:
    """The words drawn with the spelling underline, read from the laid-out blocks."""
    found = []
    block = edit.document().begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[fmt_range.start : fmt_range.start + fmt_range.length])
        block = block.next()
    return found


def ready(window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: window.spelling.active_checker() is not None, timeout=10000)


def type_at_end(edit: Any, text: str) -> None:
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, text)


def test_a_misspelt_word_is_underlined_and_a_suggestion_replaces_it_undoably(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.2")
    edit = window.actionPage.narrativeEditor.textEdit()
    ready(window, qtbot)
    type_at_end(edit, " Une assocation nouvelle.")
    qtbot.waitUntil(lambda: "assocation" in underlined_words(edit), timeout=3000)
    assert "nouvelle" not in underlined_words(edit)

    menu = build_menu(edit, point_of(edit, "assocation"), window.spelling)
    suggestions = [a for a in menu.actions() if a.objectName() == "spellingSuggestion"]
    assert "association" in [a.text() for a in suggestions]
    next(a for a in suggestions if a.text() == "association").trigger()
    assert "Une association nouvelle." in edit.toPlainText()
    assert "assocation" not in underlined_words(edit)

    edit.undo()
    assert "Une assocation nouvelle." in edit.toPlainText()


def test_add_to_dictionary_is_remembered_for_later_sessions(qtbot: Any, window: Any, app_dirs: dict[str, Path]) -> None:
    outline_select(window, qtbot, "1.2")
    edit = window.actionPage.narrativeEditor.textEdit()
    ready(window, qtbot)
    type_at_end(edit, " Avec Zorglubie.")
    qtbot.waitUntil(lambda: "Zorglubie" in underlined_words(edit), timeout=3000)
    menu = build_menu(edit, point_of(edit, "Zorglubie"), window.spelling)
    next(a for a in menu.actions() if a.objectName() == "spellingAddToDictionary").trigger()
    assert "Zorglubie" not in underlined_words(edit)
    saved = app_dirs["data"] / "dictionnaire-personnel.txt"
    assert "Zorglubie" in saved.read_text(encoding="utf-8").splitlines()


def test_ignore_and_workspace_names_are_not_underlined(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.2")
    edit = window.actionPage.narrativeEditor.textEdit()
    ready(window, qtbot)
    # A word of a partner's name that the dictionary alone would flag.
    plain = load_checker("fr")
    name_word = next(
        t.word for p in window.doc.convention.partners for t in plain.misspelt(p.name) if len(t.word) > 3
    )
    type_at_end(edit, f" Avec {name_word} et Blorpville.")
    qtbot.waitUntil(lambda: "Blorpville" in underlined_words(edit), timeout=3000)
    assert name_word not in underlined_words(edit)
    menu = build_menu(edit, point_of(edit, "Blorpville"), window.spelling)
    next(a for a in menu.actions() if a.objectName() == "spellingIgnore").trigger()
    assert "Blorpville" not in underlined_words(edit)


def test_titles_are_checked_too(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.1")
    ready(window, qtbot)
    title = window.actionPage.titleEdit
    title.setFocus()
    title.moveCursor(QTextCursor.MoveOperation.End)
    type_text(title, " et fomation")
    qtbot.waitUntil(lambda: "fomation" in underlined_words(title), timeout=3000)


def test_switching_spelling_off_removes_the_underline(qtbot: Any, window: Any) -> None:
    outline_select(window, qtbot, "1.2")
    edit = window.actionPage.narrativeEditor.textEdit()
    ready(window, qtbot)
    type_at_end(edit, " Une assocation.")
    qtbot.waitUntil(lambda: "assocation" in underlined_words(edit), timeout=3000)
    window.spelling.set_enabled(False)
    assert underlined_words(edit) == []
    window.spelling.set_enabled(True)
    assert "assocation" in underlined_words(edit)


def test_a_missing_checker_is_a_notice_not_a_crash(qtbot: Any, controller: Any, workspace_copy: Path, monkeypatch: Any) -> None:
    from mesdesk.gui.spelling import service
    from mesdesk.proofing.checker import SpellingUnavailable

    def unavailable(*_args: Any, **_kw: Any) -> Any:
        raise SpellingUnavailable("correcteur Hunspell absent (test)")

    monkeypatch.setattr(service, "load_checker", unavailable)
    win = controller.start(workspace_copy)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "orthographe indisponible" in win.statusBar().currentMessage(), timeout=5000)
    outline_select(win, qtbot, "1.2")
    edit = win.actionPage.narrativeEditor.textEdit()
    type_at_end(edit, " Une assocation.")
    assert underlined_words(edit) == []
    win.close()


def test_check_lists_words_to_check_per_section_and_opens_them(qtbot: Any, window: Any) -> None:
    ready(window, qtbot)
    window.actionCheck.trigger()
    panel = window.check_panel
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    heading = next(i for i, line in enumerate(lines) if line.startswith("Orthographe :"))
    row = next(i for i, line in enumerate(lines) if line.startswith("3.2 récit : ") and "assocations" in line)
    assert row > heading
    panel.open_item(panel.list.item(row))
    action = window.doc.convention.action_by_number("3.2")
    assert window.actionPage.action is action
    edit = window.actionPage.narrativeEditor.textEdit()
    first_word = panel.list.item(row).data(Qt.ItemDataRole.UserRole + 2).params["words"].split(", ")[0]
    assert edit.textCursor().selectedText() == first_word


def test_underlining_is_no_edit(qtbot: Any, window: Any) -> None:
    """Redrawing the underline when the dictionary arrives must not mark texts unsaved
    (it would rewrite the file, and clear what an edit clears)."""
    outline_select(window, qtbot, "3.2")
    saves: list[object] = []
    window.doc.saved.connect(saves.append)
    ready(window, qtbot)
    window.spelling.rehighlight()
    edit = window.actionPage.narrativeEditor.textEdit()
    qtbot.waitUntil(lambda: "assocations" in underlined_words(edit), timeout=3000)
    qtbot.wait(2500)  # past the autosave's idle delay and its ceiling
    assert saves == []
    assert not window.doc.save_pending
