"""The Qt-free edits: each applies, reverts to the byte-identical JSON dump (in the
session and on disk), and applies again the same way."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from dump_testing import disk_dump, other_engine
from sqlalchemy.orm import Session

from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.model.edits import (
    AddRow,
    Delete,
    Edit,
    Move,
    SetField,
    SetIndicatorValue,
    SetLogo,
    SetPartnerLink,
    SetRelation,
    can_move,
    find,
    peers,
    place,
    snapshot,
)
from mesdesk.model.entities import (
    Action,
    Axis,
    Body,
    Convention,
    Event,
    Indicator,
    Organisation,
    Partner,
    Status,
)
from mesdesk.model.richtext import RichText
from mesdesk.store.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32



def do(ws: Workspace, edit: Edit) -> None:
    edit.apply(ws.session)
    ws.commit()


def undo(ws: Workspace, edit: Edit) -> None:
    edit.revert(ws.session)
    ws.commit()


def round_trip(ws: Workspace, edit: Edit) -> str:
    """Apply, revert, apply again and revert again; every revert gives the original
    bytes back, in the session and on disk; returns the dump after the edit."""
    before = dumps_workspace(ws.session)
    do(ws, edit)
    after = dumps_workspace(ws.session)
    assert after != before, "the edit changed nothing"
    undo(ws, edit)
    assert dumps_workspace(ws.session) == before
    assert disk_dump(ws) == before
    do(ws, edit)  # redo: the same change again
    assert dumps_workspace(ws.session) == after
    undo(ws, edit)
    assert dumps_workspace(ws.session) == before
    return after


@pytest.fixture
def ws(sample_workspace: Workspace) -> Workspace:
    return sample_workspace


@pytest.fixture
def conv(ws: Workspace) -> Convention:
    convention = ws.current_convention()
    assert convention is not None
    return convention


def action(conv: Convention, number: str) -> Action:
    found = conv.action_by_number(number)
    assert found is not None
    return found


def body_named(conv: Convention, start: str) -> Body:
    return next(b for b in conv.bodies if b.name.startswith(start))


def partner_named(conv: Convention, name: str) -> Partner:
    return next(p for p in conv.partners if p.name == name)


# -- every kind of object: delete, then undo --------------------------------------------

def _richest_action(conv: Convention) -> Action:
    """3.1 in the sample: texts, partners, bodies, an indicator and an event hang on it."""
    a = action(conv, "3.1")
    report = conv.reports[0]
    assert report.find_text(a) is not None and a.partners
    assert any(b.action is a for b in conv.bodies)
    assert any(i.action is a for i in conv.indicators) and report.events_for(a)
    return a


DELETIONS: dict[str, Callable[[Convention], Any]] = {
    "axis": lambda conv: conv.axes[2],
    "action": _richest_action,
    "indicator": lambda conv: next(i for i in conv.indicators if len(i.values) >= 2),
    "event": lambda conv: conv.reports[0].events[4],
    "partner": lambda conv: partner_named(conv, "ESS France"),
    "body": lambda conv: body_named(conv, "Conseil d'administration"),
}


@pytest.mark.parametrize("kind", DELETIONS)
def test_delete_then_undo_gives_the_same_bytes(ws: Workspace, conv: Convention, kind: str) -> None:
    obj = DELETIONS[kind](conv)
    uid, cls = obj.uid, type(obj)
    after = round_trip(ws, Delete(obj))
    assert f'"{uid}"' not in after  # gone everywhere, links included
    assert find(ws.session, cls, uid).uid == uid  # and back


CLEARINGS: dict[str, Callable[[Workspace, Convention], Edit]] = {
    "indicator value": lambda ws, conv: SetIndicatorValue(conv.indicators[0], 2024, None),
    "préambule": lambda ws, conv: SetField(conv.reports[0], "preamble", RichText()),
    "conclusion": lambda ws, conv: SetField(conv.reports[0], "conclusion", RichText()),
    "action narrative": lambda ws, conv: SetField(
        conv.reports[0].text_for(action(conv, "1.1")), "narrative", RichText()
    ),
    "partner link": lambda ws, conv: SetPartnerLink(action(conv, "3.1"), partner_named(conv, "ESS France"), False),
    "body's partner": lambda ws, conv: SetRelation(body_named(conv, "Conseil d'administration"), "partner", None),
    "body's action": lambda ws, conv: SetRelation(body_named(conv, "Conseil d'administration"), "action", None),
    "indicator's action": lambda ws, conv: SetRelation(conv.indicators[0], "action", None),
    "event's action": lambda ws, conv: SetRelation(conv.reports[0].events[0], "action", None),
}


@pytest.mark.parametrize("kind", CLEARINGS)
def test_clearing_then_undo_gives_the_same_bytes(ws: Workspace, conv: Convention, kind: str) -> None:
    assert conv.indicators[0].value_for(2024) is not None
    round_trip(ws, CLEARINGS[kind](ws, conv))


def test_restoring_a_deleted_action_restores_everything_that_hung_on_it(ws: Workspace, conv: Convention) -> None:
    a = _richest_action(conv)
    uid, report = a.uid, conv.reports[0]
    bodies = [b.uid for b in conv.bodies if b.action is a]
    indicators = [i.uid for i in conv.indicators if i.action is a]
    events = [e.uid for e in report.events_for(a)]
    partners = [p.uid for p in a.partners]
    narrative = report.find_text(a).narrative
    edit = Delete(a)
    do(ws, edit)
    # Left « sans action », not deleted.
    assert all(find(ws.session, Body, b).action is None for b in bodies)
    assert all(find(ws.session, Indicator, i).action is None for i in indicators)
    assert all(find(ws.session, Event, e).action is None for e in events)
    undo(ws, edit)
    restored = find(ws.session, Action, uid)
    assert restored.number == "3.1"
    assert [b.uid for b in conv.bodies if b.action is restored] == bodies
    assert [i.uid for i in conv.indicators if i.action is restored] == indicators
    assert [e.uid for e in report.events_for(restored)] == events
    assert [p.uid for p in restored.partners] == partners
    assert report.find_text(restored).narrative == narrative
    # On disk too, through another connection.
    engine = other_engine(ws)
    with Session(engine) as other:
        on_disk = find(other, Action, uid)
        assert sorted(b.uid for b in other.query(Body).filter(Body.action == on_disk)) == sorted(bodies)
    engine.dispose()


def test_deleting_an_axis_takes_its_actions_and_undo_brings_them_back(ws: Workspace, conv: Convention) -> None:
    axis = conv.axes[2]
    numbers = [(a.uid, a.number) for a in axis.actions]
    edit = Delete(axis)
    do(ws, edit)
    assert len(conv.axes) == 3 and all(a.uid not in {u for u, _ in numbers} for a in conv.actions)
    assert action(conv, "3.1").uid != numbers[0][0]  # axis 4 became axis 3
    undo(ws, edit)
    assert [(a.uid, a.number) for a in conv.axes[2].actions] == numbers


# -- deletions interleaved: what was left in memory must not break the next undo ---------

def test_body_then_its_partner_deleted_then_both_undone(ws: Workspace, conv: Convention) -> None:
    before = dumps_workspace(ws.session)
    partner = partner_named(conv, "ESS France")
    first = Delete(partner.bodies[0])
    do(ws, first)
    # The partner's own list must not keep the deleted body (the session never expires).
    assert len(partner.bodies) == 2
    second = Delete(partner)
    do(ws, second)
    undo(ws, second)
    undo(ws, first)
    assert dumps_workspace(ws.session) == before == disk_dump(ws)


def test_action_then_a_body_it_held_deleted_then_both_undone(ws: Workspace, conv: Convention) -> None:
    before = dumps_workspace(ws.session)
    a = _richest_action(conv)
    body = next(b for b in conv.bodies if b.action is a)
    first = Delete(a)
    do(ws, first)
    second = Delete(body)
    do(ws, second)
    undo(ws, second)
    undo(ws, first)
    assert dumps_workspace(ws.session) == before == disk_dump(ws)


def test_partner_then_a_linked_action_deleted_then_both_undone(ws: Workspace, conv: Convention) -> None:
    before = dumps_workspace(ws.session)
    partner = partner_named(conv, "MES Occitanie")
    edits = [Delete(partner)]
    do(ws, edits[0])
    edits.append(Delete(action(conv, "1.2")))
    do(ws, edits[1])
    for edit in reversed(edits):
        undo(ws, edit)
    assert dumps_workspace(ws.session) == before == disk_dump(ws)
    assert [a.number for a in partner_named(conv, "MES Occitanie").actions] == ["1.2", "2.1", "3.1"]


# -- adding -------------------------------------------------------------------------------

def _add_event(ws: Workspace, conv: Convention) -> AddRow:
    report = conv.reports[0]
    return AddRow(report, Event, action=action(conv, "2.1"), title="Forum", start_date=dt.date(report.year, 1, 1))


ADDITIONS: dict[str, Callable[[Workspace, Convention], AddRow]] = {
    "axis": lambda ws, conv: AddRow(conv, Axis, 1, title="Nouvel axe"),
    "action": lambda ws, conv: AddRow(conv.axes[0], Action, 0, title="Nouvelle action"),
    "indicator": lambda ws, conv: AddRow(conv, Indicator, action=action(conv, "1.2"), label="Nouvel indicateur"),
    "event": _add_event,
    "partner": lambda ws, conv: AddRow(conv, Partner, 3, name="Nouveau partenaire", kind=""),
    "body": lambda ws, conv: AddRow(conv, Body, 99, name="Nouvelle instance", role=""),
}


@pytest.mark.parametrize("kind", ADDITIONS)
def test_add_then_undo_gives_the_same_bytes(ws: Workspace, conv: Convention, kind: str) -> None:
    edit = ADDITIONS[kind](ws, conv)
    after = round_trip(ws, edit)
    assert after.count(f'"{edit.uid}"') == 1  # redo re-creates the same row


def test_new_rows_go_where_the_user_expects(ws: Workspace, conv: Convention) -> None:
    a12 = action(conv, "1.2")
    edit = AddRow(conv, Indicator, action=a12, label="Nouveau")
    do(ws, edit)
    row = find(ws.session, Indicator, edit.uid)
    assert peers(row)[-1] is row  # last of 1.2's indicators…
    items, index = place(row)
    assert items[index + 1].action is not a12  # …right after them, not at the end of the list
    edit = AddRow(conv, Partner, 1000, name="Dernier", kind="")
    do(ws, edit)
    assert conv.partners[-1].name == "Dernier" and conv.partners[-1].kind == ""  # index clamped
    edit = AddRow(conv.axes[0], Action, 1, title="Insérée")
    do(ws, edit)
    assert action(conv, "1.2").title == "Insérée"
    assert edit.structural and not AddRow(conv, Body, None, name="x").structural


def test_undoing_an_added_action_removes_the_text_its_page_created(ws: Workspace, conv: Convention) -> None:
    before = dumps_workspace(ws.session)
    edit = AddRow(conv.axes[0], Action, 0, title="Nouvelle")
    do(ws, edit)
    conv.reports[0].text_for(find(ws.session, Action, edit.uid))  # what the action page does
    ws.commit()
    undo(ws, edit)
    assert dumps_workspace(ws.session) == before == disk_dump(ws)


# -- moving -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "pick",
    [
        lambda conv: conv.axes[1],
        lambda conv: conv.axes[0].actions[0],
        lambda conv: conv.indicators[0],
        lambda conv: conv.reports[0].events[0],
        lambda conv: conv.partners[0],
        lambda conv: conv.bodies[0],
    ],
    ids=["axis", "action", "indicator", "event", "partner", "body"],
)
def test_move_then_undo_gives_the_same_bytes(ws: Workspace, conv: Convention, pick: Callable[[Convention], Any]) -> None:
    obj = pick(conv)
    assert can_move(obj, 1)
    round_trip(ws, Move(obj, 1))


def test_moving_past_other_actions_rows_and_back_restores_the_exact_order(ws: Workspace, conv: Convention) -> None:
    """An indicator given to another action stays where it was in the shared list; moved
    among its new action's indicators and back, it must return to that very index."""
    stray = next(i for i in conv.indicators if i.action is action(conv, "1.2"))
    do(ws, SetRelation(stray, "action", action(conv, "2.1")))
    items, index = place(stray)
    assert items[index + 1].action is not stray.action  # rows of 1.2 lie between its peers
    round_trip(ws, Move(stray, 1))
    assert place(stray)[1] == index


