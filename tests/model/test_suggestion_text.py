"""A reviewer's change applied to today's text: found by its words and context, made in
the rich text with its marks kept, refused when its words are gone or inside a chip."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mesdesk.model.richtext import Footnote, IndicatorRef, ListBlock, ListItem, Paragraph, RichText, Text
from mesdesk.model.suggestion_text import (
    Change,
    apply_change,
    apply_changes,
    change_at,
    changes_in,
    difference_changes,
    locate,
    replace_range,
    view_text,
)

RICH = RichText((
    Paragraph((Text("Bonjour "), Text("le monde", bold=True), Text(" entier", comments=("c1",)), Text("."))),
    ListBlock("bullet", (ListItem((Text("un"),)), ListItem((Text("deux"),), 1))),
))


def test_replace_keeps_the_marks_of_the_words_it_replaces() -> None:
    result = replace_range(RICH, 8, 10, "ce")
    assert result is not None
    assert result.blocks[0] == Paragraph((Text("Bonjour "), Text("ce monde", bold=True),
                                          Text(" entier", comments=("c1",)), Text(".")))
    assert result.blocks[1] == RICH.blocks[1]


def test_a_line_break_inserted_splits_the_paragraph_and_one_deleted_joins_two_items() -> None:
    split = replace_range(RICH, 7, 8, "\n")
    assert split is not None
    assert split.plain_text().split("\n")[:2] == ["Bonjour", "le monde entier."]
    joined = replace_range(RICH, 27, 28, " et ")  # the break between « un » and « deux »
    assert joined is not None
    assert joined.blocks[1] == ListBlock("bullet", (ListItem((Text("un et deux"),)),))


def test_an_indicator_chip_is_replaced_whole_or_not_at_all_and_a_note_stays() -> None:
    chip = IndicatorRef("visites")
    rich = RichText((Paragraph((Text("Soit "), chip, Text(" visites"), Footnote((Text("source"),)), Text(" en 2024."))),))
    text = rich.plain_text()
    start = text.index("[visites]")
    assert replace_range(rich, start + 1, start + 3, "x") is None
    whole = replace_range(rich, start, start + len("[visites]"), "52 464")
    assert whole is not None and whole.plain_text() == "Soit 52 464 visites en 2024."
    # The note inside a deleted range stays where the range was.
    gone = replace_range(rich, text.index(" visites"), text.index(" en 2024"), "")
    assert gone is not None and list(gone.footnotes()) == [Footnote((Text("source"),))]


def test_a_change_is_found_by_its_words_after_edits_elsewhere_and_refused_when_they_are_gone() -> None:
    reviewer_saw = "Le groupe a réuni 40 personnes en mars. Puis 12 en avril."
    change = change_at(reviewer_saw, reviewer_saw.index("40"), reviewer_saw.index("40") + 2, "45")
    today = RichText.plain("Un ajout au début. Le groupe a réuni 40 personnes en mars. Puis 15 en avril.")
    result = apply_change(today, change)
    assert result is not None
    assert result.plain_text() == "Un ajout au début. Le groupe a réuni 45 personnes en mars. Puis 15 en avril."
    assert apply_change(RichText.plain("Le groupe a réuni quarante personnes."), change) is None


def test_among_several_places_the_nearest_to_where_it_was_is_chosen() -> None:
    text = "oui non oui non oui"
    assert locate(Change("non", "NON", before="", after="", offset=11), text) == (12, 15)
    assert locate(Change("non", "NON", before="", after="", offset=3), text) == (4, 7)


def test_an_indicator_value_reads_as_exported() -> None:
    rich = RichText((Paragraph((Text("Soit "), IndicatorRef("v"), Text(" visites."))),))
    view = view_text(rich, lambda ref: "52 464")
    assert view.text == "Soit 52 464 visites."
    change = change_at(view.text, view.text.index("visites"), view.text.index("visites") + 7, "vues")
    result = apply_change(rich, change, lambda ref: "52 464")
    assert result is not None and result.blocks[0] == Paragraph((Text("Soit "), IndicatorRef("v"), Text(" vues.")))


words = st.lists(st.sampled_from(["le", "groupe", "a", "réuni", "40", "personnes", "en", "mars", "."]),
                 min_size=1, max_size=12).map(" ".join)


@given(words, words)
def test_a_difference_word_by_word_turns_one_version_into_the_other(old: str, new: str) -> None:
    result = apply_changes(RichText.plain(old), difference_changes(old, new))
    assert result is not None
    assert result.plain_text() == new


@st.composite
def reviewed(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]], str]:
    """A text, tracked changes on it (spans apart from each other) and the text once they are accepted."""
    tokens = draw(st.lists(st.sampled_from(["le", "groupe", "réuni", "40", "en", "mars", "."]), min_size=1, max_size=10))
    original = " ".join(tokens)
    cuts = sorted(set(draw(st.lists(st.integers(0, len(original)), max_size=6))))
    spans = []
    for k in range(0, len(cuts) - 1, 2):
        new = draw(st.sampled_from(["", "x", "avril", " et puis", "\n"]))
        if cuts[k] == cuts[k + 1] and not new:
            continue
        spans.append((cuts[k], cuts[k + 1], new))
    accepted, last = [], 0
    for start, end, new in spans:
        accepted += [original[last:start], new]
        last = end
    accepted.append(original[last:])
    return original, spans, "".join(accepted)


@given(reviewed())
def test_accepting_every_tracked_change_gives_the_reviewers_text(case: tuple[str, list[tuple[int, int, str]], str]) -> None:
    original, spans, accepted = case
    result = apply_changes(RichText((Paragraph((Text(original),)),)), changes_in(original, spans))
    assert result is not None
    assert result.plain_text() == accepted
