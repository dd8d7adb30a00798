"""The splash: on screen before the long imports, gone as soon as a window or a dialog
takes over (it must never hide a question asked while the workspace opens)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolTip

from mesdesk.gui.splash import Splash, _shown_name, show_splash
from mesdesk.resources import icons_dir


def test_a_real_start_paints_the_splash_before_sqlalchemy_is_even_imported(
        workspace_copy: Path, app_dirs: Any) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MESDESK_REPORT_FIRST_PAINT="1", MESDESK_EXIT_AFTER_PAINT="1")
    result = subprocess.run([sys.executable, "-m", "mesdesk.gui", str(workspace_copy)], capture_output=True,
                            text=True, env=env, timeout=120)
    lines = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()
             if line.startswith(("splash-", "first-paint"))}
    assert set(lines) == {"splash-paint", "splash-closed", "first-paint"}, (result.stdout, result.stderr)
    splash_time, sqlalchemy_loaded = lines["splash-paint"]
    assert sqlalchemy_loaded == "False"  # painted with PySide6 alone
    # It stayed up through the imports and the opening (not destroyed as soon as shown),
    # until the window took over.
    assert float(splash_time) < float(lines["splash-closed"][0]) <= float(lines["first-paint"][0])
    assert result.returncode == 0


def test_the_splash_goes_when_a_dialog_or_the_window_shows_not_for_a_tooltip(qtbot: Any, qapp: Any) -> None:
    splash = show_splash(qapp, icons_dir() / "mesdesk-256.png", "/home/delegue/bilan 2024.mesdesk")
    assert splash.isVisible() and splash.pixmap().width() > 0
    QToolTip.showText(splash.geometry().center(), "astuce")
    assert splash.isVisible()
    QToolTip.hideText()
    box = QMessageBox(QMessageBox.Icon.Question, "Fichier verrouillé", "Ouvrir en lecture seule ?")
    box.show()  # e.g. the file is open elsewhere: the question is on top, nothing over it
    assert not splash.isVisible()
    box.close()
    later = Splash(icons_dir() / "mesdesk-256.png", None)
    later.show()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not later.isVisible()


def test_the_splash_names_the_file_and_never_a_server_password() -> None:
    assert _shown_name("/home/delegue/bilan 2024.mesdesk") == "bilan 2024.mesdesk"
    assert _shown_name("postgresql://bob:secret@serveur.example/bilans?sslmode=require") == "bilans"
    assert _shown_name(None) == ""
