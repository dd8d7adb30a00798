"""kill -9 of the real window while typing: seconds of typing lost (see ``kill_typing``)."""

from __future__ import annotations

from tools.bench.kill_typing import run

__all__ = ["run"]
