"""Exporting from the window: the dialog, the worker thread, and what lands in the files."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
import openpyxl
from gui_helpers import outline_select, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mesdesk.cli.main import main as cli_main
from mesdesk.gui import desktop

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def run_export(window: Any, qtbot: Any, word: Path | None, excel: Path | None) -> Any:
    window.actionExport.trigger()
    dialog = window.findChild(QDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.wordCheck.setChecked(word is not None)
    dialog.excelCheck.setChecked(excel is not None)
    if word is not None:
        dialog.wordPath.setText(str(word))
    if excel is not None:
        dialog.excelPath.setText(str(excel))
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error is not None, timeout=30000)
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=5000)
    return dialog


def docx_texts(path: Path) -> list[str]:
    """Body paragraphs then footnotes, as text: what a reader of the document sees."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    with zipfile.ZipFile(path) as archive:
        if "word/footnotes.xml" in archive.namelist():
            from lxml import etree

            root = etree.fromstring(archive.read("word/footnotes.xml"))
            for note in root.iter(W + "footnote"):
                texts.append("".join(t.text or "" for t in note.iter(W + "t")).strip())
    return texts


def test_bullet_list_and_footnote_from_the_toolbar_reach_the_docx(qtbot: Any, window: Any, tmp_path: Path) -> None:
    outline_select(window, qtbot, "1.1")
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    toolbar = window.formatToolBar
    if toolbar.action("bullet").isChecked():  # the narrative of 1.1 ends in a list: leave it first
        toolbar.action("bullet").trigger()
    type_text(edit, "Paragraphe avant la liste")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    toolbar.action("bullet").trigger()
    type_text(edit, "Puce tapée dans MES Desk")
    window.findChild(type(toolbar.action("footnote")), "actionFootnote").trigger()
    note = window.findChild(QDialog, "footnoteDialog")
    assert note is not None
    type_text(note.noteEdit, "Note tapée dans la fenêtre")
    note.accept()
    qtbot.waitUntil(lambda: not window.doc.save_pending, timeout=3000)

    dialog = run_export(window, qtbot, tmp_path / "bilan.docx", None)
    assert dialog.error is None, dialog.error
    document = docx.Document(str(tmp_path / "bilan.docx"))
    bullet = next(p for p in document.paragraphs if "Puce tapée dans MES Desk" in p.text)
    assert bullet._p.find(f"{W}pPr/{W}numPr") is not None, "the typed item is a Word list item"
    plain = next(p for p in document.paragraphs if p.text.strip() == "Paragraphe avant la liste")
    assert plain._p.find(f"{W}pPr/{W}numPr") is None
    assert bullet._p.find(f".//{W}footnoteReference") is not None, "the note is anchored in the item"
    assert "Note tapée dans la fenêtre" in docx_texts(tmp_path / "bilan.docx")


def test_gui_exports_equal_the_command_line_exports(qtbot: Any, window: Any, tmp_path: Path,
                                                    monkeypatch: Any) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(desktop, "open_file", lambda p: opened.append(p) or True)
    monkeypatch.setattr(desktop, "show_in_folder", lambda p: opened.append(p.parent) or True)
    gui_docx, gui_xlsx = tmp_path / "gui.docx", tmp_path / "gui.xlsx"
    dialog = run_export(window, qtbot, gui_docx, gui_xlsx)
    assert dialog.error is None, dialog.error
    assert dialog.progress.value() == 100
    assert dialog.openWordButton.isVisible() and dialog.showFolderButton.isVisible()
    qtbot.mouseClick(dialog.openWordButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.showFolderButton, Qt.MouseButton.LeftButton)
    assert opened == [gui_docx, tmp_path]

    cli_docx, cli_xlsx = tmp_path / "cli.docx", tmp_path / "cli.xlsx"
    code = cli_main(["export", str(window.doc.path), "--report", "2024", "--docx", str(cli_docx),
                     "--xlsx", str(cli_xlsx)])
    assert code == 0
    assert docx_texts(gui_docx) == docx_texts(cli_docx)
    assert len(docx_texts(gui_docx)) > 100  # the whole report, not an empty document

    def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
        book = openpyxl.load_workbook(path)
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}

    assert cells(gui_xlsx) == cells(cli_xlsx)
    # The dialog remembers its choices for next time.
    assert window.settings.export_path("word") == gui_docx
    assert window.settings.export_choice() == (True, True)


def test_a_failed_export_says_what_to_do_and_keeps_the_old_file(qtbot: Any, window: Any, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "bilan.docx"
    dialog = run_export(window, qtbot, target, None)
    assert dialog.outcome is None and dialog.error
    assert not target.exists()
    assert "autre dossier" in dialog.statusLabel.text()
    assert dialog.exportButton.isEnabled() and dialog.closeButton.isEnabled()
