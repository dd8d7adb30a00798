"""Approval per section: « validé par NOM le DATE », back to « à revoir » after any edit of
its text, whatever the road (a page writing its text, « Tout remplacer », a restore), and
listed by the check."""

from __future__ import annotations

import datetime as dt

import pytest

from mesdesk.model import approvals
from mesdesk.model.approvals import approval_for, approval_state
from mesdesk.model.checks import approval_findings
from mesdesk.model.edits import Delete
from mesdesk.model.edits.approvals import Approve
from mesdesk.model.edits.versions import RestoreSection
from mesdesk.model.entities import Report
from mesdesk.model.findings import word_fr
from mesdesk.model.richtext import RichText
from mesdesk.model.sections import CONCLUSION, PREAMBLE, Section, report_sections
from mesdesk.model.text_replace import ReplaceAll, plan_replacements
from mesdesk.store.workspace import Workspace

MARCH_3 = dt.datetime(2026, 3, 3, 10, 0)
MARCH_9 = dt.datetime(2026, 3, 9, 14, 0)


@pytest.fixture
def report(sample_workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Report:
    monkeypatch.setattr(approvals, "clock", lambda: MARCH_9)
    convention = sample_workspace.current_convention()
    assert convention is not None
    found = convention.report_for(2024)
    assert found is not None
    return found


def _approve(ws: Workspace, report: Report, section: Section) -> Approve:
    edit = Approve(report, section, "Claire Martin", MARCH_3)
    edit.apply(ws.session)
    ws.commit()
    return edit


def test_approve_then_edit_sets_to_review(sample_workspace: Workspace, report: Report) -> None:
    ws = sample_workspace
    action = report.convention.actions[0]
    section = Section.of_action(action)
    _approve(ws, report, section)
    approval = approval_for(report, section)
    assert approval is not None and (approval.approved_by, approval.approved_at) == ("Claire Martin", MARCH_3)
    assert approval_state(report, section) == "approved"

    text = report.find_text(action)
    assert text is not None
    text.narrative = text.narrative  # the same value written back (a page saving unchanged text)
    text.status = text.status
    ws.commit()
    assert approval_state(report, section) == "approved"

    text.means = RichText.plain("Moyens corrigés après le conseil.")  # as a page writes its text
    ws.commit()
    assert approval_state(report, section) == "to_review" and approval.changed_at == MARCH_9
    assert approval_state(report, PREAMBLE) == "none"

    _approve(ws, report, section)  # approved again
    assert approval_state(report, section) == "approved" and approval.changed_at is None


def test_replace_all_and_restore_also_set_to_review(sample_workspace: Workspace, report: Report) -> None:
    ws = sample_workspace
    _approve(ws, report, PREAMBLE)
    _approve(ws, report, CONCLUSION)
    word = report.preamble.plain_text().split()[3]
    changes = [c for c in plan_replacements(report, word, word.upper(), scope="field", field="preamble")]
    assert changes
    ReplaceAll(changes).apply(ws.session)
    ws.commit()
    assert approval_state(report, PREAMBLE) == "to_review"
    assert approval_state(report, CONCLUSION) == "approved"

    RestoreSection(report, CONCLUSION, {"conclusion": RichText.plain("La conclusion d'un instantané.")}).apply(ws.session)
    ws.commit()
    assert approval_state(report, CONCLUSION) == "to_review"


def test_undo_of_approve_and_approval_of_a_deleted_action(sample_workspace: Workspace, report: Report) -> None:
    ws = sample_workspace
    action = report.convention.actions[2]
    section = Section.of_action(action)
    edit = _approve(ws, report, section)
    edit.revert(ws.session)
    ws.commit()
    assert approval_state(report, section) == "none"
    edit.apply(ws.session)
    ws.commit()
    delete = Delete(action)
    delete.apply(ws.session)
    ws.commit()
    delete.revert(ws.session)  # the action comes back with its texts: still approved
    ws.commit()
    assert approval_state(report, section) == "approved"


def test_check_lists_sections_not_approved_or_to_review(sample_workspace: Workspace, report: Report) -> None:
    ws = sample_workspace
    sections = report_sections(report)
    [none] = approval_findings(report)
    assert word_fr(none) == f"Aucune section validée : {len(sections)} à faire valider"

    for section in sections:
        _approve(ws, report, section)
    assert approval_findings(report) == []

    first = report.convention.actions[0]
    text = report.find_text(first)
    assert text is not None
    text.evaluation = RichText.plain("Évaluation revue.")
    report.conclusion = RichText.plain("Conclusion revue.")
    Delete(report.convention.actions[-1]).apply(ws.session)  # its approval no longer counts
    ws.commit()
    found = approval_findings(report)
    assert [word_fr(f) for f in found] == [
        "1.1 : texte modifié le 9 mars 2026 après la validation de Claire Martin, à revoir",
        "Conclusion : texte modifié le 9 mars 2026 après la validation de Claire Martin, à revoir",
    ]
    assert found[0].place is not None and found[0].place.action_uid == first.uid

    from mesdesk.model.edits import AddRow
    from mesdesk.model.entities import Action

    add = AddRow(report.convention.axes[0], Action, None, title="Nouvelle action")
    add.apply(ws.session)
    ws.commit()
    number = report.convention.actions[len(report.convention.axes[0].actions) - 1].number
    assert [word_fr(f) for f in approval_findings(report)][1] == f"{number} : en attente de validation"


def test_json_dump_load_keeps_approvals(sample_workspace: Workspace, report: Report, tmp_path) -> None:  # noqa: ANN001
    import json

    from mesdesk.exchange.json_interchange import InterchangeError, dumps_workspace, loads_workspace

    ws = sample_workspace
    action = report.convention.actions[1]
    _approve(ws, report, CONCLUSION)
    _approve(ws, report, Section.of_action(action))
    report.conclusion = RichText.plain("Changée.")
    ws.commit()
    dumped = dumps_workspace(ws.session)
    entries = json.loads(dumped)["conventions"][0]["reports"][0]["approvals"]
    assert entries == [
        {"section": "action", "action": action.uid, "by": "Claire Martin", "at": "2026-03-03T10:00:00"},
        {"section": "conclusion", "by": "Claire Martin", "at": "2026-03-03T10:00:00",
         "changed_at": "2026-03-09T14:00:00"},
    ]
    copy = Workspace.build(tmp_path / "copy.mesdesk", lambda s: loads_workspace(dumped, s))
    try:
        assert dumps_workspace(copy.session) == dumped
        copied = copy.current_convention().report_for(2024)  # type: ignore[union-attr]
        assert approval_state(copied, CONCLUSION) == "to_review"  # type: ignore[arg-type]
    finally:
        copy.close()
    data = json.loads(dumped)
    data["conventions"][0]["reports"][0]["approvals"][0]["action"] = "nowhere"
    with pytest.raises(InterchangeError, match=r"reports\[0\]\.approvals\[0\]\.action : 'nowhere'"):
        Workspace.build(tmp_path / "bad.mesdesk", lambda s: loads_workspace(json.dumps(data), s))