def test_can_move_stays_among_peers(ws: Workspace, conv: Convention) -> None:
    first_of_12 = next(i for i in conv.indicators if i.action is action(conv, "1.2"))
    assert not can_move(first_of_12, -1)  # the 1.1 indicator above is not a peer
    assert not can_move(conv.axes[0], -1) and can_move(conv.axes[0], 1)
    assert not can_move(conv.axes[-1], 1)
    assert not can_move(conv.reports[0], 1)  # not a row of a list
    before = dumps_workspace(ws.session)
    edit = Move(conv.axes[-1], 1)  # nothing to do: applies and reverts as a no-op
    do(ws, edit)
    undo(ws, edit)
    assert dumps_workspace(ws.session) == before


# -- fields -------------------------------------------------------------------------------

def test_set_field_and_its_structural_flag(ws: Workspace, conv: Convention) -> None:
    a = action(conv, "1.1")
    rename = SetField(a, "title", "Autre titre")
    assert rename.structural
    round_trip(ws, rename)
    status = SetField(conv.reports[0].text_for(a), "status", Status.DRAFT)
    assert not status.structural
    round_trip(ws, status)
    round_trip(ws, SetField(conv.reports[0].events[0], "start_date", dt.date(2024, 11, 20)))
    round_trip(ws, SetField(conv.indicators[0], "unit", "personnes"))


