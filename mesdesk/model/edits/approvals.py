"""« Valider cette section »: the approval as one undoable edit (``approvals.py``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from mesdesk.model.approvals import Approval, approval_for
from mesdesk.model.edits.base import Edit
from mesdesk.model.edits.refs import ref
from mesdesk.model.entities import Report
from mesdesk.model.row_versions import ensure_unchanged
from mesdesk.model.sections import Section, section_action


class Approve(Edit):
    """Mark ``section`` « validé par ``by`` le ``at`` » (again, if it was « à revoir »);
    revert puts back what was there before: nothing, or the earlier approval."""

    def __init__(self, report: Report, section: Section, by: str, at: dt.datetime) -> None:
        self.report = ref(report)
        self.section = section
        self.new = {"approved_by": by, "approved_at": at, "changed_at": None}
        old = approval_for(report, section)
        self.old: dict[str, Any] | None = (
            {"approved_by": old.approved_by, "approved_at": old.approved_at, "changed_at": old.changed_at}
            if old is not None else None
        )
        action = section_action(report, section)
        if section.kind == "action":
            if action is None:
                raise ValueError(f"action {section.action_uid} is not in the report")
            # The text row must exist in the file before the approval: the typing that
            # follows then changes a saved row, which is what sets « à revoir ».
            report.text_for(action)

    def _set(self, session: Session, values: dict[str, Any] | None) -> None:
        report: Report = self.report.resolve(session)
        approval = approval_for(report, self.section)
        if values is None:
            if approval is not None:
                report.approvals.remove(approval)
            return
        if approval is None:
            approval = Approval(section=self.section.kind, action_uid=self.section.action_uid)
            report.approvals.append(approval)
        for name, value in values.items():
            setattr(approval, name, value)

    def _forward(self, session: Session) -> None:
        # What is approved is the text as this writer read it: on a shared server, a
        # text someone saved since (not yet read here) is not approved unseen.
        report: Report = self.report.resolve(session)
        action = section_action(report, self.section)
        ensure_unchanged(session, report.find_text(action) if action is not None else report)
        self._set(session, self.new)

    def _backward(self, session: Session) -> None:
        self._set(session, self.old)
