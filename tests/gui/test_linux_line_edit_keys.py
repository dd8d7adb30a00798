"""Ctrl+E from a field of the cover, on Linux's own key bindings (X11 under Xvfb).

Offscreen Qt has no Emacs-style bindings, so the bug (a line edit keeping Ctrl+E as
« end of line ») only shows on a real X server: this test runs the window in a
subprocess under ``xvfb-run`` (package xvfb) and says so when it is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from needs import need

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit
    from mesdesk.gui.app import DeskController, prepare_application

    app = QApplication(sys.argv[:1])
    prepare_application(app)
    bindings = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)]
    window = DeskController().start(Path(sys.argv[1]))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    hits = []
    export = window.findChild(QAction, "actionExport")
    export.triggered.disconnect()
    export.triggered.connect(lambda *_: hits.append(1))
    window.select_key(("cover",))
    for name in ("orgName", "reportTitle", "orgEmail"):
        field = window.findChild(QLineEdit, name)
        field.setFocus()
        QTest.qWait(20)
        QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    print("bindings", ",".join(bindings))
    print("exports", len(hits))
    window.close()
""")


def test_ctrl_e_exports_from_the_cover_fields_with_linux_key_bindings(tmp_path: Path, sample_file: Path) -> None:
    xvfb = shutil.which("xvfb-run")
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux key bindings exist only on Linux")
    need(xvfb is not None, "needs xvfb-run (make test installs it): Linux key bindings exist only on a real X server")
    copy = tmp_path / "bilan.mesdesk"
    copy.write_bytes(sample_file.read_bytes())
    script = tmp_path / "ctrl_e.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "MESDESK_CONFIG_DIR": str(tmp_path / "config"),
           "MESDESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([xvfb, "-a", sys.executable, str(script), str(copy)], capture_output=True, text=True,
                            env=env, timeout=120, cwd=Path(__file__).resolve().parents[2])
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "Ctrl+E" in lines.get("bindings", ""), result.stdout + result.stderr  # X11 bindings are on
    assert lines.get("exports") == "3", result.stdout + result.stderr
