"""Any rich text of a report, written to Word by the export and read back by the import, is the same text."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from docx_import_testing import canonical
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from strategies import rich_texts

from mesdesk.exchange.docx import export_docx
from mesdesk.exchange.docx_import import read_report_docx
from mesdesk.model.entities import ActionText
from mesdesk.model.richtext import (
    Footnote,
    IndicatorRef,
    Inline,
    ListBlock,
    ListItem,
    Paragraph,
    RichText,
    Text,
    normalize_inlines,
)
from mesdesk.model.richtext_ops import strip_inlines
from mesdesk.store.workspace import Workspace

FIELDS = ("evaluation", "narrative", "means")


@pytest.fixture(scope="module")
def action_text(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ActionText]:
    """Action 1.1 of a private copy of the sample: its texts are replaced at each example."""
    copy = tmp_path_factory.mktemp("round-trip") / "bilan.mesdesk"
    copy.write_bytes(sample_file.read_bytes())
    ws = Workspace.open(copy)
    convention = ws.current_convention()
    assert convention is not None
    report = convention.report_for(2024)
    assert report is not None
    yield next(t for t in report.texts if t.action.number == "1.1")
    ws.close()


def _as_the_editor_stores(rt: RichText) -> RichText:
    """A generated text as the editor would have stored it, the only kind the export meets.

    * No chips: an indicator chip is exported as its value, which comes back as text.
    * No note without text: the editor makes none (« an empty note is no note »).
    * A list opens on its first level (the editor cannot indent a list's first item).
    """

    def keep(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return tuple(
            i
            for i in content
            if not isinstance(i, IndicatorRef) and not (isinstance(i, Footnote) and not "".join(t.text for t in i.content).strip())
        )

    blocks: list[Paragraph | ListBlock] = []
    for b in rt.blocks:
        if isinstance(b, Paragraph):
            blocks.append(Paragraph(keep(b.content)))
            continue
        # An empty item is dropped by the import (Word shows an empty bullet): left out here,
        # else the item after it would open the list on its second level.
        items = [i for i in b.items if "".join(t.text for t in keep(i.content) if isinstance(t, Text)).strip()
                 or any(isinstance(t, Footnote) for t in keep(i.content))]
        if items:
            blocks.append(
                ListBlock(b.kind, tuple(ListItem(keep(i.content), i.level if n else 0) for n, i in enumerate(items)))
            )
    return RichText(tuple(blocks))


_FRENCH_SPACE = re.compile(r"[\u00a0\u202f]| +(?=[;:!?»%])|(?<=«) +|(?<=\d) +(?=\d)")


def _unspaced(rt: RichText) -> RichText:
    """Without the spaces French typography puts around ; : ! ? « » % and thousands (and no-break spaces at all,
    on both sides): the export adds them even across runs, where ``canonical`` (run by run)
    cannot see the character before."""

    def text(t: Text) -> Text:
        return replace(t, text=_FRENCH_SPACE.sub("", t.text))

    def inlines(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return normalize_inlines(
            text(i) if isinstance(i, Text) else Footnote(tuple(text(t) for t in i.content)) if isinstance(i, Footnote) else i
            for i in content
        )

    return RichText(
        tuple(
            Paragraph(inlines(b.content))
            if isinstance(b, Paragraph)
            else ListBlock(b.kind, tuple(ListItem(inlines(i.content), i.level) for i in b.items))
            for b in rt.blocks
        )
    )


def _paragraphs_only(rt: RichText) -> bool:
    return all(isinstance(b, Paragraph) for b in rt.blocks)


_texts = rich_texts(max_blocks=3, editable=True).map(_as_the_editor_stores)
# A list in an evaluation or in the means does not come back in its rubric (see the
# xfail test below): left out here so that this property keeps guarding the rest.
_rubrics = _texts.filter(_paragraphs_only)


def _word_marks(text: Text) -> Text:
    """A run's marks as Word keeps them.

    * A link is written with a scheme (``www.x.fr`` becomes ``https://www.x.fr``), so a reader can follow it.
    * A run has one character style: a linked run-in gets the link's, and shows its
      run-in as direct bold, read back as bold.
    """
    href = text.href
    if href and "://" not in href and not href.startswith(("mailto:", "tel:")):
        href = "https://" + href
    if text.runin and href:
        return replace(text, bold=True, runin=False, href=href)
    return replace(text, href=href)


def _as_word_keeps_it(rt: RichText) -> RichText:
    """``rt`` as a Word document can say it, compared with ``canonical`` (French spacing, merged runs).

    * Marks as Word keeps them (``_word_marks``), in the text and in the notes.
    * Outer spaces of a paragraph and empty paragraphs or items are layout, not text:
      Word shows none of them, so the import drops them.
    * A list opens on its first level (Word's numbering cannot start on the second).
    """

    def word(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for inline in content:
            if isinstance(inline, Text):
                out.append(_word_marks(inline))
            elif isinstance(inline, Footnote):
                out.append(Footnote(tuple(_word_marks(t) for t in inline.content)))
            else:
                out.append(inline)
        return normalize_inlines(strip_inlines(normalize_inlines(out)))

    blocks: list[Paragraph | ListBlock] = []
    for block in rt.normalized().blocks:
        if isinstance(block, Paragraph):
            if content := word(block.content):
                blocks.append(Paragraph(content))
            continue
        items: list[ListItem] = []
        for item in block.items:
            if content := word(item.content):
                items.append(ListItem(content, item.level if items else 0))
        if items:
            blocks.append(ListBlock(block.kind, tuple(items)))
    return canonical(RichText(tuple(blocks)))


# Each example writes and reads a .docx: no shrinking (minutes), the failing example is shown as found.
@settings(
    max_examples=25,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)
@given(st.tuples(_rubrics, _texts, _rubrics))
# Found by this test: the export's « Evaluation = » alone (an empty evaluation) took the
# narrative's first paragraph as its text.
@example((RichText(), RichText((Paragraph((Text("0"),)),)), RichText()))
# Found by this test: a tab ending an evaluation's second paragraph came back (Word shows
# no outer space or tab, and the narrative's paragraphs already dropped them).
@example((RichText((Paragraph((Text("a"),)), Paragraph((Footnote((Text("n"),)), Text("abc\t"))))), RichText(), RichText()))
# Found by this test: a list item opening with a space in a link's text kept the space.
@example((RichText(), RichText((ListBlock("bullet", (ListItem((Text("a"),)), ListItem(
    (Text(" =b", bold=True, href="https://www.exemple.fr/a"),), 1))),)), RichText()))
def test_action_texts_survive_a_word_round_trip(action_text: ActionText, texts: tuple[RichText, ...]) -> None:
    for name, rt in zip(FIELDS, texts):
        setattr(action_text, name, rt)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bilan.docx"
        export_docx(action_text.report, target)
        shaped = read_report_docx(target).shaped
    back = next(a for a in shaped.actions if a.label == "1.1")
    for name, rt in zip(FIELDS, texts):
        assert _unspaced(canonical(RichText(tuple(getattr(back, name))))) == _unspaced(_as_word_keeps_it(rt)), name


@pytest.mark.xfail(strict=True, reason="known loss: a list in an evaluation is read back into the narrative")
def test_an_evaluation_opening_with_a_list_stays_the_evaluation(action_text: ActionText) -> None:
    evaluation = RichText((ListBlock("bullet", (ListItem((Text("un"),)), ListItem((Text("deux"),)))),))
    action_text.evaluation = evaluation
    action_text.narrative = RichText((Paragraph((Text("Le récit."),)),))
    action_text.means = RichText()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bilan.docx"
        export_docx(action_text.report, target)
        back = next(a for a in read_report_docx(target).shaped.actions if a.label == "1.1")
    assert canonical(RichText(tuple(back.evaluation))) == canonical(evaluation)


def test_a_guillemet_ending_a_run_of_a_note_is_not_doubled(action_text: ActionText) -> None:
    note = Footnote((Text("« Le MES »", bold=True), Text(" a dit")))
    action_text.evaluation = RichText()
    action_text.narrative = RichText((Paragraph((Text("Le récit"), note)),))
    action_text.means = RichText()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bilan.docx"
        export_docx(action_text.report, target)
        back = next(a for a in read_report_docx(target).shaped.actions if a.label == "1.1")
    notes = [i for block in back.narrative for i in block.content if isinstance(i, Footnote)]
    assert "".join(t.text for t in notes[0].content).count("»") == 1
