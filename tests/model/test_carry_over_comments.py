"""The carry-over takes open review comments (with their replies) to the new report and
leaves resolved ones behind, their marks removed from the copied text."""

from __future__ import annotations

import datetime as dt
import json

from dump_testing import disk_dump

from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.model.carry_over import new_report_from
from mesdesk.model.edits import AddComment, AddReply, SetCommentResolved, find
from mesdesk.model.review import Comment, threads
from mesdesk.store.workspace import Workspace

NOW = dt.datetime(2025, 2, 1, 9, 30)


def test_open_comments_go_along_resolved_ones_stay(sample_workspace: Workspace) -> None:
    ws = sample_workspace
    convention = ws.current_convention()
    assert convention is not None
    source = convention.report_for(2024)
    assert source is not None
    action = convention.actions[0]
    text = source.text_for(action)
    plain = text.evaluation.plain_text()
    source.preamble = source.preamble.__class__.plain("Un préambule à commenter ici.")
    ws.commit()
    # Each edit is built on the text as it is, so applied before the next is built.
    open_one = AddComment(source, action, "evaluation", 0, 12, "Anne", "À préciser", NOW)
    open_one.apply(ws.session)
    closed = AddComment(source, action, "evaluation", 5, 20, "Luc", "Réglé", NOW + dt.timedelta(minutes=1))
    closed.apply(ws.session)
    on_preamble = AddComment(source, None, "preamble", 3, 12, "Anne", "Trop court", NOW + dt.timedelta(minutes=2))
    on_preamble.apply(ws.session)
    AddReply(find(ws.session, Comment, open_one.uid), "Délégué", "Je m'en occupe", NOW + dt.timedelta(minutes=3)).apply(ws.session)
    SetCommentResolved(find(ws.session, Comment, closed.uid), True).apply(ws.session)
    ws.commit()
    source_dump = json.loads(dumps_workspace(ws.session))["conventions"][0]["reports"]

    with ws.transaction():
        summary = new_report_from(convention, 2025, 2024)
    report = summary.report
    assert (summary.comments_carried, summary.comments_left) == (2, 1)
    words = summary.format_fr()
    assert "2 commentaires de relecture non résolus repris avec les réponses." in words
    assert "1 commentaire résolu laissé dans le bilan 2024." in words

    carried = threads(report)
    assert [(c.author, c.body, [r.body for r in replies]) for c, replies in carried] == [
        ("Anne", "À préciser", ["Je m'en occupe"]),
        ("Anne", "Trop court", []),
    ]
    (first, (reply,)), (pre, _) = carried
    # New uids, and the marks renamed to them; the resolved comment's marks are gone.
    assert {first.uid, reply.uid, pre.uid}.isdisjoint({open_one.uid, on_preamble.uid})
    new_text = report.find_text(action)
    assert new_text is not None
    assert new_text.evaluation.comment_ids() == {first.uid}
    assert new_text.evaluation.comment_quote(first.uid) == plain[0:12]
    assert report.preamble.comment_ids() == {pre.uid}
    assert (first.action, first.field, reply.parent) == (action, "evaluation", first)
    assert not any(c.resolved for c in report.comments)
    assert all(not c.is_detached() for c, _ in carried)

    # Last year's report is untouched, and everything is in the file.
    after = json.loads(dumps_workspace(ws.session))["conventions"][0]["reports"]
    assert after[0] == source_dump[0]
    assert disk_dump(ws) == dumps_workspace(ws.session)
    assert len(after[1]["comments"]) == 3
