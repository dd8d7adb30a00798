"""Approval of a report section: « validé par NOM le DATE », back to « à revoir » as soon
as the section's text changes afterwards.

A section is the préambule, one action's texts (Évaluation, Récit, Moyens) or the
conclusion (``sections.py``). The approval row names it by value (kind and action uid),
so deleting an action then undoing it finds its approval again.

Where « à revoir » is set: in a ``before_flush`` listener on every session, not in the
edits. Text reaches the model by several roads — the editors write their text straight
into the rows when they save, « Tout remplacer » and « Restaurer » are edits, an import
may rewrite a text — and all of them end in a flush. The listener compares each changed
text attribute with its loaded value, so writing back the same words changes nothing.
Only rows already in the file count: a report being built (json-load, carry-over, an
undo that puts a deleted action back) writes its texts for the first time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Literal

from sqlalchemy import DateTime, ForeignKey, String, UniqueConstraint, event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from mesdesk.model.entities import ActionText, Base, Report
from mesdesk.model.row_versions import Versioned
from mesdesk.model.sections import Section, section_of_field
from mesdesk.model.versions import utc_now

ApprovalState = Literal["none", "approved", "to_review"]

# The clock the listener dates a change with (tests set their own).
clock: Callable[[], dt.datetime] = utc_now

# session.info key counting approvals set back to « à revoir »: a window compares it
# after a save to know whether its marks must be redrawn.
FLIPS = "approvals_set_to_review"


class Approval(Versioned, Base):
    __tablename__ = "approval"
    __table_args__ = (UniqueConstraint("report_id", "section", "action_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(16))  # "preamble", "action" or "conclusion"
    action_uid: Mapped[str] = mapped_column(String, default="")  # "" unless section == "action"
    approved_by: Mapped[str] = mapped_column(String, default="")
    approved_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, naive
    # When the text changed after the approval (None: still as approved).
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # The row's own version stamp (``Versioned``): ``changed_at`` above is taken.
    row_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    stamp_time = "row_changed_at"
    # Two writers both setting the section « à revoir » agree; the dates differ by seconds.
    theirs_stand = frozenset({"changed_at"})

    report: Mapped[Report] = relationship(back_populates="approvals")

    @property
    def key(self) -> Section:
        return Section(self.section, self.action_uid or "")  # type: ignore[arg-type]  # stored from a Section

    @property
    def state(self) -> ApprovalState:
        return "to_review" if self.changed_at is not None else "approved"


def approval_for(report: Report, section: Section) -> Approval | None:
    return next((a for a in report.approvals if a.key == section), None)


def approval_state(report: Report, section: Section) -> ApprovalState:
    approval = approval_for(report, section)
    return approval.state if approval is not None else "none"


def _changed(obj: Any, name: str) -> bool:
    """Whether the attribute's value differs from the one loaded (not merely set again)."""
    history = sa_inspect(obj).attrs[name].history
    if not history.added:
        return False
    if not history.deleted:  # the old value was never loaded: count it as a change
        return True
    return bool(history.added[0] != history.deleted[0])


def _edited_sections(session: Session) -> list[tuple[Report, Section]]:
    found: list[tuple[Report, Section]] = []
    for obj in session.dirty:
        if isinstance(obj, Report):
            for name in ("preamble", "conclusion"):
                if _changed(obj, name):
                    found.append((obj, Section(name)))
        elif isinstance(obj, ActionText) and obj.report is not None:
            for name in ("evaluation", "narrative", "means"):
                section = section_of_field(obj, name)
                if section is not None and _changed(obj, name):
                    found.append((obj.report, section))
                    break
    return found


@event.listens_for(Session, "before_flush")
def _set_to_review(session: Session, _context: object, _instances: object) -> None:
    with session.no_autoflush:  # reading a row's report or action must not flush again
        for report, section in _edited_sections(session):
            approval = approval_for(report, section)
            if approval is not None and approval.changed_at is None:
                approval.changed_at = clock()
                session.info[FLIPS] = session.info.get(FLIPS, 0) + 1


def local_date(moment: dt.datetime) -> dt.date:
    """The day a stored UTC moment falls on here (what « le 3 mars » means to the user)."""
    return moment.replace(tzinfo=dt.UTC).astimezone().date()
