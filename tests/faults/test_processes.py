"""Real processes: kill -9 in the middle of saving, and several processes on one file."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faults_testing import one_line, run_mesdesk

from mesdesk.store.errors import WorkspaceInUseError
from mesdesk.store.lock import lock_path
from mesdesk.store.workspace import Workspace, integrity_problems

# Serial pass (make test): races between real processes, started against each other with sleeps.
pytestmark = pytest.mark.serial

# A child that saves as fast as it can: each commit rewrites the organisation's name
# and a 20 KB address, then says which number is on disk.
SAVER = """
import sys
from mesdesk.store.workspace import Workspace
ws = Workspace.open(sys.argv[1])
org = ws.organisation()
print("open", flush=True)
i = 0
while True:
    i += 1
    org.name = f"enregistrement {i}"
    org.address = str(i) * (20000 // len(str(i)))
    ws.commit()
    print(i, flush=True)
"""

# A child that waits for a start signal (a file appearing), then tries to take the
# workspace's lock, says whether it got it, and holds it a moment.
LOCKER = """
import os, sys, time
from pathlib import Path
from mesdesk.store.errors import WorkspaceInUseError
from mesdesk.store.lock import WorkspaceLock
lock = WorkspaceLock(Path(sys.argv[1]))
go = sys.argv[2]
while not os.path.exists(go):
    pass
try:
    lock.acquire()
except WorkspaceInUseError:
    print("in-use", flush=True)
    sys.exit(0)
print("won", flush=True)
time.sleep(2.0)  # long enough for every contender, even one scheduled late on a busy machine
lock.release()
"""

# The real command line, started by a signal file so that two start at the same instant.
CLI_AT_SIGNAL = """
import os, sys
go = sys.argv[1]
from mesdesk.cli.main import main
from mesdesk.exchange.docx_import import read_report_docx  # loaded before the start
while not os.path.exists(go):
    pass
sys.exit(main(sys.argv[2:]))
"""

# A child that holds the workspace open (optionally forced) until told to close.
HOLDER = """
import sys
from mesdesk.store.workspace import Workspace
ws = Workspace.open(sys.argv[1], force=sys.argv[2] == "force")
print("open", flush=True)
sys.stdin.readline()
org = ws.organisation()
org.name = sys.argv[3]
ws.close()
print("closed", flush=True)
"""


def _python(script: str, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs
    )  # type: ignore[call-overload]


@pytest.mark.parametrize("seed", range(3))
def test_kill_9_while_saving_loses_no_committed_save(sample_file: Path, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    child = _python(SAVER, str(path))
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "open"
    rng = random.Random(seed)
    wanted = rng.randint(3, 60)
    last = 0
    for line in child.stdout:
        last = int(line)
        if last >= wanted:
            break
    time.sleep(rng.random() * 0.05)  # land anywhere inside the next commit
    child.send_signal(signal.SIGKILL)
    rest = child.stdout.read()
    child.wait(timeout=10)
    confirmed = max([last, *(int(n) for n in rest.split())])
    assert lock_path(path).exists()  # the dead process's lock is left: it must not matter
    with Workspace.open(path) as ws:  # the stale lock is taken over
        assert integrity_problems(ws) == []
        name = ws.organisation().name  # type: ignore[union-attr]
        number = int(name.split()[-1])
        # Every save the child was told is done is there (maybe one more, in flight).
        assert confirmed <= number <= confirmed + 1
        assert ws.organisation().address.startswith(str(number))  # type: ignore[union-attr]
    result = run_mesdesk("check", str(path))
    assert result.returncode == 0 and "Intégrité : OK" in result.stdout


@pytest.mark.parametrize("stale", [False, True], ids=["free", "stale-lock"])
def test_processes_taking_the_lock_at_once_exactly_one_wins(tmp_path: Path, stale: bool) -> None:
    path = tmp_path / "bilan.mesdesk"
    for round_ in range(4):
        if stale:  # a lock left by a dead process: all try to take it over
            lock_path(path).write_text(json.dumps({"pid": 999_999_999, "host": os.uname().nodename}))
        go = tmp_path / f"go-{round_}"
        children = [_python(LOCKER, str(path), str(go)) for _ in range(4)]
        time.sleep(0.8)  # all are started and spinning on the signal
        go.touch()
        outcomes = sorted(child.communicate(timeout=60)[0].strip() for child in children)
        assert outcomes == ["in-use", "in-use", "in-use", "won"], outcomes
        assert not lock_path(path).exists()


def test_opening_a_workspace_held_by_a_live_process_is_refused(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    holder = _python(HOLDER, str(path), "normal", "tenu", stdin=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    with pytest.raises(WorkspaceInUseError, match="déjà ouvert"):
        Workspace.open(path)
    out, err = holder.communicate("\n", timeout=30)
    assert "closed" in out, err


def test_the_lock_stays_with_its_owner_after_a_forced_open(sample_file: Path, tmp_path: Path) -> None:
    """« Ouvrir quand même »: the second window closing first must not remove the lock
    of the first, which is still open."""
    path = tmp_path / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    first = _python(HOLDER, str(path), "normal", "premier", stdin=subprocess.PIPE)
    assert first.stdout is not None and first.stdout.readline().strip() == "open"
    second = _python(HOLDER, str(path), "force", "second", stdin=subprocess.PIPE)
    assert second.stdout is not None and second.stdout.readline().strip() == "open"
    out, err = second.communicate("\n", timeout=30)
    assert "closed" in out, err
    # The first window is still open: its lock is still there and still names it.
    assert json.loads(lock_path(path).read_text())["pid"] == first.pid
    with pytest.raises(WorkspaceInUseError) as info:
        Workspace.open(path)
    assert str(first.pid) in info.value.holder
    out, err = first.communicate("\n", timeout=30)
    assert "closed" in out, err
    assert not lock_path(path).exists()  # the owner removed its own lock
    with Workspace.open(path) as ws:
        assert ws.organisation().name == "premier"  # type: ignore[union-attr]


def test_json_load_force_refuses_a_workspace_another_process_has_open(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    dumped = run_mesdesk("json-dump", str(path)).stdout
    source = tmp_path / "autre.json"
    source.write_text(dumped.replace("Bilan 2024", "Remplacé 2024"), encoding="utf-8")
    holder = _python(HOLDER, str(path), "normal", "gardé", stdin=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    message = one_line(run_mesdesk("json-load", "--force", str(source), str(path)))
    assert "déjà ouvert" in message
    out, err = holder.communicate("\n", timeout=30)
    assert "closed" in out, err  # the window that had it open closes normally
    with Workspace.open(path) as ws:
        assert ws.organisation().name == "gardé"  # type: ignore[union-attr]
        assert ws.current_convention().reports[0].title == "Bilan 2024"  # type: ignore[union-attr]
    # Once it is closed, --force replaces it.
    assert run_mesdesk("json-load", "--force", str(source), str(path)).returncode == 0
    assert "Remplacé 2024" in run_mesdesk("json-dump", str(path)).stdout


def test_two_imports_creating_the_same_workspace(sample_docx: Path, tmp_path: Path) -> None:
    contested = 0
    for round_ in range(3):
        path = tmp_path / f"nouveau-{round_}.mesdesk"
        go = tmp_path / f"go-{round_}"
        children = [
            _python(CLI_AT_SIGNAL, str(go), "import-docx", str(sample_docx), str(path)) for _ in range(2)
        ]
        time.sleep(2.0)  # both have loaded the command line and the Word reader
        go.touch()
        results = [(child.wait(timeout=120), *child.communicate()) for child in children]
        codes = sorted(code for code, _, _ in results)
        for code, _out, err in results:
            assert "Traceback" not in err and "already exists" not in err, err
            if code == 1:
                assert err.count("\n") == 1 and ("existe déjà" in err or "déjà ouvert" in err or "en train" in err), err
        # Started together, one wins and the other is told; on a loaded machine the
        # second may start after the first finished, and then imports into its file.
        assert codes in ([0, 1], [0, 0]), results
        contested += codes == [0, 1]
        result = run_mesdesk("check", str(path))
        assert result.returncode == 0 and "Intégrité : OK" in result.stdout
        assert not lock_path(path).exists()
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert contested >= 1  # the race did happen at least once
