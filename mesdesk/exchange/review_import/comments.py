"""Word comments become app comments on the same words, with their replies and state.

Each comment's range is read in the file's accepted text (``marks``), taken to its
original text, aligned with the report's text (``alignment``) and marked there with the
comment model's own edit (``AddComment``); replies with ``AddReply``, the resolved state
with ``SetCommentResolved``. A comment already in the report (same author, date, words
and place: the same file imported twice) is not added again, nor are its replies.

A comment whose words are not in any section's text (on a title, in a table, in a
section matching no action) is kept without range (« détaché », as the comment model
keeps a comment whose words were deleted) on the préambule, and listed.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from mesdesk.exchange.review_import.alignment import SectionState, plain_range
from mesdesk.exchange.review_import.reading import FileComment, ReviewFile
from mesdesk.exchange.review_import.summary import ReviewSummary
from mesdesk.model.edits.comments import AddComment, AddReply, SetCommentResolved
from mesdesk.model.edits.refs import find
from mesdesk.model.edits.suggestions import Steps
from mesdesk.model.entities import Report
from mesdesk.model.findings import Finding, Place
from mesdesk.model.review import Comment

EXCERPT = 60
_WORD = re.compile(r"\w+", re.UNICODE)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


def _word_around(text: str, at: int) -> tuple[int, int]:
    """The word at (or just before) ``at``: what an empty range marks."""
    for match in _WORD.finditer(text):
        if match.start() <= at <= match.end():
            return match.start(), match.end()
        if match.start() > at:
            return match.start(), match.end()
    return at, at


def _range(state: SectionState, key: str) -> tuple[int, int]:
    """The comment's plain-text range in today's text of the section (empty when its words are gone)."""
    marks = state.marks
    start_a = marks.comment_starts[key]
    end_a = marks.comment_ends.get(key, len(marks.accepted))
    if end_a < start_a:  # the end lies in a later section: up to this one's end
        end_a = len(marks.accepted)
    m1 = state.alignment.map(marks.original_offset(start_a))
    m2 = state.alignment.map(marks.original_offset(end_a))
    if m2 <= m1:
        m1, m2 = _word_around(state.view.text, m1)
    found = plain_range(state.view, m1, m2)
    return found if found is not None else (0, 0)


def _thread_key(author: str, created_at: dt.datetime, body: str) -> tuple[str, dt.datetime, str]:
    return author, created_at, body


def import_comments(review: ReviewFile, report: Report, states: list[SectionState], summary: ReviewSummary,
                    edit: Steps, session: Session) -> None:
    """Add the file's comments to ``edit`` (each step applied as it is added)."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    comments = review.comments
    replies: dict[str, list[FileComment]] = {}
    tops: list[FileComment] = []
    for c in comments.values():
        if c.parent_key is not None and c.parent_key in comments:
            replies.setdefault(c.parent_key, []).append(c)
        else:
            tops.append(c)
    existing = {
        (c.action.uid if c.action else None, c.field, *_thread_key(c.author, c.created_at, c.body)): c
        for c in report.comments if c.parent is None
    }
    for fc in sorted(tops, key=lambda c: (c.created_at or now, _number(c.key))):
        created = fc.created_at or now
        state = next((s for s in states if fc.key in s.marks.comment_starts), None)
        if state is not None:
            action, field = state.section.action, state.section.field
            start, end = _range(state, fc.key)
        else:
            action, field, start, end = None, "preamble", 0, 0
        key = (action.uid if action else None, field, *_thread_key(fc.author, created, fc.body))
        comment = existing.get(key)
        if comment is None:
            add = AddComment(report, action, field, start, end, fc.author, fc.body, created)
            if state is None:
                summary.unmatched.append(Finding("review_import.comment_unplaced",
                                                 {"author": fc.author, "excerpt": _excerpt(fc.body)},
                                                 "warning", Place("preamble", field="preamble")))
            _step(edit, add, session)
            comment = find(session, Comment, add.uid)
            existing[key] = comment
            summary.comments_added += 1
        else:
            summary.already += 1
        thread = replies.get(fc.key, [])
        known = {_thread_key(r.author, r.created_at, r.body) for r in comment.replies}
        for reply in sorted(thread, key=lambda c: (c.created_at or now, _number(c.key))):
            if _thread_key(reply.author, reply.created_at or now, reply.body) in known:
                summary.already += 1
                continue
            _step(edit, AddReply(comment, reply.author, reply.body, reply.created_at or now), session)
            summary.replies_added += 1
        if (fc.resolved or any(r.resolved for r in thread)) and not comment.resolved:
            _step(edit, SetCommentResolved(comment, True), session)
            summary.resolved += 1


def _step(edit: Steps, step: AddComment | AddReply | SetCommentResolved, session: Session) -> None:
    step.apply(session)
    edit.steps.append(step)


def _number(key: str) -> int:
    return int(key) if key.isdigit() else 0
