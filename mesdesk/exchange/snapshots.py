"""Snapshots of a report in the exchange form (``mesdesk/model/versions.py`` stores them).

Why here and not in the model: a snapshot is the report « as it was », and the one
faithful form of a report MES Desk has is the JSON interchange document, which lives in
this layer. A snapshot is a whole workspace document of one convention (its structure,
indicators, partners) and one report (texts, events, means), with the organisation:
reading it back is ``json-load`` into a throwaway in-memory database, so comparing and
exporting a snapshot use the same code as the live report, and never touch it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.pool import StaticPool

from mesdesk.exchange.json_interchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    InterchangeError,
    _dump_convention,
    _dump_organisation,
    load_workspace,
    validate,
)
from mesdesk.model.edits.versions import TakeSnapshot
from mesdesk.model.entities import Base, Convention, Organisation, Report
from mesdesk.model.richtext import RichText
from mesdesk.model.sections import ACTION_FIELDS, CONCLUSION, PREAMBLE, Section
from mesdesk.model.versions import ReportSnapshot, utc_now


def snapshot_document(report: Report) -> dict[str, Any]:
    """The report as a workspace document of its own (no snapshots inside)."""
    session = object_session(report)
    organisation = (
        session.scalars(select(Organisation).order_by(Organisation.id)).first() if session is not None else None
    )
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "organisation": _dump_organisation(organisation) if organisation else None,
        "conventions": [_dump_convention(report.convention, reports=[report], versions=False)],
    }


def document_text(document: dict[str, Any]) -> str:
    """The stored form: compact JSON, keys in the dump's order."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def take_snapshot(report: Report, name: str, author: str, at: dt.datetime | None = None) -> TakeSnapshot:
    """The edit that keeps the report as it is now under ``name`` (apply it to keep it)."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a snapshot needs a name")
    return TakeSnapshot(report, name, author, at or utc_now(), document_text(snapshot_document(report)))


def find_snapshot(report: Report, name: str) -> ReportSnapshot | None:
    """The report's snapshot of this name (the most recent if several), case and spaces ignored."""
    wanted = " ".join(name.split()).casefold()
    found = [s for s in report.snapshots if " ".join(s.name.split()).casefold() == wanted]
    return max(found, key=lambda s: (s.created_at, s.id or 0), default=None)


# -- reading back -----------------------------------------------------------------------------

def _memory_session() -> tuple[Any, Session]:
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    Base.metadata.create_all(engine)
    return engine, Session(engine, expire_on_commit=False)


@contextmanager
def opened_document(document: str | dict[str, Any]) -> Iterator[Report]:
    """The snapshot's report, loaded in a private in-memory workspace that goes away after."""
    data = json.loads(document) if isinstance(document, str) else document
    engine, session = _memory_session()
    try:
        load_workspace(data, session)
        session.flush()
        convention = session.scalars(select(Convention)).first()
        if convention is None or len(convention.reports) != 1:
            raise InterchangeError("un instantané contient une convention et un seul bilan")
        yield convention.reports[0]
    finally:
        session.close()
        engine.dispose()


@contextmanager
def opened_snapshot(snapshot: ReportSnapshot) -> Iterator[Report]:
    with opened_document(snapshot.document) as report:
        yield report


def canonical_document(data: Any, where: str) -> str:
    """A snapshot's document read from a JSON file, checked like a workspace and written
    back in the canonical form (so dump → load → dump gives the same bytes)."""
    try:
        validate(data)
        convention = (data.get("conventions") or [None])[0] if isinstance(data, dict) else None
        reports = convention.get("reports") if isinstance(convention, dict) else None
        if len(data.get("conventions") or []) != 1 or not isinstance(reports, list) or len(reports) != 1:
            raise InterchangeError("une convention et un seul bilan attendus")
        if reports[0].get("snapshots"):
            raise InterchangeError("un instantané ne contient pas d'instantanés")
        with opened_document(data) as report:
            return document_text(snapshot_document(report))
    except InterchangeError as exc:
        raise InterchangeError(f"{where} : {exc}") from exc


# -- what a snapshot holds, read without a database -----------------------------------------

@dataclass
class SnapshotContent:
    """The texts of a snapshot's sections, and the actions as they were then."""

    year: int
    texts: dict[Section, dict[str, RichText]] = field(default_factory=dict)
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)  # action uid → (number, title)

    def section_texts(self, section: Section) -> dict[str, RichText]:
        empty = {name: RichText() for name in section.fields}
        return {**empty, **self.texts.get(section, {})}


def snapshot_content(document: str) -> SnapshotContent:
    """The section texts of a stored snapshot (the document was checked when stored)."""
    data = json.loads(document)
    convention = data["conventions"][0]
    report = convention["reports"][0]
    content = SnapshotContent(year=int(report["year"]))
    for a, axis in enumerate(convention.get("axes") or []):
        for b, action in enumerate(axis.get("actions") or []):
            content.titles[action["id"]] = (f"{a + 1}.{b + 1}", action.get("title") or "")
    content.texts[PREAMBLE] = {"preamble": RichText.from_json(report.get("preamble"))}
    content.texts[CONCLUSION] = {"conclusion": RichText.from_json(report.get("conclusion"))}
    for entry in report.get("actions") or []:
        content.texts[Section("action", entry["action"])] = {
            name: RichText.from_json(entry.get(name)) for name in ACTION_FIELDS
        }
    return content


def export_snapshot(snapshot: ReportSnapshot, target: Path, *, template: Path | None = None) -> Any:
    """Write the snapshot's report as Word, as it was (``export_docx``'s result)."""
    from mesdesk.exchange.docx import export_docx

    with opened_snapshot(snapshot) as report:
        return export_docx(report, target, template=template)
