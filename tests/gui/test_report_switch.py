"""Switching the report never writes one report's fields into the other: a page writes
only into the object it loaded, and flushes before the document switches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.model.carry_over import new_report_from
from mesdesk.store.workspace import Workspace


def _dump(path: Path) -> str:
    with Workspace.open(path) as ws:
        return dumps_workspace(ws.session)


@pytest.fixture
def two_reports(workspace_copy: Path) -> Path:
    """The sample with « Bilan 2025 » started from 2024 (as « Nouveau bilan annuel… » does)."""
    with Workspace.open(workspace_copy) as ws:
        new_report_from(ws.current_convention(), 2025, 2024)
        ws.commit()
    return workspace_copy


def _open(controller: Any, qtbot: Any, path: Path) -> Any:
    window = controller.start(path)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_cover_page_does_not_write_into_the_other_report(controller: Any, qtbot: Any, two_reports: Path) -> None:
    window = _open(controller, qtbot, two_reports)
    assert window.doc.report.year == 2025
    window.select_key(("cover",))
    assert window.coverPage.findChild(object, "reportTitle").text() == "Bilan 2025"
    assert window.actionPreviousReport.shortcut().toString() == "Ctrl+Alt+PgUp"
    window.actionPreviousReport.trigger()
    assert window.doc.report.year == 2024
    assert window.coverPage.findChild(object, "reportTitle").text() == "Bilan 2024"
    window.close()
    with Workspace.open(two_reports) as ws:
        titles = sorted(r.title for r in ws.current_convention().reports)
    assert titles == ["Bilan 2024", "Bilan 2025"]


def test_switching_reports_from_every_node_changes_nothing(controller: Any, qtbot: Any, two_reports: Path) -> None:
    before = _dump(two_reports)
    window = _open(controller, qtbot, two_reports)
    visited = 0
    for _round in range(2):  # from 2025's nodes, then from 2024's
        year = window.doc.report.year
        delta = -1 if year == 2025 else 1
        for key in window.outlineModel.keys():
            window.select_key(key)
            qtbot.wait(1)
            window._step_report(delta)  # Ctrl+Alt+PgUp / PgDown
            assert window.doc.report.year != year
            window._step_report(-delta)
            assert window.doc.report.year == year
            visited += 1
        window._step_report(delta)
    assert visited > 20
    window.close()
    assert _dump(two_reports) == before
