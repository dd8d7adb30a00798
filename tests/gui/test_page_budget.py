"""The page budget: words and estimated pages in the status bar, the convention's limit
typed on the cover page, « Vérifier » warning past it; the report's language drives spelling."""

from __future__ import annotations

from typing import Any

from gui_helpers import read_column
from PySide6.QtCore import Qt

from mesdesk.model.page_estimate import estimate_pages


def open_cover(window: Any, qtbot: Any) -> Any:
    window.select_key(("cover",))
    page = window.coverPage
    qtbot.waitExposed(page)
    return page


def test_status_bar_shows_words_and_pages(window: Any) -> None:
    estimate = estimate_pages(window.doc.report)
    text = window.lengthLabel.text()
    assert f"≈ {estimate.pages} page" in text
    assert window.locale().toString(estimate.words) in text


def test_a_page_limit_typed_on_the_cover_is_saved_and_checked(qtbot: Any, window: Any, workspace_copy: Any) -> None:
    page = open_cover(window, qtbot)
    pages = estimate_pages(window.doc.report).pages
    spin = page.pageLimit
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(pages - 3))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: read_column(workspace_copy, "SELECT page_limit FROM convention") == pages - 3, timeout=4000)
    assert f"sur {pages - 3}" in window.lengthLabel.text()
    assert "b00000" in window.lengthLabel.styleSheet()
    window.actionCheck.trigger()
    lines = [window.check_panel.list.item(i).text() for i in range(window.check_panel.list.count())]
    assert f"Environ {pages} pages estimées pour {pages - 3} autorisées par la convention : à raccourcir" in lines


def test_the_report_language_is_saved_and_spelling_follows_it(qtbot: Any, window: Any, workspace_copy: Any) -> None:
    page = open_cover(window, qtbot)
    qtbot.waitUntil(lambda: window.spelling.active_checker() is not None, timeout=10000)
    assert window.spelling.active_checker().language == "fr"
    page.reportLanguage.setCurrentIndex(page.reportLanguage.findData("en"))
    qtbot.waitUntil(lambda: read_column(workspace_copy, "SELECT language FROM report") == "en", timeout=4000)
    qtbot.waitUntil(lambda: window.spelling.active_checker() is not None
                    and window.spelling.active_checker().language == "en", timeout=10000)
