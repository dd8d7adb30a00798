"""Handing files to the desktop (open in Word, show in the file manager).

Kept apart so tests can replace these two functions instead of launching programs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> bool:
    """Open ``path`` with the program the system associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the folder holding ``path`` in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
