"""Backups are complete and never replace an earlier backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mesdesk.model.entities import Organisation
from mesdesk.store.copies import backup_name
from mesdesk.store.workspace import Workspace, backup_copy


def test_a_backup_never_overwrites_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "bilan.mesdesk"
    with Workspace.create(path) as ws:
        ws.session.add(Organisation(name="premier état"))
        ws.commit()
        first = backup_copy(path, ws.engine, "avant-migration-0001")
        ws.organisation().name = "second état"  # type: ignore[union-attr]
        ws.commit()
        second = backup_copy(path, ws.engine, "avant-migration-0001")
    assert first.name == "bilan.avant-migration-0001.bak.mesdesk"
    assert second.name == "bilan.avant-migration-0001-2.bak.mesdesk" == backup_name(path, "avant-migration-0001", 2).name
    for backup, name in ((first, "premier état"), (second, "second état")):
        conn = sqlite3.connect(backup)
        assert conn.execute("SELECT name FROM organisation").fetchone() == (name,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # stands alone
        conn.close()
    # Nothing temporary is left beside them.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bilan.avant-migration-0001-2.bak.mesdesk",
        "bilan.avant-migration-0001.bak.mesdesk",
        "bilan.mesdesk",
    ]
