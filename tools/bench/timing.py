"""Helpers shared by the benchmark modules: medians and peak memory."""

from __future__ import annotations

import gc
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    median_s: float | None = None
    target: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    def ok(self, limit_s: float) -> bool:
        return self.median_s is not None and self.median_s <= limit_s


class Report:
    """Collects results from every benchmark module."""

    def __init__(self) -> None:
        self.results: list[Result] = []

    def add(self, result: Result) -> Result:
        self.results.append(result)
        median = "-" if result.median_s is None else f"{result.median_s * 1000:9.1f} ms"
        extra = "  ".join(f"{k}={v}" for k, v in result.extra.items())
        print(f"{result.name:<58} {median:>12}   target {result.target:<18} {extra}", flush=True)
        return result


def median_time(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def type_key(app: object, widget: object, char: str) -> float:
    """Seconds to type ``char`` into ``widget`` as a key press and release, including the
    event processing it causes (layout, highlighting, timers due)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = Qt.Key.Key_Space if char == " " else (ord(char.upper()) if char.isascii() else 0)
    start = time.perf_counter()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))  # type: ignore[arg-type]  # a QWidget
    app.processEvents()  # type: ignore[attr-defined]  # the QApplication
    return time.perf_counter() - start
