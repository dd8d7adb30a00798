"""Find and replace without Qt: options, marks kept, notes and chips respected, one edit."""

from __future__ import annotations

import json

from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.model.richtext import Footnote, IndicatorRef, Paragraph, RichText, Text
from mesdesk.model.text_replace import (
    ReplaceAll,
    SearchOptions,
    match_spans,
    plan_replacements,
    replace_in_richtext,
    replace_in_text,
)


def test_accents_and_case_are_ignored_unless_asked() -> None:
    text = "Événement, evenement, ÉVÉNEMENT"
    assert len(match_spans(text, "evenement")) == 3
    assert match_spans(text, "evenement", SearchOptions(match_accents=True)) == [(11, 20)]
    assert match_spans(text, "Événement", SearchOptions(match_case=True)) == [(0, 9)]


def test_whole_word() -> None:
    text = "réseau, réseaux, interréseau"
    assert len(match_spans(text, "réseau")) == 3
    assert match_spans(text, "réseau", SearchOptions(whole_word=True)) == [(0, 6)]


def test_replace_in_text_counts() -> None:
    assert replace_in_text("a b a", "a", "c") == ("c b c", 2)
    assert replace_in_text("abc", "x", "y") == ("abc", 0)


def test_rich_text_keeps_marks_and_respects_notes_and_chips() -> None:
    rich = RichText((
        Paragraph((
            Text("Le "), Text("MES", bold=True), Text(" et le MES"),
            Footnote((Text("Note sur le MES"),)),
            IndicatorRef("ind-1"),
            Text(" encore MES"),
        )),
    ))
    new, count = replace_in_richtext(rich, "MES", "Mouvement")
    assert count == 4
    (paragraph,) = new.blocks
    assert paragraph.content[1] == Text("Mouvement", bold=True)
    assert paragraph.content[3] == Footnote((Text("Note sur le Mouvement"),))
    assert paragraph.content[4] == IndicatorRef("ind-1")
    assert new.plain_text() == "Le Mouvement et le Mouvement[ind-1] encore Mouvement"


def test_a_match_across_two_runs_takes_the_first_runs_marks() -> None:
    rich = RichText((Paragraph((Text("éco", italic=True), Text("nomie solidaire"))),))
    new, count = replace_in_richtext(rich, "economie", "ESS")
    assert count == 1
    assert new.blocks[0].content == (Text("ESS", italic=True), Text(" solidaire"))


def test_replace_all_over_the_report_is_one_edit_that_reverts(sample_workspace) -> None:  # noqa: ANN001
    session = sample_workspace.session
    before = dumps_workspace(session)
    report = sample_workspace.current_convention().reports[-1]
    changes = plan_replacements(report, "économie solidaire", "ÉCONOMIE SOLIDAIRE")
    edit = ReplaceAll(changes)
    assert edit.count > 5
    places = {c.where[0] for c in changes}
    assert {"preamble", "action"} <= places
    edit.apply(session)
    after = dumps_workspace(session)
    assert "ÉCONOMIE SOLIDAIRE" in after
    assert after.count("ÉCONOMIE SOLIDAIRE") >= edit.count
    edit.revert(session)
    assert dumps_workspace(session) == before


def test_scope_field_and_action_and_partners(sample_workspace) -> None:  # noqa: ANN001
    report = sample_workspace.current_convention().reports[-1]
    action = report.convention.action_by_number("1.1")
    in_field = plan_replacements(report, "réseau", "X", scope="field", action_uid=action.uid, field="narrative")
    assert {(c.attribute, c.where) for c in in_field} <= {("narrative", ("action", action.uid))}
    in_action = plan_replacements(report, "réseau", "X", scope="action", action_uid=action.uid)
    assert all(c.where == ("action", action.uid) for c in in_action)
    partner = report.convention.partners[0]
    word = partner.name.split()[0]
    whole = plan_replacements(report, partner.name, "Nouveau nom", SearchOptions(match_case=True))
    assert any(c.target is partner and c.new == "Nouveau nom" for c in whole), word
    json.dumps([c.where for c in whole])  # the places are plain data for the window
