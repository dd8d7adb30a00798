"""A list of every menu command and its keyboard shortcut (F1)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

# Keys handled inside widgets rather than by menu commands.
def _widget_keys(dialog: QDialog) -> list[tuple[str, str]]:
    return [
        (dialog.tr("Changer de niveau de puce"), dialog.tr("Tab / Maj+Tab")),
        (dialog.tr("Tableaux : ajouter une ligne"), dialog.tr("Inser")),
        (dialog.tr("Tableaux : supprimer la ligne"), dialog.tr("Ctrl+Suppr")),
        (dialog.tr("Tableaux : déplacer la ligne"), dialog.tr("Alt+Haut / Alt+Bas")),
        (dialog.tr("Plan : supprimer l'axe ou l'action"), dialog.tr("Suppr")),
        (dialog.tr("Onglet suivant de la page"), dialog.tr("Ctrl+Tab")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        rows: list[tuple[str, str]] = []
        for action in window.findChildren(type(window.actions()[0])) if window.actions() else []:
            if action.text() and not action.shortcut().isEmpty():
                keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
                rows.append((action.text().replace("&", ""), keys))
        rows.sort()
        rows += _widget_keys(self)
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
