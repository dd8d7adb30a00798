"""What the application loads before its window first paints, and what it loads after.

A regression guard that is not a timed test: the real start-up (``mesdesk.gui.app.run``)
runs in a fresh interpreter, offscreen, and reports the modules loaded at the first
paint. The exporters (python-docx, openpyxl, lxml), the JSON schema validator and the
spelling engine are loaded when first used; the dictionary after the first paint (its
loader keeps the GIL: in the start-up path it delayed the window by its whole load).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

CHILD = r"""
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from mesdesk.gui import app

def at_first_paint(reporter):
    print("painted " + json.dumps(sorted(sys.modules)), flush=True)
    window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
    def spelling_ready():
        checker = window.spelling.active_checker()
        if checker is None:
            return
        print("spelling " + json.dumps([checker.language, "hunspell" in sys.modules]), flush=True)
        os._exit(0)
    poll = QTimer(window)
    poll.timeout.connect(spelling_ready)
    poll.start(20)

app._FirstPaintReporter._report = at_first_paint
os.environ[app.FIRST_PAINT_ENV] = "1"
sys.exit(app.run(sys.argv[1]))
"""

NOT_BEFORE_FIRST_PAINT = (
    "docx", "openpyxl", "lxml", "defusedxml", "jsonschema", "hunspell", "alembic",
    "mesdesk.exchange", "mesdesk.gui.export_dialog", "mesdesk.gui.findings_text",
)


def test_the_first_paint_comes_before_exporters_validator_and_spelling_engine(
    workspace_copy: Path, app_dirs: Any
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD, str(workspace_copy)], capture_output=True, text=True,
                            env=env, timeout=120)
    lines = {line.split(" ", 1)[0]: json.loads(line.split(" ", 1)[1])
             for line in result.stdout.splitlines() if line.startswith(("painted ", "spelling "))}
    assert "painted" in lines, (result.returncode, result.stdout, result.stderr)
    modules = set(lines["painted"])
    assert {"mesdesk.gui.main_window", "sqlalchemy"} <= modules  # the guard reads a real start-up
    early = sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_BEFORE_FIRST_PAINT))
    assert early == [], f"loaded before the first paint: {early}"
    # After the paint the dictionary does load, by itself: spelling still works.
    assert lines.get("spelling") == ["fr", True], (result.stdout, result.stderr)
