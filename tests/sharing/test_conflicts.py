"""Two writers on one server: a stale save becomes a conflict, never a silent overwrite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sharing_testing import Writer

from mesdesk.model.richtext import RichText


@pytest.fixture
def two(server_db: str) -> Iterator[tuple[Writer, Writer]]:
    alice, bob = Writer(server_db, "Alice"), Writer(server_db, "Bob")
    yield alice, bob
    alice.ws.close()
    bob.ws.close()


def stored(url: str, number: str = "1.1", field: str = "narrative") -> RichText:
    reader = Writer(url, "lecteur")
    try:
        return getattr(reader.text(number), field)
    finally:
        reader.ws.close()


def test_the_same_text_changed_by_both_is_a_conflict_with_both_versions(two: tuple[Writer, Writer], server_db: str) -> None:
    alice, bob = two
    base = alice.text().narrative
    assert bob.text().narrative == base
    alice.text().narrative = RichText.plain("Version d'Alice")
    assert alice.shared.commit() == []
    bob.text().narrative = RichText.plain("Version de Bob")
    conflicts = bob.shared.commit()
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict.field == "narrative"
    assert conflict.base == base
    assert conflict.mine == RichText.plain("Version de Bob")
    assert conflict.theirs == RichText.plain("Version d'Alice")
    assert conflict.their_author == "Alice" and conflict.their_time is not None
    assert conflict.place["action"] == "1.1" and conflict.place["year"] == 2024
    # Nothing overwritten: the server keeps Alice's until Bob chooses; Bob's row shows hers.
    assert stored(server_db) == RichText.plain("Version d'Alice")
    assert bob.text().narrative == RichText.plain("Version d'Alice")
    # « Garder la mienne »: now written over the version he has seen.
    bob.shared.resolve(conflict, conflict.mine)
    assert bob.shared.commit() == []
    assert stored(server_db) == RichText.plain("Version de Bob")
    # And Alice, who has not reloaded, now conflicts in turn rather than overwrite him.
    alice.text().narrative = RichText.plain("Alice encore")
    again = alice.shared.commit()
    assert [c.theirs for c in again] == [RichText.plain("Version de Bob")]
    assert again[0].their_author == "Bob"


def test_different_fields_of_one_row_merge_without_a_conflict(two: tuple[Writer, Writer], server_db: str) -> None:
    alice, bob = two
    alice.text().narrative = RichText.plain("Récit d'Alice")
    assert alice.shared.commit() == []
    bob.text().evaluation = RichText.plain("Évaluation de Bob")
    assert bob.shared.commit() == []
    assert stored(server_db, field="narrative") == RichText.plain("Récit d'Alice")
    assert stored(server_db, field="evaluation") == RichText.plain("Évaluation de Bob")


def test_keep_theirs_and_a_hand_merge(two: tuple[Writer, Writer], server_db: str) -> None:
    alice, bob = two
    alice.action("1.2").title = "Titre d'Alice"
    alice.shared.commit()
    bob.action("1.2").title = "Titre de Bob"
    (conflict,) = bob.shared.commit()
    assert (conflict.mine, conflict.theirs) == ("Titre de Bob", "Titre d'Alice")
    # « Garder la leur »: nothing to write.
    assert bob.action("1.2").title == "Titre d'Alice"
    bob.look()
    alice.text("1.2").evaluation = RichText.plain("A")
    alice.shared.commit()
    bob.text("1.2").evaluation = RichText.plain("B")
    (text_conflict,) = bob.shared.commit()
    bob.shared.resolve(text_conflict, RichText.plain("A et B"))
    assert bob.shared.commit() == []
    assert stored(server_db, "1.2", "evaluation") == RichText.plain("A et B")


def test_a_row_deleted_by_one_while_the_other_changes_it(two: tuple[Writer, Writer], server_db: str) -> None:
    alice, bob = two
    text = bob.text("2.1")
    alice_text = alice.text("2.1")
    alice_text.report.texts.remove(alice_text)
    alice.shared.commit()
    text.narrative = RichText.plain("Écrit pendant la suppression")
    (conflict,) = bob.shared.commit()
    assert conflict.deleted_by_them and conflict.their_author is None
    assert conflict.mine["narrative"] == RichText.plain("Écrit pendant la suppression")  # kept, to copy


def test_one_row_changed_twice_in_one_transaction_is_no_conflict(two: tuple[Writer, Writer], server_db: str) -> None:
    """« Tout remplacer » changes a text's fields one by one, flushing in between."""
    alice, _bob = two
    text = alice.text("1.1")
    text.narrative = RichText.plain("un")
    alice.ws.session.flush()
    text.evaluation = RichText.plain("deux")
    alice.ws.session.flush()
    text.means = RichText.plain("trois")
    assert alice.shared.commit() == []
    assert stored(server_db, field="means") == RichText.plain("trois")
