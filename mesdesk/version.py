"""The application's one version number, taken from the git tag.

setuptools-scm writes ``mesdesk/_version.py`` (not in git) whenever the package is
installed or built (``make install``, ``pip install -e .``, the packaging scripts),
from ``git describe``: ``0.2.0`` on the tag ``v0.2.0``, ``0.2.1.dev3+g1a2b3c4`` three
commits after it, ``0.1.devN+g…`` while no tag exists yet. A tree that was never
installed, or copied without its git metadata, says so with ``FALLBACK_VERSION``
instead of failing.

Standard library only, and cheap: ``mesdesk --version`` imports this and nothing else.
"""

from __future__ import annotations

import re

# PEP 440 "local version": sorts below every real release, and says plainly it is unknown.
FALLBACK_VERSION = "0.0+unknown"

_RELEASE = re.compile(r"\d+\.\d+\.\d+")
_LEADING_NUMBERS = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def read_version() -> str:
    """The version setuptools-scm recorded at install time, or ``FALLBACK_VERSION``."""
    try:
        from mesdesk._version import __version__ as recorded
    except ImportError:  # never installed from a git checkout
        return FALLBACK_VERSION
    return str(recorded) or FALLBACK_VERSION


def is_release(version: str) -> bool:
    """``X.Y.Z`` exactly: a tagged release, not a development build or an unknown one."""
    return _RELEASE.fullmatch(version) is not None


def numeric_version(version: str) -> str:
    """``X.Y.Z`` made of the version's leading numbers (``0.1.dev3+g1a2`` gives ``0.1.0``).

    For the fields that take numbers only: the Windows file version, the installer's
    ``VersionInfoVersion`` and macOS's ``CFBundleShortVersionString``.
    """
    match = _LEADING_NUMBERS.match(version)
    if match is None:
        return "0.0.0"
    return ".".join(part or "0" for part in match.groups())

