"""A session read whole at open keeps up with others' changes and reads through an outage."""

from __future__ import annotations

from typing import Any

from sharing_testing import open_server, start_server, stop_server

from mesdesk.model.entities import Action, ActionText
from mesdesk.model.richtext import RichText
from mesdesk.model.session_rows import is_preloaded, rows_in_session
from mesdesk.store.changes import Change
from mesdesk.store.preload import load_whole_workspace
from mesdesk.store.remote import read_changes_again


def test_a_preloaded_session_reads_others_changes_then_works_through_an_outage(
        server_db: str, pg_cluster: Any) -> None:
    mine, theirs = open_server(server_db), open_server(server_db)
    try:
        assert load_whole_workspace(mine.session) > 50
        assert is_preloaded(mine.session) and not is_preloaded(theirs.session)
        # Someone else: a new sentence in 1.2, action 2.2 deleted, a new action in axis 1.
        convention = theirs.current_convention()
        report = convention.report_for(2024)
        report.text_for(convention.action_by_number("1.2")).narrative = RichText.plain("Réécrit ailleurs.")
        gone = convention.action_by_number("2.2")
        gone_uid = gone.uid
        assert mine.current_convention().action_by_number("2.2").title == gone.title
        theirs.session.delete(gone)
        axis = convention.axes[0]
        axis.actions.append(Action(title="Nouvelle action d'ailleurs", position=len(axis.actions)))
        theirs.session.commit()
        text_id = report.text_for(convention.action_by_number("1.2")).id

        # The notices: an update first (read now), then the structure (all read again).
        read_changes_again(mine.session, [Change("action_text", "UPDATE", text_id, None, 2, "Bob", "c2")])
        read_changes_again(mine.session, [Change("action", "DELETE", None, None, None, "Bob", "c2")])

        stop_server(pg_cluster)
        try:
            # No server: everything is read from the session, nothing is asked of it.
            conventions = mine.conventions()
            assert mine.organisation() is not None
            current = conventions[-1]
            titles = [a.title for a in current.actions]
            assert "Nouvelle action d'ailleurs" in titles and gone.title not in titles
            assert gone_uid not in {a.uid for a in rows_in_session(mine.session, Action)}
            mine_report = current.report_for(2024)
            assert mine_report.text_for(current.action_by_number("1.2")).narrative.plain_text() == "Réécrit ailleurs."
            for text in rows_in_session(mine.session, ActionText):
                _ = (text.evaluation, text.narrative, text.action.title, text.report.year)
        finally:
            start_server(pg_cluster)
    finally:
        mine.close()
        theirs.close()


def test_after_a_conflict_the_whole_workspace_is_read_again(server_db: str, pg_cluster: Any) -> None:
    """A conflicting save rolls back, which expires every row: the session reads whole
    again once the save is through, so the outage guarantee holds after it too."""
    from mesdesk.store.conflicts import SharedSession
    from mesdesk.store.preload import read_again_if_rolled_back
    from mesdesk.store.unsaved import EditTracker

    mine, theirs = open_server(server_db), open_server(server_db)
    try:
        load_whole_workspace(mine.session)
        shared = SharedSession(mine.session, EditTracker(mine.session, keep_loaded=True), "Alice", "alice")
        convention = mine.current_convention()
        text = convention.report_for(2024).text_for(convention.action_by_number("1.1"))
        other = theirs.current_convention()
        other.report_for(2024).text_for(other.action_by_number("1.1")).narrative = RichText.plain("Bob")
        theirs.session.commit()
        text.narrative = RichText.plain("Alice")
        conflicts = shared.commit()
        assert [c.field for c in conflicts] == ["narrative"]
        assert read_again_if_rolled_back(mine.session)
        assert not read_again_if_rolled_back(mine.session)  # once
        stop_server(pg_cluster)
        try:
            for text in rows_in_session(mine.session, ActionText):
                _ = (text.evaluation, text.narrative, text.action.title, text.report.year)
            assert mine.organisation() is not None
        finally:
            start_server(pg_cluster)
    finally:
        mine.close()
        theirs.close()
