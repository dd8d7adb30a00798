"""Helpers of the fault-injection tests: running the real command, a tiny real disk."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

MESDESK = str(Path(sys.executable).with_name("mesdesk"))
NOBODY = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")


def run_mesdesk(*args: str, as_nobody: bool = False, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    command = [MESDESK, *args]
    if as_nobody:
        command = [*NOBODY, *command]
    env = dict(os.environ, HOME=tempfile.gettempdir())
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refused command (asserting it is exactly one)."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    assert result.stderr.startswith("mesdesk : ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def listing(folder: Path) -> dict[str, bytes]:
    """Every file of a folder with its bytes (to prove nothing was written or left)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@dataclass
class TinyDisk:
    """A real tmpfs of ``size`` bytes mounted at ``path``."""

    path: Path

    FILLER = ".remplissage"

    def fill(self, leave: int = 0) -> None:
        """Fill the disk until the kernel says ENOSPC, then give back ``leave`` bytes."""
        filler = self.path / self.FILLER
        chunk = b"\0" * 4096
        with open(filler, "ab", buffering=0) as fh:  # unbuffered: nothing left to flush at close
            try:
                while fh.write(chunk):
                    pass
            except OSError:
                pass
        if leave:
            size = filler.stat().st_size
            os.truncate(filler, max(0, size - leave))

    def free(self) -> None:
        (self.path / self.FILLER).unlink(missing_ok=True)

    def files(self) -> dict[str, bytes]:
        return {k: v for k, v in listing(self.path).items() if k != self.FILLER}

    def remount(self, mode: str) -> None:
        result = mount("-o", f"remount,{mode}", str(self.path))
        assert result.returncode == 0, result.stderr
