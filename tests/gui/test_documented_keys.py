"""Every key of docs/object-names.md works in every place it is documented for.

The test reads the documentation itself (the « Actions (menus) and their keys » table
and the menu mnemonics under it), so a key documented and not working, or a key
working but taken by a field in some place, fails here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import outline_select
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget

DOC = Path(__file__).resolve().parents[2] / "docs" / "object-names.md"

# Actions whose key a text field keeps for itself, as documented (« its own undo »).
OWN_IN_TEXT_FIELDS = {"actionUndo", "actionRedo"}


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(title)
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else None]


def documented_keys() -> list[tuple[str, list[str], str]]:
    """(action objectName, its keys, where it is enabled) from the table of actions."""
    rows = []
    for line in _section("## Actions (menus) and their keys").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        names = re.findall(r"`(\w+)`", cells[0])
        key_cell = cells[1]
        if key_cell.startswith("—"):
            sequence = re.search(r"\((.+)\)", key_cell)
            assert sequence, line
            rows.append((names[0], ["menu:" + sequence.group(1)], cells[2]))
            continue
        if len(names) == 2:  # « Ctrl+Shift+Up / Down »: the second key shares the first's modifiers
            first, second = [k.strip() for k in key_cell.split("/")]
            if "+" not in second:
                second = first.rsplit("+", 1)[0] + "+" + second
            rows.append((names[0], [first], cells[2]))
            rows.append((names[1], [second], cells[2]))
        else:
            rows.append((names[0], [k.strip() for k in key_cell.split(", ")], cells[2]))
    return rows


def documented_menu_mnemonics(language: str = "fr") -> list[str]:
    """The menu mnemonics of the paragraph under the table (French, then « in English »)."""
    section = _section("## Actions (menus) and their keys")
    start = section.index("menu mnemonic")
    french, english = section[start:].split("in English", 1)
    return re.findall(r"Alt\+\w", french if language == "fr" else english.split(")", 1)[0])


# -- places of the window -------------------------------------------------------------------
def _outline(window: Any, qtbot: Any) -> QWidget:
    window.select_key(("preamble",))
    window.outline.setFocus()
    return window.outline


def _text(window: Any, qtbot: Any) -> QWidget:
    outline_select(window, qtbot, "1.1")
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    return edit


def _title(window: Any, qtbot: Any) -> QWidget:
    outline_select(window, qtbot, "1.1")
    window.actionPage.titleEdit.setFocus()
    return window.actionPage.titleEdit


def _cover_field(window: Any, qtbot: Any) -> QWidget:
    window.select_key(("cover",))
    field = window.findChild(QLineEdit, "orgName")
    field.setFocus()
    return field


def _table(window: Any, qtbot: Any) -> QWidget:
    from mesdesk.gui.pages.action_page import TAB_INDICATORS

    outline_select(window, qtbot, "1.1")
    window.actionPage.tabs.setCurrentIndex(TAB_INDICATORS)
    table = window.actionPage.indicators.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    return table


def _find_field(window: Any, qtbot: Any) -> QWidget:
    window.show_find()
    return window.find_panel.field


PLACES: dict[str, Callable[[Any, Any], QWidget]] = {
    "outline": _outline, "text": _text, "title": _title, "cover field": _cover_field,
    "table": _table, "find field": _find_field,
}
TEXT_PLACES = {"text", "title", "cover field", "find field"}


def _press(qtbot: Any, widget: QWidget, sequence: str) -> None:
    combination = QKeySequence(sequence)[0]
    qtbot.keyClick(QApplication.focusWidget() or widget, combination.key(), combination.keyboardModifiers())


def _spy(window: Any) -> dict[str, int]:
    """Count the actions' triggers instead of running them (no dialog, no quitting)."""
    counts: dict[str, int] = {}
    for action in window.findChildren(QAction):
        name = action.objectName()
        if name.startswith("action") and action.parent() is window:
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False, n=name: counts.__setitem__(n, counts.get(n, 0) + 1))
    return counts


def _close_popups(qtbot: Any) -> None:
    """Escape, as a user leaves a menu (and the menu bar's keyboard mode after it); a
    window of its own that a key opened (« Relecture ») is closed, as the user would,
    so the next key goes to the main window again."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "readThroughWindow" and widget.isVisible():
            widget.close()
            widget.parentWidget().window().activateWindow()
    for _ in range(3):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    focus = QApplication.focusWidget()
    if focus is not None and focus.inherits("QMenuBar"):
        qtbot.keyClick(focus, Qt.Key.Key_Escape)


def test_documentation_lists_the_window_keys() -> None:
    rows = documented_keys()
    names = [name for name, _keys, _where in rows]
    assert len(rows) >= 25 and "actionExport" in names and "actionNewReport" in names
    assert documented_menu_mnemonics() == ["Alt+F", "Alt+É", "Alt+C", "Alt+B", "Alt+H", "Alt+A"]
    assert documented_menu_mnemonics("en") == ["Alt+F", "Alt+E", "Alt+A", "Alt+R", "Alt+V", "Alt+H"]


@pytest.mark.parametrize("place", list(PLACES))
def test_every_documented_key_works_in_every_place(window: Any, qtbot: Any, place: str) -> None:
    counts = _spy(window)
    failures = []
    for name, keys, where in documented_keys():
        action = window.findChild(QAction, name)
        assert action is not None, name
        if "enabled in a text of a page" in where and place != "text":
            continue
        for key in keys:
            if name in OWN_IN_TEXT_FIELDS and place in TEXT_PLACES:
                continue  # documented: in a text field, the field's own undo
            widget = PLACES[place](window, qtbot)
            before = counts.get(name, 0)
            if key.startswith("menu:"):
                menu_key, item_key = [k.strip() for k in key[5:].split(",")]
                _press(qtbot, widget, menu_key)
                popup = QApplication.activePopupWidget()
                if isinstance(popup, QMenu):
                    qtbot.keyClick(popup, QKeySequence(item_key)[0].key())
            else:
                _press(qtbot, widget, key)
            _close_popups(qtbot)
            if counts.get(name, 0) != before + 1:
                failures.append(f"{key} ({name}) in the {place}")
    assert failures == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_documented_menu_mnemonic_opens_its_menu(window: Any, qtbot: Any, controller: Any,
                                                       language: str) -> None:
    if language != "fr":
        window = controller.set_language(language)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    menus = {m.objectName(): m for m in window.menuBar().findChildren(QMenu) if m.objectName().startswith("menu")}
    opened = []
    for key in documented_menu_mnemonics(language):
        window.outline.setFocus()
        letter = key.split("+")[1]
        combination = QKeySequence(f"Alt+{letter}")[0]
        qtbot.keyClick(window.outline, combination.key(), Qt.KeyboardModifier.AltModifier)
        popup = QApplication.activePopupWidget()
        opened.append(popup.objectName() if popup is not None else None)
        _close_popups(qtbot)
    assert opened == ["menuFile", "menuEdit", "menuConvention", "menuReport", "menuView", "menuHelp"]
    assert set(opened) <= set(menus)
