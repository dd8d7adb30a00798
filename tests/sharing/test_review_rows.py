"""The review's rows on a shared server: comments, replies, approvals carry versions as
the report's texts do (a stale save is a conflict) and are announced to the others.

The writers change rows and save through ``SharedSession.commit`` as the texts' tests
do (tests/sharing/test_conflicts.py); an undoable edit flushes as it applies, and a
stale row met there is the window's to tell (``gui/commands.py``)."""

from __future__ import annotations

import datetime as dt
import json
import select
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sharing_testing import Writer

from mesdesk.model import approvals
from mesdesk.model.approvals import approval_for
from mesdesk.model.edits.approvals import Approve
from mesdesk.model.edits.comments import AddComment, AddReply, drop
from mesdesk.model.entities import Report
from mesdesk.model.review import Comment
from mesdesk.model.richtext import RichText
from mesdesk.model.sections import Section
from mesdesk.store.changes import Change, ChangeListener
from mesdesk.store.remote import read_changes_again

NOW = dt.datetime(2026, 3, 9, 14, 0)


@pytest.fixture
def pair(server_db: str) -> Iterator[tuple[Writer, Writer]]:
    alice, bob = Writer(server_db, "Alice"), Writer(server_db, "Bob")
    yield alice, bob
    alice.ws.close()
    bob.ws.close()


def report(writer: Writer) -> Report:
    found = writer.convention.report_for(2024)
    assert found is not None
    return found


def comment(writer: Writer, uid: str) -> Comment:
    return next(c for c in report(writer).comments if c.uid == uid)


def add_comment(writer: Writer, body: str) -> str:
    """A comment on the first words of action 1.1's narrative, saved; its uid."""
    edit = AddComment(report(writer), writer.action("1.1"), "narrative", 0, 5, writer.shared.author, body, NOW)
    edit.apply(writer.ws.session)
    assert writer.shared.commit() == []
    look_again(writer)
    return edit.uid


def delete(writer: Writer, uid: str) -> None:
    """Delete a comment and its replies (``DeleteComment`` without the marks in the text)."""
    found = comment(writer, uid)
    drop(report(writer), [found, *found.replies])


def look_again(writer: Writer) -> None:
    """What a window does after others' changes it did not hear one by one."""
    writer.ws.session.expire_all()
    writer.look()
    for found in report(writer).comments:  # what the comments panel shows
        _ = (found.body, found.resolved, found.replies)


def on_server(url: str) -> dict[str, tuple[str, bool]]:
    """Every comment as the server holds it: uid → (body, resolved)."""
    reader = Writer(url, "lecteur")
    try:
        return {c.uid: (c.body, c.resolved) for c in report(reader).comments}
    finally:
        reader.ws.close()


def test_a_comment_edited_by_both_is_a_conflict_and_edits_of_different_fields_merge(
        pair: tuple[Writer, Writer], server_db: str) -> None:
    alice, bob = pair
    uid = add_comment(alice, "Chiffre à vérifier")
    look_again(bob)
    comment(alice, uid).body = "Chiffre vérifié : 120"
    assert alice.shared.commit() == []
    comment(bob, uid).body = "Chiffre faux"
    (conflict,) = bob.shared.commit()
    assert (conflict.kind, conflict.field) == ("Comment", "body")
    assert (conflict.base, conflict.mine, conflict.theirs) == ("Chiffre à vérifier", "Chiffre faux",
                                                               "Chiffre vérifié : 120")
    assert conflict.their_author == "Alice" and conflict.their_time is not None
    assert on_server(server_db)[uid] == ("Chiffre vérifié : 120", False)  # not overwritten
    # Bob chooses his; Alice, who has not read it, resolves the comment: another field, merged.
    bob.shared.resolve(conflict, conflict.mine)
    assert bob.shared.commit() == []
    comment(alice, uid).resolved = True
    assert alice.shared.commit() == []
    assert on_server(server_db)[uid] == ("Chiffre faux", True)


def test_resolving_a_comment_while_the_other_reopens_it_is_a_conflict(pair: tuple[Writer, Writer],
                                                                        server_db: str) -> None:
    alice, bob = pair
    uid = add_comment(alice, "À revoir")
    comment(alice, uid).resolved = True
    assert alice.shared.commit() == []
    look_again(bob)
    comment(alice, uid).resolved = False  # Alice reopens it
    comment(alice, uid).body = "À revoir encore"
    assert alice.shared.commit() == []
    comment(bob, uid).body = "Réglé"  # Bob, who saw it resolved
    (conflict,) = bob.shared.commit()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("body", "Réglé", "À revoir encore")
    assert comment(bob, uid).resolved is False  # what the server has now, Alice's reopening included


