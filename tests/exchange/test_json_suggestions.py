"""Reviewers' suggestions in the JSON interchange: kept by dump → load → dump, checked on load."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from mesdesk.exchange.json_interchange import InterchangeError, dumps_workspace, loads_workspace
from mesdesk.model.entities import Base, Report
from mesdesk.model.richtext import Paragraph, RichText, Text
from mesdesk.model.suggestions import Suggestion


def _session() -> Session:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    return Session(engine)


@pytest.fixture(scope="module")
def with_suggestions(sample_json: str) -> str:
    session = _session()
    loads_workspace(sample_json, session)
    report = session.query(Report).one()
    action = report.convention.actions[0]
    report.suggestions.append(Suggestion(
        uid="sugg-1", action=action, field="narrative", kind="replacement", status="pending", author="Marie Dupont",
        created_at=dt.datetime(2026, 12, 1, 10, 0), source="relu.docx", old="présente à ce jour",
        new="comptait fin 2024", before="Le site internet https://www.le-mes.org/ ", after=" 52 464 visites",
        offset=41, reviewer_text=RichText(),
    ))
    report.suggestions.append(Suggestion(
        uid="sugg-2", action=None, field="conclusion", kind="difference", status="rejected", author="",
        created_at=None, source="relu.docx", old="avant", new="après", before="", after="", offset=0,
        reviewer_text=RichText((Paragraph((Text("après", bold=True),)),)),
    ))
    session.flush()
    return dumps_workspace(session)


def _report(data: dict[str, Any]) -> dict[str, Any]:
    report: dict[str, Any] = data["conventions"][0]["reports"][0]
    return report


def test_suggestions_survive_dump_load_dump_byte_for_byte(with_suggestions: str) -> None:
    entries = _report(json.loads(with_suggestions))["suggestions"]
    assert [e["uid"] for e in entries] == ["sugg-1", "sugg-2"]
    assert entries[0]["created_at"] == "2026-12-01T10:00:00" and "created_at" not in entries[1]
    assert entries[1]["reviewer_text"] == [{"type": "paragraph", "content": [{"text": "après", "bold": True}]}]
    session = _session()
    loads_workspace(with_suggestions, session)
    session.flush()
    assert dumps_workspace(session) == with_suggestions
    loaded = session.query(Report).one().suggestions
    assert [(s.kind, s.status) for s in loaded] == [("replacement", "pending"), ("difference", "rejected")]


def test_a_report_without_suggestions_dumps_as_before(sample_json: str) -> None:
    assert '"suggestions"' not in sample_json
    session = _session()
    loads_workspace(sample_json, session)
    session.flush()
    assert '"suggestions"' not in dumps_workspace(session)


@pytest.mark.parametrize(("change", "message"), [
    (lambda s: s.update(colour="rouge"), "suggestions[0]"),
    (lambda s: s.update(kind="reformulation"), "suggestions[0].kind"),
    (lambda s: s.update(status="peut-être"), "suggestions[0].status"),
    (lambda s: s.pop("action"), "suggestions[0].field"),
    (lambda s: s.update(action="action-inconnue"), "suggestions[0].action"),
    (lambda s: s.update(uid="action-1-1"), "suggestions[0].uid"),
    (lambda s: s.update(created_at="hier"), "suggestions[0].created_at"),
    (lambda s: s.update(reviewer_text=[{"type": "tableau"}]), "suggestions[0].reviewer_text"),
])
def test_a_bad_suggestion_is_refused_naming_its_path(with_suggestions: str, change: Any, message: str) -> None:
    data = copy.deepcopy(json.loads(with_suggestions))
    change(_report(data)["suggestions"][0])
    with pytest.raises(InterchangeError, match=message.replace("[", r"\[").replace("]", r"\]")):
        loads_workspace(json.dumps(data), _session())
