"""« Fichier › Importer une relecture Word… » and the « Relecture » panel, driven like a user:
the menu entry, the file chooser, the cards' buttons, a click on a card, Ctrl+Z, a
reopened workspace; read back from the file on disk."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import action_text_on_disk, read_column
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parents[1] / "exchange" / "review_import"))
from reviewed_docx import Reviewer  # noqa: E402

from mesdesk.exchange.docx import export_docx  # noqa: E402

MARIE = "Marie Dupont"
SHOTS = os.environ.get("MESDESK_SHOTS")  # a folder: the test saves what it shows there


def _reviewed(window: Any, tmp_path: Path) -> Path:
    exported = tmp_path / "export.docx"
    export_docx(window.doc.report, exported)
    reviewer = Reviewer(exported)
    reviewer.replace("présente à ce jour", "comptait fin 2024", MARIE, "2026-12-01T10:00:00Z")
    reviewer.insert("une progression évidente", " et durable", MARIE, "2026-12-01T10:01:00Z")
    reviewer.delete(" et une administratrice bénévole (réseaux sociaux)", "Paul Martin", "2026-12-02T09:00:00Z")
    reviewer.comment("moyens instables", MARIE, "2026-12-01T11:00:00Z", "Lesquels ?")
    reviewer.retype("Cet objectif a été transformé", "Cet objectif a été profondément transformé")
    return reviewer.save(tmp_path / "relu.docx")


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):  # pending layout requests first: the picture is what a user sees
            QApplication.processEvents()
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _import(window: Any, qtbot: Any, dialogs: Any, path: Path) -> Any:
    dialogs.open_files.append(path)
    window.actionImportReview.trigger()
    panel = window.findChild(object, "reviewPanel")
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible())
    return panel


def _card(panel: Any, words: str) -> Any:
    return next(c for c in panel.cards() if words in c.words.text())


def test_import_review_then_accept_refuse_undo_and_reopen(
    window: Any, qtbot: Any, dialogs: Any, tmp_path: Path, controller: Any
) -> None:
    path = window.doc.path
    panel = _import(window, qtbot, dialogs, _reviewed(window, tmp_path))
    assert window.findChild(object, "menuFile").actions().count(window.actionImportReview) == 1
    summary = panel.summary.text()
    assert "Relecture relu.docx : bilan 2024" in summary and "2 suggestion(s) de Marie Dupont" in summary
    assert "4 suggestion(s) en attente." in summary
    cards = panel.cards()
    assert len(cards) == 4
    replacement = _card(panel, "comptait fin 2024")
    html = replacement.words.text()
    assert "line-through" in html and "présente à ce jour" in html and "underline" in html
    assert replacement.header.text().startswith("Marie Dupont · 1.1 Récit · remplacement · 01/12/2026")
    difference = _card(panel, "profondément")
    assert "modifié sans suivi" in difference.header.text()
    _shot(window, "review-panel-window")
    _shot(panel, "review-panel")
    # The import is saved, and the text did not change.
    assert read_column(path, "SELECT count(*) FROM review_suggestion WHERE status = 'pending'") == 4
    assert read_column(path, "SELECT count(*) FROM comment") == 1
    action_uid = next(a.uid for a in window.doc.convention.actions if a.number == "1.1")
    assert "présente à ce jour" in action_text_on_disk(path, action_uid, 2024, "narrative")

    # A click on a card opens its place with its words selected.
    item = panel.list.item(next(i for i, c in enumerate(panel.cards()) if c is replacement))
    panel.list.itemClicked.emit(item)
    editor = window.actionPage.narrativeEditor.textEdit()
    qtbot.waitUntil(lambda: editor.textCursor().selectedText() == "présente à ce jour")

    # « Accepter »: the text changes, the card goes; saved at once.
    qtbot.mouseClick(replacement.accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.cards()) == 3)
    assert "comptait fin 2024" in action_text_on_disk(path, action_uid, 2024, "narrative")
    assert "comptait fin 2024" in editor.toPlainText()
    # « Refuser » Paul's deletion: the text stays.
    qtbot.mouseClick(_card(panel, "administratrice").reject, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.cards()) == 2)
    assert "administratrice" in action_text_on_disk(path, action_uid, 2024, "means")
    # Ctrl+Z: the refusal is undone, the card is back.
    panel.list.setFocus()
    window.actionUndo.trigger()
    qtbot.waitUntil(lambda: len(panel.cards()) == 3)
    # « Tout accepter »: one step.
    qtbot.mouseClick(panel.accept_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.cards())
    assert "administratrice" not in action_text_on_disk(path, action_uid, 2024, "means")
    assert "et durable" in action_text_on_disk(path, action_uid, 2024, "evaluation")
    _shot(panel, "review-panel-done")
    panel.list.setFocus()  # the panel's: Ctrl+Z is the window's, not a text's
    window.actionUndo.trigger()
    qtbot.waitUntil(lambda: len(panel.cards()) == 3)
    assert "administratrice" in action_text_on_disk(path, action_uid, 2024, "means")

    # Closed and reopened: the pending suggestions are still there.
    window.close()
    again = controller.start(path)
    again.show()
    again.actionReviewSuggestions.trigger()  # Bilan › Suggestions des relecteurs
    reopened = again.findChild(object, "reviewPanel")
    qtbot.waitUntil(lambda: len(reopened.cards()) == 3)
    again.close()


def test_a_stale_suggestion_can_only_be_refused(window: Any, qtbot: Any, dialogs: Any, tmp_path: Path) -> None:
    from mesdesk.gui.commands import EditCommand
    from mesdesk.model.edits import SetField
    from mesdesk.model.richtext import RichText

    panel = _import(window, qtbot, dialogs, _reviewed(window, tmp_path))
    action = next(a for a in window.doc.convention.actions if a.number == "1.1")
    text = window.doc.report.text_for(action)
    window.doc.undo_stack.push(EditCommand(window.doc, SetField(text, "means", RichText.plain("Tout autre chose.")),
                                           "test"))
    qtbot.waitUntil(lambda: _card(panel, "administratrice").findChild(object, "suggestionStale") is not None)
    stale = _card(panel, "administratrice")
    assert not stale.accept.isEnabled() and stale.reject.isEnabled()
    _shot(stale, "review-card-stale")
    qtbot.mouseClick(stale.reject, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.cards()) == 3)


def test_a_file_of_another_year_is_refused_with_a_message(
    window: Any, qtbot: Any, dialogs: Any, tmp_path: Path
) -> None:
    reviewed = _reviewed(window, tmp_path)
    reviewer = Reviewer(reviewed)
    import zipfile

    with zipfile.ZipFile(reviewed) as z:
        custom = z.read("docProps/custom.xml").decode()
    reviewer.parts["docProps/custom.xml"] = custom.replace(">2024<", ">2023<").encode()
    other = reviewer.save(tmp_path / "2023.docx")
    dialogs.open_files.append(other)
    window.actionImportReview.trigger()
    assert dialogs.told and dialogs.told[-1]["severity"] == "warning"
    assert "2023.docx" in dialogs.told[-1]["text"] and "2023" in dialogs.told[-1]["details"]
    assert read_column(window.doc.path, "SELECT count(*) FROM review_suggestion") == 0


@pytest.mark.parametrize("language", ["en"])
def test_the_panel_speaks_english(window: Any, qtbot: Any, dialogs: Any, tmp_path: Path, controller: Any,
                                  language: str) -> None:
    reviewed = _reviewed(window, tmp_path)
    window = controller.set_language(language)
    window.show()
    panel = _import(window, qtbot, dialogs, reviewed)
    texts = [panel.windowTitle(), panel.accept_all.text(), panel.reject_all.text(), panel.summary.text()]
    for card in panel.cards():
        texts += [card.header.text(), card.accept.text(), card.reject.text()]
    joined = "\n".join(texts)
    assert "Review" in panel.windowTitle() and "Accept all" in joined and "Reject" in joined
    for french in ("Relecture", "Tout accepter", "Refuser", "suggestion(s) en attente", "remplacement",
                   "modifié sans suivi", "Récit", "commentaire"):
        assert french not in joined, (french, joined)
    _shot(panel, "review-panel-en")