def test_a_comment_added_by_one_is_heard_by_the_others_listener_within_two_seconds(
        pair: tuple[Writer, Writer]) -> None:
    alice, bob = pair
    listener = ChangeListener(bob.ws.engine, bob.shared.client)
    try:
        before = {c.uid for c in report(bob).comments}
        started = time.monotonic()
        uid = add_comment(alice, "Source ?")
        heard: list[Change] = []
        while not any(c.table == "comment" for c in heard) and time.monotonic() - started < 2:
            select.select([listener.fileno()], [], [], 0.1)
            heard += listener.poll()
        elapsed = time.monotonic() - started
        inserted = [c for c in heard if c.table == "comment"]
        assert inserted and elapsed < 2, heard
        assert (inserted[0].op, inserted[0].author) == ("INSERT", "Alice")
        assert inserted[0].id == comment(alice, uid).id
        # The window forgets what changed and reads it again: the comment is there.
        read_changes_again(bob.ws.session, heard)
        assert {c.uid for c in report(bob).comments} - before == {uid}
        assert comment(bob, uid).body == "Source ?"
        # Its own saves are not heard back.
        comment(bob, uid).resolved = True
        assert bob.shared.commit() == []
        time.sleep(0.3)
        assert [c for c in listener.poll() if c.table == "comment"] == []
    finally:
        listener.close()


def test_deleting_a_comment_someone_just_replied_to_is_a_conflict(pair: tuple[Writer, Writer],
                                                                   server_db: str) -> None:
    alice, bob = pair
    uid = add_comment(alice, "Qui a les chiffres ?")
    look_again(bob)
    reply = AddReply(comment(bob, uid), "Bob", "Moi, je les envoie", NOW)
    reply.apply(bob.ws.session)
    assert bob.shared.commit() == []
    # Alice has not seen the reply: deleting the comment would take it away unseen.
    delete(alice, uid)
    (conflict,) = alice.shared.commit()
    assert conflict.deleted_by_me and conflict.kind == "Comment"
    assert conflict.theirs["uid"] == uid and conflict.their_author == "Bob"
    assert set(on_server(server_db)) >= {uid, reply.uid}  # both still there
    # « Supprimer quand même »: now knowingly, the reply goes with it.
    alice.shared.resolve(conflict, None)
    assert alice.shared.commit() == []
    assert not set(on_server(server_db)) & {uid, reply.uid}


def test_deleting_a_comment_someone_just_edited_is_a_conflict(pair: tuple[Writer, Writer], server_db: str) -> None:
    alice, bob = pair
    uid = add_comment(alice, "Première idée")
    look_again(bob)
    comment(bob, uid).body = "Idée précisée par Bob"
    assert bob.shared.commit() == []
    delete(alice, uid)
    (conflict,) = alice.shared.commit()
    assert conflict.deleted_by_me and conflict.theirs["body"] == "Idée précisée par Bob"
    assert on_server(server_db)[uid] == ("Idée précisée par Bob", False)


def test_deleting_a_thread_whose_reply_someone_edited_keeps_the_whole_thread(
        pair: tuple[Writer, Writer], server_db: str) -> None:
    alice, bob = pair
    uid = add_comment(alice, "Question")
    reply = AddReply(comment(alice, uid), "Alice", "Réponse", NOW)
    reply.apply(alice.ws.session)
    assert alice.shared.commit() == []
    look_again(bob)
    comment(bob, reply.uid).body = "Réponse corrigée par Bob"
    assert bob.shared.commit() == []
    delete(alice, uid)
    conflicts = alice.shared.commit()
    assert [c.deleted_by_me for c in conflicts] == [True]
    assert on_server(server_db) == {uid: ("Question", False), reply.uid: ("Réponse corrigée par Bob", False)}


