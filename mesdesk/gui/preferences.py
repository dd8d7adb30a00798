"""Preferences: the interface language (applied at once: the window is rebuilt), spelling,
and the name written as the author of review comments."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui.settings import AppSettings, os_user_name


class PreferencesDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Préférences"))
        self.languageCombo = QComboBox(self)
        self.languageCombo.setObjectName("languageCombo")
        # Each language is named in itself, so it can be found whatever the current one.
        self.languageCombo.addItem("Français", "fr")
        self.languageCombo.addItem("English", "en")
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(settings.language)))
        label = QLabel(self.tr("&Langue de l'interface :"), self)
        label.setBuddy(self.languageCombo)
        self.spellingCheck = QCheckBox(self.tr("Vérifier l'&orthographe pendant la frappe"), self)
        self.spellingCheck.setObjectName("spellingCheck")
        self.spellingCheck.setChecked(settings.spelling_enabled)
        self.authorEdit = QLineEdit(settings.comment_author, self)
        self.authorEdit.setObjectName("commentAuthor")
        self.authorEdit.setPlaceholderText(os_user_name())
        self.authorEdit.setMinimumWidth(220)
        author_label = QLabel(self.tr("&Nom affiché dans les commentaires :"), self)
        author_label.setBuddy(self.authorEdit)
        note = QLabel(self.tr("Le changement s'applique immédiatement ; votre travail en cours est conservé."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.languageCombo)
        form.addRow("", self.spellingCheck)
        form.addRow(author_label, self.authorEdit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def spelling_enabled(self) -> bool:
        return self.spellingCheck.isChecked()

    def comment_author(self) -> str:
        """The name typed (empty: the system's name, the default)."""
        return " ".join(self.authorEdit.text().split()) or os_user_name()

    def language(self) -> str:
        return str(self.languageCombo.currentData())


def author_name(settings: AppSettings) -> str:
    """The name snapshots and approvals are signed with (« validé par NOM »): the one
    comments are signed with (Préférences, else the system user's name)."""
    return settings.comment_author
