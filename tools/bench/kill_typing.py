"""kill -9 of the real window while text is typed continuously: how much typing is lost.

A child process runs the application (offscreen) on a copy of the sample, with the
cursor at the end of action 1.1's narrative. A QTimer inside the child types one
character every ``KEY_INTERVAL_MS`` through real key events into the editor — the same
path as a keyboard, without needing a display or xdotool — and prints when it typed
each one. The parent kills it with SIGKILL at a random moment, opens the file, and
measures the typing that is missing: the time from the first character the file does
not hold to the kill. ``make bench`` reports the worst of 20 tries (goal ≤ 2 s);
``tests/gui/test_kill.py`` runs a few.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from tools.bench.timing import Report, Result

KEY_INTERVAL_MS = 90  # about 11 characters a second
# Distinct words, so that the part of it held by the file is found without doubt.
TEXT = " ".join(f"mot{i:04d}" for i in range(2000))
TRIES = 20


def _narrative_on_disk(path: Path, action_uid: str) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT t.narrative FROM action_text t JOIN action a ON a.id = t.action_id "
            "JOIN report r ON r.id = t.report_id WHERE a.uid = ? ORDER BY r.year DESC", (action_uid,)).fetchone()
        return row[0] if row and row[0] else ""
    finally:
        con.close()


def _held(narrative: str, typed: int) -> int:
    """How many of the ``typed`` characters the saved narrative holds (a prefix of TEXT)."""
    low, high = 0, typed
    while low < high:  # prefixes are nested: bisect on "is it in the text"
        mid = (low + high + 1) // 2
        if TEXT[:mid] in narrative:
            low = mid
        else:
            high = mid - 1
    return low


@dataclass
class Outcome:
    """What a try left: the child's exit, its stderr, and the typing against the file."""

    returncode: int
    stderr: str
    typed_at: list[float]  # when each character was typed (time.monotonic)
    held: int  # how many of them the file holds
    signalled_at: float
    files: list[str]  # the workspace's folder once the child is gone (before it is read)

    @property
    def seconds_lost(self) -> float:
        """From the first character the file misses to the signal (0: it holds them all)."""
        if self.held >= len(self.typed_at):
            return 0.0
        return max(0.0, self.signalled_at - self.typed_at[self.held])


def signal_while_typing(workspace: Path, env: dict[str, str], after: float, signum: int) -> Outcome:
    """Start the typing window on ``workspace``, send ``signum`` ``after`` s into the typing."""
    child = subprocess.Popen([sys.executable, "-m", "tools.bench.kill_typing", "--child", str(workspace)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    typed_at: list[float] = []
    ready: dict[str, str] = {}
    started = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            parts = line.split()
            if parts and parts[0] == "ready":
                ready["uid"] = parts[1]
                started.set()
            elif parts and parts[0] == "k":
                typed_at.append(float(parts[2]))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not started.wait(60):
            raise RuntimeError("the application did not start: " + (child.stderr.read() if child.poll() is not None else ""))
        time.sleep(after)
        child.send_signal(signum)
        signalled_at = time.monotonic()
        _out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    reader.join(timeout=5)
    files = sorted(p.name for p in workspace.parent.iterdir())
    held = _held(_narrative_on_disk(workspace, ready["uid"]), len(typed_at))
    return Outcome(child.returncode, err, typed_at, held, signalled_at, files)


def one_try(workspace: Path, env: dict[str, str], kill_after: float) -> float:
    """Seconds of typing lost when the window is killed ``kill_after`` s after typing began."""
    return signal_while_typing(workspace, env, kill_after, signal.SIGKILL).seconds_lost


def child_env(tmp: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", MESDESK_CONFIG_DIR=str(tmp / "config"),
                MESDESK_DATA_DIR=str(tmp / "data"))


def measure(tries: int, seed: int | None = None) -> list[float]:
    """Seconds lost in each of ``tries`` kills at random moments (2 to 7 s of typing)."""
    from mesdesk.exchange.seeding import create_sample

    rng = random.Random(seed)
    lost = []
    with tempfile.TemporaryDirectory(prefix="mesdesk-kill-") as tmp_name:
        tmp = Path(tmp_name)
        sample = tmp / "sample.mesdesk"
        create_sample(sample).close()
        env = child_env(tmp)
        for i in range(tries):
            work = tmp / f"try{i}" / "bilan.mesdesk"
            work.parent.mkdir()
            work.write_bytes(sample.read_bytes())
            lost.append(one_try(work, env, rng.uniform(2.0, 7.0)))
    return lost


def run(report: Report) -> None:
    lost = measure(TRIES)
    report.add(Result(f"gui: kill -9 while typing ~11 chars/s, typing lost (worst of {TRIES})", max(lost),
                      "≤ 2 s", {"median_s": round(sorted(lost)[len(lost) // 2], 2),
                                "all_s": [round(x, 2) for x in lost]}))


# -- the child: the real window, typed into by a timer ------------------------------------

def _child(path: Path) -> int:
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from mesdesk.gui.app import DeskController, _close_on_terminate, prepare_application

    prepare_application(app)
    window = DeskController().start(path)
    assert window is not None
    window.show()
    _close_on_terminate(app)
    action = window.doc.convention.action_by_number("1.1")
    window.select_key(("action", action.uid))
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    position = {"i": 0}

    def type_one() -> None:
        i = position["i"]
        # A keyboard types into a shown window only. Once SIGTERM has closed (and hidden) the
        # window, this timer may still fire in the event loop's last pass before it quits:
        # that character would go to no one, and would wrongly count as typed.
        if i >= len(TEXT) or not edit.isVisible():
            return
        char = TEXT[i]
        key = Qt.Key.Key_Space if char == " " else ord(char.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        position["i"] = i + 1
        print(f"k {i} {time.monotonic():.6f}", flush=True)

    keys = QTimer(app)
    keys.setTimerType(Qt.TimerType.PreciseTimer)
    keys.timeout.connect(type_one)
    keys.start(KEY_INTERVAL_MS)
    print(f"ready {action.uid}", flush=True)
    return app.exec()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        sys.exit(_child(Path(sys.argv[2])))
    tries = int(sys.argv[1]) if len(sys.argv) > 1 else TRIES
    results = measure(tries)
    print(" ".join(f"{x:.2f}" for x in results), "worst", f"{max(results):.2f}")
