"""The word-level comparison: runs that rebuild both texts, changes grouped as a reader sees them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mesdesk.model.richtext import RichText
from mesdesk.model.word_diff import deleted_words, inserted_words, section_diff, tokens, word_diff


def test_a_changed_word_and_an_added_one() -> None:
    runs = word_diff("Le chat noir dort sur le tapis, en 2024.", "Le chien gris dort sur le grand tapis, en 2025.")
    assert [(r.kind, r.old, r.new) for r in runs] == [
        ("equal", "Le ", "Le "),
        ("replace", "chat noir", "chien gris"),  # the space between the two changed words joins them
        ("equal", " dort sur le ", " dort sur le "),
        ("insert", "", "grand "),
        ("equal", "tapis, en ", "tapis, en "),
        ("replace", "2024", "2025"),
        ("equal", ".", "."),
    ]


def test_punctuation_is_its_own_token() -> None:
    assert tokens("Oui, l'an dernier !") == ["Oui", ",", " ", "l", "'", "an", " ", "dernier", " ", "!"]
    runs = word_diff("fin.", "fin !")
    assert deleted_words(runs) == "." and inserted_words(runs) == "!"


def test_deleted_text_and_identical_text() -> None:
    runs = word_diff("Un deux trois", "Un trois")
    assert [r.kind for r in runs] == ["equal", "delete", "equal"] and deleted_words(runs) == "deux"
    assert [r.kind for r in word_diff("même texte", "même texte")] == ["equal"]
    assert word_diff("", "") == []
    assert [(r.kind, r.new) for r in word_diff("", "neuf")] == [("insert", "neuf")]


@given(st.text(max_size=60), st.text(max_size=60))
def test_runs_rebuild_both_sides(old: str, new: str) -> None:
    runs = word_diff(old, new)
    assert "".join(r.old for r in runs) == old
    assert "".join(r.new for r in runs) == new
    assert all(r.old == r.new for r in runs if r.kind == "equal")
    assert all(not (a.kind != "equal" and b.kind != "equal") for a, b in zip(runs, runs[1:]))


def test_section_diff_compares_each_field() -> None:
    old = {"evaluation": RichText.plain("Bien."), "narrative": RichText.plain("Nous avons tenu 3 réunions.")}
    new = {"evaluation": RichText.plain("Bien."), "narrative": RichText.plain("Nous avons tenu 5 réunions.")}
    diffs = section_diff(old, new, ("evaluation", "narrative", "means"))
    assert [(d.field, d.unchanged) for d in diffs] == [("evaluation", True), ("narrative", False), ("means", True)]
    assert deleted_words(diffs[1].runs) == "3" and inserted_words(diffs[1].runs) == "5"
