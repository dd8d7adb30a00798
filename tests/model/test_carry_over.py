"""Next year's report from last year's: drafts to update, figures flagged, no events."""

from __future__ import annotations

import datetime as dt

import pytest

from mesdesk.model.carry_over import CarryOverError, new_report_from
from mesdesk.model.entities import (
    Action,
    ActionText,
    Axis,
    Convention,
    Event,
    Indicator,
    Report,
    Status,
)
from mesdesk.model.richtext import Footnote, IndicatorRef, ListBlock, ListItem, Paragraph, RichText, Text
from mesdesk.store.workspace import Workspace


def _convention(sample_workspace: Workspace) -> Convention:
    convention = sample_workspace.current_convention()
    assert convention is not None
    return convention


def _strip_refs(rich: RichText) -> list[str]:
    """Paragraph texts with indicator references shown as ``{uid}``."""
    out = []
    for content in rich.paragraph_contents():
        out.append(
            "".join(
                i.text if isinstance(i, Text) else f"{{{i.indicator}}}" if isinstance(i, IndicatorRef) else ""
                for i in content
            )
        )
    return out


def test_2025_from_2024_has_the_ten_actions_as_drafts(sample_workspace: Workspace) -> None:
    convention = _convention(sample_workspace)
    source = convention.report_for(2024)
    assert source is not None and source.events
    with sample_workspace.transaction():
        summary = new_report_from(convention, 2025, 2024)
    report = convention.report_for(2025)
    assert report is summary.report
    assert (report.title, report.report_date, report.events) == ("Bilan 2025", None, [])
    assert report.support_line == source.support_line
    assert summary.actions == 10 and summary.texts_copied == 10
    assert [t.action.number for t in sorted(report.texts, key=lambda t: t.action.number)] == [
        a.number for a in convention.actions
    ]
    old = {t.action.uid: t for t in source.texts}
    for text in report.texts:
        assert text.status is Status.DRAFT and text.to_update
        before = old[text.action.uid]
        # The words are last year's; only quoted figures became references.
        for name in ("evaluation", "narrative", "means"):
            new_rich, old_rich = getattr(text, name), getattr(before, name)
            assert len(new_rich.blocks) == len(old_rich.blocks)
            assert [type(b) for b in new_rich.blocks] == [type(b) for b in old_rich.blocks]
            refs = list(new_rich.indicator_refs())
            assert new_rich.plain_text().count("[") - old_rich.plain_text().count("[") == len(refs)
    # The source report is untouched.
    assert all(t.status is not Status.DRAFT or not t.to_update for t in source.texts)
    assert "10 textes repris en brouillon « à actualiser »" in summary.format_fr()


def test_indicator_values_stay_per_year(sample_workspace: Workspace) -> None:
    convention = _convention(sample_workspace)
    with sample_workspace.transaction():
        new_report_from(convention, 2025, 2024)
    visits = next(i for i in convention.indicators if i.uid == "ind-site-visites")
    assert visits.value_for(2024) == 52464 and visits.value_for(2025) is None
    assert all(ind.value_for(2025) is None for ind in convention.indicators)


def test_quoted_figures_are_flagged_and_linked_to_their_indicator(sample_workspace: Workspace) -> None:
    convention = _convention(sample_workspace)
    with sample_workspace.transaction():
        summary = new_report_from(convention, 2025, 2024)
    flagged = {(f.action_number, f.field, f.figure, f.indicator_uid) for f in summary.figures}
    assert ("1.1", "narrative", "52 464", "ind-site-visites") in flagged
    assert ("1.1", "narrative", "4 372", "ind-site-visites-mois") in flagged
    assert ("1.1", "narrative", "20", "ind-site-nouveaux-articles") in flagged  # « 20 nouveaux articles »
    assert ("1.1", "narrative", "20", "ind-linkedin-partages") in flagged  # « 20 partages »
    assert ("1.2", "narrative", "1200", "ind-ouvrage-exemplaires") in flagged  # written without a space
    assert ("2.3", "evaluation", "6", "ind-ripess-comites") in flagged
    assert all(f.converted for f in summary.figures)
    text = next(t for t in convention.report_for(2025).texts if t.action.number == "1.1")
    first_item = _strip_refs(text.narrative)[0]
    assert first_item.startswith(
        "Le site internet https://www.le-mes.org/ présente à ce jour {ind-site-visites} visites"
    )
    # Last year's 2023 figure is not this year's value: left as written.
    assert "Nous avions eu 32 732 visites en 2023" in first_item
    # « 4 axes de travail » in the préambule is a number, not the newsletters' indicator.
    assert not any(f.field == "preamble" for f in summary.figures)
    assert "Nous avions convenu 4 axes de travail" in convention.report_for(2025).preamble.plain_text()
    assert "« 52 464 » = Visites du site internet" in summary.format_fr()


