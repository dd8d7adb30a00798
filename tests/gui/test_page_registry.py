"""Every node of the outline is shown by the page the registry names for its kind."""

from __future__ import annotations

from typing import Any

from mesdesk.gui.page_registry import PAGES, NodeKind, kind_of
from mesdesk.gui.pages.action_page import ActionPage
from mesdesk.gui.pages.text_page import TextPage


def test_every_outline_node_shows_the_page_of_its_kind(window: Any) -> None:
    keys = window.outlineModel.keys()
    kinds = {kind_of(key) for key in keys}
    assert {NodeKind.COVER, NodeKind.PREAMBLE, NodeKind.AXIS, NodeKind.ACTION, NodeKind.CONCLUSION,
            NodeKind.PARTNERS} <= kinds
    for key in keys:
        assert window.select_key(key), key
        kind = kind_of(key)
        if kind in PAGES:
            page = window.current_page()
            assert page is not None and window.pages.currentWidget() is page
            assert page is window._page(kind)  # one page per kind, built once
        else:  # an axis: the short text about it
            assert window.current_page() is None
            assert window.emptyPage.isVisible() and window.outlineModel.node(
                window.outlineModel.index_for(key)).obj.title in window.emptyPage.text()
    assert isinstance(window.actionPage, ActionPage)
    assert window.actionPage.action is not None and ("action", window.actionPage.action.uid) in keys
    assert isinstance(window.preamblePage, TextPage) and window.preamblePage.field == "preamble"
    assert isinstance(window.conclusionPage, TextPage) and window.conclusionPage.field == "conclusion"
