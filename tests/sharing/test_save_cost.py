"""What one save costs on a server, counted in statements sent (issue 16: twenty writers
on one server want each save short). A statement more per save is a round trip more
for everyone: these counts are exact, so adding one fails here first."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from sharing_testing import open_server
from sqlalchemy import event

from mesdesk.model.entities import ActionText
from mesdesk.model.richtext import RichText
from mesdesk.store.changes import Change, ChangeListener
from mesdesk.store.conflicts import SharedSession
from mesdesk.store.unsaved import EditTracker
from mesdesk.store.workspace import Workspace


class Writer:
    """One person's MES Desk on the workspace, its tracker as a window has it on a server."""

    def __init__(self, url: str, name: str, *, keep_loaded: bool = True) -> None:
        self.ws: Workspace = open_server(url)
        self.shared = SharedSession(self.ws.session, EditTracker(self.ws.session, keep_loaded=keep_loaded),
                                    name, name + "-client")
        convention = self.ws.current_convention()
        assert convention is not None
        report = convention.report_for(2024)
        assert report is not None
        # Held as a window holds them (the session keeps weak references only).
        self.texts: dict[str, ActionText] = {a.number: report.text_for(a) for a in convention.actions}
        for text in self.texts.values():  # what the window shows: the texts, titles, approval marks
            _ = (text.narrative, text.action.title, text.report.approvals)
        self.ws.commit()

    def write(self, number: str, words: str) -> None:
        self.texts[number].narrative = RichText.plain(words)


def hear(listener: ChangeListener, count: int) -> list[Change]:
    """The next ``count`` changes of texts the listener hears (a notification comes a moment
    after the commit)."""
    heard: list[Change] = []
    deadline = time.monotonic() + 10
    while len(heard) < count and time.monotonic() < deadline:
        heard += [c for c in listener.poll() if c.table == "action_text"]
        time.sleep(0.02)
    return heard


@contextlib.contextmanager
def sent(writer: Writer) -> Iterator[list[str]]:
    """The statements the writer's connections send meanwhile (their first words)."""
    statements: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(" ".join(statement.split()[:4]))

    engine = writer.ws.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", note)


def test_a_save_without_conflict_is_the_reservation_check_and_the_update(server_db: str) -> None:
    alice = Writer(server_db, "Alice")
    try:
        alice.write("1.1", "premier")
        assert alice.shared.commit() == []
        with sent(alice) as statements:
            alice.write("1.1", "deuxième")
            assert alice.shared.commit() == []
        # Who writes was told the server once for the connection (not at each save); no
        # row is read back after the commit.
        assert len(statements) == 2, statements
        assert statements[0].startswith("SELECT reservation.id")
        assert statements[1].startswith("UPDATE action_text SET")
    finally:
        alice.ws.close()


def test_a_save_meeting_conflicts_reads_the_stale_rows_in_one_statement(server_db: str) -> None:
    alice, bob = Writer(server_db, "Alice"), Writer(server_db, "Bob")
    try:
        for number in ("1.1", "2.1"):
            alice.write(number, f"Alice en {number}")
        assert alice.shared.commit() == []
        for number in ("1.1", "2.1"):
            bob.write(number, f"Bob en {number}")
        with sent(bob) as statements:
            conflicts = bob.shared.commit()
        # Both surfaced, with both versions; the server kept Alice's.
        assert sorted((c.place["action"], c.mine.plain_text(), c.theirs.plain_text()) for c in conflicts) == [
            ("1.1", "Bob en 1.1", "Alice en 1.1"), ("2.1", "Bob en 2.1", "Alice en 2.1")]
        reads = [s for s in statements if s.startswith("SELECT action_text.")]
        assert len(reads) == 1, statements  # the two stale texts, read again together
        # The failed commit (reservation check, the two UPDATEs, one meeting the newer
        # version), that one read, and the commit after the merge (the reservation check:
        # nothing left to write, the rows hold Alice's words).
        assert [s.split()[0] for s in statements] == ["SELECT", "UPDATE", "UPDATE", "SELECT", "SELECT"], statements
        # Bob's other texts stayed as read (a window's tracker keeps them): looking at
        # them again sends nothing, where a rollback would have read each one again.
        with sent(bob) as looking:
            _ = [(t.narrative, t.action.title, t.report.year) for t in bob.texts.values()]
        assert looking == []
        # « Garder la mienne » for both: written over Alice's, one UPDATE each.
        for conflict in conflicts:
            bob.shared.resolve(conflict, conflict.mine)
        with sent(bob) as resolving:
            assert bob.shared.commit() == []
        assert [s.split()[0] for s in resolving] == ["SELECT", "UPDATE", "UPDATE"], resolving
        reader = Writer(server_db, "lecteur", keep_loaded=False)
        try:
            assert reader.texts["1.1"].narrative.plain_text() == "Bob en 1.1"
            assert reader.texts["2.1"].narrative.plain_text() == "Bob en 2.1"
        finally:
            reader.ws.close()
    finally:
        alice.ws.close()
        bob.ws.close()


