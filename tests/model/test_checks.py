"""What a report still lacks: empty rubrics, over-long sections, missing figures."""

from __future__ import annotations

from mesdesk.model.carry_over import new_report_from
from mesdesk.model.checks import report_gaps
from mesdesk.model.entities import Report, Status
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


def _kinds(gaps) -> list[str]:  # type: ignore[no-untyped-def]
    return [g.kind for g in gaps]


def test_a_fresh_carried_over_report_is_far_from_complete(sample_workspace: Workspace) -> None:
    """2025 from 2024: last year's texts, statuses, préambule and conclusion, years and
    (no) events are all listed, not only the missing figures."""
    convention = sample_workspace.current_convention()
    assert convention is not None
    with sample_workspace.transaction():
        summary = new_report_from(convention, 2025, 2024)
    report = summary.report
    gaps = report_gaps(report)
    kinds = _kinds(gaps)
    actions = [a.number for a in convention.actions]
    assert [g.action_number for g in gaps if g.kind == "to_update"] == actions
    not_validated = [g for g in gaps if g.kind == "not_validated"]
    assert [g.action_number for g in not_validated] == actions
    assert all(g.status is Status.DRAFT and "brouillon" in g.message for g in not_validated)
    assert kinds[0] == "same_preamble" and "Préambule identique à celui de 2024" in gaps[0].message
    assert "same_conclusion" in kinds
    assert kinds[-1] == "no_event" and gaps[-1].message == "Aucun événement daté de 2025"
    named = [g for g in gaps if g.kind == "previous_year"]
    assert any(g.field == "preamble" and "pour l'année 2024" in (g.excerpt or "") for g in named)
    assert not any("2024-2026" in (g.excerpt or "") or "2024-26" in (g.excerpt or "") for g in named
                   if (g.excerpt or "").count("2024") == 1)
    # Each missing value once, saying where: the action (or part) and the indicator.
    missing = [(g.indicator_uid, g.year) for g in gaps if g.kind == "missing_indicator_value"]
    assert missing and len(missing) == len(set(missing))
    visits = next(g for g in gaps if g.kind == "missing_indicator_value" and g.indicator_label == "Visites du site internet")
    assert visits.message == "1.1 : pas de valeur 2025 pour l'indicateur « Visites du site internet »"


def test_a_carried_over_report_brought_up_to_date_is_complete(sample_workspace: Workspace) -> None:
    import datetime as dt

    from mesdesk.model.entities import Event
    from mesdesk.model.richtext import Paragraph, Text

    convention = sample_workspace.current_convention()
    assert convention is not None
    with sample_workspace.transaction():
        report = new_report_from(convention, 2025, 2024).report
    fresh = RichText((Paragraph((Text("Le rapport de l'année 2025, dans la convention 2024-2026."),)),))
    report.preamble = fresh
    report.conclusion = RichText((Paragraph((Text("En 2025, contre 2024, tout a changé."),)),))
    for text in report.texts:
        text.to_update = False
        text.status = Status.VALIDATED
        for field in ("evaluation", "narrative", "means"):
            setattr(text, field, RichText((Paragraph((Text(f"Texte 2025 de {text.action.number} (2024–2026)."),)),)))
    remaining = report_gaps(report)
    assert _kinds(remaining) == ["no_event"]
    report.events.append(Event(title="Assemblée", start_date=dt.date(2024, 12, 20), end_date=dt.date(2025, 1, 3)))
    assert report_gaps(report) == []
    # One sentence naming last year on its own is enough to be listed again.
    first = report.find_text(convention.actions[0])
    first.narrative = RichText((Paragraph((Text("Nous avons publié pour l'année 2024 un rapport."),)),))  # type: ignore[union-attr]
    [gap] = report_gaps(report)
    assert (gap.kind, gap.action_number, gap.field, gap.year) == ("previous_year", "1.1", "narrative", 2024)
    assert gap.message == "1.1, récit : « Nous avons publié pour l'année 2024 un rapport. » nomme 2024, l'année précédente"


def test_a_préambule_left_as_last_years_is_found_whatever_its_runs(sample_workspace: Workspace) -> None:
    from mesdesk.model.richtext import Paragraph, Text

    convention = sample_workspace.current_convention()
    assert convention is not None
    with sample_workspace.transaction():
        report = new_report_from(convention, 2025, 2024).report
    # The editor may save the same words split into other runs, with other spacing.
    words = report.conclusion.plain_text().split()
    report.conclusion = RichText((Paragraph(tuple(Text(w + "  ") for w in words)),))
    assert "same_conclusion" in _kinds(report_gaps(report))
    report.conclusion = RichText((Paragraph((Text(" ".join(words[:-1]) + " changé."),)),))
    assert "same_conclusion" not in _kinds(report_gaps(report))
