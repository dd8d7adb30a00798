"""Opening other workspaces: failures are explained and the current workspace stays open."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mesdesk.store.lock import lock_path


def assert_unchanged(window: Any, path: Path) -> None:
    assert window.doc.path == path
    assert not window.doc.workspace.closed
    window.doc.session.get(type(window.doc.report), window.doc.report.id)  # still usable
    assert window.outlineModel.rowCount() == 8  # the sample: cover, préambule, 4 axes, conclusion, partners


def make_newer(path: Path, sample: Path) -> None:
    path.write_bytes(sample.read_bytes())
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()


def make_foreign(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recettes (nom TEXT)")
    con.commit()
    con.close()


def make_corrupt(path: Path, sample: Path) -> None:
    data = bytearray(sample.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # pages after the first one destroyed
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("newer", "version plus récente"),
        ("foreign", "n'est pas un espace de travail"),
        ("text", "n'est pas un espace de travail"),
        ("corrupt", "endommagé"),
        ("missing", "introuvable"),
    ],
)
def test_a_file_that_cannot_be_opened_is_explained_and_nothing_changes(
    qtbot: Any, window: Any, dialogs: Any, sample_file: Path, tmp_path: Path, kind: str, expected: str
) -> None:
    current = window.doc.path
    bad = tmp_path / f"{kind}.mesdesk"
    if kind == "newer":
        make_newer(bad, sample_file)
    elif kind == "foreign":
        make_foreign(bad)
    elif kind == "text":
        bad.write_text("Ceci est un compte rendu, pas un bilan.", encoding="utf-8")
    elif kind == "corrupt":
        make_corrupt(bad, sample_file)
    before = bad.read_bytes() if bad.exists() else None
    dialogs.open_files.append(bad)
    window.actionOpen.trigger()
    assert len(dialogs.told) == 1
    assert expected in dialogs.told[0]["text"]
    assert dialogs.told[0]["details"], "the message says what to do"
    assert_unchanged(window, current)
    assert not lock_path(bad).exists()
    if kind == "foreign":
        # The store switches any SQLite file it opens to WAL (header bytes 18-19) before
        # it can tell it is foreign; the data itself must be untouched.
        con = sqlite3.connect(bad)
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["recettes"]
        con.close()
    else:
        assert (bad.read_bytes() if bad.exists() else None) == before


def _locked_by_another_process(path: Path) -> None:
    # A live process on this machine that is not us: our parent.
    lock_path(path).write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname(), "user": "alice"}))


def test_a_file_open_elsewhere_asks_and_cancel_keeps_the_current_one(
    qtbot: Any, window: Any, dialogs: Any, sample_file: Path, tmp_path: Path
) -> None:
    current = window.doc.path
    other = tmp_path / "autre.mesdesk"
    other.write_bytes(sample_file.read_bytes())
    _locked_by_another_process(other)
    dialogs.open_files.append(other)
    dialogs.answers.append("cancel")
    window.actionOpen.trigger()
    assert [c[0] for c in dialogs.asked[0]["choices"]] == ["force", "cancel"]
    assert dialogs.asked[0]["choices"][0][1] == "Ouvrir quand même"
    assert_unchanged(window, current)


def test_a_file_open_elsewhere_can_be_opened_anyway(
    qtbot: Any, window: Any, dialogs: Any, sample_file: Path, tmp_path: Path
) -> None:
    old = window.doc.path
    other = tmp_path / "autre.mesdesk"
    other.write_bytes(sample_file.read_bytes())
    _locked_by_another_process(other)
    dialogs.open_files.append(other)
    dialogs.answers.append("force")
    window.actionOpen.trigger()
    assert window.doc.path == other
    assert not lock_path(old).exists(), "the previous workspace was closed and released"
    assert other.resolve() in window.settings.recent_files()


def test_save_a_copy_writes_a_standalone_file_and_keeps_working_on_the_original(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    target = tmp_path / "copie.mesdesk"
    dialogs.save_files.append(target)
    window.actionSaveCopy.trigger()
    assert target.exists() and not Path(f"{target}-wal").exists()
    assert window.doc.path != target
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM report").fetchone()[0] == 1
    con.close()


def test_new_workspace_and_recent_files(qtbot: Any, window: Any, dialogs: Any, tmp_path: Path) -> None:
    first = window.doc.path
    new = tmp_path / "neuf.mesdesk"
    dialogs.save_files.append(new)
    window.actionNew.trigger()
    assert window.doc.path == new
    assert window.doc.report is not None and window.doc.convention.axes == []
    assert window.reportSwitcher.count() == 1
    window.files.fill_recent_menu()
    recent = [a for a in window.recentMenu.actions() if a.objectName().startswith("recent")]
    assert recent and first.name in recent[0].text()
    recent[0].trigger()
    assert window.doc.path == first


def test_second_launch_on_a_file_open_elsewhere_asks_once(
    qtbot: Any, dialogs: Any, sample_file: Path, tmp_path: Path
) -> None:
    from mesdesk.gui.app import DeskController
    from mesdesk.gui.settings import AppSettings

    path = tmp_path / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    settings = AppSettings()
    settings.last_workspace = path
    settings.sync()
    _locked_by_another_process(path)
    dialogs.answers.append("cancel")
    assert DeskController().start(None) is None
    assert len(dialogs.asked) == 1
    assert lock_path(path).exists(), "the other window's lock is left alone"


def test_open_errors_name_the_real_cause_and_never_advise_a_backup(tmp_path: Any) -> None:
    """A full disk, a busy file, a removed drive or a read-only place is not damage."""
    from mesdesk.gui.workspace_files import explain_open_error
    from mesdesk.store.errors import DiskFullError, ReadOnlyWorkspaceError, WorkspaceBusyError, WorkspaceIOError

    path = tmp_path / "bilan.mesdesk"
    path.write_bytes(b"")
    for error, words in ((DiskFullError("x"), "disque est plein"), (WorkspaceBusyError("x"), "autre programme"),
                         (WorkspaceIOError("x"), "ne répond pas"), (ReadOnlyWorkspaceError("x"), "ne peut pas être modifié")):
        message, advice = explain_open_error(path, error)
        assert words in message
        assert "sauvegarde" not in message + advice and "endommagé" not in message + advice
