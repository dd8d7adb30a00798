"""The Qt binding we pin keeps Python's reference counts right.

PySide6 6.12 on Python 3.11 dropped a reference to None on every call of a method
returning nothing, and the process died after a few thousand edits
("Fatal Python error: none_dealloc"). This guards the pin in pyproject.toml.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 100
