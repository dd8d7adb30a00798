"""The application as the desktop sees it: its name and icon, documents opened from
the file manager (macOS ``FileOpen``), and the start-up reporter on any platform."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from mesdesk.gui.app import DeskController, _FirstPaintReporter, install_file_open_filter, prepare_application


@pytest.fixture
def file_open_filter(qapp: QApplication) -> Iterator[Any]:
    """Installs the filter for a controller made by the test; removed afterwards."""
    installed: list[Any] = []

    def install(controller: DeskController) -> Any:
        installed.append(install_file_open_filter(qapp, controller))
        return installed[-1]

    yield install
    for event_filter in installed:
        qapp.removeEventFilter(event_filter)


def second_workspace(workspace_copy: Path) -> Path:
    other = workspace_copy.with_name("autre.mesdesk")
    other.write_bytes(workspace_copy.read_bytes())
    return other


def test_application_has_its_desktop_name_and_icon(qapp: QApplication, window: Any) -> None:
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    try:
        prepare_application(qapp)
        assert qapp.desktopFileName() == "mesdesk"  # matches packaging's mesdesk.desktop
        icon = qapp.windowIcon()
        assert not icon.isNull()
        assert not icon.pixmap(48, 48).isNull(), "the SVG (or its PNG twin) is drawable"
        assert not window.windowIcon().isNull(), "windows inherit it"
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])


def test_a_document_opened_from_the_finder_before_the_window_is_the_one_shown(
    qtbot: Any, qapp: QApplication, workspace_copy: Path, file_open_filter: Any
) -> None:
    controller = DeskController()
    file_open_filter(controller)
    QApplication.sendEvent(qapp, QFileOpenEvent(str(workspace_copy)))
    window = controller.start(None)  # no path on the command line, as from the Finder
    assert window is not None
    qtbot.addWidget(window)
    assert window.doc.path == workspace_copy
    assert controller.pending_open is None
    window.close()


def test_a_document_opened_from_the_finder_later_replaces_the_open_one(
    qtbot: Any, qapp: QApplication, controller: Any, window: Any, workspace_copy: Path, file_open_filter: Any
) -> None:
    other = second_workspace(workspace_copy)
    file_open_filter(controller)
    event = QFileOpenEvent(str(other))
    QApplication.sendEvent(qapp, event)
    assert controller.window.doc.path == other
    assert controller.settings.last_workspace == other.resolve()
    # The same file again changes nothing and asks nothing.
    QApplication.sendEvent(qapp, QFileOpenEvent(str(other)))
    assert controller.window.doc.path == other


def test_first_paint_report_works_without_the_resource_module(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "resource", None)  # as on Windows: import fails
    _FirstPaintReporter(exit_after=False)._report()
    line = capsys.readouterr().out.strip()
    parts = line.split()
    assert parts[0] == "first-paint" and float(parts[1]) > 0
    assert parts[2] == "rss-mb"
