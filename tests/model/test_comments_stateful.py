"""Random comment edits mixed with the other edits (``tests/edits_testing.py``): adding,
answering, resolving, rewording and deleting comments, rewriting the texts they sit on,
deleting the actions they belong to, undoing and redoing. Every undo gives back the dump
from before, undoing everything gives the original bytes, and every dump loads back."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from edits_testing import EditsMachine, words
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule, run_state_machine_as_test
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from mesdesk.exchange.json_interchange import dumps_workspace, loads_workspace
from mesdesk.model.edits import AddComment, AddReply, DeleteComment, SetCommentBody, SetCommentResolved
from mesdesk.model.entities import Base
from mesdesk.model.review import Comment

NOW = dt.datetime(2025, 3, 3, 9, 0)


class CommentsMachine(EditsMachine):
    def comments(self) -> list[Comment]:
        return [c for r in self.conv.reports for c in r.comments]

    @rule(data=st.data(), minutes=st.integers(0, 10**5))
    def add_comment(self, data: st.DataObject, minutes: int) -> None:
        report = data.draw(st.sampled_from(self.conv.reports))
        places: list[tuple[Any, str]] = [(None, "preamble"), (None, "conclusion")]
        places += [(t.action, name) for t in report.texts if t.action in self.conv.actions
                   for name in ("evaluation", "narrative", "means")]
        action, name = data.draw(st.sampled_from(places))
        text = getattr(report if action is None else report.text_for(action), name)
        length = len(text.plain_text())
        start = data.draw(st.integers(0, length))
        end = data.draw(st.integers(start, length))
        self.push(AddComment(report, action, name, start, end, data.draw(words), data.draw(words),
                             NOW + dt.timedelta(minutes=minutes)))

    @rule(data=st.data(), body=words)
    def reply(self, data: st.DataObject, body: str) -> None:
        tops = [c for c in self.comments() if c.parent is None]
        if tops:
            self.push(AddReply(data.draw(st.sampled_from(tops)), "Délégué", body, NOW))

    @rule(data=st.data(), body=words)
    def change_comment(self, data: st.DataObject, body: str) -> None:
        comments = self.comments()
        if comments:
            comment = data.draw(st.sampled_from(comments))
            edit = data.draw(st.sampled_from([SetCommentResolved(comment, not comment.resolved),
                                              SetCommentBody(comment, body)]))
            self.push(edit)

    @rule(data=st.data())
    def delete_comment(self, data: st.DataObject) -> None:
        comments = self.comments()
        if comments:
            self.push(DeleteComment(data.draw(st.sampled_from(comments))))

    @invariant()
    def marks_in_the_dump_name_their_comments(self) -> None:
        for comments, marks in _review(dumps_workspace(self.session)):
            known = {c["uid"] for c in comments or [] if "parent" not in c}
            assert {uid for text in marks for _, uids in text for uid in uids or []} <= known

    def teardown(self) -> None:
        try:
            self.the_dump_loads_back()
        finally:
            super().teardown()

    def the_dump_loads_back(self) -> None:
        """The dump loads (no mark refused) with the same comments and marks. (Not the same
        bytes: the base rules type titles with outer spaces, which a load strips.)"""
        dump = dumps_workspace(self.session)
        engine = create_engine("sqlite://")
        Base.metadata.create_all(engine)
        try:
            with Session(engine) as session:
                loads_workspace(dump, session)
                session.flush()
                assert _review(dumps_workspace(session)) == _review(dump)
        finally:
            engine.dispose()


def _review(dump: str) -> list[Any]:
    """Each report's comments and the marks of its texts, from a dump."""
    out: list[Any] = []
    for convention in json.loads(dump)["conventions"]:
        for report in convention["reports"]:
            texts = [report["preamble"], report["conclusion"]]
            texts += [t[name] for t in report["actions"] for name in ("evaluation", "narrative", "means")]
            marks = [[(i.get("text"), i.get("comments")) for b in rich for i in _inlines(b)] for rich in texts]
            out.append((report.get("comments"), marks))
    return out


def _inlines(block: dict[str, Any]) -> list[dict[str, Any]]:
    if block["type"] == "paragraph":
        return list(block["content"])
    return [i for item in block["items"] for i in item["content"]]


def test_random_comment_edits_undo_to_the_original_dump(sample_file: Path) -> None:
    CommentsMachine.sample = sample_file
    run_state_machine_as_test(
        CommentsMachine,
        settings=settings(
            max_examples=int(os.environ.get("MESDESK_EDITS_EXAMPLES", "6")),
            stateful_step_count=12,
            deadline=None,
            phases=[Phase.explicit, Phase.reuse, Phase.generate] if os.environ.get("NO_SHRINK") else list(Phase),
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
    )
