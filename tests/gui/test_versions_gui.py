"""Versions and approvals in the window, driven like a user: keep a version from the
« Versions » panel, type, compare side by side, restore a section (one Ctrl+Z), export the
version; approve a section, type, see « à revoir » in the page, the outline and Vérifier."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import action_text_on_disk, outline_select, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from mesdesk.gui.outline import ApprovalRole
from mesdesk.model.approvals import approval_state
from mesdesk.model.sections import Section


def _type_at_end(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, text)


def _pane_text(pane: Any) -> str:
    return pane.toPlainText()


def _formatted(pane: Any, strike: bool) -> str:
    """The characters of a compare pane drawn as changes (struck out, or coloured green)."""
    out = []
    block = pane.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if (strike and fmt.fontStrikeOut()) or (not strike and fmt.background().color().name() == "#d3f2df"):
                out.append(fragment.text())
            it += 1
        block = block.next()
    return "".join(out)


def test_keep_a_version_compare_restore_and_export(qtbot: Any, window: Any, dialogs: Any, tmp_path: Path) -> None:
    dialogs.texts.append("envoyée au CA le 3 mars")
    window.actionVersions.trigger()
    panel = window.side.versions
    assert panel.isVisible() and panel.list.count() == 0
    qtbot.mouseClick(panel.takeButton, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith("envoyée au CA le 3 mars\n")
    report = window.doc.report
    assert [s.name for s in report.snapshots] == ["envoyée au CA le 3 mars"]

    action = outline_select(window, qtbot, "1.1")
    edit = window.actionPage.narrativeEditor.textEdit()
    before = edit.toPlainText()
    _type_at_end(qtbot, edit, " Ajout après le conseil.")
    qtbot.waitUntil(lambda: "Ajout après le conseil" in action_text_on_disk(window.doc.path, action.uid, 2024,
                                                                               "narrative"), timeout=5000)

    qtbot.mouseClick(panel.compareButton, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog.isVisible() and dialog.current_section() == Section.of_action(action)
    assert dialog.sectionCombo.currentText().endswith("(modifiée)")
    assert "Ajout après le conseil" in _pane_text(dialog.newPane)
    assert "Ajout après le conseil" not in _pane_text(dialog.oldPane)
    assert _formatted(dialog.newPane, strike=False).strip() == "Ajout après le conseil."
    assert _formatted(dialog.oldPane, strike=True) == ""
    assert dialog.summary.text() == "0 mot(s) supprimé(s), 4 mot(s) ajouté(s)"
    # Typing while the dialog is open: today's side follows after the save.
    _type_at_end(qtbot, edit, " Encore.")
    qtbot.waitUntil(lambda: "Encore." in _pane_text(dialog.newPane), timeout=5000)
    assert dialog.summary.text() == "0 mot(s) supprimé(s), 5 mot(s) ajouté(s)"
    for _ in " Encore.":
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    window.doc.save_now()
    qtbot.waitUntil(lambda: "Encore." not in _pane_text(dialog.newPane), timeout=5000)

    # Restore the section: one undo step; Ctrl+Z brings today's text back. The section
    # approved meanwhile is « à revoir » after it, like after any edit.
    window.actionApproveSection.trigger()
    assert approval_state(report, Section.of_action(action)) == "approved"
    qtbot.mouseClick(dialog.restoreButton, Qt.MouseButton.LeftButton)
    assert approval_state(report, Section.of_action(action)) == "to_review"
    assert window.actionPage.approvalBar.label.text().startswith("À revoir depuis la modification du ")
    assert window.actionPage.narrativeEditor.textEdit().toPlainText() == before
    assert "Ajout après le conseil" not in action_text_on_disk(window.doc.path, action.uid, 2024, "narrative")
    assert dialog.summary.text() == "Aucune différence dans cette section."
    assert window.doc.undo_stack.undoText() == f"Restaurer « 1.1 {action.title} »"
    window.doc.undo_stack.undo()
    assert "Ajout après le conseil" in window.actionPage.narrativeEditor.textEdit().toPlainText()
    assert "Ajout après le conseil" in action_text_on_disk(window.doc.path, action.uid, 2024, "narrative")

    # Export the version: the old text, the live file untouched.
    on_disk = window.doc.path.read_bytes()
    target = tmp_path / "version.docx"
    dialogs.save_files.append(target)
    qtbot.mouseClick(panel.exportButton, Qt.MouseButton.LeftButton)
    paragraphs = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Ajout après le conseil" not in paragraphs and before.split("\n")[0][:60] in paragraphs
    assert window.doc.path.read_bytes() == on_disk

    # Rename then delete, each undoable.
    dialogs.texts.append("envoyée au CA (relue)")
    qtbot.mouseClick(panel.renameButton, Qt.MouseButton.LeftButton)
    assert panel.list.item(0).text().startswith("envoyée au CA (relue)\n")
    qtbot.mouseClick(panel.deleteButton, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0 and report.snapshots == []
    window.doc.undo_stack.undo()
    assert panel.list.count() == 1 and report.snapshots[0].name == "envoyée au CA (relue)"


def test_approve_then_type_sets_to_review_everywhere(qtbot: Any, window: Any) -> None:
    action = outline_select(window, qtbot, "1.2")
    page = window.actionPage
    bar = page.approvalBar
    assert bar.label.text() == "Pas encore validé"
    qtbot.mouseClick(bar.approveButton, Qt.MouseButton.LeftButton)
    report = window.doc.report
    section = Section.of_action(action)
    assert approval_state(report, section) == "approved"
    assert bar.label.text().startswith("Validé par ") and not bar.approveButton.isEnabled()
    index = window.outlineModel.index_for(("action", action.uid))
    assert index.data(ApprovalRole) == "approved"
    assert "Validé par" in index.data(Qt.ItemDataRole.ToolTipRole)

    _type_at_end(qtbot, page.evaluationEditor.textEdit(), " Revu.")
    qtbot.waitUntil(lambda: bar.label.text().startswith("À revoir depuis la modification du "), timeout=5000)
    assert approval_state(report, section) == "to_review"
    assert index.data(ApprovalRole) == "to_review"
    assert bar.approveButton.isEnabled()

    window.actionCheck.trigger()
    texts = [window.check_panel.list.item(i).text() for i in range(window.check_panel.list.count())]
    assert "Validation :" in texts
    assert any(t.startswith("1.2 : texte modifié le ") and t.endswith("à revoir") for t in texts)
    assert "Préambule : en attente de validation" in texts

    # Approving from the menu (Ctrl+Alt+V) on the préambule.
    window.select_key(("preamble",))
    window.actionApproveSection.trigger()
    assert approval_state(report, Section("preamble")) == "approved"
    assert window.preamblePage.approvalBar.label.text().startswith("Validé par ")
    window.doc.undo_stack.undo()
    assert approval_state(report, Section("preamble")) == "none"


def test_compare_an_action_with_last_year(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_reports_and_imports import create_report

    outline_select(window, qtbot, "2.1")
    assert not window.actionPage.approvalBar.compareButton.isEnabled(), "2024 is the first report"
    create_report(window, monkeypatch, 2025, carry=True)
    assert window.doc.report.year == 2025
    action = outline_select(window, qtbot, "2.1")
    page = window.actionPage
    assert page.approvalBar.compareButton.isEnabled()
    edit = page.evaluationEditor.textEdit()
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "Objectif atteint en 2025.")
    qtbot.mouseClick(page.approvalBar.compareButton, Qt.MouseButton.LeftButton)
    dialog = page.compareDialog
    assert dialog.isVisible() and dialog.windowTitle() == "Comparer avec l'an dernier"
    assert (dialog.oldTitle.text(), dialog.newTitle.text()) == ("Bilan 2024", "Bilan 2025")
    assert dialog.current_section() == Section.of_action(action)
    assert not dialog.restoreButton.isVisible(), "last year's text is compared, not restored"
    last_year = window.doc.convention.report_for(2024).find_text(action).evaluation.plain_text()
    assert _pane_text(dialog.oldPane).startswith("Évaluation\n" + last_year.split("\n")[0])
    assert "Objectif atteint en 2025." in _pane_text(dialog.newPane)
    assert _formatted(dialog.newPane, strike=False).startswith("Objectif atteint")
    assert _formatted(dialog.oldPane, strike=True).strip()  # last year's words, struck out

    # The chooser goes to another section; both panes scroll together.
    dialog.sectionCombo.setCurrentIndex(0)
    assert dialog.current_section() == Section("preamble")
    dialog.resize(700, 300)
    old_bar, new_bar = dialog.oldPane.verticalScrollBar(), dialog.newPane.verticalScrollBar()
    qtbot.waitUntil(lambda: old_bar.maximum() > 0 and new_bar.maximum() > 0, timeout=3000)
    old_bar.setValue(old_bar.maximum())
    assert new_bar.value() == new_bar.maximum()
    new_bar.setValue(0)
    assert old_bar.value() == 0
    dialog.close()


def test_the_approver_is_the_author_name_of_the_preferences(qtbot: Any, window: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from mesdesk.gui import preferences, settings
    from mesdesk.gui.settings import AppSettings

    monkeypatch.setattr(settings, "os_user_name", lambda: "Utilisateur Système")
    assert preferences.author_name(AppSettings()) == "Utilisateur Système"
    AppSettings().comment_author = "Claire Martin"
    assert preferences.author_name(AppSettings()) == "Claire Martin"
    window.select_key(("conclusion",))
    qtbot.mouseClick(window.conclusionPage.approvalBar.approveButton, Qt.MouseButton.LeftButton)
    assert window.conclusionPage.approvalBar.label.text().startswith("Validé par Claire Martin le ")
