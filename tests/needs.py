"""A test that needs something this machine may lack (root to mount a tmpfs, Xvfb).

On a developer's machine it is skipped with the reason shown. Under CI (``CI`` set, as
`.ci/run` is run) a missing need is a failure: CI runs as root and `make test` installs
Xvfb, so a skip there would hide a broken setup, never a missing luxury.
"""

from __future__ import annotations

import os

import pytest


def need(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must be able to run this test: {reason}")
    pytest.skip(reason)
