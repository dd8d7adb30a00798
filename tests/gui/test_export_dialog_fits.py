"""The export dialog with a 2025 report's warnings fits a 1366×768 screen, at 100 % and 200 %.

Run in a subprocess: the screen (an offscreen one of 1366×768) and the scale factor are
set before Qt starts. The report is carried over from 2024, so the export has its real
list of warnings (texts still to update, missing values…); they scroll inside the dialog.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog
    from mesdesk.gui.findings_text import word
    from mesdesk.model.carry_over import new_report_from

    path, out = Path(sys.argv[1]), Path(sys.argv[2])

    from mesdesk.gui.app import DeskController, prepare_application
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    window = DeskController().start(path)
    doc = window.doc
    new_report_from(doc.convention, 2025, 2024)
    doc.mark_dirty(); doc.save_now()
    window.close()
    window = DeskController().start(path)
    doc = window.doc
    doc.set_report(next(r for r in doc.convention.reports if r.year == 2025))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.findChild(type(window.actionExport), "actionExport").trigger()
    dialog = window.findChild(QDialog, "exportDialog")
    dialog.wordPath.setText(str(out / "bilan-2025.docx"))
    dialog.excelCheck.setChecked(True)
    dialog.excelPath.setText(str(out / "bilan-2025.xlsx"))
    QTest.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    for _ in range(600):
        if dialog.outcome is not None or dialog.error is not None:
            break
        QTest.qWait(50)
    QTest.qWait(200)
    screen = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    def inside(button):
        top_left = button.mapToGlobal(button.rect().topLeft())
        bottom_right = button.mapToGlobal(button.rect().bottomRight())
        return button.isVisible() and screen.contains(top_left) and screen.contains(bottom_right)
    scroll = dialog.findChild(object, "exportStatusScroll")
    print(json.dumps({
        "error": dialog.error,
        "warnings": len(dialog.outcome.warnings) if dialog.outcome else -1,
        "screen": [screen.width(), screen.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "fits": screen.contains(frame),
        "buttons": [inside(b) for b in (dialog.openWordButton, dialog.closeButton)],
        "scrolls": scroll is not None and scroll.verticalScrollBar().maximum() > 0,
        "last_warning_reachable": dialog.statusLabel.text().endswith(word(dialog.outcome.warnings[-1])) if dialog.outcome else False,
    }))
    dialog.reject()
    window.close()
""")


@pytest.mark.parametrize("scale", ["1", "2"])
def test_export_dialog_with_many_warnings_fits_a_laptop_screen(tmp_path: Path, sample_file: Path, scale: str) -> None:
    copy = tmp_path / "bilan.mesdesk"
    copy.write_bytes(sample_file.read_bytes())
    (tmp_path / "out").mkdir()
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    script = tmp_path / "fit.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "QT_SCALE_FACTOR": scale,
           "MESDESK_CONFIG_DIR": str(tmp_path / "config"), "MESDESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, str(script), str(copy), str(tmp_path / "out")], capture_output=True,
                            text=True, env=env, timeout=180, cwd=Path(__file__).resolve().parents[2])
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stdout + result.stderr
    seen = json.loads(lines[-1])
    assert seen["error"] is None
    assert seen["warnings"] >= 20, seen  # the carried-over report's real list
    assert seen["screen"] == ([1366, 768] if scale == "1" else [683, 384])
    assert seen["fits"] and seen["buttons"] == [True, True], seen
    assert seen["last_warning_reachable"]
    if scale == "2":
        assert seen["scrolls"], seen
