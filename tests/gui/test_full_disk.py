"""The real full disk: a workspace on a 2 MB tmpfs, filled up while the user types.

Needs root (to mount the tmpfs); elsewhere the test is skipped with its reason, and
``tests/gui/test_save_faults.py`` covers the same path with an injected ENOSPC.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import action_text_on_disk, outline_select, type_text
from needs import need
from PySide6.QtCore import Qt

from mesdesk.gui import document

RETRY_WAIT_MS = document.RETRY_DELAY_MS + 4000


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "petit-disque"
    mount_point.mkdir()
    need(os.geteuid() == 0, "mounting a tmpfs needs root (the injected-ENOSPC tests still run)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    need(done.returncode == 0, f"tmpfs cannot be mounted here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the file system to the last byte."""
    filler = folder / "remplissage.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_loses_nothing_once_space_is_freed(
        small_disk: Path, sample_file: Path, controller: Any, qtbot: Any, dialogs: Any, tmp_path: Path) -> None:
    path = small_disk / "bilan.mesdesk"
    shutil.copyfile(sample_file, path)
    window = controller.start(path)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    uid = outline_select(window, qtbot, "1.1").uid
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " Avant le disque plein.")
    qtbot.waitUntil(lambda: "Enregistré à" in window.saveLabel.text(), timeout=5000)

    filler = _fill(small_disk)
    # The WAL grows by whole pages at each commit: this one meets the full disk.
    type_text(edit, " Pendant que le disque est plein, " + "le texte continue d'arriver. " * 20)
    qtbot.waitUntil(lambda: "disque est plein" in window.saveLabel.text(), timeout=5000)
    assert dialogs.told and "disque est plein" in dialogs.told[0]["text"]
    assert "le texte continue" not in action_text_on_disk(path, uid, 2024, "narrative")

    filler.unlink()
    qtbot.waitUntil(lambda: "Enregistré à" in window.saveLabel.text(), timeout=RETRY_WAIT_MS)
    window.close()
    kept = tmp_path / "relu.mesdesk"
    shutil.copyfile(path, kept)
    text = action_text_on_disk(kept, uid, 2024, "narrative")
    assert "Avant le disque plein." in text
    assert "Pendant que le disque est plein, " in text and text.count("le texte continue") == 20
