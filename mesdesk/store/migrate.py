"""Schema versions of a workspace file, managed by Alembic from code.

Alembic is imported only to migrate: opening an up-to-date workspace (every start of
the app, every command) only needs the revision identifiers, which are read from the
migration scripts' own ``revision = "…"`` lines and the database's ``alembic_version``
table. Loading Alembic costs a quarter of a second at start-up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*['\"]?([\w-]*)['\"]?", re.M)


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=4)
def _revision_graph(migrations_dir: Path) -> dict[str, str | None]:
    """revision → down_revision, read from the scripts without importing them."""
    graph: dict[str, str | None] = {}
    for script in sorted((migrations_dir / "versions").glob("*.py")):
        found = dict((key, value) for key, value in _ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        if found.get("revision"):
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "", "None") else down
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph(MIGRATIONS_DIR))


def head_revision() -> str:
    graph = _revision_graph(MIGRATIONS_DIR)
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    try:
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    except OperationalError:
        return None
    return row[0] if row else None


def is_known_revision(revision: str) -> bool:
    """Whether this version of MES Desk knows the revision (else the file is newer)."""
    return revision in known_revisions()


def upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