def test_set_indicator_value_adds_changes_and_removes(ws: Workspace, conv: Convention) -> None:
    indicator = conv.indicators[0]
    round_trip(ws, SetIndicatorValue(indicator, 2025, 12.5))
    round_trip(ws, SetIndicatorValue(indicator, 2024, 1))
    edit = SetIndicatorValue(indicator, 2026, 3)
    do(ws, edit)
    assert [v.year for v in indicator.values][-1] == 2026


def test_partner_link_keeps_the_partners_in_their_order(ws: Workspace, conv: Convention) -> None:
    a = action(conv, "1.1")
    edit = SetPartnerLink(a, conv.partners[0], True)
    round_trip(ws, edit)
    do(ws, SetPartnerLink(a, conv.partners[5], True))
    do(ws, SetPartnerLink(a, conv.partners[1], True))
    assert [p.position for p in a.partners] == sorted(p.position for p in a.partners)


def test_set_logo_of_the_organisation_and_of_the_funder(ws: Workspace, conv: Convention) -> None:
    round_trip(ws, SetLogo(ws.session, "organisation", conv, PNG))
    round_trip(ws, SetLogo(ws.session, "funder", conv, PNG))
    do(ws, SetLogo(ws.session, "organisation", conv, PNG))
    assert ws.organisation().logo == PNG
    round_trip(ws, SetLogo(ws.session, "organisation", conv, None))


