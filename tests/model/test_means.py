"""Means as data: totals and valuation, JSON round trip, and delete/undo through edits."""

from __future__ import annotations

import json

import pytest
from dump_testing import disk_dump
from means_testing import add_means, add_sample_means
from sqlalchemy import func, select

from mesdesk.exchange.json_interchange import InterchangeError, dumps_workspace, loads_workspace
from mesdesk.model.edits import AddRow, Delete, SetField
from mesdesk.model.entities import Convention
from mesdesk.model.means import BudgetLine, InKindLine, PeopleLine, action_totals, has_figures
from mesdesk.store.workspace import Workspace


@pytest.fixture
def ws(sample_workspace: Workspace) -> Workspace:
    return sample_workspace


@pytest.fixture
def conv(ws: Workspace) -> Convention:
    convention = ws.current_convention()
    assert convention is not None
    return convention


def test_totals_and_volunteer_valuation(ws: Workspace, conv: Convention) -> None:
    report = add_sample_means(conv)
    ws.commit()
    first = conv.actions[0]
    totals = action_totals(report, first)
    assert totals["salaried_hours"] == 120 and totals["volunteer_hours"] == 300
    assert (totals["charges_planned"], totals["charges_actual"]) == (7000, 7900)
    assert (totals["products_planned"], totals["products_actual"]) == (7000, 0)
    # 300 h × (11,65 € × 1,45) + 1 200 € of premises
    assert totals["in_kind"] == pytest.approx(300 * round(11.65 * 1.45, 2) + 1200)
    report.valuation_basis, report.valuation_reference = "reference", 20.0
    assert action_totals(report, first)["in_kind"] == pytest.approx(300 * 20 + 1200)
    assert not has_figures(report, conv.actions[2])
    explained, normal, no_actual = report.budget_lines[:3]
    assert explained.gap_ratio == pytest.approx(0.4) and not explained.needs_explanation()
    explained.gap_explanation = ""
    assert explained.needs_explanation() and not normal.needs_explanation() and no_actual.gap is None


def test_means_survive_a_json_round_trip(ws: Workspace, conv: Convention, tmp_path) -> None:
    sample_dump = dumps_workspace(ws.session)
    assert '"means_figures"' not in sample_dump  # the sample has no figures: its dump is unchanged
    add_sample_means(conv)
    conv.reports[0].budget_lines[0].to_update = True
    ws.commit()
    text = dumps_workspace(ws.session)
    report = next(r for r in json.loads(text)["conventions"][0]["reports"] if r.get("means_figures"))
    assert len(report["means_figures"]["budget"]) == 6 and report["means_figures"]["valuation"]["method"].startswith("Heures")
    assert report["means_figures"]["budget"][0]["to_update"] is True
    copy = Workspace.create(tmp_path / "copie.mesdesk")
    loads_workspace(text, copy.session)
    copy.commit()
    assert dumps_workspace(copy.session) == text
    copy.close()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda m: m["budget"][0].update(account="41"), "account"),
        (lambda m: m["in_kind"][0].update(kind="argent"), "kind"),
        (lambda m: m["people"][0].update(volunteer_hours=-3), "volunteer_hours"),
        (lambda m: m["funding"][0].update(extra=1), "extra"),
        (lambda m: m["budget"][0].update(action="inconnue"), "inconnue"),
        (lambda m: m["budget"][1].update(id=m["budget"][0]["id"]), "double"),
    ],
)
def test_bad_means_are_refused_in_one_line(ws: Workspace, conv: Convention, tmp_path, change, expected) -> None:
    add_sample_means(conv)
    ws.commit()
    data = json.loads(dumps_workspace(ws.session))
    report = next(r for r in data["conventions"][0]["reports"] if r.get("means_figures"))
    change(report["means_figures"])
    copy = Workspace.create(tmp_path / "copie.mesdesk")
    with pytest.raises(InterchangeError) as refusal:
        loads_workspace(json.dumps(data), copy.session)
    assert "\n" not in str(refusal.value) and expected in str(refusal.value)
    copy.close()


def _count(ws: Workspace, kind: type) -> int:
    return ws.session.scalar(select(func.count()).select_from(kind))


@pytest.mark.parametrize("what", ["action", "axis"])
def test_deleting_an_action_or_axis_deletes_its_means_and_undo_restores_them(ws: Workspace, conv: Convention, what) -> None:
    report = add_sample_means(conv)
    other = conv.report_for(2025) or conv.reports[-1]
    first = conv.actions[0]
    if other is not report:
        add_means(other, first)
    ws.commit()
    before = dumps_workspace(ws.session)
    lines_before = _count(ws, BudgetLine)
    target = first if what == "action" else first.axis
    edit = Delete(target)
    edit.apply(ws.session)
    ws.commit()
    assert all(line.action is not first for line in report.budget_lines)
    assert _count(ws, BudgetLine) < lines_before and _count(ws, PeopleLine) < 4 + 2 * (other is not report)
    edit.revert(ws.session)
    ws.commit()
    assert dumps_workspace(ws.session) == before
    assert disk_dump(ws) == before
    edit.apply(ws.session)  # redo
    ws.commit()
    edit.revert(ws.session)
    ws.commit()
    assert dumps_workspace(ws.session) == before


