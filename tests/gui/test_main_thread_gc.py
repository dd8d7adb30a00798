"""Cycles are collected in the GUI thread: a worker thread never runs the collector."""

from __future__ import annotations

import gc
import threading
from typing import Any


def test_collection_happens_in_the_gui_thread_only(qtbot: Any, qapp: Any) -> None:
    from mesdesk.gui import main_thread_gc

    collector = main_thread_gc.install(qapp)
    assert not gc.isenabled()
    threads: list[str] = []

    def note(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        def churn() -> None:  # allocations enough to cross generation 0's threshold many times
            for _ in range(50_000):
                a: list[Any] = []
                a.append(a)

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert "worker" not in threads
        qtbot.waitUntil(lambda: bool(threads), timeout=3000)  # the timer collects, in this thread
        assert set(threads) == {threading.current_thread().name}
    finally:
        gc.callbacks.remove(note)
    assert collector is main_thread_gc.install(qapp)
