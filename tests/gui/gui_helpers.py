"""Small helpers shared by the GUI tests: acting like a user on the main window."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeView

from mesdesk.model.entities import Action


def outline_select(window: Any, qtbot: Any, number: str) -> Action:
    """Select an action in the outline with the keyboard, as a user would (arrows)."""
    action = window.doc.convention.action_by_number(number)
    target = window.outlineModel.index_for(("action", action.uid))
    outline: QTreeView = window.outline
    outline.setFocus()
    # Walk down from the top with the Down key until the action is current.
    outline.setCurrentIndex(window.outlineModel.index(0, 0))
    for _ in range(200):
        if outline.currentIndex() == target:
            break
        qtbot.keyClick(outline, Qt.Key.Key_Down)
    assert outline.currentIndex() == target
    return action


def read_column(path: Path, sql: str, *params: Any) -> Any:
    """Read from the workspace file through a separate SQLite connection (what is on disk)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(sql, params).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def action_text_on_disk(path: Path, action_uid: str, year: int, field: str) -> str:
    return read_column(
        path,
        f"SELECT t.{field} FROM action_text t JOIN action a ON a.id = t.action_id "
        "JOIN report r ON r.id = t.report_id WHERE a.uid = ? AND r.year = ?",
        action_uid,
        year,
    ) or ""


def type_text(widget: Any, text: str) -> None:
    """Type ``text`` key by key into ``widget`` (QTest cannot type accented letters)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isprintable() else 0
        if char == " ":
            key = Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def point_of(edit: Any, text: str, into: int = 1) -> Any:
    """The viewport point ``into`` characters into the first ``text`` of a text edit."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(edit.document())
    cursor.setPosition(edit.document().toPlainText().index(text) + into)
    return edit.cursorRect(cursor).center()
