"""A workspace on a server saved as a ``.mesdesk`` file (« Enregistrer une copie »).

The file is built the way every new file is (``Workspace.build``): the current schema
in memory, then the rows copied table by table from the server (only the connected
role's organisation: the server's policies filter them), then written beside the
target and renamed. The server's own columns (``tenant``) are not in the model and
are not copied.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesdesk.model.entities import Base

if TYPE_CHECKING:
    from mesdesk.store.workspace import Workspace


def copy_rows(source: Session, target: Session) -> None:
    """Every model table's rows from ``source`` into ``target`` (same schema), parents first."""
    source_conn = source.connection()
    target_conn = target.connection()
    for table in Base.metadata.sorted_tables:
        rows = [dict(row._mapping) for row in source_conn.execute(select(table))]
        if rows:
            target_conn.execute(table.insert(), rows)


def copy_to_file(workspace: "Workspace", target: Path) -> Path:
    from mesdesk.store.workspace import Workspace

    if not workspace.read_only:
        workspace.session.commit()
    with Session(workspace.engine) as source:
        Workspace.build(target, lambda session: copy_rows(source, session), overwrite=True).close()
    return target
