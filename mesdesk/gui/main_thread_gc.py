"""Python's cycle collector, run in the GUI thread only.

CPython collects cycles in whichever thread happens to allocate when a generation's
threshold is crossed. In a worker thread (the export's QThread, the dictionary loader)
that may free a cycle holding Qt objects, whose C++ destructors then run in the wrong
thread: the process dies with a segmentation fault (seen in the test suite, in
openpyxl's save inside the export thread). So automatic collection is switched off
and a timer in the GUI thread collects, generation by generation, as the thresholds
say (the recipe PyQtGraph and others use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (youngest first)."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        if counts[0] > thresholds[0]:
            gc.collect(0)
            if counts[1] > thresholds[1]:
                gc.collect(1)
                if counts[2] > thresholds[2]:
                    gc.collect(2)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


_installed: list[MainThreadGarbageCollector] = []


def install(app: QObject) -> MainThreadGarbageCollector:
    """Once per application (its QApplication owns the collector)."""
    if not _installed:
        _installed.append(MainThreadGarbageCollector(app))
    return _installed[0]
