"""The rich-text operations paste and Word import share: splitting, stripping, flattening, typed bullets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from strategies import rich_texts

from mesdesk.model.richtext import Footnote, IndicatorRef, ListBlock, ListItem, Paragraph, RichText, Text
from mesdesk.model.richtext_ops import (
    BULLETS,
    TypedMarker,
    drop_prefix,
    flatten,
    lstrip_inlines,
    rstrip_inlines,
    split_at,
    split_lines,
    strip_inlines,
    typed_marker,
)

NOTE = Footnote((Text("source"),))
CHIP = IndicatorRef("visites", 2024)


def test_split_lines_cuts_at_each_newline_keeping_marks_and_objects() -> None:
    content = (Text("un\ndeux", bold=True), NOTE, Text("\n\ntrois", href="https://a.fr"))
    assert split_lines(content) == [
        (Text("un", bold=True),),
        (Text("deux", bold=True), NOTE),
        (),
        (Text("trois", href="https://a.fr"),),
    ]
    assert split_lines(()) == [()]
    assert split_lines((Text("sans saut"),)) == [(Text("sans saut"),)]


def test_strip_drops_blank_outer_texts_and_strips_the_next() -> None:
    content = (Text(" ", bold=True), Text("  a b "), CHIP, Text(" c  "), Text("\t", italic=True))
    assert lstrip_inlines(content) == (Text("a b "), CHIP, Text(" c  "), Text("\t", italic=True))
    assert rstrip_inlines(content) == (Text(" ", bold=True), Text("  a b "), CHIP, Text(" c"))
    assert strip_inlines(content) == (Text("a b "), CHIP, Text(" c"))
    # A note or a chip at an end is content: the spaces inside stay.
    assert strip_inlines((NOTE, Text(" x "))) == (NOTE, Text(" x"))
    assert strip_inlines((Text("   "),)) == ()


def test_split_at_cuts_inside_a_text_and_keeps_objects_on_their_side() -> None:
    content = (Text("Bonjour", bold=True), NOTE, Text(" le monde"))
    assert split_at(content, 3) == ((Text("Bon", bold=True),), (Text("jour", bold=True), NOTE, Text(" le monde")))
    # A note right at the cut stays with the text before it...
    assert split_at(content, 7) == ((Text("Bonjour", bold=True), NOTE), (Text(" le monde"),))
    # ...but nothing is before offset 0.
    assert split_at((NOTE, Text("a")), 0) == ((), (NOTE, Text("a")))
    assert split_at(content, 100) == (content, ())


def test_drop_prefix_drops_text_then_the_spaces_after_it() -> None:
    content = (Text("Moyens", bold=True), Text(" =  "), Text("deux salariés"))
    assert drop_prefix(content, len("Moyens =")) == (Text("deux salariés"),)
    # A note inside the prefix is kept: only text is dropped.
    assert drop_prefix((Text("ab"), NOTE, Text("cd")), 3) == (NOTE, Text("d"))


def test_flatten_joins_paragraphs_and_items_with_one_space_text_only() -> None:
    rt = RichText(
        (
            Paragraph((Text("  Voir "), Text("le site", href="https://a.fr"), NOTE)),
            ListBlock("bullet", (ListItem((Text("un "), CHIP)), ListItem((Text("deux  "),), 1))),
            Paragraph(()),
        )
    )
    assert flatten(rt) == (Text("Voir "), Text("le site", href="https://a.fr"), Text(" un  deux"))
    assert flatten(RichText()) == ()
    assert flatten(RichText((Paragraph((Text("  "),)),))) == ()


@settings(max_examples=60, deadline=None)
@given(rich_texts())
def test_flatten_keeps_every_word_in_order(rt: RichText) -> None:
    flat = flatten(rt)
    assert all(isinstance(t, Text) and t.text for t in flat)
    words = "".join(t.text for t in flat).split()
    expected = " ".join("".join(t.text for t in c if isinstance(t, Text)) for c in rt.paragraph_contents()).split()
    assert words == expected


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("- un", {}, TypedMarker("bullet", 0, 2)),
        ("  • deux", {}, TypedMarker("bullet", 0, 4)),
        ("–\u00a0\u00a0trois", {}, TypedMarker("bullet", 0, 3)),
        ("* étoile", {}, TypedMarker("bullet", 0, 2)),
        ("\uf0b7\t Word", {}, TypedMarker("bullet", 0, 3)),
        ("→ sous-point", {}, TypedMarker("bullet", 1, 2)),
        ("- → sous-point", {}, TypedMarker("bullet", 1, 4)),
        ("◦ rond", {}, TypedMarker("bullet", 1, 2)),
        # Without a space after it, a glyph is text: a dash, a negative figure, an arrow.
        ("-5 %", {}, None),
        ("--- séparateur", {}, None),
        ("→suite", {}, None),
        ("Texte", {}, None),
        ("", {}, None),
        # A lone "o" is a second-level bullet only right after an item, or pasted from Word.
        ("o sous-point", {}, None),
        ("o sous-point", {"after_item": True}, TypedMarker("bullet", 1, 2)),
        ("O sous-point", {"after_item": True}, TypedMarker("bullet", 1, 2)),
        ("o\u00a0\u00a0\u00a0 Word", {"pasted": True}, TypedMarker("bullet", 1, 5)),
        # Word's font glyphs are bullets on the clipboard only.
        ("· point", {}, None),
        ("· point", {"pasted": True}, TypedMarker("bullet", 0, 2)),
        ("§ 2 du contrat", {}, None),
        ("§\u00a0 carré", {"pasted": True}, TypedMarker("bullet", 0, 3)),
        # Typed numbers are lists when pasted; letters are the second level.
        ("1. premier", {}, None),
        ("1. premier", {"pasted": True}, TypedMarker("number", 0, 3)),
        ("12)\u00a0douze", {"pasted": True}, TypedMarker("number", 0, 4)),
        ("a) lettre", {"pasted": True}, TypedMarker("number", 1, 3)),
        ("iv. romain", {"pasted": True}, TypedMarker("number", 1, 4)),
        ("1.5 million", {"pasted": True}, None),
    ],
)
def test_typed_marker(text: str, kwargs: dict[str, bool], expected: TypedMarker | None) -> None:
    assert typed_marker(text, **kwargs) == expected


def test_the_bullet_table_has_two_levels_and_words_pasted_glyphs() -> None:
    assert set(BULLETS.values()) == {0, 1}
    assert BULLETS["\uf0b7"] == 0 and BULLETS["\uf0a7"] == 0
    for glyph, level in BULLETS.items():
        marker = typed_marker(f"{glyph} texte")
        assert marker == TypedMarker("bullet", level, len(glyph) + 1), glyph
