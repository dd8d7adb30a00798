"""Who is where in a shared workspace: presence in a section, and offline reservations.

A section is an outline place written as text: ``"action:<uid>"``, ``"preamble"``,
``"conclusion"``, ``"cover"``… (``section_key``). Both tables exist in every workspace
(the migration is the same for a file and a server); only a server has several writers.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mesdesk.model.entities import Base


def section_key(*parts: str) -> str:
    """``("action", uid)`` → ``"action:uid"``: the outline's key as one string."""
    return ":".join(parts)


class Presence(Base):
    """One running MES Desk on the workspace: who, in which section, alive when."""

    __tablename__ = "presence"

    id: Mapped[int] = mapped_column(primary_key=True)
    # One per window that opened the workspace (a random id): one person may have two.
    client: Mapped[str] = mapped_column(String, unique=True)
    author: Mapped[str] = mapped_column(String, default="")
    section: Mapped[str | None] = mapped_column(String, nullable=True)
    # The last keystroke in that section (None: only reading it).
    typing_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # Refreshed every few seconds while the window is open; an old one is a window gone.
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Reservation(Base):
    """A section taken away to be written offline (« Emporter pour travailler hors ligne »).

    While it exists, everyone else reads the section but cannot change it; « Rapporter »
    or an administrator's break removes it.
    """

    __tablename__ = "reservation"

    id: Mapped[int] = mapped_column(primary_key=True)
    section: Mapped[str] = mapped_column(String, unique=True)
    holder: Mapped[str] = mapped_column(String, default="")
    # Which checkout took it: the local copy carries the same token, so only it brings it back.
    token: Mapped[str] = mapped_column(String)
    host: Mapped[str] = mapped_column(String, default="")
    copy_path: Mapped[str] = mapped_column(Text, default="")
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The section's texts as they were taken (JSON): « Rapporter » tells what changed
    # offline from what changed on the server meanwhile against it (``store.checkout``).
    base: Mapped[str] = mapped_column(Text, default="{}")
