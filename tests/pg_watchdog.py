"""Stops a throwaway test cluster (pg_cluster.py) when the test run that started it is gone.

A run killed from outside (SIGKILL, a ``timeout`` wrapper) never runs its teardown, and the
server, a daemon of its own, would run on forever. Started beside each cluster, in a session
of its own (a signal to the run's process group does not reach it), this waits for the run to
end: when it has gone without removing the cluster's folder, it runs the stop command given
and removes the folder.

``python pg_watchdog.py PID FOLDER STOP_COMMAND…``: PID is the run, this process's parent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

POLL_SECONDS = 1.0


def main(argv: list[str]) -> int:
    run, folder, stop = int(argv[0]), Path(argv[1]), argv[2:]
    # Our parent, not « a process with that number »: when it dies we are handed to another
    # parent at once, and a new process given the same number cannot fool us.
    while os.getppid() == run:
        if not folder.exists():  # the run's own teardown removed it
            return 0
        time.sleep(POLL_SECONDS)
    if not folder.exists():
        return 0
    if (folder / "data" / "postmaster.pid").exists():
        # « immediate »: nothing in a test cluster is worth a clean shutdown.
        subprocess.run(stop, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False, timeout=60)
    for _ in range(40):  # the server's last files may still be going away
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return 0
        time.sleep(0.05)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