def test_both_setting_a_section_to_review_is_no_conflict(pair: tuple[Writer, Writer], server_db: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Each types in another field of one approved section: both set it « à revoir »,
    at different moments; the first one's date stays, nobody is asked."""
    alice, bob = pair
    section = Section.of_action(alice.action("1.1"))
    Approve(report(alice), section, "Alice", NOW).apply(alice.ws.session)
    assert alice.shared.commit() == []
    look_again(bob)
    assert approval_for(report(bob), section) is not None
    monkeypatch.setattr(approvals, "clock", lambda: NOW + dt.timedelta(hours=1))
    alice.text().narrative = RichText.plain("Récit d'Alice")
    assert alice.shared.commit() == []
    monkeypatch.setattr(approvals, "clock", lambda: NOW + dt.timedelta(hours=2))
    bob.text().evaluation = RichText.plain("Évaluation de Bob")
    assert bob.shared.commit() == []
    reader = Writer(server_db, "lecteur")
    try:
        approval = approval_for(report(reader), section)
        assert approval is not None and approval.state == "to_review" and approval.version >= 2
        assert approval.changed_at == NOW + dt.timedelta(hours=1)
        assert approval.changed_by in ("Alice", "Bob") and approval.row_changed_at is not None
    finally:
        reader.ws.close()


def test_replying_to_a_comment_deleted_meanwhile_keeps_the_reply_in_a_conflict(
        pair: tuple[Writer, Writer], server_db: str) -> None:
    alice, bob = pair
    uid = add_comment(alice, "Encore utile ?")
    look_again(bob)
    delete(alice, uid)
    assert alice.shared.commit() == []
    parent = comment(bob, uid)  # Bob still shows it
    reply = Comment(uid="reponse-bob", action=parent.action, parent=parent, field=parent.field, author="Bob",
                    created_at=NOW, body="Oui, gardons-le")
    report(bob).comments.append(reply)
    conflicts = bob.shared.commit()
    # One conflict, the reply's: the parent only had its time touched by it.
    (conflict,) = conflicts
    assert conflict.target is reply and conflict.deleted_by_them
    assert conflict.mine["body"] == "Oui, gardons-le"  # his words, to copy
    assert on_server(server_db) == {}
    # Nothing is left pending that would fail every later save.
    bob.text().narrative = RichText.plain("Bob continue")
    assert bob.shared.commit() == []


def keys_below(data: Any) -> set[str]:
    """Every key of the document's objects but the top level's (whose "version" is the format's)."""
    found: set[str] = set()
    values = list(data.values()) if isinstance(data, dict) else list(data)
    while values:
        value = values.pop()
        if isinstance(value, dict):
            found |= set(value)
            values += value.values()
        elif isinstance(value, list):
            values += value
    return found


def test_the_review_rows_round_trip_through_json_without_their_versions(pair: tuple[Writer, Writer],
                                                                         tmp_path: Path) -> None:
    """The versions are the server's bookkeeping, not the report: a dump neither carries
    them nor changes with them, and loads back the same."""
    from mesdesk.exchange.json_interchange import dumps_workspace
    from mesdesk.exchange.seeding import create_from_json

    alice, bob = pair
    uid = add_comment(alice, "Première")
    AddReply(comment(alice, uid), "Alice", "Réponse", NOW).apply(alice.ws.session)
    Approve(report(alice), Section.of_action(alice.action("1.2")), "Alice", NOW).apply(alice.ws.session)
    assert alice.shared.commit() == []
    look_again(bob)
    before = dumps_workspace(bob.ws.session)
    for body in ("deux", "trois", "Première"):  # versions move, the content comes back
        comment(bob, uid).body = body
        assert bob.shared.commit() == []
    assert comment(bob, uid).version >= 4
    dump = dumps_workspace(bob.ws.session)
    assert dump == before
    assert keys_below(json.loads(dump)) & {"version", "changed_by", "row_changed_at"} == set()
    with create_from_json(dump, tmp_path / "copie.mesdesk") as copy:
        assert dumps_workspace(copy.session) == dump


def test_a_thread_kept_because_someone_replied_keeps_its_earlier_replies(pair: tuple[Writer, Writer],
                                                                          server_db: str) -> None:
    alice, bob = pair
    uid = add_comment(alice, "Question")
    first = AddReply(comment(alice, uid), "Alice", "Première réponse", NOW)
    first.apply(alice.ws.session)
    assert alice.shared.commit() == []
    look_again(alice)
    look_again(bob)
    second = AddReply(comment(bob, uid), "Bob", "Seconde réponse", NOW)
    second.apply(bob.ws.session)
    assert bob.shared.commit() == []
    delete(alice, uid)  # the thread as Alice sees it: the question and her reply
    (conflict,) = alice.shared.commit()
    assert conflict.deleted_by_me and conflict.target is comment(alice, uid)
    assert set(on_server(server_db)) == {uid, first.uid, second.uid}
    # « Supprimer quand même »: the whole thread goes, knowingly.
    alice.shared.resolve(conflict, None)
    assert alice.shared.commit() == []
    assert on_server(server_db) == {}
