"""Another year's report (empty or carried over), and importing Word and Excel files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import outline_select
from PySide6.QtWidgets import QDialog

from mesdesk.gui.new_report_dialog import NewReportDialog


def create_report(window: Any, monkeypatch: pytest.MonkeyPatch, year: int, carry: bool) -> None:
    def run(dialog: NewReportDialog) -> int:
        dialog.yearCombo.setCurrentIndex(dialog.yearCombo.findData(year))
        (dialog.carryRadio if carry else dialog.emptyRadio).setChecked(True)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.created else QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewReportDialog, "exec", run)
    window.actionNewReport.trigger()


def test_new_empty_report_for_the_next_year(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    create_report(window, monkeypatch, 2025, carry=False)
    assert window.doc.report.year == 2025
    assert window.reportSwitcher.currentText() == "Bilan 2025"
    action = outline_select(window, qtbot, "1.1")
    assert window.actionPage.narrativeEditor.textEdit().toPlainText() == ""
    assert window.doc.report.text_for(action).narrative.is_empty()
    # The previous year is one key away and still has its text.
    window.actionPreviousReport.trigger()
    assert window.doc.report.year == 2024
    assert window.actionPage.narrativeEditor.textEdit().toPlainText() != ""


def test_new_report_from_the_previous_year_marks_texts_to_update(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_report(window, monkeypatch, 2025, carry=True)
    assert window.doc.report.year == 2025
    outline_select(window, qtbot, "1.1")
    page = window.actionPage
    assert page.narrativeEditor.textEdit().toPlainText() != ""
    assert page.updateBanner.isVisibleTo(window)
    page.updateDoneButton.click()
    assert not page.updateBanner.isVisibleTo(window)
    assert not window.doc.report.text_for(page.action).to_update


def test_import_a_word_report_into_a_new_workspace(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path
) -> None:
    from mesdesk.exchange.docx import export_docx

    exported = tmp_path / "bilan-2024.docx"
    export_docx(window.doc.report, exported)
    dialogs.save_files.append(tmp_path / "vide.mesdesk")
    window.actionNew.trigger()
    assert window.doc.convention.axes == []
    dialogs.open_files.append(exported)
    dialogs.answers.append("import")
    window.actionImport.trigger()
    assert "Créer le bilan 2024" in dialogs.asked[-1]["text"]
    assert "Ctrl+Z" in dialogs.asked[-1]["details"]
    assert window.doc.report.year == 2024
    assert len(window.doc.convention.axes) == 4
    action = outline_select(window, qtbot, "1.1")
    assert "twitter" in window.actionPage.narrativeEditor.textEdit().toPlainText().lower()
    assert window.doc.report.text_for(action).evaluation.plain_text()
    assert dialogs.told[-1]["text"] == "Import terminé : bilan 2024."


def test_a_refused_word_file_changes_nothing(qtbot: Any, window: Any, dialogs: Any, tmp_path: Path) -> None:
    bad = tmp_path / "pas-un-bilan.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    dialogs.open_files.append(bad)
    before = window.doc.report.text_for(window.doc.convention.actions[0]).narrative
    window.actionImport.trigger()
    assert "ne peut pas être importé" in dialogs.told[-1]["text"]
    assert window.doc.report.text_for(window.doc.convention.actions[0]).narrative == before
