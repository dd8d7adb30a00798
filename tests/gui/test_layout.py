"""The window at a laptop's 1366×768: nothing cut, long titles wrap."""

from __future__ import annotations

from typing import Any

from gui_helpers import outline_select, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget


def widen_outline(window: Any, share: float) -> None:
    """Drag the splitter as a user would, giving the outline ``share`` of the width."""
    width = window.splitter.width()
    window.splitter.setSizes([int(width * share), width - int(width * share)])


def settle() -> None:
    """Let pending layout requests run (a page just shown lays itself out on the next turn)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def cut_widgets(window: Any, page: QWidget) -> list[str]:
    """Labels, buttons and tab bars of ``page`` narrower than their text needs."""
    settle()
    cut = []
    for widget in [page, *page.findChildren(QWidget)]:
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.width() < widget.minimumSizeHint().width():
                cut.append(f"label {widget.objectName()} {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                cut.append(f"button {widget.objectName()} {widget.text()!r}")
        elif isinstance(widget, QTabBar) and widget.count():
            if widget.tabRect(widget.count() - 1).right() > widget.width():
                cut.append(f"tabs {[widget.tabText(i) for i in range(widget.count())]}")
    return cut


def test_long_action_title_wraps_and_is_shown_whole(qtbot: Any, window: Any) -> None:
    widen_outline(window, 0.55)  # the outline widened to read long action titles
    action = outline_select(window, qtbot, "1.1")
    title = window.actionPage.titleEdit
    qtbot.waitUntil(lambda: title.lineCount() >= 2)
    assert title.text() == action.title
    assert title.verticalScrollBar().maximum() == 0, "every line is in view"
    assert title.height() >= 2 * title.fontMetrics().lineSpacing()
    # Back to a short title: one line again.
    outline_select(window, qtbot, "2.3")
    qtbot.waitUntil(lambda: title.lineCount() == 1)
    assert title.height() < 2 * title.fontMetrics().lineSpacing()


def test_wrapped_title_is_renamed_by_typing_and_enter(qtbot: Any, window: Any) -> None:
    action = outline_select(window, qtbot, "1.1")
    title = window.actionPage.titleEdit
    title.setFocus()
    title.selectAll()
    type_text(title, "Outils de communication")
    qtbot.keyClick(title, Qt.Key.Key_Return)  # ends the edit, adds no line break
    assert action.title == "Outils de communication"
    assert "\n" not in title.text()
    assert window.outline.currentIndex().data() == "1.1 Outils de communication"
    window.outline.setFocus()
    window.actionUndo.trigger()
    assert action.title.startswith("Consolidation des outils")


def test_escape_restores_the_title(qtbot: Any, window: Any) -> None:
    action = outline_select(window, qtbot, "1.2")
    before = action.title
    title = window.actionPage.titleEdit
    title.setFocus()
    type_text(title, " brouillon")
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert title.text() == before
    window.outline.setFocus()
    assert action.title == before


def test_no_page_is_cut_at_1366x768(qtbot: Any, window: Any) -> None:
    assert (window.width(), window.height()) == (1366, 768)
    # 2.1 leaves an indicator and an event behind: « Sans action » is walked too.
    outline_select(window, qtbot, "2.1")
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert ("unassigned",) in window.outlineModel.keys()
    cut: list[str] = []
    for key in window.outlineModel.keys():
        window.select_key(key)
        page = window.pages.currentWidget()
        if key[0] == "action":
            for tab in range(window.actionPage.tabs.count()):
                window.actionPage.tabs.setCurrentIndex(tab)
                cut += [f"{key} tab {tab}: {c}" for c in cut_widgets(window, page)]
            window.actionPage.tabs.setCurrentIndex(0)
            if window.actionPage.titleEdit.verticalScrollBar().maximum() > 0:
                cut.append(f"{key}: title")
        else:
            cut += [f"{key}: {c}" for c in cut_widgets(window, page)]
    assert cut == []
