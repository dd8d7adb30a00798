"""The two small dialogs of the editor: a link (address + text) and a footnote's text.

They are opened with ``open()`` (window-modal, no nested event loop): the editor
applies the result from the ``accepted`` signal, which keeps tests and the rest of
the window responsive.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesdesk.model.richtext import Text

from .editor import RichTextEdit

_HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_EMAIL = re.compile(r"^[^@\s/]+@[^@\s/]+\.[^@\s/]+$")


def normalize_url(value: str) -> str:
    """An address as typed made followable: ``site.org`` → ``https://site.org``."""
    url = value.strip()
    if not url or _HAS_SCHEME.match(url):
        return url
    if _EMAIL.match(url):
        return "mailto:" + url
    return "https://" + url


class LinkDialog(QDialog):
    """Address and shown text of a link; can also remove an existing link."""

    def __init__(
        self,
        parent: QWidget | None,
        url: str = "",
        text: str = "",
        text_editable: bool = True,
        can_remove: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Lien"))
        self.removed = False
        self.urlEdit = QLineEdit(url, self)
        self.urlEdit.setObjectName("linkUrl")
        self.urlEdit.setPlaceholderText(self.tr("https://… ou adresse électronique"))
        self.urlEdit.setMinimumWidth(360)
        self.textEdit = QLineEdit(text, self)
        self.textEdit.setObjectName("linkText")
        self.textEdit.setEnabled(text_editable)
        self.textEdit.setPlaceholderText(self.tr("Par défaut, l’adresse elle-même"))
        form = QFormLayout()
        form.addRow(self.tr("&Adresse :"), self.urlEdit)
        form.addRow(self.tr("&Texte affiché :"), self.textEdit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if can_remove:
            remove = QPushButton(self.tr("Retirer le lien"), self)
            remove.setObjectName("removeLink")
            self.buttons.addButton(remove, QDialogButtonBox.ButtonRole.ResetRole)
            remove.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.urlEdit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.urlEdit.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.urlEdit.text().strip()))

    def _remove(self) -> None:
        self.removed = True
        self.accept()

    def url(self) -> str:
        return normalize_url(self.urlEdit.text())

    def text(self) -> str:
        return self.textEdit.text()


class FootnoteDialog(QDialog):
    """The text of one footnote, edited in a small rich-text field.

    Enter validates (a note is one paragraph); bold, italic and links work with
    their usual shortcuts.
    """

    deleteRequested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        content: tuple[Text, ...] = (),
        number: int | None = None,
        can_delete: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("footnoteDialog")
        self.deleted = False
        if number:
            self.setWindowTitle(self.tr("Note de bas de page {number}").format(number=number))
        else:
            self.setWindowTitle(self.tr("Nouvelle note de bas de page"))
        label = QLabel(self.tr("&Texte de la note :"), self)
        self.noteEdit = RichTextEdit(self, inline_only=True)
        self.noteEdit.setObjectName("footnoteText")
        self.noteEdit.setPlaceholderText(self.tr("Source, précision, référence…"))
        self.noteEdit.setNoteContent(content)
        self.noteEdit.moveCursor(QTextCursor.MoveOperation.End)  # ready to go on writing
        self.noteEdit.setMinimumWidth(420)
        self.noteEdit.setFixedHeight(self.noteEdit.fontMetrics().lineSpacing() * 4 + 16)
        self.noteEdit.submitted.connect(self.accept)
        label.setBuddy(self.noteEdit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if can_delete:
            delete = QPushButton(self.tr("Supprimer la note"), self)
            delete.setObjectName("deleteFootnote")
            self.buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.noteEdit)
        hint = QLabel(self.tr("Entrée pour valider, Échap pour annuler."), self)
        hint.setEnabled(False)  # greyed: a hint, not content
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.noteEdit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _delete(self) -> None:
        self.deleted = True
        self.accept()

    def content(self) -> tuple[Text, ...]:
        return self.noteEdit.noteContent()
