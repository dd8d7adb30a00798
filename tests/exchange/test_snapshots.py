"""Named snapshots of a report: taken, compared with today, a section restored as one undo
step, exported as it was (read back from the .docx), kept by json-dump / json-load."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import pytest

from mesdesk.exchange.json_interchange import InterchangeError, dumps_workspace, loads_workspace
from mesdesk.exchange.snapshots import export_snapshot, find_snapshot, snapshot_content, take_snapshot
from mesdesk.model.edits.versions import DeleteSnapshot, RestoreSection, rename_snapshot
from mesdesk.model.entities import Report
from mesdesk.model.richtext import RichText
from mesdesk.model.sections import PREAMBLE, Section, section_texts
from mesdesk.model.word_diff import deleted_words, inserted_words, section_diff
from mesdesk.store.workspace import Workspace

MARCH_3 = dt.datetime(2026, 3, 3, 9, 30)


def _report(ws: Workspace) -> Report:
    convention = ws.current_convention()
    assert convention is not None
    report = convention.report_for(2024)
    assert report is not None
    return report


def _snapshot(ws: Workspace, name: str = "envoyée au CA le 3 mars") -> None:
    take_snapshot(_report(ws), name, "Marie Dupont", MARCH_3).apply(ws.session)
    ws.commit()


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_snapshot_then_edit_then_compare_shows_the_word(sample_workspace: Workspace) -> None:
    ws = sample_workspace
    report = _report(ws)
    _snapshot(ws)
    [snap] = report.snapshots
    assert (snap.name, snap.author, snap.created_at) == ("envoyée au CA le 3 mars", "Marie Dupont", MARCH_3)

    action = report.convention.actions[0]
    text = report.find_text(action)
    assert text is not None
    before = text.narrative.plain_text()
    text.narrative = RichText.plain(before.replace("visites", "consultations", 1))
    ws.commit()

    section = Section.of_action(action)
    old = snapshot_content(snap.document).section_texts(section)
    diffs = {d.field: d for d in section_diff(old, section_texts(report, section), section.fields)}
    assert diffs["evaluation"].unchanged and diffs["means"].unchanged
    assert deleted_words(diffs["narrative"].runs) == "visites"
    assert inserted_words(diffs["narrative"].runs) == "consultations"


def test_restore_a_section_is_one_undo_step(sample_workspace: Workspace) -> None:
    ws = sample_workspace
    report = _report(ws)
    _snapshot(ws)
    old_preamble = report.preamble
    report.preamble = RichText.plain("Un préambule tout neuf.")
    action = report.convention.actions[1]
    text = report.find_text(action)
    assert text is not None
    old_eval, old_means = text.evaluation, text.means
    text.evaluation = RichText.plain("Évaluation réécrite.")
    text.means = RichText.plain("Moyens réécrits.")
    ws.commit()
    today = {n: getattr(text, n) for n in ("evaluation", "narrative", "means")}

    content = snapshot_content(report.snapshots[0].document)
    section = Section.of_action(action)
    restore = RestoreSection(report, section, content.section_texts(section))
    assert restore.changes == 2  # the narrative did not change
    restore.apply(ws.session)
    ws.commit()
    assert (text.evaluation, text.means) == (old_eval, old_means)
    assert report.preamble.plain_text() == "Un préambule tout neuf.", "only the chosen section"

    restore.revert(ws.session)  # one undo puts both fields back
    ws.commit()
    assert {n: getattr(text, n) for n in ("evaluation", "narrative", "means")} == today

    RestoreSection(report, PREAMBLE, content.section_texts(PREAMBLE)).apply(ws.session)
    ws.commit()
    assert report.preamble == old_preamble


def test_export_of_a_snapshot_is_the_old_text_and_leaves_the_live_report(
    sample_workspace: Workspace, tmp_path: Path
) -> None:
    ws = sample_workspace
    report = _report(ws)
    _snapshot(ws)
    report.preamble = RichText.plain("Texte d'aujourd'hui, écrit après l'envoi au conseil.")
    ws.commit()
    live_before = dumps_workspace(ws.session)
    file_before = ws.path.read_bytes()

    result = export_snapshot(report.snapshots[0], tmp_path / "envoyee.docx")
    old = _docx_text(result.path)
    assert "écrit après l'envoi au conseil" not in old
    first_words = " ".join(snapshot_content(report.snapshots[0].document)
                           .section_texts(PREAMBLE)["preamble"].plain_text().split()[:8])
    assert first_words and first_words in " ".join(old.split())

    assert dumps_workspace(ws.session) == live_before
    assert ws.path.read_bytes() == file_before
    assert not ws.session.new and not ws.session.dirty


def test_rename_and_delete_are_undoable(sample_workspace: Workspace) -> None:
    ws = sample_workspace
    report = _report(ws)
    _snapshot(ws, "premier jet")
    _snapshot(ws, "envoyée au CA")
    first = find_snapshot(report, "  PREMIER   jet ")
    assert first is not None
    rename = rename_snapshot(first, "premier jet, relu")
    rename.apply(ws.session)
    assert [s.name for s in report.snapshots] == ["premier jet, relu", "envoyée au CA"]
    rename.revert(ws.session)
    assert first.name == "premier jet"

    document = first.document
    delete = DeleteSnapshot(first)
    delete.apply(ws.session)
    ws.commit()
    assert [s.name for s in report.snapshots] == ["envoyée au CA"]
    delete.revert(ws.session)
    ws.commit()
    back = report.snapshots[0]
    assert (back.uid, back.name, back.author, back.document) == (delete.uid, "premier jet", "Marie Dupont", document)


def test_a_snapshot_needs_a_name(sample_workspace: Workspace) -> None:
    with pytest.raises(ValueError):
        take_snapshot(_report(sample_workspace), "   ", "Marie")


def test_json_dump_load_keeps_snapshots_byte_for_byte(sample_workspace: Workspace, tmp_path: Path) -> None:
    ws = sample_workspace
    _snapshot(ws)
    dumped = dumps_workspace(ws.session)
    data = json.loads(dumped)
    [entry] = data["conventions"][0]["reports"][0]["snapshots"]
    assert entry["name"] == "envoyée au CA le 3 mars" and entry["created_at"] == "2026-03-03T09:30:00"
    assert entry["document"]["conventions"][0]["reports"][0]["year"] == 2024
    assert "snapshots" not in entry["document"]["conventions"][0]["reports"][0]
    copy = Workspace.build(tmp_path / "copy.mesdesk", lambda s: loads_workspace(dumped, s))
    try:
        assert dumps_workspace(copy.session) == dumped
    finally:
        copy.close()


def test_a_bad_snapshot_document_is_refused_with_its_path(sample_workspace: Workspace, tmp_path: Path) -> None:
    ws = sample_workspace
    _snapshot(ws)
    data = json.loads(dumps_workspace(ws.session))
    entry = data["conventions"][0]["reports"][0]["snapshots"][0]
    entry["document"]["conventions"][0]["reports"][0]["year"] = "deux mille"
    with pytest.raises(InterchangeError, match=r"conventions\[0\]\.reports\[0\]\.snapshots\[0\]\.document : "
                                               r"conventions\[0\]\.reports\[0\]\.year"):
        Workspace.build(tmp_path / "bad.mesdesk", lambda s: loads_workspace(json.dumps(data), s))
    entry = json.loads(dumps_workspace(ws.session))["conventions"][0]["reports"][0]["snapshots"][0]
    entry["colour"] = "red"
    data["conventions"][0]["reports"][0]["snapshots"] = [entry]
    with pytest.raises(InterchangeError, match=r"snapshots\[0\]"):
        Workspace.build(tmp_path / "bad2.mesdesk", lambda s: loads_workspace(json.dumps(data), s))
    assert not (tmp_path / "bad.mesdesk").exists() and not (tmp_path / "bad2.mesdesk").exists()
