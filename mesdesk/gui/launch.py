"""Starting the application: the splash first, then everything else.

``mesdesk gui`` and ``python -m mesdesk.gui`` come here. Only PySide6 is imported
before the splash paints (``splash``); the model, the store and the window's modules
(``app``) are imported while it shows.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from mesdesk.gui.splash import show_splash
from mesdesk.resources import icons_dir


def launch(location: str | None = None) -> int:
    """Show the splash, then open ``location`` (a file, a server address, or the last one)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # Held until the end: a splash nobody holds is destroyed at once. It closes itself
    # when the window (or a dialog) shows.
    splash = show_splash(app, icons_dir() / "mesdesk-256.png", location)
    from mesdesk.gui.app import run  # the long imports, under the splash

    try:
        return run(location)
    finally:
        del splash
