"""A new user's first launch, typing, autosave, closing and reopening."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import action_text_on_disk, outline_select, type_text
from PySide6.QtCore import Qt

from mesdesk.gui.app import DeskController
from mesdesk.gui.settings import AppSettings


def test_first_launch_creates_the_sample_workspace_and_shows_it(qtbot: Any, app_dirs: dict[str, Path]) -> None:
    controller = DeskController()
    window = controller.start(None)
    qtbot.addWidget(window)
    window.show()
    created = app_dirs["data"] / "bilan.mesdesk"
    assert window.doc.path == created and created.exists()
    assert window.reportSwitcher.currentText() == "Bilan 2024"
    # cover, préambule, 4 axes, conclusion, partners and bodies (nothing « sans action » in the sample)
    assert window.outlineModel.rowCount() == 2 + 4 + 2
    assert "Consolidation des outils" in window.outlineModel.index_for(
        ("action", window.doc.convention.action_by_number("1.1").uid)).data()
    window.close()
    # The next launch opens the same file, remembered in the INI file of the config folder.
    assert (app_dirs["config"] / "mesdesk.ini").exists()
    assert AppSettings().last_workspace == created.resolve()


def test_typed_evaluation_survives_close_and_reopen(qtbot: Any, app_dirs: dict[str, Path]) -> None:
    controller = DeskController()
    window = controller.start(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = outline_select(window, qtbot, "1.1")
    edit = window.actionPage.evaluationEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " Phrase ajoutée au clavier.")
    qtbot.waitUntil(lambda: window.saveLabel.text().startswith("Enregistré à"), timeout=3000)
    window.close()

    again = DeskController().start(None)
    qtbot.addWidget(again)
    text = again.doc.report.text_for(again.doc.convention.action_by_number("1.1"))
    assert text.evaluation.plain_text().endswith("Phrase ajoutée au clavier.")
    assert action.uid == again.doc.convention.action_by_number("1.1").uid
    again.close()


@pytest.mark.serial  # a deadline in real time: alone on the CPU
def test_text_reaches_the_file_within_two_seconds(qtbot: Any, window: Any) -> None:
    action = outline_select(window, qtbot, "1.1")
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    type_text(edit, "Zorglub ")
    typed_at = time.monotonic()
    # Read the file through another connection, as a crash survivor would find it.
    qtbot.waitUntil(
        lambda: "Zorglub" in action_text_on_disk(window.doc.path, action.uid, 2024, "narrative"), timeout=2000
    )
    assert time.monotonic() - typed_at < 2.0
    assert window.saveLabel.text().startswith("Enregistré à")


def test_switching_node_saves_at_once(qtbot: Any, window: Any) -> None:
    action = outline_select(window, qtbot, "1.1")
    edit = window.actionPage.meansEditor.textEdit()
    edit.setFocus()
    type_text(edit, "Moyens tapés ")
    assert window.doc.save_pending
    window.outline.setFocus()  # leaving the editor saves already; moving on must too
    qtbot.keyClick(window.outline, Qt.Key.Key_Down)
    assert not window.doc.save_pending
    assert window.actionPage.action.number == "1.2"
    assert "Moyens tapés" in action_text_on_disk(window.doc.path, action.uid, 2024, "means")
