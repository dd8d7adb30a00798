"""Small round icons for the writing status of an action, drawn once and cached.

Drawn in code rather than loaded from files: nothing to ship, crisp at any scale.
Colour is never the only cue: the status is also in the tooltip and the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from mesdesk.model.entities import Status

_COLOURS = {
    Status.TO_WRITE: "#c0392b",
    Status.DRAFT: "#e67e22",
    Status.REVIEWED: "#2980b9",
    Status.VALIDATED: "#27ae60",
}
# How full the disc is: an empty ring for "to write", a full disc for "validated".
_FILL = {Status.TO_WRITE: 0.0, Status.DRAFT: 0.34, Status.REVIEWED: 0.67, Status.VALIDATED: 1.0}
TO_UPDATE_COLOUR = "#d68910"  # amber: a text carried over from last year, to bring up to date
_cache: dict[tuple[Status, bool], QIcon] = {}


def status_icon(status: Status, to_update: bool = False) -> QIcon:
    """The status disc; with ``to_update``, an amber badge in its corner (« à actualiser »)."""
    key = (status, to_update)
    if key not in _cache:
        icon = QIcon()
        for size in (16, 32):
            pixmap = _draw(status, size)
            if to_update:
                _badge(pixmap, size)
            icon.addPixmap(pixmap)
        _cache[key] = icon
    return _cache[key]


def _badge(pixmap: QPixmap, size: int) -> None:
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    radius = size * 0.24
    centre = QRectF(size - 2 * radius - size * 0.02, size - 2 * radius - size * 0.02, 2 * radius, 2 * radius)
    painter.setPen(QPen(QColor("white"), max(1.0, size / 16)))
    painter.setBrush(QColor(TO_UPDATE_COLOUR))
    painter.drawEllipse(centre)
    painter.end()


def _draw(status: Status, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS[status])
    margin = size * 0.15
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(QPen(colour, max(1.5, size / 10)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    fill = _FILL[status]
    if fill >= 1.0:
        painter.setBrush(colour)
        painter.drawEllipse(rect)
    elif fill > 0:
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPie(rect, 90 * 16, -int(360 * 16 * fill))
    painter.end()
    return pixmap


def to_update_label() -> str:
    """« à actualiser »: a text carried over from last year's report, not yet brought up to date."""
    return QCoreApplication.translate("Status", "à actualiser")


def status_label(status: Status) -> str:
    """The translated name of a status."""
    labels = {
        Status.TO_WRITE: QCoreApplication.translate("Status", "à rédiger"),
        Status.DRAFT: QCoreApplication.translate("Status", "brouillon"),
        Status.REVIEWED: QCoreApplication.translate("Status", "relu"),
        Status.VALIDATED: QCoreApplication.translate("Status", "validé"),
    }
    return labels[status]
