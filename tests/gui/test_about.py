"""« Aide › À propos » names the version the command line and the bundles carry."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu

import mesdesk


def _about_from_help_menu(window: Any) -> None:
    help_menu = window.findChild(QMenu, "menuHelp")
    assert help_menu is not None
    about = [a for a in help_menu.actions() if a.objectName() == "actionAbout"]
    assert about, [a.text() for a in help_menu.actions()]
    about[0].trigger()


def test_about_shows_the_version(window: Any, dialogs: Any) -> None:
    _about_from_help_menu(window)
    notice = dialogs.told[-1]
    assert notice["title"] == "À propos de MES Desk"
    assert f"MES Desk {mesdesk.__version__} —" in notice["text"]


def test_about_shows_the_version_in_english(controller: Any, window: Any, dialogs: Any) -> None:
    english = controller.set_language("en")
    _about_from_help_menu(english)
    notice = dialogs.told[-1]
    assert notice["title"] == "About MES Desk"
    assert f"MES Desk {mesdesk.__version__}" in notice["text"]
    assert "rédiger" not in notice["text"]
