"""The sample exported to Word and imported back gives the same report."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from docx_import_testing import canonical, document_text

from mesdesk.exchange.docx import export_docx
from mesdesk.exchange.docx_import import import_docx, read_report_docx
from mesdesk.model.entities import Report
from mesdesk.model.richtext import ListBlock, ListItem, Paragraph, RichText, Text
from mesdesk.store.workspace import Workspace


def _report(ws: Workspace, year: int = 2024) -> Report:
    convention = ws.current_convention()
    assert convention is not None
    report = convention.report_for(year)
    assert report is not None
    return report


@pytest.fixture
def imported(sample_docx: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = Workspace.create(tmp_path / "nouveau.mesdesk")
    with ws.transaction() as session:
        summary = import_docx(sample_docx, session)
    yield ws, summary
    ws.close()


def test_structure_is_the_samples(imported, sample_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    ws, summary = imported
    original = sample_workspace.current_convention()
    convention = ws.current_convention()
    assert original is not None and convention is not None
    assert [(a.number, a.title) for a in convention.axes] == [(a.number, a.title) for a in original.axes]
    assert [(a.number, a.title) for a in convention.actions] == [(a.number, a.title) for a in original.actions]
    assert (convention.first_year, convention.last_year) == (2024, 2026)
    assert summary.convention_created and summary.year == 2024
    assert (summary.axes, summary.actions, summary.evaluations, summary.means) == (4, 10, 10, 10)
    assert summary.footnotes == 4 and summary.links == 9
    assert summary.unrecognised == []
    assert summary.toc_entries > 0 and summary.axes_list_items == 4 and summary.contact_lines > 0


def test_texts_are_the_samples(imported, sample_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    ws, _ = imported
    original, back = _report(sample_workspace), _report(ws)
    assert (back.title, back.support_line, back.report_date) == (
        original.title,
        original.support_line,
        original.report_date,
    )
    assert canonical(back.preamble) == canonical(original.preamble)
    assert canonical(back.conclusion) == canonical(original.conclusion)
    texts = {t.action.number: t for t in back.texts}
    assert sorted(texts) == sorted(t.action.number for t in original.texts)
    for text in original.texts:
        twin = texts[text.action.number]
        for name in ("evaluation", "narrative", "means"):
            assert canonical(getattr(twin, name)) == canonical(getattr(text, name)), (text.action.number, name)


def test_rich_text_survives(imported, sample_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Not only the words: bold, run-in sub-headings, links, two-level lists and notes."""
    ws, _ = imported
    original, back = _report(sample_workspace), _report(ws)

    def features(report: Report) -> dict[str, int]:
        counts = {"runin": 0, "bold": 0, "italic": 0, "href": 0, "notes": 0, "level1": 0, "number_lists": 0}
        fields = [report.preamble, report.conclusion] + [
            getattr(t, n) for t in report.texts for n in ("evaluation", "narrative", "means")
        ]
        for rich in fields:
            for block in rich.blocks:
                if hasattr(block, "items"):
                    counts["level1"] += sum(1 for i in block.items if i.level == 1)
                    counts["number_lists"] += block.kind == "number"
            for content in rich.paragraph_contents():
                for inline in content:
                    if hasattr(inline, "runin"):
                        for mark in ("runin", "bold", "italic"):
                            counts[mark] += getattr(inline, mark)
                        counts["href"] += bool(inline.href)
                    elif hasattr(inline, "content"):
                        counts["notes"] += 1
        return counts

    expected = features(original)
    assert expected["runin"] and expected["href"] and expected["notes"] and expected["level1"]
    assert features(back) == expected


def test_exporting_again_gives_the_same_document_text(imported, sample_docx: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, _ = imported
    again = tmp_path / "encore.docx"
    export_docx(_report(ws), again)
    assert document_text(again) == document_text(sample_docx)


def test_import_into_the_samples_own_workspace_matches_by_number(
    sample_workspace: Workspace, sample_docx: Path
) -> None:
    convention = sample_workspace.current_convention()
    assert convention is not None
    events = len(_report(sample_workspace).events)
    actions_before = [a.uid for a in convention.actions]
    original = {t.action.uid: canonical(t.narrative) for t in _report(sample_workspace).texts}
    with sample_workspace.transaction() as session:
        summary = import_docx(sample_docx, session)
    assert summary.report_replaced and not summary.convention_created
    assert summary.axes_created == summary.actions_created == 0 and summary.warnings == []
    assert [a.uid for a in convention.actions] == actions_before
    report = _report(sample_workspace)
    assert len(report.events) == events == summary.kept_events
    assert {t.action.uid: canonical(t.narrative) for t in report.texts} == original
    assert "remplacé" in summary.format_fr()


def test_import_is_quick_and_reports_progress(sample_docx: Path, tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "w.mesdesk")
    steps: list[tuple[int, int, str]] = []
    start = time.perf_counter()
    with ws.transaction() as session:
        import_docx(sample_docx, session, progress=lambda done, total, label: steps.append((done, total, label)))
    elapsed = time.perf_counter() - start
    ws.close()
    assert elapsed < 5.0  # about 0.1 s here; the margin is for a loaded machine
    assert [done for done, _, _ in steps] == sorted(done for done, _, _ in steps)
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1] and steps[-1][2] == "Import terminé"


def test_our_own_dashes_stay_text_while_hand_typed_ones_become_bullets(
    sample_workspace: Workspace, tmp_path: Path
) -> None:
    """A paragraph the author began with « - » comes back as it was from our export; the same
    line in someone else's document is a bullet typed by hand."""
    report = _report(sample_workspace)
    text = next(t for t in report.texts if t.action.number == "1.1")
    typed = Paragraph((Text("- un tiret tapé, pas une puce"),))
    text.narrative = RichText((*text.narrative.blocks, typed))
    sample_workspace.commit()
    ours = tmp_path / "nous.docx"
    export_docx(report, ours)
    assert read_report_docx(ours).shaped.actions[0].narrative[-1] == typed

    theirs = tmp_path / "eux.docx"
    with zipfile.ZipFile(ours) as source, zipfile.ZipFile(theirs, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename in ("docProps/app.xml", "docProps/core.xml"):
                data = data.replace(b"MES Desk", b"Microsoft Office Word")
            target.writestr(item, data)
    last = read_report_docx(theirs).shaped.actions[0].narrative[-1]
    # (It follows 1.1's bullet list, which it continues.)
    assert isinstance(last, ListBlock) and last.kind == "bullet"
    assert last.items[-1] == ListItem((Text("un tiret tapé, pas une puce"),), 0)
