"""The server goes away in the middle of typing: keep typing, say so, send it all when
it is back, lose nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sharing_testing import start_server, stop_server
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool
from test_shared_windows import open_window, show_action, typed


def narrative_on_server(url: str, number: str) -> str:
    from mesdesk.model.richtext import RichText

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            raw = conn.execute(text(
                "SELECT t.narrative FROM action_text t JOIN action a ON a.id = t.action_id "
                "JOIN report r ON r.id = t.report_id WHERE r.year = 2024 AND a.uid = :uid"),
                {"uid": "action-" + number.replace(".", "-")}).scalar()
    finally:
        engine.dispose()
    return RichText.from_json(raw).plain_text()


def test_typing_through_a_server_outage_loses_nothing(
        qtbot: Any, server_db: str, pg_cluster: Any, told: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, server_db, "Alice", monkeypatch)
    try:
        edit = show_action(window, "1.1")
        typed(edit, " avant la panne")
        assert window.doc.save_now()
        stop_server(pg_cluster)
        try:
            typed(edit, " pendant la panne")
            qtbot.waitUntil(lambda: window.doc.save_error is not None, timeout=4000)  # the autosave failed
            assert window.doc.save_error == "unreachable"
            assert "le serveur ne répond pas" in window.saveLabel.text()
            assert told.told and "le serveur ne répond pas" in told.told[0]["text"]  # said once
            typed(edit, " et encore")  # the window goes on taking the typing
            qtbot.wait(3500)  # a retry fails too, quietly
            assert len(told.told) == 1
            assert edit.toPlainText().endswith("avant la panne pendant la panne et encore")
        finally:
            start_server(pg_cluster)
        # Back: the retry sends everything, the status says so.
        qtbot.waitUntil(lambda: window.doc.save_error is None, timeout=8000)
        assert narrative_on_server(server_db, "1.1").endswith("avant la panne pendant la panne et encore")
        assert "Enregistré" in window.saveLabel.text()
        # And the window listens again: a change by someone else still shows up.
        qtbot.waitUntil(lambda: window.shared is not None and not window.shared.lost, timeout=5000)
    finally:
        window.close()


def test_a_save_failing_on_a_stopped_server_keeps_what_the_session_read(server_db: str, pg_cluster: Any) -> None:
    """Store level: after the failed save nothing needs the server to be read again, the
    edit is still pending, and it is written once the server is back."""
    from sqlalchemy import inspect

    from mesdesk.model.richtext import RichText
    from mesdesk.store.conflicts import SharedSession
    from mesdesk.store.unsaved import EditTracker
    from mesdesk.store.workspace import Workspace

    ws = Workspace.open(server_db)
    try:
        tracker = EditTracker(ws.session, keep_loaded=True)
        shared = SharedSession(ws.session, tracker, "Alice", "alice")
        convention = ws.current_convention()
        report = convention.report_for(2024)
        actions = convention.actions
        text = report.text_for(actions[0])
        text.narrative = RichText.plain("pendant la panne")
        unread = {id(obj): set(inspect(obj).unloaded) for obj in (convention, report, text, *actions)}
        stop_server(pg_cluster)
        try:
            with pytest.raises(Exception):  # noqa: B017 - whatever the driver raises for a lost server
                shared.commit()
            tracker.rollback_keeping_loaded()
            for obj in (convention, report, text, *actions):
                assert set(inspect(obj).unloaded) <= unread[id(obj)], obj  # all it had read, still there
            assert [a.number for a in actions][:2] == ["1.1", "1.2"]
            assert text.narrative == RichText.plain("pendant la panne") and text in ws.session.dirty
        finally:
            start_server(pg_cluster)
        assert shared.commit() == []
        assert narrative_on_server(server_db, "1.1") == "pendant la panne"
    finally:
        ws.close()


def test_pages_never_opened_still_open_during_an_outage(
        qtbot: Any, server_db: str, pg_cluster: Any, told: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window reads the whole workspace at open: a train tunnel does not stop the
    delegate from going to a section she had not looked at yet, and typing in it."""
    window = open_window(qtbot, server_db, "Alice", monkeypatch)
    try:
        numbers = [action.number for action in window.doc.convention.actions]
        stop_server(pg_cluster)
        try:
            for number in reversed(numbers):  # sections not shown since the window opened
                edit = show_action(window, number)
                assert window.actionPage.isVisible()
            assert edit.toPlainText()  # the narrative was read at open, not fetched now
            for key in reversed(window.outlineModel.keys()):  # every other page too: preamble, events…
                assert window.select_key(key), key
            typed(show_action(window, numbers[-1]), " hors réseau")
            qtbot.waitUntil(lambda: window.doc.save_error is not None, timeout=4000)
            assert window.doc.save_error == "unreachable"
        finally:
            start_server(pg_cluster)
        qtbot.waitUntil(lambda: window.doc.save_error is None, timeout=8000)
        assert narrative_on_server(server_db, numbers[-1]).endswith("hors réseau")
    finally:
        window.close()
