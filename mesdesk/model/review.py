"""Review comments: a remark by a board member on a range of a report's text.

The range is not stored here: it lives in the text itself, as the comment's uid on the
``Text`` runs it covers (``richtext.Text.comments``), so it moves with the text as it is
edited around it in every converter that keeps marks. This row holds the rest: where the
text is (report, action, field), who wrote it and when, what it says, whether it is
resolved, and the words it covered when it was made (``quote``: shown when the marked
text has since been deleted; such a comment is « detached », never dropped).

A reply is a comment with a ``parent``: it has no range of its own and copies its
parent's place, so every comment of a report, replies included, is in ``Report.comments``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text, event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from mesdesk.model.entities import Base, new_uid
from mesdesk.model.row_versions import Versioned

if TYPE_CHECKING:
    from mesdesk.model.entities import Action, Report

CommentField = Literal["preamble", "conclusion", "evaluation", "narrative", "means"]
REPORT_FIELDS: tuple[str, ...] = ("preamble", "conclusion")  # texts of the report itself
ACTION_FIELDS: tuple[str, ...] = ("evaluation", "narrative", "means")  # texts of an action
COMMENT_FIELDS: tuple[str, ...] = REPORT_FIELDS + ACTION_FIELDS


class Comment(Versioned, Base):
    __tablename__ = "comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    # None for the préambule and the conclusion, which belong to the report itself.
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, naive
    body: Mapped[str] = mapped_column(Text, default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    quote: Mapped[str] = mapped_column(Text, default="")

    report: Mapped["Report"] = relationship(back_populates="comments")
    action: Mapped["Action | None"] = relationship()
    parent: Mapped["Comment | None"] = relationship(back_populates="replies", remote_side=[id])
    replies: Mapped[list["Comment"]] = relationship(
        back_populates="parent", order_by="(Comment.created_at, Comment.id)", cascade="all, delete-orphan"
    )

    def __init__(self, **values: Any) -> None:
        # Column defaults only apply at flush; a new comment is read at once (the panel,
        # the dump), so set them now.
        values.setdefault("uid", new_uid())
        values.setdefault("author", "")
        values.setdefault("body", "")
        values.setdefault("resolved", False)
        values.setdefault("quote", "")
        super().__init__(**values)

    @property
    def is_reply(self) -> bool:
        return self.parent is not None

    def text_place(self) -> tuple[Any, str]:
        """The object and attribute holding the text the comment sits in, as edits reach
        it (``SetField(target, attribute, …)``): the report for the préambule and the
        conclusion, else the report's text of the action."""
        if self.action is None:
            return self.report, self.field
        return self.report.text_for(self.action), self.field

    def is_detached(self) -> bool:
        """True when no text carries the comment's marks any more (a reply never has any)."""
        if self.action is None:
            text = getattr(self.report, self.field)
        else:
            found = self.report.find_text(self.action)  # a reader: create no text
            text = getattr(found, self.field) if found is not None else None
        return text is None or self.uid not in text.comment_ids()


@event.listens_for(Session, "before_flush")
def _reply_touches_parent(session: Session, _context: object, _instances: object) -> None:
    """A new reply writes its parent again (a new version): on a shared server, whoever
    deletes the comment from an older reading then meets a newer version and is asked
    (``store.conflicts``), rather than taking the reply away unseen (``ON DELETE
    CASCADE``); whoever replies to a comment deleted meanwhile is told so too. Done here,
    not by a trigger on the server, so the replier's own session knows the new version.
    The time of the change is set (the thread changed then): a column set is written
    without being read first, so a parent deleted on the server meanwhile is found stale
    at the flush, not while reading it here."""
    for obj in list(session.new):
        parent = obj.parent if isinstance(obj, Comment) else None
        if parent is not None and sa_inspect(parent).persistent:
            setattr(parent, parent.stamp_time, dt.datetime.now(dt.UTC).replace(tzinfo=None))


def sort_key(comment: Comment) -> tuple[dt.datetime, str]:
    """The order comments are listed in: oldest first, uid to break ties (stable in dumps)."""
    return comment.created_at, comment.uid


def threads(report: "Report") -> list[tuple[Comment, list[Comment]]]:
    """The report's comments, each top-level one with its replies, oldest first."""
    tops = sorted((c for c in report.comments if c.parent is None), key=sort_key)
    return [(c, sorted(c.replies, key=sort_key)) for c in tops]
