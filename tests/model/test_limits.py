"""The size limits of a text: what exceeds them, and cutting down to them."""

from __future__ import annotations

from mesdesk.model.limits import (
    MAX_HREF_CHARS,
    MAX_RICH_BLOCKS,
    MAX_RICH_CHARS,
    MAX_RUN_CHARS,
    longest_run,
    rich_chars,
    rich_excess,
    split_runs,
    truncate_rich,
)
from mesdesk.model.richtext import Footnote, IndicatorRef, ListBlock, ListItem, Paragraph, RichText, Text


def _para(*inlines) -> Paragraph:  # type: ignore[no-untyped-def]
    return Paragraph(tuple(inlines))


def test_a_text_within_the_limits_is_left_as_it_is() -> None:
    rt = RichText((_para(Text("Bonjour "), Footnote((Text("note"),)), IndicatorRef("i", 2024)),))
    assert rich_excess(rt) is None and truncate_rich(rt) is rt


def test_each_limit_is_named() -> None:
    assert rich_excess(RichText((_para(),) * (MAX_RICH_BLOCKS + 1))).what == "blocks"  # type: ignore[union-attr]
    many = RichText((_para(Text("x" * 1000), Text(" ")),) * (MAX_RICH_CHARS // 1000))
    assert rich_excess(many).what == "chars"  # type: ignore[union-attr]
    assert rich_excess(RichText((_para(Text("a", href="h" * (MAX_HREF_CHARS + 1))),))).what == "href"  # type: ignore[union-attr]
    run = rich_excess(RichText((_para(Footnote((Text("y" * (MAX_RUN_CHARS + 1)),))),)))
    assert run is not None and run.what == "run" and run.french() == "trop long (2\u202f001 caractères sans espace, limite 2\u202f000)"


def test_truncation_keeps_the_beginning_in_order_and_fits() -> None:
    words = "mot " * (MAX_RICH_CHARS // 4)
    rt = RichText(
        (
            _para(Text("Début. ", bold=True)),
            ListBlock("bullet", (ListItem((Text(words),)), ListItem((Text("après la limite"),)))),
            _para(Text("jamais gardé")),
        )
    )
    cut = truncate_rich(rt)
    assert rich_excess(cut) is None and rich_chars(cut) == MAX_RICH_CHARS
    assert cut.blocks[0] == rt.blocks[0]
    assert isinstance(cut.blocks[1], ListBlock) and len(cut.blocks[1].items) == 1
    assert "jamais" not in cut.plain_text()


def test_long_runs_are_split_by_spaces_not_lost() -> None:
    blob = "A" * (MAX_RUN_CHARS * 2 + 5)
    split = split_runs(f"avant {blob} après")
    assert split.replace(" ", "") == f"avant{blob}après" and longest_run(split) == MAX_RUN_CHARS
    assert split_runs("court texte") == "court texte"
    cut = truncate_rich(RichText((_para(Text(blob)),)))
    assert rich_excess(cut) is None and longest_run(cut.plain_text()) == MAX_RUN_CHARS