def test_set_logo_creates_a_missing_organisation(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "vide.mesdesk")
    try:
        edit = SetLogo(ws.session, "organisation", None, PNG)
        do(ws, edit)
        assert ws.session.query(Organisation).one().logo == PNG
        undo(ws, edit)
        assert ws.session.query(Organisation).one().logo is None
        assert SetLogo(ws.session, "funder", None, PNG).old is None  # no convention: nothing to do
    finally:
        ws.close()


# -- the snapshot reads the mapping ------------------------------------------------------

def test_snapshot_holds_every_field_of_the_row(conv: Convention) -> None:
    event = conv.reports[0].events[0]
    snap = snapshot(event)
    assert set(snap.columns) == {"title", "start_date", "end_date", "place", "role", "participants"}
    assert snap.links == {"action": snapshot(event).links["action"]}
    body = body_named(conv, "Conseil d'administration")
    assert set(snapshot(body).links) == {"partner", "action"}
    a = _richest_action(conv)
    snap = snapshot(a)
    assert set(snap.columns) == {"title", "objective"}
    assert set(snap.texts[0][1]) == {"evaluation", "narrative", "means", "status", "target_words", "to_update"}
    assert {name for _, name in snap.pointed_by} == {"action"}
    assert len(snap.many["partners"]) == len(a.partners)


def test_unlinking_a_pair_that_was_not_linked_then_undo_leaves_it_unlinked(ws: Workspace, conv: Convention) -> None:
    a, partner = action(conv, "1.1"), partner_named(conv, "ESS France")
    assert partner not in a.partners
    before = dumps_workspace(ws.session)
    edit = SetPartnerLink(a, partner, False)
    do(ws, edit)
    undo(ws, edit)
    assert partner not in a.partners
    assert dumps_workspace(ws.session) == before


def test_the_edits_and_the_log_import_no_qt() -> None:
    """The command line and a server reuse them: importing them must not load Qt."""
    code = (
        "import sys, mesdesk.model.edits, mesdesk.logs, mesdesk.cli.main, mesdesk.exchange.xlsx.indicators_import\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
