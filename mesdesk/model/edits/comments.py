"""Edits of review comments (``mesdesk.model.review``), Qt-free like every edit.

A comment is two things that must change together: its row, and its marks in the text
it is anchored in. Each edit here changes both, so adding, deleting and their undo are
each one step, and undoing a deletion puts back the row, its replies and its marks
exactly as they were.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from mesdesk.model.edits.base import Edit
from mesdesk.model.edits.fields import SetField
from mesdesk.model.edits.refs import Ref, find, ref
from mesdesk.model.entities import Action, Report, new_uid
from mesdesk.model.review import ACTION_FIELDS, REPORT_FIELDS, Comment
from mesdesk.model.richtext import RichText
from mesdesk.model.row_versions import version_keys
from mesdesk.model.textclean import clean_line, clean_text


def _text_ref(report: Report, action: Action | None, field: str) -> Ref:
    """How an edit finds the text a comment sits in again (the report, or its text of the action)."""
    if action is None:
        if field not in REPORT_FIELDS:
            raise ValueError(f"champ de rapport inconnu {field!r}")
        return ref(report)
    if field not in ACTION_FIELDS:
        raise ValueError(f"champ d'action inconnu {field!r}")
    return ref(report.text_for(action))


def utc_naive(now: dt.datetime) -> dt.datetime:
    """The time as stored: UTC, without tzinfo (an aware time is converted, a naive one is
    taken as UTC), to the second (what the JSON form and Word keep)."""
    utc = now.astimezone(dt.UTC).replace(tzinfo=None) if now.tzinfo else now
    return utc.replace(microsecond=0)


def _columns(comment: Comment) -> dict[str, Any]:
    """The comment's own values (no keys, no links, no version: put back, it is a new
    row), read from the mapping."""
    return {
        attr.key: getattr(comment, attr.key)
        for attr in sa_inspect(Comment).column_attrs
        if attr.key not in ("id", "uid", *version_keys(Comment)) and not attr.columns[0].foreign_keys
    }


class AddComment(Edit):
    """Mark ``[start, end)`` of a text (plain-text offsets) and add the comment: one step."""

    def __init__(
        self,
        report: Report,
        action: Action | None,
        field: str,
        start: int,
        end: int,
        author: str,
        body: str,
        now: dt.datetime,
    ) -> None:
        self._init(report, action, field, None, new_uid(), author, body, now, (start, end))

    @classmethod
    def with_text(
        cls,
        report: Report,
        action: Action | None,
        field: str,
        new_rich: RichText,
        uid: str,
        author: str,
        body: str,
        now: dt.datetime,
    ) -> "AddComment":
        """For an editor that already holds the new text with the comment's marks."""
        edit = cls.__new__(cls)
        edit._init(report, action, field, new_rich, uid, author, body, now, None)
        return edit

    def _init(
        self,
        report: Report,
        action: Action | None,
        field: str,
        new_rich: RichText | None,
        uid: str,
        author: str,
        body: str,
        now: dt.datetime,
        span: tuple[int, int] | None,
    ) -> None:
        self.report = ref(report)
        self.action = ref(action) if action is not None else None
        self.field = field
        self.text = _text_ref(report, action, field)
        self.old: RichText = getattr(report if action is None else report.text_for(action), field)
        if new_rich is None:
            assert span is not None
            new_rich = self.old.with_comment(uid, *span)
        self.new = new_rich
        self.uid = uid
        self.values = dict(
            field=field,
            # Cleaned as a load cleans them (json_comments), so a dump loads back the same.
            author=clean_line(author),
            created_at=utc_naive(now),
            body=clean_text(body),
            resolved=False,
            quote=new_rich.comment_quote(uid),
        )

    def _forward(self, session: Session) -> None:
        report = self.report.resolve(session)
        action = self.action.resolve(session) if self.action is not None else None
        setattr(self.text.resolve(session), self.field, self.new)
        report.comments.append(Comment(uid=self.uid, action=action, **self.values))

    def _backward(self, session: Session) -> None:
        report = self.report.resolve(session)
        report.comments.remove(find(session, Comment, self.uid))
        setattr(self.text.resolve(session), self.field, self.old)


