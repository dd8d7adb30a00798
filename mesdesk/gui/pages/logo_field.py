"""A logo on the cover form: its preview, « Choisir une image… » and « Retirer ».

The file is checked before it is taken (size, PNG or JPEG by its first bytes, an image
Qt can read and the Word export accepts), then stored as bytes in the workspace
through an undoable command; the preview follows the model on every refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mesdesk.gui import messages
from mesdesk.gui.commands import EditCommand
from mesdesk.gui.document import Document
from mesdesk.model.edits import SetLogo

MAX_LOGO_BYTES = 5 * 1024 * 1024
PREVIEW_SIZE = QSize(180, 72)


class LogoRefused(ValueError):
    """Why a chosen file cannot be a logo (a sentence for the user)."""


class LogoField(QWidget):
    """Preview and buttons for one logo (``owner``: ``organisation`` or ``funder``)."""

    def __init__(self, doc: Document, owner: str, names: tuple[str, str, str], current: Callable[[], bytes | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.owner = owner
        self._current = current
        preview_name, choose_name, remove_name = names

        self.preview = QLabel(self)
        self.preview.setObjectName(preview_name)
        self.preview.setFixedSize(PREVIEW_SIZE + QSize(8, 8))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # « (aucun logo) » greyed
        self.chooseButton = QPushButton(self.tr("Choisir une image…"), self)
        self.chooseButton.setObjectName(choose_name)
        self.chooseButton.clicked.connect(self.choose)
        self.removeButton = QPushButton(self.tr("Retirer"), self)
        self.removeButton.setObjectName(remove_name)
        self.removeButton.clicked.connect(self.remove)

        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.chooseButton)
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        data = self._current()
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("(aucun logo)") if not data else self.tr("(image illisible)"))
            self.preview.setToolTip("")
        else:
            pixmap = QPixmap.fromImage(image).scaled(
                PREVIEW_SIZE * self.devicePixelRatioF(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.preview.setText("")
            self.preview.setPixmap(pixmap)
            self.preview.setToolTip(self.tr("%1 × %2 pixels").replace("%1", str(image.width()))
                                    .replace("%2", str(image.height())))
        if not data and self.removeButton.hasFocus():
            # A disabled button passes focus on, maybe to a text field whose own undo would
            # then take Ctrl+Z: keep it on this logo's other button.
            self.chooseButton.setFocus()
        self.removeButton.setEnabled(bool(data))
        enabled = self.owner == "organisation" or self.doc.convention is not None
        self.chooseButton.setEnabled(enabled)

    # -- editing --------------------------------------------------------------------------
    def choose(self) -> None:
        path = messages.choose_open_file(self, self.tr("Choisir une image"), self.doc.path.parent,
                                         self.tr("Images PNG ou JPEG (*.png *.jpg *.jpeg)"))
        if path is None:
            return
        try:
            data = self.read_image(path)
        except LogoRefused as exc:
            messages.tell(self, self.tr("Logo"), str(exc), severity="warning")
            return
        if data == self._current():
            return
        text = (self.tr("Logo de l'organisation") if self.owner == "organisation"
                else self.tr("Logo du financeur"))
        self.doc.undo_stack.push(EditCommand(self.doc, SetLogo(self.doc.session, self.owner, self.doc.convention, data), text))

    def remove(self) -> None:
        if not self._current():
            return
        text = (self.tr("Retrait du logo de l'organisation") if self.owner == "organisation"
                else self.tr("Retrait du logo du financeur"))
        self.doc.undo_stack.push(EditCommand(self.doc, SetLogo(self.doc.session, self.owner, self.doc.convention, None), text))

    def read_image(self, path: Path) -> bytes:
        """The file's bytes if it can be a logo; ``LogoRefused`` says why not."""
        name = path.name
        try:
            size = path.stat().st_size
            if size > MAX_LOGO_BYTES:
                raise LogoRefused(self.tr("%1 pèse %2 Mo : une image de moins de 5 Mo est attendue.")
                                  .replace("%1", name).replace("%2", QLocale().toString(size / 1024 / 1024, "f", 1)))
            data = path.read_bytes()
        except OSError as exc:
            raise LogoRefused(self.tr("%1 ne peut pas être lu : %2.").replace("%1", name)
                              .replace("%2", exc.strerror or str(exc))) from exc
        # Loaded here, not at start-up: it brings python-docx (a fifth of a second).
        from mesdesk.exchange.docx.pictures import JPEG_SIGNATURE, PNG_SIGNATURE, UnreadableImage, check_image

        if not data.startswith((PNG_SIGNATURE, JPEG_SIGNATURE)):
            raise LogoRefused(self.tr("%1 n'est pas une image PNG ou JPEG : choisissez un fichier .png ou .jpg.")
                              .replace("%1", name))
        try:
            check_image(data)
        except UnreadableImage as exc:
            raise LogoRefused(self.tr("%1 est endommagé ou incomplet : l'image ne peut pas être lue.")
                              .replace("%1", name)) from exc
        if QImage.fromData(data).isNull():
            raise LogoRefused(self.tr("%1 est endommagé ou incomplet : l'image ne peut pas être lue.")
                              .replace("%1", name))
        return data
