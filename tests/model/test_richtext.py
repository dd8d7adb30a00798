"""The rich-text type: JSON form, validation, plain text and counts."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mesdesk.model.richtext import (
    Footnote,
    IndicatorRef,
    ListBlock,
    ListItem,
    Paragraph,
    RichText,
    RichTextError,
    Text,
)

FULL = RichText(
    (
        Paragraph((Text("Séminaire stratégique. ", runin=True), Text("Ouvert aux "), Text("membres", bold=True))),
        Paragraph(
            (
                Text("Voir "),
                Text("le site", href="https://www.le-mes.org/"),
                Footnote((Text("GSEF "), Text("https://gsef-net.org", href="https://gsef-net.org"))),
                Text(" : "),
                IndicatorRef("ind-visits", 2023),
                Text(" visites", italic=True),
            )
        ),
        ListBlock("bullet", (ListItem((Text("un"),), 0), ListItem((Text("deux"),), 1))),
        ListBlock("number", (ListItem((Text("premier"),)),)),
    )
)


def test_json_round_trip_keeps_every_feature() -> None:
    assert RichText.from_json(FULL.to_json()) == FULL
    assert RichText.from_json(FULL.to_json_string()) == FULL


def test_json_form_is_stable_and_omits_defaults() -> None:
    data = json.loads(FULL.to_json_string())
    assert data[0]["content"][1] == {"text": "Ouvert aux "}
    assert data[2]["items"][0] == {"content": [{"text": "un"}]}
    assert data[2]["items"][1]["level"] == 1
    assert data[1]["content"][2]["type"] == "footnote"
    assert data[1]["content"][4] == {"type": "indicator", "indicator": "ind-visits", "year": 2023}
    assert FULL.to_json_string() == RichText.from_json(FULL.to_json_string()).to_json_string()


@pytest.mark.parametrize(
    "bad, fragment",
    [
        ({"type": "paragraph"}, "liste de blocs"),
        ([{"type": "table"}], "type de bloc inconnu"),
        ([{"type": "paragraph", "content": [{"text": 3}]}], "texte est attendu"),
        ([{"type": "paragraph", "content": [{"text": "x", "colour": "red"}]}], "clé inconnue"),
        ([{"type": "paragraph", "content": [{"text": "x", "bold": "yes"}]}], "vrai ou faux"),
        ([{"type": "list", "kind": "bullet", "items": []}], "doit avoir des éléments"),
        ([{"type": "list", "kind": "bullet", "items": [{"content": [], "level": 2}]}], "niveau"),
        ([{"type": "list", "kind": "roman", "items": [{"content": []}]}], "type de liste"),
        ([{"type": "paragraph", "content": [{"type": "footnote"}]}], "note"),
        ([{"type": "paragraph", "content": [{"type": "indicator", "indicator": ""}]}], "indicateur"),
        ("[not json", "illisible"),
    ],
)
def test_invalid_json_is_refused_with_a_message(bad: object, fragment: str) -> None:
    with pytest.raises(RichTextError, match=fragment):
        RichText.from_json(bad)


def test_control_characters_are_cleaned_on_load() -> None:
    rt = RichText.from_json([{"type": "paragraph", "content": [{"text": "a\x00b\x0bc\x1fd\ufffe"}]}])
    assert rt.plain_text() == "ab\ncd"


def test_plain_text_counts_and_footnotes() -> None:
    assert FULL.plain_text().splitlines() == [
        "Séminaire stratégique. Ouvert aux membres",
        "Voir le site : [ind-visits 2023] visites",
        "un",
        "deux",
        "premier",
    ]
    assert "[GSEF https://gsef-net.org]" in FULL.plain_text(footnotes=True)
    assert FULL.word_count() == 15
    assert FULL.char_count() == sum(len(line) for line in FULL.plain_text().splitlines())
    assert [f.content[0].text for f in FULL.footnotes()] == ["GSEF "]
    assert list(FULL.links()) == ["https://www.le-mes.org/", "https://gsef-net.org"]
    assert list(FULL.indicator_refs()) == [IndicatorRef("ind-visits", 2023)]


def test_plain_constructor_and_emptiness() -> None:
    rt = RichText.plain("Une ligne\n\n  Deux  \n")
    assert [b.content[0].text for b in rt.blocks] == ["Une ligne", "Deux"]  # type: ignore[union-attr]
    assert RichText().is_empty() and not RichText()
    assert RichText.from_json(None) == RichText() == RichText.from_json("")


def test_normalized_merges_neighbours_with_same_marks() -> None:
    rt = RichText((Paragraph((Text("a"), Text(""), Text("b"), Text("c", bold=True), Text("d", bold=True))),))
    assert rt.normalized() == RichText((Paragraph((Text("ab"), Text("cd", bold=True))),))


texts = st.builds(
    Text,
    text=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12),
    bold=st.booleans(),
    italic=st.booleans(),
    runin=st.booleans(),
    href=st.one_of(st.none(), st.just("https://example.org/x")),
)
inlines = st.one_of(
    texts,
    st.builds(Footnote, st.lists(texts, max_size=3).map(tuple)),
    st.builds(IndicatorRef, st.sampled_from(["a", "b"]), st.one_of(st.none(), st.integers(2000, 2100))),
)
blocks = st.one_of(
    st.builds(Paragraph, st.lists(inlines, max_size=4).map(tuple)),
    st.builds(
        ListBlock,
        st.sampled_from(["bullet", "number"]),
        st.lists(st.builds(ListItem, st.lists(inlines, max_size=3).map(tuple), st.integers(0, 1)), min_size=1, max_size=3).map(tuple),
    ),
)


@given(st.lists(blocks, max_size=5).map(lambda b: RichText(tuple(b))))
def test_any_rich_text_survives_its_json_form(rt: RichText) -> None:
    assert RichText.from_json(json.loads(rt.to_json_string())) == rt