def _tiny(values: dict[int, float], text: RichText, *, unit: str = "visites") -> tuple[Convention, Action]:
    convention = Convention(first_year=2024, last_year=2026)
    axis = Axis(title="Axe")
    action = Action(title="Action")
    axis.actions.append(action)
    convention.axes.append(axis)
    indicator = Indicator(uid="ind-a", label="Visites du site", unit=unit, action=action)
    for year, value in values.items():
        indicator.set_value(year, value)
    convention.indicators.append(indicator)
    report = Report(year=2024, title="Bilan 2024", report_date=dt.date(2025, 3, 5))
    report.texts.append(ActionText(action=action, narrative=text, status=Status.VALIDATED))
    report.events.append(Event(title="Séminaire", action=action))
    convention.reports.append(report)
    return convention, action


@pytest.mark.parametrize("written", ["52464", "52 464", "52\u00a0464", "52\u202f464"])
def test_a_figure_is_found_however_its_thousands_are_spaced(written: str) -> None:
    convention, _ = _tiny({2024: 52464}, RichText((Paragraph((Text(f"Nous avons eu {written} visites."),)),)))
    summary = new_report_from(convention, 2025, 2024)
    assert [f.figure for f in summary.figures] == [written]
    content = summary.report.texts[0].narrative.blocks[0].content
    assert content == (Text("Nous avons eu "), IndicatorRef("ind-a", None), Text(" visites."))


def test_small_numbers_need_the_indicators_words_nearby() -> None:
    text = RichText(
        (
            Paragraph((Text("Nous avons 12 visites de partenaires et 12 réunions le 12 mai."),)),
            ListBlock("bullet", (ListItem((Text("12 ateliers"),)),)),
        )
    )
    convention, _ = _tiny({2024: 12}, text)
    summary = new_report_from(convention, 2025, 2024)
    assert [f.figure for f in summary.figures] == ["12"]  # only « 12 visites »
    assert _strip_refs(summary.report.texts[0].narrative) == [
        "Nous avons {ind-a} visites de partenaires et 12 réunions le 12 mai.",
        "12 ateliers",
    ]


def test_figures_in_links_and_footnotes_are_flagged_but_left_as_written() -> None:
    text = RichText(
        (
            Paragraph(
                (
                    Text("Voir "),
                    Text("les 52 464 visites", href="https://example.org/stats"),
                    Footnote((Text("Soit 52 464 visites en tout."),)),
                )
            ),
        )
    )
    convention, _ = _tiny({2024: 52464}, text)
    summary = new_report_from(convention, 2025, 2024)
    assert [(f.figure, f.converted) for f in summary.figures] == [("52 464", False), ("52 464", False)]
    assert summary.report.texts[0].narrative == text
    assert "à corriger à la main" in summary.format_fr()


def test_refusals_say_why() -> None:
    convention, _ = _tiny({2024: 1}, RichText())
    with pytest.raises(CarryOverError, match="hors de la convention"):
        new_report_from(convention, 2027, 2024)
    with pytest.raises(CarryOverError, match="existe déjà"):
        new_report_from(convention, 2024, 2024)
    with pytest.raises(CarryOverError, match="pas de bilan 2025"):
        new_report_from(convention, 2026, 2025)
    assert [r.year for r in convention.reports] == [2024]


def test_an_action_without_text_stays_to_write() -> None:
    convention, _ = _tiny({}, RichText())
    axis = convention.axes[0]
    axis.actions.append(Action(title="Nouvelle action"))
    summary = new_report_from(convention, 2025, 2024)
    statuses = sorted((t.action.title, t.status, t.to_update) for t in summary.report.texts)
    assert statuses == [("Action", Status.TO_WRITE, False), ("Nouvelle action", Status.TO_WRITE, False)]
    assert summary.texts_copied == 0 and summary.figures == []
