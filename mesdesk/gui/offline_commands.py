"""The « Hors ligne » menu of a window on a server: « Emporter pour travailler hors
ligne… » and « Rapporter… » (``store.checkout`` does the work)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mesdesk.gui import messages
from mesdesk.model.sharing import section_key
from mesdesk.store.checkout import bring_back, take_offline
from mesdesk.store.errors import WorkspaceError

if TYPE_CHECKING:
    from mesdesk.gui.document import Document
    from mesdesk.gui.main_window import MainWindow


class OfflineDialog(QDialog):
    """Which sections to take offline: the preamble, the actions, the conclusion (the
    current one is ticked). Each item holds its section key (``section_key``)."""

    def __init__(self, doc: "Document", current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineDialog")
        self.setWindowTitle(self.tr("Emporter pour travailler hors ligne"))
        intro = QLabel(self.tr("Les parties cochées sont copiées dans un fichier sur cet ordinateur et réservées "
                               "sur le serveur : les autres peuvent les lire, pas les modifier, jusqu'à ce que "
                               "vous les rapportiez. Seules ces parties reviennent au serveur."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("offlineActions")
        convention = doc.convention
        choices = [(section_key("preamble"), self.tr("Préambule"))]
        choices += [(section_key("action", action.uid), f"{action.number} {action.title}")
                    for action in (convention.actions if convention else [])]
        choices.append((section_key("conclusion"), self.tr("Conclusion")))
        for section, label in choices:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, section)
            item.setCheckState(Qt.CheckState.Checked if section == current else Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class OfflineCommands(QObject):
    """The menu and its two commands, for one window on a server."""

    def __init__(self, window: "MainWindow", doc: "Document") -> None:
        super().__init__(window)
        self.window, self.doc = window, doc
        self.menu = window.menuBar().addMenu(self.tr("Hors &ligne"))
        self.menu.setObjectName("offlineMenu")
        self.takeAction = self.menu.addAction(self.tr("&Emporter pour travailler hors ligne…"), self.take)
        self.bringAction = self.menu.addAction(self.tr("&Rapporter…"), self.bring)

    def remove(self) -> None:
        self.window.menuBar().removeAction(self.menu.menuAction())

    def take(self, chosen: list[str] | None = None, target: Path | None = None) -> Path | None:
        """Ask which sections and where (``chosen`` / ``target`` given: no question, for tests)."""
        doc = self.doc
        if doc.report is None:
            return None
        if chosen is None:
            key = self.window.current_key()
            dialog = OfflineDialog(doc, section_key(*key) if key else None, self.window)
            if not dialog.exec():
                return None
            chosen = dialog.chosen()
        if not chosen:
            return None
        if target is None:
            target = messages.choose_save_file(self.window, self.tr("Emporter hors ligne dans…"),
                                               Path.home() / "hors-ligne.mesdesk", self.tr("Espace de travail (*.mesdesk)"))
            if target is None:
                return None
        doc.save_now()
        try:
            path = take_offline(doc.workspace, doc.report, chosen, target, doc.sharing.author)
        except WorkspaceError as exc:
            messages.tell(self.window, self.tr("Emporter hors ligne"), str(exc), severity="warning")
            return None
        self.window.show_message(self.tr("%1 partie(s) emportée(s) dans « %2 » : ouvrez ce fichier pour y travailler, "
                                         "puis « Rapporter… ».").replace("%1", str(len(chosen))).replace("%2", path.name))
        if self.window.shared is not None:
            self.window.shared.refresh_presence()
        return path

    def bring(self, local: Path | None = None) -> bool:
        doc = self.doc
        if local is None:
            local = messages.choose_open_file(self.window, self.tr("Rapporter le travail hors ligne"), Path.home(),
                                              self.tr("Espace de travail (*.mesdesk)"))
            if local is None:
                return False
        doc.save_now()
        try:
            conflicts = bring_back(doc.workspace, local, doc.sharing.author)
        except WorkspaceError as exc:
            messages.tell(self.window, self.tr("Rapporter"), str(exc), severity="warning")
            return False
        doc.apply_remote([])  # everything read again: the texts brought back show
        if conflicts:
            doc.conflicts.extend(conflicts)
            doc.conflictsFound.emit(conflicts)
        self.window.show_message(self.tr("Travail hors ligne rapporté."))
        if self.window.shared is not None:
            self.window.shared.refresh_presence()
        return True
