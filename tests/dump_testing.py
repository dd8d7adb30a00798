"""The workspace's JSON dump as the tests compare it: in the session, and on disk
through a connection of its own (what another process would read)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from mesdesk.exchange.json_interchange import dumps_workspace


def disk_dump(path: Path) -> str:
    """The dump of what is on disk in the workspace file at ``path``."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            return dumps_workspace(session)
    finally:
        engine.dispose()
