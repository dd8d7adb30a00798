"""A save that fails (full disk, file made read-only) loses nothing: the text stays
pending, the status bar says why until a save succeeds, the save is retried, and
« Enregistrer une copie sous… » and closing write it."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import action_text_on_disk, outline_select, type_text
from sqlalchemy.exc import OperationalError

from mesdesk.gui import document
from mesdesk.store.workspace import Workspace

RETRY_WAIT_MS = document.RETRY_DELAY_MS + 3000


def _disk_full_sqlite() -> BaseException:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined] - as SQLite's own carries
    return OperationalError("COMMIT", {}, error)


def _disk_full_os() -> BaseException:
    return OSError(errno.ENOSPC, "No space left on device")


class Fault:
    """Makes the workspace's commits fail after their statements ran, as a full disk does."""

    def __init__(self, window: Any, monkeypatch: pytest.MonkeyPatch, make: Callable[[], BaseException]) -> None:
        self.session = window.doc.workspace.session
        self.real = self.session.commit
        self.make = make
        self.failures = 0
        monkeypatch.setattr(self.session, "commit", self._failing)

    def _failing(self) -> None:
        self.session.flush()
        self.failures += 1
        raise self.make()

    def remove(self) -> None:
        self.session.commit = self.real  # type: ignore[method-assign]


def _narrative_edit(window: Any, qtbot: Any, number: str = "1.1") -> tuple[str, Any]:
    """Select the action with the keyboard and put the cursor at the end of its narrative;
    the action's uid (objects are not read after the window closed them)."""
    action = outline_select(window, qtbot, number)
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    return action.uid, edit


@pytest.mark.parametrize("make", [_disk_full_sqlite, _disk_full_os], ids=["sqlite-full", "enospc"])
def test_text_typed_during_a_failed_save_is_written_by_the_retry(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any, workspace_copy: Path,
        make: Callable[[], BaseException]) -> None:
    uid, edit = _narrative_edit(window, qtbot)
    fault = Fault(window, monkeypatch, make)
    type_text(edit, " Phrase tapée disque plein")
    qtbot.waitUntil(lambda: "disque est plein" in window.saveLabel.text(), timeout=4000)
    assert "Non enregistré" in window.saveLabel.text()
    assert len(dialogs.told) == 1 and "disque est plein" in dialogs.told[0]["text"]
    # Still failing: it keeps saying so, retries, and does not pop a dialog each time.
    qtbot.waitUntil(lambda: fault.failures >= 2, timeout=RETRY_WAIT_MS)
    assert "disque est plein" in window.saveLabel.text()
    assert len(dialogs.told) == 1
    type_text(edit, " et encore")
    assert "disque plein" not in action_text_on_disk(workspace_copy, uid, 2024, "narrative")

    fault.remove()
    qtbot.waitUntil(lambda: "Enregistré à" in window.saveLabel.text(), timeout=RETRY_WAIT_MS)
    on_disk = action_text_on_disk(workspace_copy, uid, 2024, "narrative")
    assert "Phrase tapée disque plein et encore" in on_disk
    window.close()
    with Workspace.open(workspace_copy) as ws:
        text = ws.current_convention().reports[0].find_text(ws.current_convention().action_by_number("1.1"))
        assert "Phrase tapée disque plein et encore" in text.narrative.plain_text()


def test_switching_nodes_while_saves_fail_keeps_every_text(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, workspace_copy: Path) -> None:
    first, edit = _narrative_edit(window, qtbot, "1.1")
    fault = Fault(window, monkeypatch, _disk_full_sqlite)
    type_text(edit, " Premier texte en attente")
    second, edit = _narrative_edit(window, qtbot, "1.2")  # the switch tries to save, and fails
    assert fault.failures >= 1
    type_text(edit, " Second texte en attente")
    window.preamblePage  # noqa: B018 - built, then shown below
    window.select_key(("preamble",))
    _first, edit = _narrative_edit(window, qtbot, "1.1")
    assert "Premier texte en attente" in edit.toPlainText()  # shown again from the kept edit
    fault.remove()
    window.close()  # the close's save succeeds
    assert "Premier texte en attente" in action_text_on_disk(workspace_copy, first, 2024, "narrative")
    assert "Second texte en attente" in action_text_on_disk(workspace_copy, second, 2024, "narrative")


def test_save_copy_while_the_file_cannot_be_written_holds_the_text(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any, workspace_copy: Path,
        tmp_path: Path) -> None:
    uid, edit = _narrative_edit(window, qtbot)
    fault = Fault(window, monkeypatch, _disk_full_os)
    type_text(edit, " Sauvé par la copie")
    target = tmp_path / "cle-usb" / "copie.mesdesk"
    target.parent.mkdir()
    dialogs.save_files.append(target)
    window.actionSaveCopy.trigger()
    assert target.exists()
    assert "Sauvé par la copie" in action_text_on_disk(target, uid, 2024, "narrative")
    assert "Non enregistré" in window.saveLabel.text()  # the workspace itself is still behind
    assert "Sauvé par la copie" not in action_text_on_disk(workspace_copy, uid, 2024, "narrative")
    fault.remove()
    window.close()  # and it still gets the text once it can be written
    assert "Sauvé par la copie" in action_text_on_disk(workspace_copy, uid, 2024, "narrative")


