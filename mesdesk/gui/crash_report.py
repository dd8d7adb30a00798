"""A calm message instead of a silent death or a vanished window.

Every uncaught exception (in a slot, an event handler or another thread) is logged
with its traceback by ``mesdesk.logs``; this object then tells the user, once, in
words: something went wrong, the application goes on, the details are in the log.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from mesdesk import logs
from mesdesk.gui import messages

# A failing paint or timer would raise again and again: one message per this many
# seconds is enough, the log keeps every occurrence.
QUIET_SECONDS = 30.0


class CrashReporter(QObject):
    """Shows the message in the GUI thread, whichever thread raised."""

    _raised = Signal(str)  # the exception's class name (nothing of the user's text)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued even from the GUI thread: the message waits until the failing slot
        # has unwound, instead of opening a dialog in the middle of it.
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._showing = False
        self._last_shown = -QUIET_SECONDS

    def report(self, exc: BaseException) -> None:
        """Called by the excepthooks, from any thread."""
        self._raised.emit(type(exc).__name__)

    def _show(self, name: str) -> None:
        now = time.monotonic()
        if self._showing or now - self._last_shown < QUIET_SECONDS:
            return
        self._showing, self._last_shown = True, now
        try:
            path = logs.current_log_path() or logs.log_path()
            messages.tell(
                QApplication.activeWindow(),
                self.tr("Erreur inattendue"),
                self.tr("Une erreur inattendue s'est produite (%1). MES Desk continue de fonctionner ; "
                        "si quelque chose semble incorrect, fermez puis rouvrez le fichier.").replace("%1", name),
                severity="warning",
                details=self.tr("Le détail est enregistré dans le journal : %1 (Aide › Ouvrir le journal).")
                .replace("%1", str(path)),
            )
        finally:
            self._showing = False


def install(app: QApplication) -> CrashReporter:
    """Log every uncaught exception and show the message; the reporter lives with ``app``."""
    reporter = CrashReporter(app)
    logs.install_excepthooks(reporter.report)
    return reporter
