"""Reviewers' suggestions read from a Word file, waiting for the delegate's say.

One row per tracked change (or run of adjacent changes by one author) and one per
section a reviewer changed without tracking (a « difference »). Nothing of it is in the
report's text until the delegate accepts it (``mesdesk/model/edits/suggestions.py``);
a rejected or accepted suggestion keeps its row, with its status, so importing the same
file again does not bring it back.

The change itself is kept as words with their context (``suggestion_text.Change``), so
it still applies after the delegate has edited elsewhere in the text; when its words are
gone, it no longer applies and can only be rejected.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesdesk.model.entities import Action, Base, RichTextType, new_uid
from mesdesk.model.richtext import RichText
from mesdesk.model.row_versions import Versioned
from mesdesk.model.suggestion_text import Change

if TYPE_CHECKING:
    from mesdesk.model.entities import Report

SuggestionKind = Literal["insertion", "deletion", "replacement", "difference"]
SUGGESTION_KINDS: tuple[str, ...] = ("insertion", "deletion", "replacement", "difference")
SuggestionStatus = Literal["pending", "accepted", "rejected"]
SUGGESTION_STATUSES: tuple[str, ...] = ("pending", "accepted", "rejected")
# The text fields a suggestion can change, as the comments name them.
TEXT_FIELDS: tuple[str, ...] = ("preamble", "conclusion", "evaluation", "narrative", "means")
REPORT_FIELDS: tuple[str, ...] = ("preamble", "conclusion")


class Suggestion(Versioned, Base):
    __tablename__ = "review_suggestion"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    # None for the préambule and the conclusion.
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String, default="pending")
    author: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # UTC, naive
    source: Mapped[str] = mapped_column(String, default="")  # the file's name
    # The change as words (see suggestion_text): for a difference, ``old`` is the
    # section's text when the file was imported and ``new`` the reviewer's.
    old: Mapped[str] = mapped_column(String, default="")
    new: Mapped[str] = mapped_column(String, default="")
    before: Mapped[str] = mapped_column(String, default="")
    after: Mapped[str] = mapped_column(String, default="")
    offset: Mapped[int] = mapped_column(Integer, default=0)
    # A difference: the reviewer's version of the section, with its formatting.
    reviewer_text: Mapped[RichText] = mapped_column(RichTextType, default=RichText)

    report: Mapped["Report"] = relationship(back_populates="suggestions")
    action: Mapped[Action | None] = relationship()

    @property
    def change(self) -> Change:
        return Change(self.old, self.new, self.before, self.after, self.offset)

    @property
    def pending(self) -> bool:
        return self.status == "pending"
