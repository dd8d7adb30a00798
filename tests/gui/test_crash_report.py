"""An unexpected exception in the GUI: logged with its traceback, told calmly, and the
window goes on working. « Aide › Ouvrir le journal » opens the log file."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import outline_select
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu

from mesdesk import logs
from mesdesk.gui import crash_report, structure_edit


def log_text(path: Path) -> str:
    for handler in logging.getLogger(logs.ROOT).handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_told_and_the_app_goes_on(
    qtbot: Any, qapp: Any, window: Any, dialogs: Any, app_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = logs.setup_logging()
    reporter = crash_report.install(qapp)

    def broken_delete(obj: Any) -> Any:
        raise ZeroDivisionError("a bug in deleting")

    monkeypatch.setattr(structure_edit, "Delete", broken_delete)
    outline_select(window, qtbot, "1.1")
    number_of_actions = len(window.doc.convention.actions)
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)  # the slot raises

    qtbot.waitUntil(lambda: bool(dialogs.told), timeout=3000)
    [told] = dialogs.told
    assert told["title"] == "Erreur inattendue"
    assert "ZeroDivisionError" in told["text"] and "continue de fonctionner" in told["text"]
    assert str(path) in told["details"] and "Ouvrir le journal" in told["details"]
    text = log_text(path)
    assert "Unexpected exception (main thread)" in text
    assert "Traceback (most recent call last):" in text and "in delete" in text
    assert "ZeroDivisionError: a bug in deleting" in text

    # Still alive and working: nothing was deleted, another action opens, an edit undoes.
    assert window.isVisible() and len(window.doc.convention.actions) == number_of_actions
    outline_select(window, qtbot, "1.2")
    assert window.actionPage.titleEdit.text() == window.doc.convention.action_by_number("1.2").title
    monkeypatch.undo()
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert len(window.doc.convention.actions) == number_of_actions - 1
    window.actionUndo.trigger()
    assert len(window.doc.convention.actions) == number_of_actions
    reporter.deleteLater()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_another_thread_is_told_in_the_gui_thread(
    qtbot: Any, qapp: Any, dialogs: Any, app_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", lambda args: None)  # what the hook chains to
    path = logs.setup_logging()
    reporter = crash_report.install(qapp)

    def work() -> None:
        raise OSError("no space left")

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs.told), timeout=3000)
    assert "OSError" in dialogs.told[0]["text"]
    assert "Unexpected exception (thread worker)" in log_text(path)
    reporter.deleteLater()


def test_help_menu_opens_the_log(window: Any, app_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    help_menu = window.menuBar().findChild(QMenu, "menuHelp")
    assert window.actionOpenLog in help_menu.actions()
    assert window.actionOpenLog.text().replace("&", "") == "Ouvrir le journal"
    window.actionOpenLog.trigger()
    [url] = opened
    assert Path(url.toLocalFile()) == app_dirs["data"] / "mesdesk.log"
    assert Path(url.toLocalFile()).exists()  # made, empty, when nothing was logged yet


def test_the_log_path_is_told_when_no_viewer_opens_it(
    window: Any, dialogs: Any, app_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window.actionOpenLog.trigger()
    assert str(app_dirs["data"] / "mesdesk.log") in dialogs.told[0]["text"]
