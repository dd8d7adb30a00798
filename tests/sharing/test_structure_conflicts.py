"""Two writers on one server: an edit of the outline (rename, move, add, delete of an
axis or action) meeting the other's newer change ends well (``store.structure_conflicts``):
a conflict with both versions, the edit done again on the newer order, or a refused
deletion that loses nothing — never a save failing again and again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sharing_testing import open_server
from test_conflicts import Writer, stored

from mesdesk.model.approvals import approval_for
from mesdesk.model.edits import AddRow, Delete, Edit, Move, SetField
from mesdesk.model.edits.approvals import Approve
from mesdesk.model.entities import Action, Axis
from mesdesk.model.richtext import RichText
from mesdesk.model.sections import Section
from mesdesk.model.text_replace import ReplaceAll, Replacement
from mesdesk.store import structure_conflicts
from mesdesk.store.structure_conflicts import Outcome, run_edit


class Editor(Writer):
    """A writer whose outline edits go through ``run_edit``, as the window's undo stack does."""

    def __init__(self, url: str, name: str) -> None:
        super().__init__(url, name)
        structure_conflicts.watch(self.ws.session)
        # The outline, as a window shows it: the lists this writer edits are the ones it read.
        for axis in self.convention.axes:
            _ = [action.title for action in axis.actions]

    def do(self, edit: Edit, forward: bool = True) -> Outcome:
        outcome = run_edit(self.shared, edit.apply if forward else edit.revert, edit, forward)
        if outcome.applied:
            assert self.shared.commit() == []
        return outcome

    def uids(self, axis: str = "1") -> list[str]:
        found = self.convention.axes[int(axis) - 1]
        return [action.uid for action in found.actions]


@pytest.fixture
def two(server_db: str) -> Iterator[tuple[Editor, Editor]]:
    alice, bob = Editor(server_db, "Alice"), Editor(server_db, "Bob")
    yield alice, bob
    alice.ws.close()
    bob.ws.close()


def on_server(url: str) -> list[list[tuple[int, str, str]]]:
    """Each axis's actions as the server holds them: (position, uid, title), in order."""
    ws = open_server(url)
    try:
        convention = ws.current_convention()
        assert convention is not None
        return [[(a.position, a.uid, a.title) for a in axis.actions] for axis in convention.axes]
    finally:
        ws.close()


def assert_valid_order(url: str) -> list[list[tuple[int, str, str]]]:
    """Every list numbered 1, 2, 3… with no number taken twice."""
    axes = on_server(url)
    for actions in axes:
        assert [position for position, _uid, _title in actions] == list(range(len(actions)))
    return axes


