"""Toolbar icons: the desktop theme's when it has them, else small drawn ones.

The drawn icons are plain line drawings in one ink colour, so a mix with a theme's
icons stays quiet. They are drawn at twice their size for high-density screens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

INK = QColor("#3b3f45")
ACCENT = QColor("#2b5676")
SIZE = 24  # logical pixels


def _canvas(draw: Callable[[QPainter], None]) -> QPixmap:
    ratio = 2.0
    pixmap = QPixmap(int(SIZE * ratio), int(SIZE * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(ratio, ratio)
    draw(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _pen(width: float = 1.6, color: QColor = INK) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _letter(
    text: Callable[[], str], bold: bool = False, italic: bool = False, family: str = "DejaVu Sans"
) -> Callable[[QPainter], None]:
    def draw(p: QPainter) -> None:
        font = QFont(family)
        font.setPixelSize(17)
        font.setBold(bold)
        font.setItalic(italic)
        p.setFont(font)
        p.setPen(INK)
        p.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, text())

    return draw


def _lines(p: QPainter, left: float, rows: tuple[float, ...], right: float = 20.0) -> None:
    p.setPen(_pen())
    for y in rows:
        p.drawLine(QPointF(left, y), QPointF(right, y))


def _bullets(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    for y in (7.0, 12.0, 17.0):
        p.drawEllipse(QPointF(5.5, y), 1.7, 1.7)
    _lines(p, 10.0, (7.0, 12.0, 17.0))


def _numbers(p: QPainter) -> None:
    font = QFont("DejaVu Sans")
    font.setPixelSize(6)
    font.setBold(True)
    p.setFont(font)
    p.setPen(INK)
    for n, y in ((1, 7.0), (2, 12.0), (3, 17.0)):
        p.drawText(QRectF(1.5, y - 4, 7, 8), Qt.AlignmentFlag.AlignCenter, str(n))
    _lines(p, 10.0, (7.0, 12.0, 17.0))


def _level(more: bool) -> Callable[[QPainter], None]:
    def draw(p: QPainter) -> None:
        _lines(p, 4.0, (5.0, 19.0))
        _lines(p, 11.0, (10.0, 14.0))
        p.setPen(_pen(1.6, ACCENT))
        path = QPainterPath()
        if more:
            path.moveTo(4.0, 9.0)
            path.lineTo(7.5, 12.0)
            path.lineTo(4.0, 15.0)
        else:
            path.moveTo(7.5, 9.0)
            path.lineTo(4.0, 12.0)
            path.lineTo(7.5, 15.0)
        p.drawPath(path)

    return draw


def _link(p: QPainter) -> None:
    p.setPen(_pen(1.7))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.translate(12.0, 12.0)
    p.rotate(-45.0)
    p.drawRoundedRect(QRectF(-9.5, -3.2, 10.5, 6.4), 3.2, 3.2)
    p.drawRoundedRect(QRectF(-1.0, -3.2, 10.5, 6.4), 3.2, 3.2)


def _footnote(p: QPainter) -> None:
    font = QFont("DejaVu Serif")
    font.setPixelSize(15)
    p.setFont(font)
    p.setPen(INK)
    p.drawText(QRectF(0.5, 3.0, 15.0, 19.0), Qt.AlignmentFlag.AlignCenter, "ab")
    small = QFont("DejaVu Sans")
    small.setPixelSize(9)
    small.setBold(True)
    p.setFont(small)
    p.setPen(ACCENT)
    p.drawText(QRectF(15.0, 1.0, 8.0, 10.0), Qt.AlignmentFlag.AlignCenter, "1")
    p.setPen(_pen(1.0, INK))
    p.drawLine(QPointF(2.0, 21.5), QPointF(9.0, 21.5))


def _runin(p: QPainter) -> None:
    p.setPen(_pen(3.0, ACCENT))
    p.drawLine(QPointF(4.0, 7.0), QPointF(10.0, 7.0))
    p.setPen(_pen())
    p.drawLine(QPointF(13.5, 7.0), QPointF(20.0, 7.0))
    _lines(p, 4.0, (12.0, 17.0))


def _indicator(p: QPainter) -> None:
    """A value chip, as indicator references look in the text."""
    p.setPen(_pen(1.4, ACCENT))
    p.setBrush(QColor("#e4eef6"))
    p.drawRoundedRect(QRectF(1.5, 6.0, 21.0, 12.0), 3.5, 3.5)
    font = QFont("DejaVu Sans")
    font.setPixelSize(9)
    font.setBold(True)
    p.setFont(font)
    p.setPen(ACCENT)
    p.drawText(QRectF(1.5, 6.0, 21.0, 12.0), Qt.AlignmentFlag.AlignCenter, "42")


def _comment(p: QPainter) -> None:
    """A speech bubble, tinted like the words a comment is on."""
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(2.5, 3.5, 19.0, 13.0), 3.5, 3.5)
    tail = QPainterPath()
    tail.moveTo(6.5, 15.0)
    tail.lineTo(5.5, 21.0)
    tail.lineTo(12.5, 15.0)
    tail.closeSubpath()
    p.setPen(_pen(1.4, ACCENT))
    p.setBrush(QColor("#fdf0b5"))
    p.drawPath(bubble.united(tail))
    p.setPen(_pen(1.3))
    for y, right in ((8.5, 17.5), (12.0, 14.0)):
        p.drawLine(QPointF(6.5, y), QPointF(right, y))


_DRAWN: dict[str, Callable[[QPainter], None]] = {
    # The letters follow the language, as in a word processor: G (gras) / B (bold).
    "bold": _letter(
        lambda: QCoreApplication.translate("RichTextIcons", "G", "letter on the Bold button"), bold=True
    ),
    "italic": _letter(
        lambda: QCoreApplication.translate("RichTextIcons", "I", "letter on the Italic button"),
        italic=True,
        family="DejaVu Serif",
    ),
    "runin": _runin,
    "bullet": _bullets,
    "number": _numbers,
    "indent": _level(True),
    "outdent": _level(False),
    "link": _link,
    "footnote": _footnote,
    "indicator": _indicator,
    "comment": _comment,
}

_THEME: dict[str, str] = {
    "bold": "format-text-bold",
    "italic": "format-text-italic",
    "bullet": "format-list-unordered",
    "number": "format-list-ordered",
    "indent": "format-indent-more",
    "outdent": "format-indent-less",
    "link": "insert-link",
}


def drawn_icon(name: str) -> QIcon:
    return QIcon(_canvas(_DRAWN[name]))


def icon(name: str) -> QIcon:
    """The theme's icon for ``name`` when it has one, else the drawn one."""
    theme = _THEME.get(name)
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return drawn_icon(name)
