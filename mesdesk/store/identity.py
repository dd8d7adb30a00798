"""Who is writing: the name shown to the others on a shared server, and this window's id."""

from __future__ import annotations

import getpass
import os
import uuid


def author_name() -> str:
    """The writer's name: ``MESDESK_AUTHOR`` when set (a test, a shared account), else the login."""
    name = os.environ.get("MESDESK_AUTHOR", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container with an unknown uid)
        return "?"


def new_client_id() -> str:
    """One id per open workspace window: the same person may have two windows open."""
    return uuid.uuid4().hex
