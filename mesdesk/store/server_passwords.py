"""Passwords of workspaces on a server, kept in the system's keyring (GNOME Keyring,
KWallet, macOS Keychain, Windows Credential Manager) through the ``keyring`` library.

Never anywhere else: not in the settings, not in the log, not in a URL that is shown
or remembered. Without the library (an optional dependency) or without a usable
keyring (a headless session), nothing is kept and the password is asked each time.
"""

from __future__ import annotations

import logging
from typing import Any

from mesdesk.store.server import ServerAddress

SERVICE = "MES Desk"
log = logging.getLogger(__name__)


def _keyring() -> Any | None:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None  # the library is there, but no keyring to keep anything in
    except Exception:  # noqa: BLE001 - a broken keyring backend: as if there were none
        return None
    return keyring


def available() -> bool:
    return _keyring() is not None


def key(address: ServerAddress) -> str:
    """One entry per user and server (a password belongs to the role, not to one base)."""
    return f"{address.user}@{address.host}:{address.port}"


def get(address: ServerAddress) -> str | None:
    ring = _keyring()
    if ring is None:
        return None
    try:
        value = ring.get_password(SERVICE, key(address))
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: ask instead
        log.warning("Keyring unavailable: %s", type(exc).__name__)
        return None
    return value if isinstance(value, str) else None


def remember(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` in the keyring; False when it could not be kept."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(SERVICE, key(address), password)
    except Exception as exc:  # noqa: BLE001 - said to the caller, never fatal
        log.warning("Keyring refused the password: %s", type(exc).__name__)
        return False
    return True


def forget(address: ServerAddress) -> None:
    ring = _keyring()
    if ring is None:
        return
    try:
        ring.delete_password(SERVICE, key(address))
    except Exception:  # noqa: BLE001 - nothing kept, or a keyring gone: nothing to forget
        pass