class AddReply(Edit):
    """Answer a comment: a reply copies its parent's place and has no range of its own."""

    def __init__(self, parent: Comment, author: str, body: str, now: dt.datetime) -> None:
        self.parent = ref(parent)
        self.report = ref(parent.report)
        self.uid = new_uid()
        self.values = dict(
            field=parent.field,
            # Cleaned as a load cleans them (json_comments), so a dump loads back the same.
            author=clean_line(author),
            created_at=utc_naive(now),
            body=clean_text(body),
            resolved=False,
            quote="",
        )

    def _forward(self, session: Session) -> None:
        parent = self.parent.resolve(session)
        reply = Comment(uid=self.uid, action=parent.action, parent=parent, **self.values)
        self.report.resolve(session).comments.append(reply)

    def _backward(self, session: Session) -> None:
        reply = find(session, Comment, self.uid)
        reply.parent.replies.remove(reply)
        self.report.resolve(session).comments.remove(reply)


class SetCommentResolved(SetField):
    """Mark a comment resolved, or open it again."""

    def __init__(self, comment: Comment, resolved: bool) -> None:
        super().__init__(comment, "resolved", resolved)


class SetCommentBody(SetField):
    """Change what a comment (or a reply) says."""

    def __init__(self, comment: Comment, body: str) -> None:
        super().__init__(comment, "body", clean_text(body))


@dataclass
class CommentRow:
    """A comment as it is put back after a deletion: its values, parent and list index."""

    uid: str
    index: int
    columns: dict[str, Any]
    parent: str | None


def comment_rows(report: Report, comments: list[Comment]) -> list[CommentRow]:
    """What ``put_back`` needs to re-create ``comments`` of ``report``, in list order."""
    listed = report.comments
    rows = [
        # A reply not (yet) in the report's list: one just read with its thread, written by
        # someone else on a shared server (the deletion then meets its new version).
        CommentRow(c.uid, listed.index(c) if c in listed else len(listed), _columns(c),
                   c.parent.uid if c.parent is not None else None)
        for c in comments
    ]
    return sorted(rows, key=lambda r: r.index)


def take_out(session: Session, report: Report, rows: list[CommentRow]) -> None:
    """Remove the comments of ``rows`` from the report's list (and replies from their parent's)."""
    drop(report, [find(session, Comment, row.uid) for row in rows])


def drop(report: Report, comments: list[Comment]) -> None:
    """Remove ``comments`` from the report's list, replies from their parent's too (the
    database would cascade; the session's lists must not keep them)."""
    for comment in reversed(comments):
        if comment.parent is not None and comment in comment.parent.replies:
            comment.parent.replies.remove(comment)
        if comment in report.comments:  # (see ``comment_rows``)
            report.comments.remove(comment)


def put_back(session: Session, report: Report, rows: list[CommentRow], action: Action | None) -> None:
    """Re-create the comments of ``rows`` at their old places in the report's list."""
    restored: dict[str, Comment] = {}
    # Resolve parents outside the list first: a query flushes, and a half-built row must not be.
    outside = {
        row.parent: find(session, Comment, row.parent)
        for row in rows
        if row.parent is not None and row.parent not in {r.uid for r in rows}
    }
    for row in rows:
        comment = Comment(uid=row.uid, action=action, **row.columns)
        report.comments.insert(min(row.index, len(report.comments)), comment)
        if row.parent is not None:
            comment.parent = restored.get(row.parent) or outside[row.parent]
        restored[row.uid] = comment


class DeleteComment(Edit):
    """Delete a comment with its replies and its marks (a reply: just the reply);
    revert puts back the rows, their order and the text exactly as they were."""

    def __init__(self, comment: Comment) -> None:
        report = comment.report
        self.report = ref(report)
        self.action = ref(comment.action) if comment.action is not None else None
        self.field = comment.field
        self.uid = comment.uid
        self.rows = comment_rows(report, [comment, *([] if comment.parent is not None else comment.replies)])
        self.reply = comment.parent is not None
        self.text = None if self.reply else _text_ref(report, comment.action, comment.field)
        self.old: RichText | None = None
        if not self.reply:
            target, attribute = comment.text_place()
            self.old = getattr(target, attribute)

    def _forward(self, session: Session) -> None:
        take_out(session, self.report.resolve(session), self.rows)
        if self.text is not None:
            target = self.text.resolve(session)
            setattr(target, self.field, getattr(target, self.field).without_comments({self.uid}))

    def _backward(self, session: Session) -> None:
        report = self.report.resolve(session)
        action = self.action.resolve(session) if self.action is not None else None
        if self.text is not None:
            setattr(self.text.resolve(session), self.field, self.old)
        put_back(session, report, self.rows, action)
