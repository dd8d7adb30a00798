"""Running the real ``mesdesk`` command against the test server, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

MESDESK = str(Path(sys.executable).with_name("mesdesk"))


def run_mesdesk(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
                timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, HOME=tempfile.gettempdir(), **(env or {}))
    full_env.pop("PGPASSWORD", None) if env is None or "PGPASSWORD" not in env else None
    return subprocess.run([MESDESK, *args], capture_output=True, text=True, timeout=timeout, env=full_env, input=stdin)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    return result.stdout


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refused command (asserting it is exactly one)."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    assert result.stderr.startswith("mesdesk : ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr.removeprefix("mesdesk : ").strip()
