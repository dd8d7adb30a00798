"""Spelling: loading the French dictionary, checking the whole sample report, and
keystroke latency with checking on (the red underline is recomputed on each key).

Typing runs in a child process (``python -m tools.bench.bench_spelling --child``) with
the dictionary loaded first, on the narrative of 1.1 (the sample's longest text).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.bench.timing import Report, Result, median_time, type_key

CHARACTERS = 600
# Misspelt on purpose so the underline has work to do on every paragraph.
TEXT = "Les assocations du réseau ont organisé une fomation à Lyon avec leurs partenaires. "


def run(report: Report) -> None:
    from mesdesk.exchange.seeding import create_sample
    from mesdesk.proofing import checker as checker_module
    from mesdesk.proofing.checker import load_checker
    from mesdesk.proofing.report_spelling import spelling_findings

    def cold_load() -> None:
        checker_module._ENGINES.clear()
        load_checker("fr")

    report.add(Result("spelling: load the French dictionary", median_time(cold_load, repeat=3), "< 2 s (off the GUI thread)"))
    with tempfile.TemporaryDirectory(prefix="mesdesk-bench-spelling-") as tmp_name:
        tmp = Path(tmp_name)
        sample = tmp / "bilan.mesdesk"
        workspace = create_sample(sample)
        report_2024 = workspace.current_convention().reports[-1]

        def check_report() -> None:
            spelling_findings(report_2024, load_checker("fr"))  # a fresh checker: no word cache

        report.add(Result("spelling: check the whole sample report", median_time(check_report), "< 1 s"))
        workspace.close()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MESDESK_CONFIG_DIR=str(tmp / "config"),
                   MESDESK_DATA_DIR=str(tmp / "data"))
        for mode in ("on", "off"):  # off: the same typing without checking, for comparison
            out = subprocess.run([sys.executable, "-m", "tools.bench.bench_spelling", "--child", str(sample), mode],
                                 env=env, capture_output=True, text=True, timeout=600, check=True).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            report.add(Result(f"spelling: typing {CHARACTERS} chars, checking {mode} (median/key)", figures["median"],
                              "p99 ≤ 16 ms", {"p99_ms": round(figures["p99"] * 1000, 1),
                                              "max_ms": round(figures["max"] * 1000, 1)}))


def _child(path: Path, checking: bool) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from mesdesk.gui.app import DeskController

    window = DeskController().start(path)
    assert window is not None
    window.resize(1366, 768)
    window.show()
    window.select_key(("action", window.doc.convention.action_by_number("1.1").uid))
    assert window.spelling.wait_until_ready()
    window.spelling.set_enabled(checking)
    app.processEvents()
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    keystrokes = []
    for char in (TEXT * 20)[:CHARACTERS]:
        keystrokes.append(type_key(app, edit, char))
    window.close()
    keystrokes.sort()
    print(json.dumps({"median": statistics.median(keystrokes), "p99": keystrokes[int(len(keystrokes) * 0.99)],
                      "max": keystrokes[-1]}))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]), sys.argv[3] == "on")
    else:
        run(Report())