def test_rename_against_a_newer_rename_is_a_conflict_with_both_titles(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    target = bob.action("1.2")
    base = target.title
    assert alice.do(SetField(alice.action("1.2"), "title", "Titre d'Alice")).applied
    outcome = bob.do(SetField(target, "title", "Titre de Bob"))
    assert not outcome.applied and outcome.refused is None
    (conflict,) = outcome.conflicts
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == ("title", base, "Titre de Bob", "Titre d'Alice")
    assert conflict.their_author == "Alice" and conflict.place["action"] == "1.2"
    # Nothing overwritten; Bob's row shows hers until he chooses.
    assert on_server(server_db)[0][1][2] == "Titre d'Alice"
    assert target.title == "Titre d'Alice"
    # « Garder la mienne »
    bob.shared.resolve(conflict, conflict.mine)
    assert bob.shared.commit() == []
    assert on_server(server_db)[0][1][2] == "Titre de Bob"


def test_an_axis_renamed_by_both_is_a_conflict_too(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    axis = bob.convention.axes[1]
    assert alice.do(SetField(alice.convention.axes[1], "title", "Axe d'Alice")).applied
    (conflict,) = bob.do(SetField(axis, "title", "Axe de Bob")).conflicts
    assert conflict.kind == "Axis" and (conflict.mine, conflict.theirs) == ("Axe de Bob", "Axe d'Alice")


def test_a_move_over_a_newer_rename_is_done_again_keeping_both(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    moved = bob.action("1.2")
    uid = moved.uid
    assert alice.do(SetField(alice.action("1.2"), "title", "Renommée par Alice")).applied
    outcome = bob.do(Move(moved, -1))
    assert outcome.applied and outcome.tries == 2 and outcome.conflicts == []
    first = assert_valid_order(server_db)[0][0]
    assert first[1:] == (uid, "Renommée par Alice")  # moved up, and her title kept


def test_a_rename_over_a_newer_move_keeps_both(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    renamed = bob.action("1.1")
    uid = renamed.uid
    assert alice.do(Move(alice.action("1.2"), -1)).applied  # 1.1 is now second
    outcome = bob.do(SetField(renamed, "title", "Renommée par Bob"))
    assert outcome.applied
    second = assert_valid_order(server_db)[0][1]
    assert second[1:] == (uid, "Renommée par Bob")


def test_two_moves_of_one_list_both_happen_in_a_valid_order(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    first, second, third = bob.uids("2")
    moved = bob.action("2.3")
    assert alice.do(Move(alice.action("2.2"), -1)).applied  # 2 1 3
    assert bob.do(Move(moved, -1)).tries == 2  # Bob moves 3 up: after hers, 2 3 1
    assert [uid for _p, uid, _t in assert_valid_order(server_db)[1]] == [second, third, first]


def test_deleting_an_action_someone_just_typed_in_is_refused_and_loses_nothing(
        two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    action = bob.action("1.2")
    uid, title = action.uid, action.title
    alice.text("1.2").narrative = RichText.plain("Alice écrivait ceci")
    assert alice.shared.commit() == []
    outcome = bob.do(Delete(action))
    assert not outcome.applied and outcome.refused is not None
    refusal = outcome.refused
    assert refusal.place["action"] == "1.2" and refusal.place["title"] == title
    assert refusal.changed["kind"] == "ActionText" and refusal.changed["year"] == 2024
    assert refusal.author == "Alice" and refusal.when is not None
    # Still there, on the server and in Bob's session, with her text.
    assert uid in [u for _p, u, _t in on_server(server_db)[0]]
    assert bob.action("1.2").uid == uid
    assert bob.text("1.2").narrative == RichText.plain("Alice écrivait ceci")
    # And Bob's next save writes normally.
    bob.text("1.1").narrative = RichText.plain("Bob ailleurs")
    assert bob.shared.commit() == []


def test_deleting_an_action_someone_renamed_is_refused(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    action = bob.action("1.2")
    assert alice.do(SetField(alice.action("1.2"), "title", "Renommée")).applied
    outcome = bob.do(Delete(action))
    assert outcome.refused is not None and outcome.refused.changed["kind"] == "Action"
    assert outcome.refused.author == "Alice"
    assert on_server(server_db)[0][1][2] == "Renommée"


def test_deleting_an_axis_someone_typed_under_is_refused(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    axis = bob.convention.axes[1]
    count = len(axis.actions)
    alice.text("2.1").evaluation = RichText.plain("Évaluation d'Alice")
    assert alice.shared.commit() == []
    outcome = bob.do(Delete(axis))
    assert outcome.refused is not None and outcome.refused.place["kind"] == "Axis"
    assert len(on_server(server_db)[1]) == count


def test_an_action_deleted_by_both_is_simply_gone(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    action = bob.action("1.2")
    uid = action.uid
    before = len(on_server(server_db)[0])
    assert alice.do(Delete(alice.action("1.2"))).applied
    outcome = bob.do(Delete(action))
    assert not outcome.applied and outcome.refused is None and outcome.conflicts == []
    assert outcome.gone is not None and outcome.gone["action"] == "1.2"
    axes = assert_valid_order(server_db)
    assert len(axes[0]) == before - 1 and uid not in [u for _p, u, _t in axes[0]]
    # Bob's session holds the server's list now, and saves again normally.
    assert uid not in bob.uids()
    bob.text("1.1").narrative = RichText.plain("Bob continue")
    assert bob.shared.commit() == []


def test_a_delete_after_a_newer_renumbering_deletes_the_right_action(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    action = bob.action("1.2")
    uid = action.uid
    assert alice.do(AddRow(alice.convention.axes[0], Action, 0, title="Ajoutée en tête")).applied
    outcome = bob.do(Delete(action))
    assert outcome.applied and outcome.tries == 2
    axes = assert_valid_order(server_db)
    assert uid not in [u for _p, u, _t in axes[0]] and axes[0][0][2] == "Ajoutée en tête"


@pytest.mark.parametrize("index", [1, None], ids=["same-place", "at-the-end"])
def test_two_actions_added_at_one_number_both_stay_numbered_apart(
        two: tuple[Editor, Editor], server_db: str, index: int | None) -> None:
    alice, bob = two
    axis = bob.convention.axes[0]
    before = len(on_server(server_db)[0])
    assert alice.do(AddRow(alice.convention.axes[0], Action, index, title="Celle d'Alice")).applied
    outcome = bob.do(AddRow(axis, Action, index, title="Celle de Bob"))
    assert outcome.applied and outcome.tries == 2
    actions = assert_valid_order(server_db)[0]
    titles = [t for _p, _u, t in actions]
    assert len(actions) == before + 2 and "Celle d'Alice" in titles and "Celle de Bob" in titles


def test_two_axes_added_at_the_end_both_stay_numbered_apart(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    convention = bob.convention
    assert alice.do(AddRow(alice.convention, Axis, None, title="Axe d'Alice")).applied
    assert bob.do(AddRow(convention, Axis, None, title="Axe de Bob")).tries == 2
    ws = open_server(server_db)
    try:
        current = ws.current_convention()
        assert current is not None
        axes = [(a.position, a.title) for a in current.axes]
    finally:
        ws.close()
    assert [p for p, _t in axes] == list(range(len(axes)))
    assert {"Axe d'Alice", "Axe de Bob"} <= {t for _p, t in axes}


def test_undoing_a_rename_someone_renamed_since_is_a_conflict(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    rename = SetField(bob.action("1.2"), "title", "Titre de Bob")
    base = rename.old
    assert bob.do(rename).applied
    alice.ws.session.expire_all()
    assert alice.do(SetField(alice.action("1.2"), "title", "Titre d'Alice")).applied
    outcome = bob.do(rename, forward=False)  # Ctrl+Z
    (conflict,) = outcome.conflicts
    assert (conflict.mine, conflict.theirs) == (base, "Titre d'Alice")
    assert on_server(server_db)[0][1][2] == "Titre d'Alice"


def test_renaming_an_action_someone_deleted_keeps_the_new_title_to_copy(two: tuple[Editor, Editor], server_db: str) -> None:
    alice, bob = two
    action = bob.action("2.2")
    assert alice.do(Delete(alice.action("2.2"))).applied
    outcome = bob.do(SetField(action, "title", "Nouveau titre de Bob"))
    assert not outcome.applied and outcome.gone is not None and outcome.gone["action"] == "2.2"
    (conflict,) = outcome.conflicts
    assert conflict.deleted_by_them and conflict.mine == {"title": "Nouveau titre de Bob"}
    assert action not in bob.ws.session
    assert [a.uid for a in bob.convention.axes[1].actions] == [u for _p, u, _t in assert_valid_order(server_db)[1]]


def test_other_undoable_edits_meeting_a_newer_change_end_well_too(two: tuple[Editor, Editor], server_db: str) -> None:
    """The same path takes every undoable edit: the report's title, a text's status."""
    alice, bob = two
    report = bob.convention.report_for(2024)
    assert alice.do(SetField(alice.convention.report_for(2024), "title", "Titre d'Alice")).applied
    (conflict,) = bob.do(SetField(report, "title", "Titre de Bob")).conflicts
    assert (conflict.kind, conflict.mine, conflict.theirs) == ("Report", "Titre de Bob", "Titre d'Alice")
    bob.look()
    text = bob.text("1.1")
    assert alice.do(SetField(alice.text("1.1"), "to_update", not text.to_update)).applied
    agreed = bob.do(SetField(text, "to_update", not text.to_update))  # the same choice as hers
    assert agreed.applied and agreed.tries == 2 and agreed.conflicts == []


def test_an_edit_of_many_values_is_not_done_again_over_newer_texts(two: tuple[Editor, Editor], server_db: str) -> None:
    """« Tout remplacer » computed its values from the texts it read: done again it would
    write them over her newer words. It is refused, naming her change; nothing is written."""
    alice, bob = two
    text = bob.text("1.1")
    alice.text("1.1").narrative = RichText.plain("Les mots d'Alice")
    assert alice.shared.commit() == []
    edit = ReplaceAll([Replacement(text, "narrative", text.narrative, RichText.plain("Remplacé"), 1, ("action",))])
    outcome = bob.do(edit)
    assert not outcome.applied and outcome.refused is not None and outcome.conflicts == []
    refusal = outcome.refused
    assert (refusal.edit, refusal.author, refusal.changed["kind"], refusal.changed["action"]) == (
        "ReplaceAll", "Alice", "ActionText", "1.1")
    assert stored(server_db) == RichText.plain("Les mots d'Alice")
    assert bob.text("1.1").narrative == RichText.plain("Les mots d'Alice")  # Bob's session reads hers now


def test_undoing_an_approval_someone_changed_since_is_refused_as_an_undo(two: tuple[Editor, Editor],
                                                                       server_db: str) -> None:
    """Bob approves 1.1; Alice types in it (the approval turns « à revoir »). Bob's undo
    would take away an approval he has not seen in that state: refused, named as an undo."""
    alice, bob = two
    report = bob.convention.report_for(2024)
    approve = Approve(report, Section.of_action(bob.action("1.1")), "Bob", dt.datetime(2026, 3, 9, 14, 0))
    assert bob.do(approve).applied
    alice.look()
    alice.text("1.1").narrative = RichText.plain("Les mots d'Alice")
    assert alice.shared.commit() == []
    outcome = bob.do(approve, forward=False)
    assert not outcome.applied and outcome.refused is not None
    assert (outcome.refused.edit, outcome.refused.author, outcome.refused.changed["kind"]) == ("Undo", "Alice",
                                                                                               "Approval")
    reader = Editor(server_db, "lecteur")
    try:
        found = approval_for(reader.convention.report_for(2024), Section.of_action(reader.action("1.1")))
        assert found is not None and found.approved_by == "Bob" and found.changed_at is not None  # still there
    finally:
        reader.ws.close()