def test_a_line_is_added_edited_and_deleted_with_undo(ws: Workspace, conv: Convention) -> None:
    report = conv.report_for(2024)
    first, second = conv.actions[:2]
    before = dumps_workspace(ws.session)
    add = AddRow(report, BudgetLine, None, action=second, account="60", label="Fournitures")
    add.apply(ws.session)
    add_first = AddRow(report, BudgetLine, None, action=first, account="61", label="Location")
    add_first.apply(ws.session)
    add_again = AddRow(report, BudgetLine, None, action=second, account="62", label="Transports")
    add_again.apply(ws.session)
    ws.commit()
    # grouped by action: a new line goes after its action's lines
    assert [line.label for line in report.budget_lines] == ["Fournitures", "Transports", "Location"]
    line = report.budget_lines[1]
    set_planned = SetField(line, "planned", 250.0)
    set_planned.apply(ws.session)
    ws.commit()
    delete = Delete(line)
    delete.apply(ws.session)
    ws.commit()
    assert [line.label for line in report.budget_lines] == ["Fournitures", "Location"]
    delete.revert(ws.session)
    ws.commit()
    assert report.budget_lines[1].planned == 250.0
    for edit in (set_planned, add_again, add_first, add):
        edit.revert(ws.session)
        ws.commit()
    assert dumps_workspace(ws.session) == before == disk_dump(ws)


def test_a_report_deleted_in_the_file_takes_its_means(ws: Workspace, conv: Convention) -> None:
    report = add_sample_means(conv)
    ws.commit()
    assert _count(ws, InKindLine) == 4
    conv.reports.remove(report)
    ws.commit()
    assert _count(ws, InKindLine) == 0 and _count(ws, BudgetLine) == 0


def test_carry_over_copies_the_lines_with_actuals_empty_and_flagged(ws: Workspace, conv: Convention) -> None:
    from mesdesk.model.carry_over import new_report_from

    source = add_sample_means(conv)
    source.valuation_smic = 11.5
    ws.commit()
    year = max(r.year for r in conv.reports) + 1
    if year > conv.last_year:
        conv.last_year = year
    new = new_report_from(conv, year, source.year).report
    ws.commit()
    assert len(new.budget_lines) == len(source.budget_lines) == 6
    assert [(b.action, b.account, b.label, b.planned) for b in new.budget_lines] == [
        (b.action, b.account, b.label, b.planned) for b in source.budget_lines
    ]
    assert all(b.actual is None and b.gap_explanation == "" and b.to_update for b in new.budget_lines)
    assert all(f.obtained is None and f.planned == 7000 * (1 + i) for i, f in enumerate(new.funding_lines))
    assert all(p.salaried_hours is None and p.volunteer_hours is None and p.to_update for p in new.people_lines)
    assert all(k.quantity is None and k.amount is None and k.basis for k in new.in_kind_lines)
    assert new.valuation_method == source.valuation_method and new.valuation_smic is None
    assert all(not b.to_update for b in source.budget_lines)  # the source is untouched


def test_checks_name_missing_actuals_unexplained_gaps_and_a_missing_valuation_method(
    ws: Workspace, conv: Convention
) -> None:
    from mesdesk.model.checks import report_gaps

    report = add_sample_means(conv)
    first = conv.actions[0]
    ws.commit()
    means = [g for g in report_gaps(report) if g.kind.startswith("means_")]
    # per action: the subvention line has no actual; the 40 % gap is explained
    assert [(g.kind, g.action_number) for g in means] == [
        ("means_no_actual", first.number), ("means_no_actual", conv.actions[1].number)
    ]
    assert means[0].message == f"{first.number} : pas de montant réalisé pour « Subvention fondation »"
    report.budget_lines[0].gap_explanation = " "
    report.valuation_method = ""
    report.budget_lines.append(BudgetLine(action=None, account="60", label="Frais généraux", planned=100, actual=80))
    messages = [g.message for g in report_gaps(report) if g.kind.startswith("means_")]
    assert f"{first.number} : écart de +40 % sur « Déplacements », sans explication" in messages
    assert "Budget du bilan : écart de -20 % sur « Frais généraux », sans explication" in messages
    assert "Heures bénévoles en 2024 sans méthode de valorisation écrite" in messages
    report.budget_lines[-1].actual = 90  # a 10 % gap needs no explanation
    messages = [g.message for g in report_gaps(report) if g.kind.startswith("means_")]
    assert not any("Frais généraux" in m for m in messages)
