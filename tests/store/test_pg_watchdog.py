"""The throwaway test server does not outlive a test run killed from outside (tests/pg_watchdog.py):
real processes, a real cluster, a real SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from needs import need
from pg_cluster import Cluster, server_bin_dir

TESTS = Path(__file__).resolve().parent.parent

# A test run as far as the cluster is concerned: starts one, says where, then waits (to be
# killed) or ends its ``with`` (its teardown).
RUN = f"""
import sys, time
sys.path.insert(0, {str(TESTS)!r})
from pg_cluster import running_cluster
with running_cluster() as cluster:
    server = (cluster.data / "postmaster.pid").read_text().split()[0]
    print(cluster.folder, server, flush=True)
    if sys.argv[1] == "wait":
        time.sleep(600)
"""


def running(pid: int) -> bool:
    """Whether the process runs (a zombie that init has not reaped yet does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def naming(folder: Path) -> list[str]:
    """The command lines of the running processes that name ``folder`` (server, watchdog)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or not running(int(entry.name)):
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if any(str(folder).encode() in arg for arg in argv):
            found.append(" ".join(a.decode(errors="replace") for a in argv))
    return found


def start_run(mode: str) -> tuple[subprocess.Popen[str], Path, int]:
    need(server_bin_dir() is not None, "PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    # In a group of its own, as a shell or a ``timeout`` wrapper starts it.
    run = subprocess.Popen([sys.executable, "-c", RUN, mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    line = run.stdout.readline()  # type: ignore[union-attr]
    assert line, run.stderr.read()  # type: ignore[union-attr]
    folder, server = line.split()
    return run, Path(folder), int(server)


def test_a_run_killed_before_its_teardown_leaves_no_server_nor_folder() -> None:
    run, folder, server = start_run("wait")
    try:
        assert running(server) and folder.is_dir()
        assert any("pg_watchdog.py" in line for line in naming(folder))
        # SIGKILL to its whole group, as ``timeout -s KILL`` sends it: no teardown runs.
        os.killpg(run.pid, signal.SIGKILL)
        run.wait(10)
        end = time.monotonic() + 10
        while (running(server) or folder.exists()) and time.monotonic() < end:
            time.sleep(0.1)
        assert not running(server), "the server outlived the killed run"
        assert not folder.exists()
        assert naming(folder) == []  # the watchdog is gone too
    finally:
        if run.poll() is None:  # failed before the kill: Ctrl+C, and its teardown runs
            run.send_signal(signal.SIGINT)
            run.wait(30)
        elif folder.exists():  # failed: no server left running for all that
            Cluster(folder=folder, bin_dir=server_bin_dir() or Path(), port=0, as_nobody=os.geteuid() == 0).stop()
            shutil.rmtree(folder, ignore_errors=True)


def test_a_run_ending_normally_leaves_no_watchdog_behind() -> None:
    run, folder, server = start_run("end")
    assert run.wait(60) == 0, run.stderr.read()  # type: ignore[union-attr]
    assert not running(server) and not folder.exists()
    assert naming(folder) == []
