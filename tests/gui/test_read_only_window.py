"""A read-only workspace (chmod 444: a mailed attachment, a CD) opens read-only in the
window and says so: title, banner, status; nothing editable, no save ever attempted;
« Enregistrer une copie modifiable… » gives a file that can be worked on."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import action_text_on_disk, outline_select, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from mesdesk.store.workspace import Workspace


@pytest.fixture
def read_only_file(workspace_copy: Path) -> Path:
    os.chmod(workspace_copy, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 444
    return workspace_copy


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _open(controller: Any, qtbot: Any, path: Path) -> Any:
    window = controller.start(path)
    assert window is not None
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_read_only_file_opens_read_only_and_says_so(
        controller: Any, qtbot: Any, read_only_file: Path, dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _digest(read_only_file)
    window = _open(controller, qtbot, read_only_file)
    assert window.doc.read_only
    commits: list[int] = []
    monkeypatch.setattr(window.doc.workspace, "commit", lambda: commits.append(1))
    assert "lecture seule" in window.windowTitle()
    banner = window.findChild(object, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert "protégé en écriture" in banner.label.text()
    assert "Lecture seule" in window.saveLabel.text()
    for action in (window.actionAddAxis, window.actionDelete, window.actionNewReport, window.actionImport,
                   window.actionUndo):
        assert not action.isEnabled(), action.objectName()
    assert window.actionSaveCopy.isEnabled() and window.actionExport.isEnabled()

    uid = outline_select(window, qtbot, "1.1").uid
    edit = window.actionPage.narrativeEditor.textEdit()
    assert edit.isReadOnly()
    text = edit.toPlainText()
    edit.setFocus()
    type_text(edit, "ajout interdit")
    assert edit.toPlainText() == text
    # Every page, both ways through the outline: nothing editable, nothing written.
    for key in window.outlineModel.keys():
        window.select_key(key)
        page = window.current_page()
        if page is not None:
            for line in page.findChildren(QLineEdit):
                if line.isVisibleTo(page):  # (a date's calendar popup is never opened read-only)
                    assert line.isReadOnly(), (key, line.objectName())
    window.select_key(("cover",))
    title = window.coverPage.findChild(QLineEdit, "reportTitle")
    title.setFocus()
    type_text(title, "X")
    assert "X" not in title.text()
    qtbot.wait(2500)  # longer than any autosave delay
    window.close()
    assert not commits and not dialogs.asked and not dialogs.told
    assert _digest(read_only_file) == before
    assert sorted(p.name for p in read_only_file.parent.iterdir()) == [read_only_file.name]  # no lock, no WAL
    assert "ajout interdit" not in action_text_on_disk(read_only_file, uid, 2024, "narrative")


def test_a_writable_copy_of_a_read_only_file_is_opened_and_edited(
        controller: Any, qtbot: Any, read_only_file: Path, dialogs: Any, tmp_path: Path) -> None:
    window = _open(controller, qtbot, read_only_file)
    target = tmp_path / "modifiable.mesdesk"
    dialogs.save_files.append(target)
    window.findChild(object, "readOnlyBanner").button.click()
    window = controller.window
    assert window.doc.path == target and not window.doc.read_only
    assert "lecture seule" not in window.windowTitle()
    assert window.findChild(object, "readOnlyBanner") is None
    assert window.actionAddAxis.isEnabled()
    uid = outline_select(window, qtbot, "1.1").uid
    edit = window.actionPage.narrativeEditor.textEdit()
    assert not edit.isReadOnly()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " Modifiable enfin")
    window.close()
    assert "Modifiable enfin" in action_text_on_disk(target, uid, 2024, "narrative")
    with Workspace.open(read_only_file, read_only=True) as ws:  # the original is untouched
        assert ws.read_only


def test_read_only_banner_and_failed_save_status_in_english(
        controller: Any, qtbot: Any, read_only_file: Path) -> None:
    from mesdesk.gui import i18n

    i18n.install_language("en")
    window = _open(controller, qtbot, read_only_file)
    assert window.readOnlyBanner.label.text() == "Read-only: the file is write-protected (permissions). Nothing is saved to it."
    assert window.readOnlyBanner.button.text() == "Save an &editable copy…"
    assert "(read-only)" in window.windowTitle()
    window.status_line.failing = True  # (no dialog) what the status bar says after a failed save
    window._save_failed("disk-full", "database or disk is full")
    assert window.saveLabel.text() == "Not saved: the disk is full — retrying automatically"
    window.close()
