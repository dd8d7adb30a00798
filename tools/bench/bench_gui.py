"""Desktop application: start-up to the first painted window, switching actions,
typing with autosave on, and peak memory — all on the bundled sample.

Each measure runs in a child process (``python -m tools.bench.bench_gui --child``) so
start-up is a real cold start and the peak memory is the application's alone, not the
benchmark runner's. Qt runs offscreen; settings and data go to a temporary folder.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools.bench.timing import Report, Result, type_key

STARTUPS = 7
SWITCHES = 40
CHARACTERS = 1000
# Typing pauses every so often, long enough for the autosave to write (as a person does).
PAUSE_EVERY = 100
# Then typing without a pause, about 11 characters a second, for this many keys.
STEADY_KEYS = 70
STEADY_INTERVAL_S = 0.09


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MESDESK_CONFIG_DIR=str(tmp / "config"),
        MESDESK_DATA_DIR=str(tmp / "data"),
    )
    return env


# What is launched: the ``mesdesk`` command (builds the whole command line first) and
# the application's own entry point.
LAUNCHERS = {
    "mesdesk gui FILE": ["-m", "mesdesk.cli.main", "gui"],
    "python -m mesdesk.gui FILE": ["-m", "mesdesk.gui"],
}


def _startup(workspace: Path, tmp: Path, launcher: list[str]) -> tuple[float, float, float]:
    """Seconds from launching to the window's first paint, the RSS then, and seconds to
    the splash's first paint (``gui/splash.py``)."""
    env = _env(tmp)
    env.update(MESDESK_REPORT_FIRST_PAINT="1", MESDESK_EXIT_AFTER_PAINT="1")
    start = time.time()
    out = subprocess.run(
        [sys.executable, *launcher, str(workspace)],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("first-paint"))
    parts = line.split()
    splash = next(line for line in out.splitlines() if line.startswith("splash-paint")).split()
    return float(parts[1]) - start, float(parts[3]), float(splash[1]) - start


def run(report: Report) -> None:
    from mesdesk.exchange.seeding import create_sample

    with tempfile.TemporaryDirectory(prefix="mesdesk-bench-gui-") as tmp_name:
        tmp = Path(tmp_name)
        sample = tmp / "bilan.mesdesk"
        create_sample(sample).close()
        _startup(sample, tmp, LAUNCHERS["python -m mesdesk.gui FILE"])  # warm the file cache once
        for name, launcher in LAUNCHERS.items():
            runs = [_startup(sample, tmp, launcher) for _ in range(STARTUPS)]
            times = [t for t, _, _ in runs]
            splashes = [s for _, _, s in runs]
            report.add(Result(f"gui: start-up to the splash, {name}", statistics.median(splashes), "< 1 s",
                              {"min_ms": round(min(splashes) * 1000), "max_ms": round(max(splashes) * 1000)}))
            report.add(Result(f"gui: start-up to first paint, {name}", statistics.median(times), "< 1 s",
                              {"min_ms": round(min(times) * 1000), "max_ms": round(max(times) * 1000),
                               "rss_at_paint_mb": round(max(r for _, r, _ in runs))}))
        out = subprocess.run([sys.executable, "-m", "tools.bench.bench_gui", "--child", str(sample)],
                             env=_env(tmp), capture_output=True, text=True, timeout=600, check=True).stdout
        figures = json.loads(out.strip().splitlines()[-1])
    report.add(Result("gui: switch between actions 1.1 and 1.2 (median)", figures["switch_median"], "< 50 ms",
                      {"max_ms": round(figures["switch_max"] * 1000, 1)}))
    report.add(Result(f"gui: typing {CHARACTERS} chars in 1.1 narrative, autosave on (median/key)",
                      figures["key_median"], "max < 16 ms",
                      {"max_ms": round(figures["key_max"] * 1000, 1),
                       "p99_ms": round(figures["key_p99"] * 1000, 1),
                       "autosave_max_ms": round(figures["save_max"] * 1000, 1),
                       "autosaves": figures["saves"]}))
    report.add(Result(f"gui: steady typing, {STEADY_KEYS} keys at 11/s, no pause (median/key)",
                      figures["steady_key_median"], "max < 16 ms",
                      {"max_ms": round(figures["steady_key_max"] * 1000, 1),
                       "autosaves_while_typing": figures["steady_saves"],
                       "autosave_max_ms": round(figures["steady_save_max"] * 1000, 1)}))
    report.add(Result("gui: peak memory with the sample open (after typing)", None, "< 250 MB",
                      {"peak_rss_mb": round(figures["peak_rss_mb"])}))


# -- the child: the application, driven in-process -----------------------------------------

def _child(path: Path) -> None:
    import resource

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from mesdesk.gui.app import DeskController

    window = DeskController().start(path)
    assert window is not None
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    convention = window.doc.convention
    keys = [("action", convention.action_by_number(n).uid) for n in ("1.1", "1.2")]

    switches = []
    for i in range(SWITCHES):
        start = time.perf_counter()
        window.select_key(keys[i % 2])
        app.processEvents()  # layout and paint of the new page
        switches.append(time.perf_counter() - start)

    window.select_key(keys[0])
    edit = window.actionPage.narrativeEditor.textEdit()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    app.processEvents()
    saves: list[float] = []
    original_save = window.doc.save_now

    def timed_save() -> bool:
        start = time.perf_counter()
        try:
            return original_save()
        finally:
            saves.append(time.perf_counter() - start)

    window.doc.save_now = timed_save  # type: ignore[method-assign]  # the benchmark times the real save
    window.doc._timer.timeout.disconnect()
    window.doc._timer.timeout.connect(timed_save)
    text = ("Le Mouvement a réuni ses membres à Lyon ; une quarantaine de personnes. " * 20)[:CHARACTERS]
    keystrokes = []
    for i, char in enumerate(text):
        keystrokes.append(type_key(app, edit, char))
        if (i + 1) % PAUSE_EVERY == 0:  # a pause: the autosave writes
            pause_end = time.perf_counter() + 1.0
            while time.perf_counter() < pause_end:
                app.processEvents()
                time.sleep(0.005)
    # Steady typing (a key every 90 ms, no pause): the autosave runs at most 1.5 s after the
    # first unsaved key, between two keys; a key's time here includes a save run just before.
    saves_before = len(saves)
    window.doc._deadline.timeout.disconnect()
    window.doc._deadline.timeout.connect(timed_save)
    steady = []
    for char in text[:STEADY_KEYS]:
        due = time.perf_counter() + STEADY_INTERVAL_S
        steady.append(type_key(app, edit, char))
        while time.perf_counter() < due:  # the timers (autosave included) run in between
            wait_start = time.perf_counter()
            app.processEvents()
            steady[-1] = max(steady[-1], time.perf_counter() - wait_start)  # a key arriving now waits this long
            time.sleep(0.002)
    steady_saves = saves[saves_before:]
    window.close()
    keystrokes.sort()
    steady.sort()
    print(json.dumps({
        "steady_key_median": statistics.median(steady),
        "steady_key_max": steady[-1],
        "steady_saves": len(steady_saves),
        "steady_save_max": max(steady_saves) if steady_saves else 0.0,
        "switch_median": statistics.median(switches),
        "switch_max": max(switches),
        "key_median": statistics.median(keystrokes),
        "key_max": keystrokes[-1],
        "key_p99": keystrokes[int(len(keystrokes) * 0.99)],
        "save_max": max(saves) if saves else 0.0,
        "saves": len(saves),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]))
    else:
        report = Report()
        run(report)
