"""A list of every menu command and its keyboard shortcut (F1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        rows: list[tuple[str, str]] = []
        for action in window.findChildren(QAction):
            # A table's own keys (one action per table) are listed once below, in words.
            if not action.text() or action.shortcut().isEmpty() or action.shortcutContext() not in (
                    Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
                continue
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            row = (self._place(action) + action.text().replace("&", ""), keys)
            if row not in rows:
                rows.append(row)
        rows.sort()
        rows += self._widget_keys()
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Commande"), self.tr("Raccourci")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for i, (name, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(name))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _place(self, action: QAction) -> str:
        """« Convention › » before « Descendre »: where the command is, so that alike
        names (Descendre, Monter…) say what they act on."""
        for owner in action.associatedObjects():
            if isinstance(owner, QMenu) and owner.title():
                return owner.title().replace("&", "") + " › "
            if isinstance(owner, QToolBar):
                return self.tr("Mise en forme") + " › "
        return ""

    def _widget_keys(self) -> list[tuple[str, str]]:
        """Keys handled inside widgets rather than by menu commands."""
        return [
            (self.tr("Changer de niveau de puce"), self.tr("Tab / Maj+Tab")),
            (self.tr("Action : aller à l'évaluation, au récit, aux moyens"), self.tr("Alt+V / Alt+R / Alt+Y")),
            (self.tr("Dates : ouvrir le calendrier"), self.tr("Alt+Bas / F4")),
            (self.tr("Tableaux : ajouter une ligne"), self.tr("Inser")),
            (self.tr("Tableaux : supprimer la ligne"), self.tr("Ctrl+Suppr")),
            (self.tr("Tableaux : déplacer la ligne"), self.tr("Alt+Haut / Alt+Bas")),
            (self.tr("Tableaux : modifier la cellule"), self.tr("F2")),
            (self.tr("Sans action : rattacher la ligne à une action"), self.tr("Ctrl+Entrée")),
            (self.tr("Plan : supprimer l'axe ou l'action"), self.tr("Suppr")),
            (self.tr("Onglet suivant de la page"), self.tr("Ctrl+Tab")),
        ]