@pytest.mark.parametrize("answer", ["retry", "copy", "discard"])
def test_closing_while_saves_fail_asks_and_never_loses_silently(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any, workspace_copy: Path,
        tmp_path: Path, answer: str) -> None:
    uid, edit = _narrative_edit(window, qtbot)
    fault = Fault(window, monkeypatch, _disk_full_sqlite)
    type_text(edit, " Texte de la fermeture")
    target = tmp_path / "ailleurs.mesdesk"
    if answer == "retry":
        # First « Réessayer » still fails (asked again); space is freed; the second succeeds.
        dialogs.answers += ["retry", "retry"]
        original_ask = dialogs.ask

        def ask_then_free(*args: Any, **kw: Any) -> str:
            if len(dialogs.asked) == 1:
                fault.remove()
            return original_ask(*args, **kw)

        monkeypatch.setattr("mesdesk.gui.messages.ask", ask_then_free)
    elif answer == "copy":
        dialogs.answers.append("copy")
        dialogs.save_files.append(target)
    else:
        dialogs.answers.append("discard")
    window.close()
    assert window.doc.workspace.closed
    assert not list(workspace_copy.parent.glob(".~lock*"))  # released
    assert dialogs.asked and "Texte" not in dialogs.asked[0]["text"] and "disque est plein" in dialogs.asked[0]["text"]
    in_file = "Texte de la fermeture" in action_text_on_disk(workspace_copy, uid, 2024, "narrative")
    if answer == "retry":
        assert len(dialogs.asked) == 2 and in_file
    elif answer == "copy":
        assert "Texte de la fermeture" in action_text_on_disk(target, uid, 2024, "narrative")
        assert not in_file
    else:
        assert not in_file  # the user said so


def test_closing_while_saves_fail_can_be_cancelled(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any, workspace_copy: Path) -> None:
    uid, edit = _narrative_edit(window, qtbot)
    fault = Fault(window, monkeypatch, _disk_full_sqlite)
    type_text(edit, " Encore là")
    dialogs.answers.append("cancel")
    window.close()
    assert window.isVisible() and not window.doc.workspace.closed
    assert "Encore là" in edit.toPlainText()
    fault.remove()
    window.close()
    assert "Encore là" in action_text_on_disk(workspace_copy, uid, 2024, "narrative")


def test_logout_while_saves_fail_leaves_a_rescue_copy(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any, workspace_copy: Path,
        app_dirs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """SIGTERM (logout) cannot wait for an answer: the unsaved text goes to a copy in the
    data folder and stderr says where."""
    from mesdesk.gui.app import _terminate

    uid, edit = _narrative_edit(window, qtbot)
    Fault(window, monkeypatch, _disk_full_sqlite)
    type_text(edit, " Sauvé malgré la déconnexion")
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "quit", lambda *a: None)  # the test session's application goes on
    _terminate(QApplication.instance())
    assert window.doc.workspace.closed and not dialogs.asked
    copies = list(app_dirs["data"].glob("bilan-non-enregistre-*.mesdesk"))
    assert len(copies) == 1
    assert "Sauvé malgré la déconnexion" in action_text_on_disk(copies[0], uid, 2024, "narrative")
    assert str(copies[0]) in capsys.readouterr().err


def test_a_structural_edit_made_while_saves_fail_is_kept(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, workspace_copy: Path) -> None:
    """An undoable edit (a new event) saves at once; when that fails, it stays applied
    and is written by the retry."""
    from gui_helpers import read_column

    uid, _edit = _narrative_edit(window, qtbot)
    events_before = read_column(workspace_copy, "SELECT count(*) FROM event")
    fault = Fault(window, monkeypatch, _disk_full_sqlite)
    window.actionPage._add_event()
    assert fault.failures >= 1
    assert window.actionPage.eventsModel.rowCount() >= 1
    assert read_column(workspace_copy, "SELECT count(*) FROM event") == events_before
    fault.remove()
    qtbot.waitUntil(lambda: "Enregistré à" in window.saveLabel.text(), timeout=RETRY_WAIT_MS)
    assert read_column(workspace_copy, "SELECT count(*) FROM event") == events_before + 1
    window.close()
    assert read_column(workspace_copy, "SELECT count(*) FROM event") == events_before + 1


def test_opening_another_workspace_while_saves_fail_asks_first(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any, controller: Any,
        workspace_copy: Path, sample_file: Path, tmp_path: Path) -> None:
    uid, edit = _narrative_edit(window, qtbot)
    fault = Fault(window, monkeypatch, _disk_full_sqlite)
    type_text(edit, " Pas perdu en changeant de fichier")
    other = tmp_path / "autre.mesdesk"
    other.write_bytes(sample_file.read_bytes())
    dialogs.answers.append("cancel")
    assert not controller.open_path(other)
    assert dialogs.asked and window.doc.path == workspace_copy
    assert "Pas perdu en changeant de fichier" in edit.toPlainText()
    fault.remove()
    assert controller.open_path(other)  # the save succeeds now: no question
    assert len(dialogs.asked) == 1 and window.doc.path == other
    assert "Pas perdu en changeant de fichier" in action_text_on_disk(workspace_copy, uid, 2024, "narrative")
