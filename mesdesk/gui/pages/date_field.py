"""A date typed as a French user types it, with a calendar to pick it from.

« 20/11/2024 », « 20/11/24 », « 20112024 », « 20-11-2024 » and « 2024-11-20 » are all
the 20th of November 2024; an empty field is no date; « 31/02/2024 » stays what it is,
shown as impossible, instead of becoming another date (a QDateEdit jumps to a date it
can hold, and cannot be left empty).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

_SEPARATED = re.compile(r"^\s*(\d{1,4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{6}|\d{8})\s*$")


def calendar_icon() -> QIcon:
    """The theme's calendar, else a small drawn one (no theme on Windows and macOS)."""
    if QIcon.hasThemeIcon("x-office-calendar"):
        return QIcon.fromTheme("x-office-calendar")
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#444444"), 2))
    painter.drawRoundedRect(4, 6, 24, 22, 3, 3)
    painter.fillRect(5, 7, 23, 6, QColor("#b03a2e"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(8 + column * 6, 16 + row * 6, 4, 4, QColor("#444444"))
    painter.end()
    return QIcon(pixmap)


def short_date_format() -> str:
    """The language's short date with a four-digit year (``dd/MM/yyyy``)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _day_first() -> bool:
    fmt = short_date_format()
    return fmt.find("d") < fmt.find("M")


def _full_year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) <= 2 else year


def parse_typed_date(text: str, day_first: bool = True) -> dt.date | None:
    """The date ``text`` stands for; None when empty. ValueError when it is no date."""
    if not text.strip():
        return None
    digits = _DIGITS.match(text)
    if digits:
        raw = digits.group(1)  # jjmmaa or jjmmaaaa
        first, second, year = raw[:2], raw[2:4], raw[4:]
    else:
        separated = _SEPARATED.match(text)
        if not separated:
            raise ValueError(text)
        first, second, year = separated.groups()
        if len(first) == 4:  # ISO: 2024-11-20
            first, second, year = year, second, first
            day_first = True
    day, month = (first, second) if day_first else (second, first)
    return dt.date(_full_year(year), int(month), int(day))  # ValueError for 31/02


class DateField(QLineEdit):
    """A line edit for a date: typed freely, checked as typed, with a calendar popup
    (the button at its end, or Alt+Down / F4) that opens on ``calendarStart()``'s month."""

    dateChosen = Signal()  # a date was picked in the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateEditor")
        self.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self._reference = QDate.currentDate()
        self._popup: QFrame | None = None
        self.calendarAction = QAction(calendar_icon(), self.tr("Calendrier (Alt+Bas)"), self)
        self.calendarAction.triggered.connect(self.showCalendar)
        self.addAction(self.calendarAction, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self._check)

    # -- value --------------------------------------------------------------------------------
    def setDate(self, value: dt.date | None) -> None:  # noqa: N802
        self.setText(QLocale().toString(QDate(value.year, value.month, value.day), short_date_format()) if value else "")

    def date(self) -> dt.date | None:
        """The typed date (None when empty). ValueError when it is no date."""
        return parse_typed_date(self.text(), _day_first())

    def isValid(self) -> bool:  # noqa: N802
        try:
            self.date()
        except ValueError:
            return False
        return True

    def setCalendarStart(self, value: QDate) -> None:  # noqa: N802
        """The month the calendar opens on while the field is empty (e.g. the start date)."""
        self._reference = value

    def calendarStart(self) -> QDate:  # noqa: N802
        try:
            value = self.date()
        except ValueError:
            value = None
        return QDate(value.year, value.month, value.day) if value else self._reference

    def _check(self) -> None:
        valid = self.isValid()
        self.setProperty("invalid", not valid)
        self.setStyleSheet("" if valid else "QLineEdit { color: #b03a2e; background: #fdecea; }")
        self.setToolTip("" if valid else self.tr("« %1 » n'est pas une date : tapez par exemple 20/11/2024.")
                        .replace("%1", self.text()))

    # -- calendar -----------------------------------------------------------------------------
    def showCalendar(self) -> QCalendarWidget:  # noqa: N802
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setObjectName("datePopup")
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        calendar = QCalendarWidget(popup)
        calendar.setObjectName("dateCalendar")
        calendar.setGridVisible(False)
        start = self.calendarStart()
        calendar.setSelectedDate(start)
        calendar.setCurrentPage(start.year(), start.month())
        calendar.activated.connect(lambda d: self._picked(d, popup))
        calendar.clicked.connect(lambda d: self._picked(d, popup))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(calendar)
        popup.adjustSize()
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        calendar.setFocus()
        self._popup = popup
        return calendar

    def _picked(self, value: QDate, popup: QFrame) -> None:
        self.setDate(dt.date(value.year(), value.month(), value.day()))
        popup.close()
        self.setFocus()
        self.dateChosen.emit()

    @staticmethod
    def _opens_calendar(e: QKeyEvent) -> bool:
        return e.key() == Qt.Key.Key_F4 or (
            e.key() == Qt.Key.Key_Down and bool(e.modifiers() & Qt.KeyboardModifier.AltModifier))

    def event(self, e: QEvent) -> bool:
        # Alt+Down moves a table's row: inside the date field it opens the calendar.
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and self._opens_calendar(e):
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if self._opens_calendar(e):
            self.showCalendar()
            return
        super().keyPressEvent(e)


def keeps_invalid_open(watched: QObject, event: QEvent) -> bool:
    """Whether Enter or Tab on an impossible date is to be swallowed (the field stays open)."""
    if (
        isinstance(watched, DateField)
        and event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        and not watched.isValid()
    ):
        watched.selectAll()
        return True
    return False
