"""A lock file beside an open workspace, so a second process is warned.

SQLite itself would let two MES Desk windows write the same file, each with its own
view of it; the user would lose edits without noticing. Like office suites, we put a
small ``.~lock.NAME#`` file beside the workspace naming the process that holds it.
A lock left by a process that no longer runs on this machine is taken over.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from mesdesk.store.errors import WorkspaceInUseError


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


class WorkspaceLock:
    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.workspace = path
        self.held = False

    def holder(self) -> dict[str, object] | None:
        """Who holds the lock, or None when it is free or stale."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        if data.get("host") == socket.gethostname() and not _process_alive(int(data.get("pid", 0))):
            return None
        if data.get("pid") == os.getpid() and data.get("host") == socket.gethostname():
            return None  # ourselves (a workspace reopened in the same process)
        return data

    def acquire(self, force: bool = False) -> None:
        holder = self.holder()
        if holder is not None and not force:
            who = f"{holder.get('user', '?')} sur {holder.get('host', '?')} (processus {holder.get('pid', '?')})"
            raise WorkspaceInUseError(
                f"{self.workspace.name} est déjà ouvert par une autre fenêtre MES Desk : {who}. "
                "L'ouvrir aussi ici risquerait de perdre des modifications.",
                who,
            )
        payload = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": os.environ.get("USER") or os.environ.get("USERNAME") or "",
        }
        try:
            self.path.write_text(json.dumps(payload), encoding="utf-8")
            self.held = True
        except OSError:
            # A read-only folder: the workspace can still be read; nothing to warn others with.
            self.held = False

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
