"""A commit that fails keeps every edit: captured, rolled back, set again, written later."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.model.entities import Event
from mesdesk.model.richtext import RichText
from mesdesk.store.unsaved import EditTracker, write_copy
from mesdesk.store.workspace import Workspace

# A full disk under a file, and a copy written beside it: the file's story. A server that
# fails a commit mid-edit is handled with the server's own resending.
pytestmark = pytest.mark.file_only


def _disk_full() -> OperationalError:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined] - as SQLite's own carries
    return OperationalError("COMMIT", {}, error)


def _edit(ws: Workspace) -> tuple[str, str, str]:
    """A text change, a new event and a deleted indicator; their uids."""
    convention = ws.current_convention()
    report = max(convention.reports, key=lambda r: r.year)
    action = convention.action_by_number("1.1")
    report.text_for(action).narrative = RichText.plain("Texte tapé pendant que le disque était plein")
    event = Event(action=action, title="Rencontre gardée")
    report.events.append(event)
    ws.session.flush()  # as the undo commands do: the failed transaction holds flushed edits too
    indicator = convention.indicators[0]
    ws.session.delete(indicator)
    report.title = "Bilan modifié"
    return action.uid, event.uid or "", indicator.uid


def _fail_commit_then_restore(ws: Workspace, tracker: EditTracker, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ws.session.commit

    def failing() -> None:
        ws.session.flush()  # the statements run; the COMMIT is what meets the full disk
        raise _disk_full()

    monkeypatch.setattr(ws.session, "commit", failing)
    with pytest.raises(OperationalError):
        ws.commit()
    monkeypatch.setattr(ws.session, "commit", real)
    assert tracker.rollback_keeping_edits()


def test_rolled_back_edits_are_set_again_and_written_by_the_next_commit(
        sample_workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = sample_workspace
    tracker = EditTracker(ws.session)
    action_uid, _event_uid, indicator_uid = _edit(ws)
    before = dumps_workspace(ws.session)
    _fail_commit_then_restore(ws, tracker, monkeypatch)
    assert dumps_workspace(ws.session) == before
    ws.commit()
    path = ws.path
    ws.close()
    con = sqlite3.connect(path)
    try:
        narrative = con.execute(
            "SELECT t.narrative FROM action_text t JOIN action a ON a.id = t.action_id "
            "JOIN report r ON r.id = t.report_id WHERE a.uid = ? ORDER BY r.year DESC", (action_uid,)).fetchone()[0]
        events = [row[0] for row in con.execute("SELECT title FROM event")]
        indicators = con.execute("SELECT count(*) FROM indicator WHERE uid = ?", (indicator_uid,)).fetchone()[0]
        titles = [row[0] for row in con.execute("SELECT title FROM report")]
    finally:
        con.close()
    assert "disque était plein" in narrative
    assert "Rencontre gardée" in events
    assert indicators == 0
    assert "Bilan modifié" in titles


def test_a_copy_holds_the_edits_the_workspace_could_not_write(
        sample_workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ws = sample_workspace
    tracker = EditTracker(ws.session)
    action_uid, _event_uid, indicator_uid = _edit(ws)
    _fail_commit_then_restore(ws, tracker, monkeypatch)
    target = tmp_path / "ailleurs" / "copie.mesdesk"
    target.parent.mkdir()
    write_copy(ws, target, tracker.pending())
    assert sorted(p.name for p in target.parent.iterdir()) == ["copie.mesdesk"]  # no temporary, no WAL
    expected = dumps_workspace(ws.session)  # what the window shows, pending edits included
    ws.rollback()  # the workspace itself still holds the old state
    assert "Rencontre gardée" not in dumps_workspace(ws.session)
    with Workspace.open(target, readonly_lock=True) as copy:
        assert dumps_workspace(copy.session) == expected
        assert "disque était plein" in dumps_workspace(copy.session)
