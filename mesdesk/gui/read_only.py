"""A workspace opened read-only (no write permission, a CD, a mailed attachment, a full
disk): the window shows it and lets nothing be edited.

Every field stays readable and selectable (copy works, find works); nothing that would
change the model is reachable, so no save is ever attempted. The banner offers the way
out: « Enregistrer une copie modifiable… ».
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)


def lock_widgets(root: QWidget) -> None:
    """Make every editing widget under ``root`` read-only (texts stay selectable)."""
    for edit in root.findChildren(QLineEdit):
        edit.setReadOnly(True)
    for edit in root.findChildren(QTextEdit):
        edit.setReadOnly(True)
    for edit in root.findChildren(QPlainTextEdit):
        edit.setReadOnly(True)
    for spin in root.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)
    for combo in root.findChildren(QComboBox):
        combo.setEnabled(False)
    for view in root.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button.parentWidget(), QTabBar):  # the tabs' scroll arrows still scroll
            button.setEnabled(False)


class ReadOnlyBanner(QToolBar):
    """A band under the menus: why the file is read-only, and the button to a writable copy."""

    def __init__(self, cause: str | None, save_copy: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setStyleSheet("#readOnlyBanner { background: #fff4d6; border-bottom: 1px solid #e0c060; padding: 2px; }")
        self.label = QLabel(self)
        self.label.setObjectName("readOnlyMessage")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setText(
            self.tr("Lecture seule : %1. Rien n'y est enregistré.").replace("%1", self.reason(cause)))
        self.label.setToolTip(self.tr("Pour modifier ce bilan, enregistrez-en une copie dans un dossier "
                                      "où vous pouvez écrire : la copie s'ouvre à sa place."))
        self.label.setContentsMargins(6, 0, 12, 0)
        self.addWidget(self.label)
        self.button = QPushButton(self.tr("Enregistrer une copie &modifiable…"), self)
        self.button.setObjectName("saveWritableCopy")
        self.button.clicked.connect(save_copy)
        self.addWidget(self.button)

    def reason(self, cause: str | None) -> str:
        """Why the file is read-only (the causes of ``store.access.read_only_cause``)."""
        texts = {
            "medium": self.tr("le fichier est sur un support en lecture seule (CD, clé ou partage protégés)"),
            "file": self.tr("le fichier est protégé en écriture (droits d'accès)"),
            "folder": self.tr("son dossier est protégé en écriture (droits d'accès)"),
            "disk-full": self.tr("le disque est plein"),
            "requested": self.tr("il a été ouvert en lecture seule"),
        }
        return texts.get(cause or "", self.tr("il ne peut pas être modifié ici"))
