"""Paste and copy: only what the model supports comes in, through the real clipboard."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication

from mesdesk.gui.richtext.formats import LINK_COLOR, RUNIN_COLOR
from mesdesk.model.richtext import (
    Footnote,
    IndicatorRef,
    ListBlock,
    ListItem,
    Paragraph,
    RichText,
    Text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
DATA = Path(__file__).parent / "data"


def paste(qtbot: Any, edit: Any, html: str | None = None, text: str | None = None) -> None:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)


def all_formats(edit: Any) -> list[QTextCharFormat]:
    formats = []
    block = edit.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            formats.append(it.fragment().charFormat())
            it += 1
        block = block.next()
    return formats


WEB_PAGE = """
<html><head><style>p { font-family: 'Comic Sans MS'; color: #ff0000 }</style></head><body>
<h2 style="color:#336699;font-size:22pt">Bilan</h2>
<p style="font-size:18pt;background:yellow">Un <b>temps</b> <i>fort</i>,
<a href="https://mes.fr/agenda">l’agenda</a>, <span style="color:green;font-family:Arial">vert</span>
<u>souligné</u><img src="https://x/y.png"> <a href="javascript:alert(1)">piège</a></p>
<table border=1><tr><td>Cellule A</td><td><b>Cellule B</b></td></tr><tr><td>C</td><td></td></tr></table>
<ul><li>un<ul><li>un-un</li></ul></li><li>deux</li></ul>
<ol><li>premier</li></ol>
</body></html>
"""


def test_paste_html_keeps_only_supported_formatting(qtbot: Any, desk: Any) -> None:
    paste(qtbot, desk.edit, html=WEB_PAGE, text="ignored when there is HTML")
    assert desk.edit.richText() == RichText(
        (
            Paragraph((Text("Bilan", bold=True),)),
            Paragraph(
                (
                    Text("Un "),
                    Text("temps", bold=True),
                    Text(" "),
                    Text("fort", italic=True),
                    Text(", "),
                    Text("l’agenda", href="https://mes.fr/agenda"),
                    Text(", vert souligné piège"),
                )
            ),
            Paragraph((Text("Cellule A"),)),
            Paragraph((Text("Cellule B", bold=True),)),
            Paragraph((Text("C"),)),
            ListBlock("bullet", (ListItem((Text("un"),)), ListItem((Text("un-un"),), 1), ListItem((Text("deux"),)))),
            ListBlock("number", (ListItem((Text("premier"),)),)),
        )
    )
    # No foreign font, size, colour, underline or background survives in the document.
    for fmt in all_formats(desk.edit):
        assert not fmt.hasProperty(QTextCharFormat.Property.FontFamilies)
        assert not fmt.hasProperty(QTextCharFormat.Property.FontPointSize)
        assert not fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush)
        if fmt.hasProperty(QTextCharFormat.Property.ForegroundBrush):
            assert fmt.foreground().color() in (LINK_COLOR, RUNIN_COLOR)
        assert fmt.fontUnderline() == fmt.isAnchor()
    assert desk.edit.document().rootFrame().childFrames() == []  # no table left


def test_paste_from_word_makes_real_lists(qtbot: Any, desk: Any) -> None:
    paste(qtbot, desk.edit, html=(DATA / "word_clipboard.html").read_text(encoding="utf-8"))
    rt = desk.edit.richText()
    assert rt.blocks[0] == Paragraph(
        (Text("Public visé", bold=True), Text(" : les jeunes "), Text("du quartier", italic=True))
    )
    assert rt.blocks[1] == ListBlock(
        "bullet",
        (
            ListItem((Text("Premier point"),)),
            ListItem((Text("Sous-point"),), 1),
            ListItem((Text("Second point[1]"),)),
        ),
    )
    assert rt.blocks[2] == ListBlock("number", (ListItem((Text("Étape un"),)), ListItem((Text("Étape deux"),))))
    assert rt.blocks[3] == Paragraph((Text("Voir "), Text("notre site", href="https://www.mes-asso.fr/"), Text(".")))


def test_plain_text_stays_plain_one_paragraph_per_line(qtbot: Any, desk: Any) -> None:
    qtbot.keyClick(desk.edit, Qt.Key.Key_B, CTRL)  # bold typing mode must not leak into the paste
    qtbot.keyClick(desk.edit, Qt.Key.Key_B, CTRL)
    paste(qtbot, desk.edit, text="Premier paragraphe\r\n\r\nDeuxième  paragraphe\n\tTroisième")
    assert desk.edit.richText() == RichText(
        (
            Paragraph((Text("Premier paragraphe"),)),
            Paragraph((Text("Deuxième  paragraphe"),)),
            Paragraph((Text("\tTroisième"),)),
        )
    )


def test_single_line_paste_lands_inside_the_sentence(qtbot: Any, desk: Any) -> None:
    qtbot.keyClicks(desk.edit, "Avant apres")
    for _ in range(len("apres")):
        qtbot.keyClick(desk.edit, Qt.Key.Key_Left)
    paste(qtbot, desk.edit, text="milieu ")
    assert desk.edit.richText() == RichText((Paragraph((Text("Avant milieu apres"),)),))


def test_control_characters_are_cleaned(qtbot: Any, desk: Any) -> None:
    paste(qtbot, desk.edit, text="a\x00b\x07c\x1bd\ufffe\ufffce")
    paste(qtbot, desk.edit, html="<p>x\x01y<b>\x08z</b></p>")
    assert desk.edit.richText() == RichText((Paragraph((Text("abcdexy"), Text("z", bold=True))),))


def test_paragraphs_pasted_into_a_list_item_join_the_list(qtbot: Any, desk: Any) -> None:
    desk.editor.setRichText(RichText((ListBlock("bullet", (ListItem((Text("un"),)),)),)))
    qtbot.keyClick(desk.edit, Qt.Key.Key_End)
    paste(qtbot, desk.edit, text="\ndeux\ntrois")
    assert desk.edit.richText() == RichText(
        (ListBlock("bullet", (ListItem((Text("un"),)), ListItem((Text("deux"),)), ListItem((Text("trois"),)))),)
    )


def test_copy_and_paste_inside_the_app_keeps_notes_runins_and_indicators(qtbot: Any, desk: Any) -> None:
    original = RichText(
        (
            Paragraph(
                (
                    Text("Public.", runin=True),
                    Text(" Voir"),
                    Footnote((Text("Source", italic=True),)),
                    Text(" : "),
                    IndicatorRef("visites", 2024),
                )
            ),
            ListBlock("number", (ListItem((Text("a"),)), ListItem((Text("b"),), 1))),
        )
    )
    desk.editor.setRichText(original)
    qtbot.keyClick(desk.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(desk.edit, Qt.Key.Key_C, CTRL)
    copied = QApplication.clipboard().mimeData()
    assert "\ufffc" not in copied.text()
    assert "[Source]" in copied.text()  # other programs get the note's text
    qtbot.keyClick(desk.edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(desk.edit, Qt.Key.Key_Return)  # a new level-1 item
    qtbot.keyClick(desk.edit, Qt.Key.Key_Return)  # empty: up to level 0
    qtbot.keyClick(desk.edit, Qt.Key.Key_Return)  # empty again: out of the list
    qtbot.keyClick(desk.edit, Qt.Key.Key_V, CTRL)
    rt = desk.edit.richText()
    assert rt.blocks[:2] == original.blocks
    assert rt.blocks[2:] == original.blocks
    assert desk.edit.footnoteNumbers() == [1, 2]


def test_huge_paste_is_cut_to_the_limit_of_a_text_with_a_notice(qtbot: Any, desk: Any) -> None:
    from mesdesk.gui.richtext.clipboard import paste_notices
    from mesdesk.model.limits import MAX_RICH_CHARS, rich_chars

    line = "Les ateliers du mercredi ont accueilli des jeunes du quartier, avec des bénévoles. "
    text = "\n".join([line] * 24000)  # about 2 MB
    assert len(text.encode("utf-8")) > 2_000_000
    notices: list[str] = []
    paste_notices.cut.connect(notices.append)
    start = time.perf_counter()
    paste(qtbot, desk.edit, text=text)
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    kept = desk.edit.richText()
    assert rich_chars(kept) == MAX_RICH_CHARS  # the first 200,000 characters, in order
    lines = kept.plain_text().split("\n")
    assert len(lines) > 2000 and all(x.strip() == line.strip() for x in lines[:-1])
    assert notices and "seuls ses 200" in notices[0]
    assert desk.window.statusBar().currentMessage() == notices[0]
    # A freeze guard, not a benchmark: the whole 2 MB once took ~1.7 s on an idle machine
    # and the kept tenth far less; a shared CI core may be many times slower.
    assert elapsed < 30.0, f"pasting 2 MB took {elapsed:.1f} s"
    paste_notices.cut.disconnect(notices.append)


@pytest.mark.serial  # 100 MB and a time limit: alone on the CPU
def test_100_mb_paste_does_not_freeze(qtbot: Any, desk: Any) -> None:
    from mesdesk.model.limits import MAX_RICH_CHARS, rich_chars

    text = "x" * (100 * 1024 * 1024)  # one line without spaces: the worst case for layout and typography
    start = time.perf_counter()
    paste(qtbot, desk.edit, text=text)
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    assert rich_chars(desk.edit.richText()) == MAX_RICH_CHARS
    assert "200" in desk.window.statusBar().currentMessage()
    assert elapsed < 45.0, f"pasting 100 MB took {elapsed:.1f} s"  # a freeze guard (once: minutes)


def test_a_long_run_without_spaces_is_split_not_lost(qtbot: Any, desk: Any) -> None:
    blob = "QUJD" * 2_500  # 10,000 characters of base64
    paste(qtbot, desk.edit, text=f"clé : {blob}")
    kept = desk.edit.richText().plain_text()
    assert kept.replace(" ", "") == f"clé:{blob}" and max(len(w) for w in kept.split()) == 2_000
    assert "sans espace ont été coupées par des espaces" in desk.window.statusBar().currentMessage()


def test_a_paste_within_the_limit_says_nothing(qtbot: Any, desk: Any) -> None:
    paste(qtbot, desk.edit, text="Un\nDeux")
    assert desk.edit.richText().plain_text() == "Un\nDeux"
    assert desk.window.statusBar().currentMessage() == ""


COPY_THEN_QUIT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mesdesk.gui.richtext import RichTextEdit
from mesdesk.model.richtext import Footnote, Paragraph, RichText, Text
app = QApplication([])
edit = RichTextEdit()
edit.show()
edit.setRichText(RichText((Paragraph((Text("Copié"), Footnote((Text("note"),)))),)))
edit.selectAll()
QTest.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
assert QApplication.clipboard().mimeData().hasFormat("application/x-mesdesk-richtext+json")
"""


def test_quitting_with_a_copy_on_the_clipboard_does_not_crash(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", COPY_THEN_QUIT], env=env, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
