"""« Inclure les commentaires (pour relecture) » in the export dialog: ticked, the Word file
carries the review comments; unticked (as the dialog always opens), it has none."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mesdesk.store.workspace import Workspace
from tests.exchange.docx.comments_testing import add_review, anchored_words, word_comments


@pytest.fixture
def workspace_copy(sample_file: Path, tmp_path: Path) -> Path:
    """The sample with a board's review on its 2024 report (overrides the conftest's)."""
    copy = tmp_path / "work" / "bilan.mesdesk"
    copy.parent.mkdir()
    copy.write_bytes(sample_file.read_bytes())
    with Workspace.open(copy) as ws:
        add_review(ws)
    return copy


def export_word(window: Any, qtbot: Any, target: Path, *, comments: bool | None) -> Any:
    window.actionExport.trigger()
    dialog = next(d for d in window.findChildren(QDialog, "exportDialog") if d.isVisible())
    assert not dialog.commentsCheck.isChecked(), "the box opens unticked"
    dialog.wordCheck.setChecked(True)
    dialog.excelCheck.setChecked(False)
    dialog.wordPath.setText(str(target))
    if comments:
        qtbot.mouseClick(dialog.commentsCheck, Qt.MouseButton.LeftButton)
        assert dialog.commentsCheck.isChecked()
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error is not None, timeout=30000)
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=5000)
    assert dialog.error is None, dialog.error
    return dialog


def test_the_box_puts_the_comments_in_the_word_file(qtbot: Any, window: Any, tmp_path: Path) -> None:
    dialog = export_word(window, qtbot, tmp_path / "relecture.docx", comments=True)
    dialog.grab().save(str(tmp_path / "export-dialog.png"))
    comments = word_comments(tmp_path / "relecture.docx")
    first = comments["Sur quels chiffres ?"]
    assert first.author == "Anne Dupont-Moreau"
    with zipfile.ZipFile(tmp_path / "relecture.docx") as package:
        assert anchored_words(package.read("word/document.xml"))[first.id] == "progression évidente"
    dialog.close()
    # Opened again, the box is unticked: the next export has no comment.
    export_word(window, qtbot, tmp_path / "fondation.docx", comments=None)
    with zipfile.ZipFile(tmp_path / "fondation.docx") as package:
        assert "word/comments.xml" not in package.namelist()


def test_the_box_follows_the_word_choice(qtbot: Any, window: Any) -> None:
    window.actionExport.trigger()
    dialog = window.findChild(QDialog, "exportDialog")
    dialog.wordCheck.setChecked(False)
    assert not dialog.commentsCheck.isEnabled()
    dialog.wordCheck.setChecked(True)
    assert dialog.commentsCheck.isEnabled()
    dialog.close()
