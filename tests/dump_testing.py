"""The workspace's JSON dump as the tests compare it: in the session, and on disk
through a connection of its own (what another process would read)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.store.workspace import Workspace


def other_engine(where: Path | Workspace) -> Engine:
    """A separate engine on the same workspace: the file, or the same server database."""
    if isinstance(where, Workspace):
        if where.server is not None:
            return create_engine(where.server.sqlalchemy_url())
        where = where.path
    return create_engine(f"sqlite:///{where}")


def disk_dump(where: Path | Workspace) -> str:
    """The dump of what is stored (on disk or on the server) for the workspace."""
    engine = other_engine(where)
    try:
        with Session(engine) as session:
            return dumps_workspace(session)
    finally:
        engine.dispose()
