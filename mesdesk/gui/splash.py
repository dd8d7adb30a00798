"""A first sign of life while MES Desk loads: its name and the file being opened.

Importing SQLAlchemy, the model and the window's modules takes over a second on a
modest laptop, all of it before the main window can be drawn. The splash needs PySide6
alone (``launch``): it is on screen in about half a second, and goes away as soon as
the main window, or any dialog the opening needs (a newer file, a lock, a recovery), is
shown, so it never hides a question.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# Set by the start-up benchmark (as ``app.FIRST_PAINT_ENV``): print "splash-paint <epoch
# seconds> <whether SQLAlchemy was loaded>" when the splash first paints, and
# "splash-closed <epoch seconds>" when a window takes over.
REPORT_PAINT_ENV = "MESDESK_REPORT_FIRST_PAINT"
WIDTH, HEIGHT = 440, 150
# How long the splash waits to be on screen before the imports go on without it.
EXPOSE_WAIT_S = 0.3
# Windows that take over from the splash: a main window or a dialog (not a tooltip).
TAKING_OVER = (Qt.WindowType.Window, Qt.WindowType.Dialog)


def _picture(icon: Path, name: str) -> QPixmap:
    """The splash's picture: the icon, « MES Desk », the file's name."""
    pixmap = QPixmap(WIDTH, HEIGHT)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setPen(QColor("#c8ccd2"))
    painter.drawRect(0, 0, WIDTH - 1, HEIGHT - 1)
    logo = QPixmap(str(icon))
    if not logo.isNull():
        painter.drawPixmap(QRect(24, 27, 96, 96), logo)
    title = QFont()
    title.setPointSize(22)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#1f2a36"))
    painter.drawText(QRect(140, 36, WIDTH - 160, 44), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     "MES Desk")
    if name:
        small = QFont()
        small.setPointSize(10)
        painter.setFont(small)
        painter.setPen(QColor("#5b6672"))
        painter.drawText(QRect(140, 84, WIDTH - 160, 30), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, WIDTH - 160))
    painter.end()
    return pixmap


def _shown_name(location: str | None) -> str:
    """The file's name (a server address without its password: only its database)."""
    if not location:
        return ""
    if "://" in location:
        return location.rsplit("/", 1)[-1].split("?", 1)[0]
    return Path(location).name


class Splash(QLabel):
    """A frameless picture in the middle of the screen; closes itself when another window
    or a dialog is shown. (Not a ``QSplashScreen``: its ``show`` waits up to a second for
    the window manager to say it is exposed, which is the very delay it is meant to cover.)"""

    def __init__(self, icon: Path, location: str | None) -> None:
        super().__init__()
        self.setObjectName("splash")
        self.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setPixmap(_picture(icon, _shown_name(location)))
        self.setFixedSize(WIDTH, HEIGHT)
        self._reported = not os.environ.get(REPORT_PAINT_ENV)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Show and watched is not self and isinstance(watched, QWidget) \
                and watched.isWindow() and watched.windowType() in TAKING_OVER:
            self.dismiss()
        elif kind == QEvent.Type.Paint and watched is self and not self._reported:
            self._reported = True
            print(f"splash-paint {time.time():.6f} {'sqlalchemy' in sys.modules}", flush=True)
        return False

    def dismiss(self) -> None:
        if os.environ.get(REPORT_PAINT_ENV):
            print(f"splash-closed {time.time():.6f}", flush=True)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close()
        self.deleteLater()


def show_splash(app: QApplication, icon: Path, location: str | None) -> Splash:
    """Show the splash and let it paint before the long imports start."""
    splash = Splash(icon, location)
    screen = app.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        splash.move(area.center().x() - WIDTH // 2, area.center().y() - HEIGHT // 2)
    splash.show()
    # On X11 the window is drawn once the server says it is mapped (an expose event, a
    # few milliseconds later): wait for that, briefly, then draw it at once. The long
    # imports that follow keep the event loop busy: an expose arriving then would wait.
    deadline = time.monotonic() + EXPOSE_WAIT_S
    handle = splash.windowHandle()
    while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    splash.repaint()
    app.processEvents()
    return splash
