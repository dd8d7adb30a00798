"""What a report still lacks: empty rubrics, over-long sections, missing figures."""

from __future__ import annotations

from mesdesk.model.carry_over import new_report_from
from mesdesk.model.checks import report_gaps
from mesdesk.model.entities import Report
from mesdesk.model.richtext import RichText
from mesdesk.store.workspace import Workspace


def test_the_sample_lacks_nothing(sample_workspace: Workspace) -> None:
    report = sample_workspace.current_convention().report_for(2024)  # type: ignore[union-attr]
    assert report_gaps(report) == []


def test_empty_rubrics_and_targets_in_document_order(sample_workspace: Workspace) -> None:
    convention = sample_workspace.current_convention()
    assert convention is not None
    report = convention.report_for(2024)
    first, last = convention.actions[0], convention.actions[-1]
    report.find_text(first).means = RichText()  # type: ignore[union-attr]
    report.find_text(last).target_words = 10  # type: ignore[union-attr]
    report.conclusion = RichText()
    gaps = report_gaps(report)
    assert [(g.kind, g.action_number, g.field) for g in gaps] == [
        ("empty_means", "1.1", "means"),
        ("over_target", "4.3", None),
        ("empty_conclusion", None, "conclusion"),
    ]
    over = gaps[1]
    assert over.target_words == 10 and over.word_count and over.word_count > 10
    assert f"{over.word_count} mots pour un objectif de 10" in over.message


def test_carried_figures_without_this_years_value_are_listed(sample_workspace: Workspace) -> None:
    convention = sample_workspace.current_convention()
    assert convention is not None
    summary = new_report_from(convention, 2025, 2024)
    gaps = [g for g in report_gaps(summary.report) if g.kind == "missing_indicator_value"]
    assert gaps, "the carried 2024 figures are references waiting for their 2025 value"
    visits = next(ind for ind in convention.indicators if ind.value_for(2024) == 52464)
    assert any(
        g.indicator_label == visits.label and g.indicator_uid == visits.uid and g.year == 2025 and g.action_number == "1.1"
        for g in gaps
    )
    visits.set_value(2025, 60000)
    assert not any(g.indicator_label == visits.label for g in report_gaps(summary.report))


def test_a_missing_text_is_reported_without_creating_one(sample_workspace: Workspace) -> None:
    convention = sample_workspace.current_convention()
    assert convention is not None
    report = convention.report_for(2024)
    text = report.find_text(convention.actions[2])  # type: ignore[union-attr]
    report.texts.remove(text)  # type: ignore[union-attr]
    count = len(report.texts)  # type: ignore[union-attr]
    gaps = report_gaps(report)  # type: ignore[arg-type]
    assert gaps[0].message == "2.1 : rien n'est rédigé"
    assert len(report.texts) == count  # type: ignore[union-attr]


def test_text_for_creates_an_empty_editable_text(sample_workspace: Workspace) -> None:
    convention = sample_workspace.current_convention()
    assert convention is not None
    report = Report(year=2025)
    convention.reports.append(report)
    action = convention.actions[0]
    assert report.find_text(action) is None
    created = report.text_for(action)
    assert created.evaluation == RichText() and created.means.is_empty()  # usable before any flush
    assert report.text_for(action) is created


def test_exports_accept_rows_without_an_action(sample_workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Indicators and events whose action was deleted still export (with no action)."""
    from openpyxl import load_workbook

    from mesdesk.exchange.docx import export_docx
    from mesdesk.exchange.xlsx import export_xlsx

    convention = sample_workspace.current_convention()
    assert convention is not None
    report = convention.report_for(2024)
    indicator = convention.indicators[0]
    event = report.events[0]  # type: ignore[union-attr]
    indicator.action = None
    event.action = None
    sample_workspace.commit()
    export_docx(report, tmp_path / "b.docx")  # type: ignore[arg-type]
    book = load_workbook(export_xlsx(report, tmp_path / "b.xlsx").path)  # type: ignore[arg-type]
    labels = [row[2] for row in book["Indicateurs"].iter_rows(values_only=True)]
    titles = [row[2] for row in book["Événements"].iter_rows(values_only=True)]
    assert indicator.label in labels and event.title in titles
