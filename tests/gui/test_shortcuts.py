"""Keyboard shortcuts: no two commands share one, and formatting keys reach the text."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor

from tests.gui.gui_helpers import outline_select, type_text


def test_no_two_actions_share_a_shortcut(window: Any) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                owners[key.toString()].append(action.objectName() or action.text())
    clashes = {key: names for key, names in owners.items() if len(set(names)) > 1}
    assert clashes == {}


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
