"""Commands about the application rather than the report: Préférences, Raccourcis
clavier, À propos, Ouvrir le journal (``window.app_commands``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mesdesk import logs
from mesdesk.gui import desktop, messages

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow


class AppCommands(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def preferences(self) -> None:
        """Spelling applies at once; another language rebuilds the window (``app.py``)."""
        from mesdesk.gui.preferences import PreferencesDialog

        window, settings = self.window, self.window.settings
        dialog = PreferencesDialog(settings, window)
        if not dialog.exec():
            return
        if dialog.spelling_enabled() != settings.spelling_enabled:
            settings.spelling_enabled = dialog.spelling_enabled()
            settings.sync()
            window.spelling.set_enabled(dialog.spelling_enabled())
        if dialog.comment_author() != settings.comment_author:
            settings.comment_author = dialog.comment_author()
            settings.sync()
        if dialog.language() != settings.language:
            settings.language = dialog.language()
            settings.sync()
            window.languageChangeRequested.emit(dialog.language())

    def show_shortcuts(self) -> None:
        from mesdesk.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window).exec()

    def about(self) -> None:
        from mesdesk import __version__

        messages.tell(self.window, self.tr("À propos de MES Desk"),
                      self.tr("MES Desk %1 — rédiger le bilan annuel d'une convention et l'exporter en Word et Excel.")
                      .replace("%1", __version__))

    def open_log(self) -> None:
        """Aide › Ouvrir le journal: the log file in the system's text viewer."""
        path = logs.ensure_log_file()
        if not desktop.open_file(path):
            messages.tell(self.window, self.tr("Journal"), self.tr("Le journal est ici : %1").replace("%1", str(path)))
