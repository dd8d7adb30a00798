"""Keyboard shortcuts: no two commands share one, and formatting keys reach the text."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor

from tests.gui.gui_helpers import outline_select, type_text


def build_everything(window: Any) -> None:
    """Pages and panels are made when first used: make them all, as a long session would."""
    for key in window.outlineModel.keys():
        window.select_key(key)
    window.unassignedPage  # only listed when something has no action  # noqa: B018
    window.show_find()
    window.show_check()


def test_no_two_actions_share_a_shortcut(window: Any) -> None:
    build_everything(window)
    window_wide: dict[str, list[str]] = defaultdict(list)
    local: dict[tuple[int, str], list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if key.isEmpty():
                continue
            name = action.objectName() or action.text()
            if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
                window_wide[key.toString()].append(name)
            else:  # a table's row keys: the same key in another table is no clash
                for widget in action.associatedObjects():
                    local[(id(widget), key.toString())].append(name)
    clashes = {key: names for key, names in window_wide.items() if len(set(names)) > 1}
    assert clashes == {}
    assert "Ctrl+Alt+I" in window_wide, "the indicator value command has its key"
    local_clashes = {key: names for key, names in local.items() if len(set(names)) > 1}
    assert local_clashes == {}
    shadowed = {key: names for (_, key), names in local.items() if key in window_wide}
    assert shadowed == {}, "a window key would never reach the table"


def test_ctrl_i_makes_italic_in_the_window(window: Any, qtbot: Any) -> None:
    outline_select(window, qtbot, "1.1")
    editor = window.findChild(object, "meansEditor")
    edit = editor.textEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, " urgent")
    texts = [t for block in editor.richText().blocks for t in block.content if getattr(t, "text", "") == " urgent"]
    assert texts and texts[0].italic
