"""After « Nouveau bilan à partir de l'année précédente »: the summary beside the text,
its figures one click away, and carried texts « à actualiser » in the outline."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import outline_select, read_column
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from test_reports_and_imports import create_report


def carried_report(window: Any, monkeypatch: pytest.MonkeyPatch) -> QDockWidget:
    create_report(window, monkeypatch, 2025, carry=True)
    panel = window.findChild(QDockWidget, "carryOverPanel")
    assert panel is not None and panel.isVisible()
    return panel


def test_summary_is_shown_beside_the_text_and_leads_to_each_figure(
    qtbot: Any, window: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = carried_report(window, monkeypatch)
    assert dialogs.asked == [] and dialogs.told == [], "nothing modal in the way"
    assert window.doc.report.year == 2025
    summary = panel.summary.text()
    assert summary.startswith("Bilan 2025 créé à partir du bilan 2024 : 10 action(s).")
    assert "« à actualiser »" in summary
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(texts) == len(panel.figures) > 0
    line = next(t for t in texts if t.startswith("1.1, récit : « 52"))
    assert line.endswith("= Visites du site internet")

    window.select_key(("preamble",))
    item = panel.list.item(texts.index(line))
    panel.list.setFocus()
    panel.list.setCurrentItem(item)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.actionPage.action.number == "1.1"
    edit = window.actionPage.narrativeEditor.textEdit()
    assert edit.hasFocus()
    cursor = edit.textCursor()
    assert cursor.selectedText() == "\ufffc", "the chip that replaced the figure is selected"
    chip = next(label for pos, _ref, label in edit.indicatorChips() if pos == cursor.selectionStart())
    assert chip == "Visites du site internet : valeur manquante"


def test_carried_texts_are_marked_until_their_status_changes(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    carried_report(window, monkeypatch)
    action = outline_select(window, qtbot, "1.1")
    index = window.outline.currentIndex()
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith("brouillon, à actualiser")
    marked_icon = index.data(Qt.ItemDataRole.DecorationRole).cacheKey()
    page = window.actionPage
    assert page.updateBanner.isVisibleTo(window)

    combo = page.statusCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # brouillon → relu
    text = window.doc.report.text_for(action)
    assert text.status.value == "relu" and not text.to_update
    index = window.outline.currentIndex()
    assert not (index.data(Qt.ItemDataRole.FontRole) and index.data(Qt.ItemDataRole.FontRole).italic())
    assert "à actualiser" not in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole).cacheKey() != marked_icon
    assert not page.updateBanner.isVisibleTo(window)
    assert read_column(window.doc.path, "SELECT t.to_update FROM action_text t JOIN action a ON a.id = t.action_id "
                       "JOIN report r ON r.id = t.report_id WHERE a.uid = ? AND r.year = 2025", action.uid) == 0
    # One Ctrl+Z puts both back.
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text.status.value == "brouillon" and text.to_update
    assert window.outline.currentIndex().data(Qt.ItemDataRole.FontRole).italic()
    # Other actions are still marked; the 2024 report never was.
    window.actionPreviousReport.trigger()
    assert window.doc.report.year == 2024
    assert not window.outline.currentIndex().data(Qt.ItemDataRole.FontRole)


def test_summary_follows_a_language_switch(
    qtbot: Any, controller: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_language import switch_language

    panel = carried_report(window, monkeypatch)
    count = panel.list.count()
    switch_language(window, "en", monkeypatch)
    english = controller.window.carry_over_panel
    assert english is not None and english.isVisibleTo(controller.window)
    assert english.summary.text().startswith("Report 2025 created from the 2024 report: 10 actions.")
    assert english.list.count() == count
    assert english.list.item(0).text().startswith("1.1, narrative: “")
