"""Issue 11, « Smooth the writing loop »: what a new user tripped on in one afternoon,
each driven like a user (keys and clicks), then read back from the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from gui_helpers import action_text_on_disk, outline_select, read_column, type_text


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
