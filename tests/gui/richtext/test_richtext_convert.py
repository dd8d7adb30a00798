"""RichText ↔ QTextDocument: the round trip is lossless, and the display is the agreed one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import shiboken6
from hypothesis import HealthCheck, given, settings
from PySide6.QtGui import QFont, QTextDocument, QTextListFormat
from strategies import rich_texts

from mesdesk.gui.richtext.doc_lists import normalize_lists
from mesdesk.gui.richtext.formats import FOOTNOTE_OBJECT, INDICATOR_OBJECT, LINK_COLOR, RUNIN, RUNIN_COLOR
from mesdesk.gui.richtext.from_document import document_to_richtext
from mesdesk.gui.richtext.to_document import richtext_to_document
from mesdesk.model.richtext import (
    Footnote,
    IndicatorRef,
    ListBlock,
    ListItem,
    Paragraph,
    RichText,
    Text,
)


def _shown(rt: RichText) -> RichText:
    """``rt`` as a document shows it: normalized, and a list opens on its first level."""
    blocks = tuple(
        ListBlock(b.kind, (replace(b.items[0], level=0), *b.items[1:])) if isinstance(b, ListBlock) else b
        for b in rt.normalized().blocks
    )
    return RichText(blocks)


# The shared rich-text strategy, with texts the editor can hold (no line break inside a
# paragraph, none of Qt's reserved characters).
_richtexts = rich_texts(["visites", "ind-42", "adhérents"], max_blocks=6, editable=True).filter(
    # One empty paragraph is how an empty document shows; it reads back as no block.
    lambda rt: rt.normalized().blocks != (Paragraph(()),)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_richtexts)
def test_round_trip_is_lossless(qapp: Any, rt: RichText) -> None:
    assert document_to_richtext(richtext_to_document(rt)) == _shown(rt)


@settings(max_examples=60, deadline=None)
@given(_richtexts)
def test_canonical_documents_need_no_list_repair(qapp: Any, rt: RichText) -> None:
    doc = richtext_to_document(rt)
    assert normalize_lists(doc, dry_run=True) is False


def test_empty_value_is_one_empty_paragraph(qapp: Any) -> None:
    doc = richtext_to_document(RichText())
    assert doc.blockCount() == 1 and doc.toPlainText() == ""
    assert document_to_richtext(doc) == RichText()
    assert document_to_richtext(QTextDocument()) == RichText()


def test_adjacent_lists_of_the_same_kind_stay_apart(qapp: Any) -> None:
    rt = RichText(
        (
            ListBlock("number", (ListItem((Text("a"),)), ListItem((Text("b"),)))),
            ListBlock("number", (ListItem((Text("c"),)),)),
        )
    )
    doc = richtext_to_document(rt)
    third = doc.findBlockByNumber(2)
    assert third.textList().itemText(third) == "1)"  # numbering restarts, as on export
    assert document_to_richtext(doc) == rt


def _format_of(doc: QTextDocument, text: str) -> Any:
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.text() == text:
                return frag.charFormat()
            it += 1
        block = block.next()
    raise AssertionError(text)


def test_display_of_marks(qapp: Any) -> None:
    rt = RichText(
        (
            Paragraph(
                (
                    Text("Public visé.", runin=True),
                    Text(" Les "),
                    Text("jeunes", bold=True),
                    Text(" du ", italic=True),
                    Text("site", href="https://mes.fr"),
                    Footnote((Text("Source"),)),
                    IndicatorRef("visites", 2024),
                )
            ),
        )
    )
    doc = richtext_to_document(rt)
    runin = _format_of(doc, "Public visé.")
    assert runin.property(RUNIN) is True
    assert runin.foreground().color() == RUNIN_COLOR
    assert runin.fontWeight() >= QFont.Weight.DemiBold  # shown bold
    assert _format_of(doc, "jeunes").fontWeight() == QFont.Weight.Bold
    assert _format_of(doc, " du ").fontItalic()
    link = _format_of(doc, "site")
    assert link.isAnchor() and link.anchorHref() == "https://mes.fr"
    assert link.fontUnderline() and link.foreground().color() == LINK_COLOR
    assert _format_of(doc, "\ufffc").objectType() in (FOOTNOTE_OBJECT, INDICATOR_OBJECT)


def test_display_of_lists(qapp: Any) -> None:
    rt = RichText(
        (
            ListBlock("bullet", (ListItem((Text("a"),)), ListItem((Text("b"),), 1))),
            ListBlock("number", (ListItem((Text("c"),)), ListItem((Text("d"),), 1))),
        )
    )
    doc = richtext_to_document(rt)
    formats = [doc.findBlockByNumber(n).textList().format() for n in range(4)]
    assert [f.style() for f in formats] == [
        QTextListFormat.Style.ListDisc,
        QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListDecimal,
        QTextListFormat.Style.ListLowerAlpha,
    ]
    assert [f.indent() for f in formats] == [1, 2, 1, 2]
    assert formats[2].numberSuffix() == ")"
    c = doc.findBlockByNumber(2)
    assert c.textList().itemText(c) == "1)"


@pytest.fixture(scope="module")
def count_editor(qapp: Any) -> Iterator[Any]:
    """One editor for all examples (hypothesis runs many; a widget each would be slow)."""
    from mesdesk.gui.richtext import RichTextEditor

    editor = RichTextEditor()
    yield editor
    shiboken6.delete(editor)  # before the application goes, not at interpreter exit


@settings(max_examples=80, deadline=None)
@given(_richtexts)
def test_live_counts_equal_the_models(count_editor: Any, rt: RichText) -> None:
    count_editor.setRichText(rt)
    assert count_editor.counts() == (rt.word_count(), rt.char_count())


def test_markers_are_found_past_characters_outside_the_bmp(qapp: Any) -> None:
    from mesdesk.gui.richtext import RichTextEdit

    edit = RichTextEdit()
    edit.setRichText(
        RichText((Paragraph((Text("🎉 fête"), Footnote((Text("a"),)), Text("😀"), Footnote((Text("b"),)))),))
    )
    # Qt counts UTF-16 units: each emoji takes two positions.
    raw_positions = [i for i, ch in enumerate(edit.document().toRawText()) if ch == "\ufffc"]
    assert raw_positions == [6, 8]
    assert [edit.footnoteAt(p) for p in (7, 10)] == [Footnote((Text("a"),)), Footnote((Text("b"),))]
    assert edit.footnoteNumbers() == [1, 2]
