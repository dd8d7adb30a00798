"""Edits of the snapshots: take one, rename it (``SetField``), delete it, and restore one
section of the report from it — each one undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from mesdesk.model.edits.base import Edit
from mesdesk.model.edits.fields import SetField
from mesdesk.model.edits.refs import find, ref
from mesdesk.model.entities import Report, new_uid
from mesdesk.model.richtext import RichText
from mesdesk.model.sections import Section, section_action
from mesdesk.model.versions import ReportSnapshot


class TakeSnapshot(Edit):
    """Keep ``document`` (the report as it is now, in the exchange form: see
    ``mesdesk.exchange.snapshots.take_snapshot``) under a name; revert removes it."""

    def __init__(self, report: Report, name: str, author: str, created_at: dt.datetime, document: str) -> None:
        self.report = ref(report)
        self.uid = new_uid()
        self.values = {"name": name, "author": author, "created_at": created_at, "document": document}

    def _forward(self, session: Session) -> None:
        report: Report = self.report.resolve(session)
        report.snapshots.append(ReportSnapshot(uid=self.uid, **self.values))

    def _backward(self, session: Session) -> None:
        snapshot = find(session, ReportSnapshot, self.uid)
        snapshot.report.snapshots.remove(snapshot)


class DeleteSnapshot(Edit):
    """Delete a snapshot; revert puts it back, same uid, name, date, author and content."""

    def __init__(self, snapshot: ReportSnapshot) -> None:
        self.report = ref(snapshot.report)
        self.uid = snapshot.uid
        self.index = snapshot.report.snapshots.index(snapshot)
        self.values: dict[str, Any] = {
            "name": snapshot.name, "author": snapshot.author, "created_at": snapshot.created_at,
            "document": snapshot.document,
        }

    def _forward(self, session: Session) -> None:
        snapshot = find(session, ReportSnapshot, self.uid)
        snapshot.report.snapshots.remove(snapshot)

    def _backward(self, session: Session) -> None:
        report: Report = self.report.resolve(session)
        report.snapshots.insert(min(self.index, len(report.snapshots)), ReportSnapshot(uid=self.uid, **self.values))


def rename_snapshot(snapshot: ReportSnapshot, name: str) -> SetField:
    return SetField(snapshot, "name", name)


class RestoreSection(Edit):
    """Put a section's texts back as ``texts`` says (a snapshot's, read by the exchange
    layer): one edit for the section's two or three fields. Like any text edit it sets an
    approved section back to « à revoir » (``approvals.py``)."""

    def __init__(self, report: Report, section: Section, texts: Mapping[str, RichText]) -> None:
        self.section = section
        if section.kind == "action":
            action = section_action(report, section)
            if action is None:
                raise ValueError(f"action {section.action_uid} is not in the report any more")
            target: Any = report.text_for(action)
        else:
            target = report
        self.fields = [
            SetField(target, name, texts.get(name) or RichText())
            for name in section.fields
            if (getattr(target, name) or RichText()) != (texts.get(name) or RichText())
        ]

    @property
    def changes(self) -> int:
        return len(self.fields)

    def _forward(self, session: Session) -> None:
        for edit in self.fields:
            edit._forward(session)

    def _backward(self, session: Session) -> None:
        for edit in reversed(self.fields):
            edit._backward(session)
