"""Fixtures for the rich-text editor: a small window holding the toolbar and one editor,
shown and active, so shortcuts and focus tracking behave as in the main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from mesdesk.gui.richtext import RichTextEdit, RichTextEditor, RichTextToolBar


@dataclass
class Desk:
    window: QMainWindow
    toolbar: RichTextToolBar
    editor: RichTextEditor
    edit: RichTextEdit
    other: QLineEdit  # a plain field, to move the focus away


@pytest.fixture
def desk(qtbot: Any) -> Desk:
    window = QMainWindow()
    toolbar = RichTextToolBar(window)
    window.addToolBar(toolbar)
    central = QWidget(window)
    layout = QVBoxLayout(central)
    editor = RichTextEditor(central)
    other = QLineEdit(central)
    other.setObjectName("otherField")
    layout.addWidget(editor)
    layout.addWidget(other)
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    window.resize(640, 420)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    edit = editor.textEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    return Desk(window, toolbar, editor, edit, other)


@pytest.fixture
def type_text(qtbot: Any) -> Callable[[QWidget, str], None]:
    """Type text key by key, accented letters too (QTest's keyClicks is ASCII only)."""

    def typer(widget: QWidget, text: str) -> None:
        for ch in text:
            if ch.isascii():
                qtbot.keyClick(widget, ch)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)

    return typer


@pytest.fixture(autouse=True)
def clean_clipboard(qapp: Any) -> Any:
    """Empty the clipboard after each test.

    A QMimeData made in Python and given to the clipboard stays owned by Python too;
    left there until exit it is deleted twice (PySide6 6.12) and the run segfaults.
    """
    yield
    QApplication.clipboard().clear()