def test_a_plain_session_merges_the_same_way(server_db: str) -> None:
    """Without a tracker keeping what was read (a command, a bring-back), the rollback
    expires everything; the stale rows are still read in one statement and merged."""
    alice, bob = Writer(server_db, "Alice"), Writer(server_db, "Bob", keep_loaded=False)
    try:
        alice.write("1.1", "Alice")
        alice.texts["2.1"].evaluation = RichText.plain("Évaluation d'Alice")
        assert alice.shared.commit() == []
        bob.write("1.1", "Bob")
        bob.write("2.1", "Récit de Bob")  # another field of a row she changed: merges
        with sent(bob) as statements:
            (conflict,) = bob.shared.commit()
        assert (conflict.place["action"], conflict.mine.plain_text(), conflict.theirs.plain_text()) == (
            "1.1", "Bob", "Alice")
        assert len([s for s in statements if s.startswith("SELECT action_text.")]) == 1, statements
        reader = Writer(server_db, "lecteur", keep_loaded=False)
        try:
            assert reader.texts["2.1"].narrative.plain_text() == "Récit de Bob"
            assert reader.texts["2.1"].evaluation.plain_text() == "Évaluation d'Alice"
            assert reader.texts["1.1"].narrative.plain_text() == "Alice"
        finally:
            reader.ws.close()
    finally:
        alice.ws.close()
        bob.ws.close()


def test_who_writes_is_told_once_per_connection_and_again_after_a_rollback(server_db: str) -> None:
    """The name is set for the connection, not each transaction: a rollback takes back a
    setting made in its transaction, so the next one must set it again, or others would
    hear the change as made by the database role."""
    listener_ws = open_server(server_db)
    listener = ChangeListener(listener_ws.engine, "écoute")
    alice, bob = Writer(server_db, "Alice"), Writer(server_db, "Bob")
    try:
        alice.write("1.1", "Alice")
        assert alice.shared.commit() == []
        assert [c.author for c in hear(listener, 1)] == ["Alice"]
        # Bob's first transaction on a fresh connection names it, then meets the conflict
        # and is rolled back; his merged save after it must still be his.
        bob.ws.engine.dispose()
        bob.write("1.1", "Bob")
        bob.write("2.1", "Bob ailleurs")
        (conflict,) = bob.shared.commit()
        bob.shared.resolve(conflict, conflict.mine)
        assert bob.shared.commit() == []
        heard = hear(listener, 2)  # his two texts, 1.1 (his, kept) and 2.1 (merged)
        assert sorted((c.id, c.author, c.client) for c in heard) == sorted(
            (t.id, "Bob", "Bob-client") for t in (bob.texts["1.1"], bob.texts["2.1"]))
        with sent(bob) as statements:
            bob.write("3.1", "Bob encore")
            assert bob.shared.commit() == []
        assert not any("set_config" in s for s in statements)
        assert [(c.id, c.author, c.client) for c in hear(listener, 1)] == [(bob.texts["3.1"].id, "Bob", "Bob-client")]
    finally:
        listener.close()
        listener_ws.close()
        alice.ws.close()
        bob.ws.close()
