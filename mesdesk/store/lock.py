"""A lock file beside an open workspace, so a second process is warned.

SQLite itself would let two MES Desk windows write the same file, each with its own
view of it; the user would lose edits without noticing. Like office suites, we put a
small ``.~lock.NAME#`` file beside the workspace naming the process that holds it.

The lock is taken atomically (an exclusive create: of two processes starting
together, exactly one gets it) and it is owned: it carries a random token, and only
the process whose token it holds removes it. A window opened anyway (« Ouvrir quand
même ») therefore never deletes the lock of the window that still has the file open.
A lock left by a process that no longer runs on this machine is taken over, by
moving it aside first so that two processes cannot both take over the same stale lock.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import socket
import sys
import time
from pathlib import Path

from mesdesk.store.errors import WorkspaceInUseError

# A lock file still empty or half-written this recently is being created by its owner.
_FRESH_SECONDS = 10.0
# Where the lock cannot be written at all (read-only folder, full disk) the workspace
# opens without one: nothing can be saved there anyway, or the save itself will say why.
_CANNOT_WRITE = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def _windows_process_alive(pid: int) -> bool:
    """On Windows ``os.kill(pid, 0)`` is no « still running? » question: it sends Ctrl+C
    to a console process group or fails. Ask the kernel for the process's exit code."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only
    process_query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists, owned by someone else
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True  # cannot tell: keep the lock rather than break someone's
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _process_start(pid: int) -> str | None:
    """When the process started (Linux clock ticks since boot), to tell a reused pid apart."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: split after the last ")".
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else None


class WorkspaceLock:
    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.workspace = path
        self.held = False
        # Opened although another live process holds the lock (« Ouvrir quand même »).
        self.shared = False
        self._token = secrets.token_hex(16)

    # -- reading ----------------------------------------------------------------------
    def _read(self) -> tuple[bytes, float] | None:
        try:
            data = self.path.read_bytes()
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            return None
        except OSError:
            return b"", 0.0
        return data, mtime

    def _judge(self, data: bytes, mtime: float) -> str:
        """``live`` (another process holds it), ``ours`` (this process) or ``stale``."""
        try:
            info = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            info = None
        if not isinstance(info, dict):
            # Being written by its owner right now, or the debris of a crash long ago.
            return "live" if time.time() - mtime < _FRESH_SECONDS else "stale"
        if info.get("host") != socket.gethostname():
            return "live"  # another machine (a shared folder): we cannot tell, so respect it
        try:
            pid = int(info.get("pid", 0))
        except (TypeError, ValueError):
            return "stale"
        if pid == os.getpid():
            return "ours"  # a workspace reopened in the same process
        if not _process_alive(pid):
            return "stale"
        started = info.get("started")
        if started and _process_start(pid) not in (None, started):
            return "stale"  # the pid now belongs to another program
        return "live"

    def holder(self) -> dict[str, object] | None:
        """Who holds the lock, or None when it is free, stale or ours."""
        found = self._read()
        if found is None or self._judge(*found) != "live":
            return None
        try:
            info = json.loads(found[0].decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            info = None
        return info if isinstance(info, dict) else {"user": "?", "host": "?", "pid": "?"}

    # -- taking and giving back -------------------------------------------------------
    def acquire(self, force: bool = False) -> None:
        """Take the lock, or raise ``WorkspaceInUseError`` naming who holds it.

        With ``force`` a live holder keeps its lock and this process opens the file
        beside it (``shared``), without ever removing that lock.
        """
        for _attempt in range(5):
            if self._create():
                return
            found = self._read()
            if found is None:
                continue  # released meanwhile: try again
            verdict = self._judge(*found)
            if verdict == "stale":
                self._remove_stale(found[0])
                continue
            if verdict == "ours":
                self._overwrite()
                return
            if force:
                self.shared = True
                return
            holder = self.holder() or {}
            who = f"{holder.get('user', '?') or '?'} sur {holder.get('host', '?')} (processus {holder.get('pid', '?')})"
            raise WorkspaceInUseError(
                f"{self.workspace.name} est déjà ouvert par une autre fenêtre ou commande MES Desk : {who}. "
                "L'ouvrir aussi ici risquerait de perdre des modifications.",
                who,
            )
        raise WorkspaceInUseError(
            f"{self.workspace.name} est en train d'être ouvert par un autre processus MES Desk : réessayez.", "?"
        )

    def _payload(self) -> bytes:
        return json.dumps(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "user": os.environ.get("USER") or os.environ.get("USERNAME") or "",
                "started": _process_start(os.getpid()),
                "token": self._token,
            }
        ).encode("utf-8")

    def _create(self) -> bool:
        """Exclusive create; True when the lock is ours (or cannot be written at all)."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno in _CANNOT_WRITE:
                self.held = False
                return True
            raise
        try:
            os.write(fd, self._payload())
        except OSError as exc:
            os.close(fd)
            self.path.unlink(missing_ok=True)
            if exc.errno in _CANNOT_WRITE:
                self.held = False
                return True
            raise
        os.close(fd)
        self.held = True
        return True

    def _overwrite(self) -> None:
        try:
            self.path.write_bytes(self._payload())
            self.held = True
        except OSError:
            self.held = False

    def _remove_stale(self, seen: bytes) -> None:
        """Remove a stale lock, unless another process took it over in the meantime."""
        aside = self.path.with_name(f"{self.path.name}.{os.getpid()}-{secrets.token_hex(4)}.stale")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return  # another process removed it first
        except OSError:
            return
        try:
            moved = aside.read_bytes()
        except OSError:
            moved = seen
        if moved == seen:
            aside.unlink(missing_ok=True)
            return
        # We moved a fresh lock another process had just taken: give it back.
        try:
            os.link(aside, self.path)
            aside.unlink(missing_ok=True)
        except OSError:
            try:
                os.rename(aside, self.path)
            except OSError:
                aside.unlink(missing_ok=True)

    def owns(self) -> bool:
        """Whether the lock file on disk is this one's."""
        found = self._read()
        if found is None:
            return False
        try:
            info = json.loads(found[0].decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return False
        return isinstance(info, dict) and info.get("token") == self._token

    def release(self) -> None:
        """Remove the lock file if, and only if, it is still ours."""
        if self.held and self.owns():
            self.path.unlink(missing_ok=True)
        self.held = False
        self.shared = False
