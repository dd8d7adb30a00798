"""A real full disk (a tiny tmpfs): one clear line, nothing partial left, nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from faults_testing import TinyDisk, one_line, run_mesdesk

from mesdesk.store import migrate
from mesdesk.store.errors import DiskFullError
from mesdesk.store.workspace import Workspace


@pytest.fixture(scope="module")
def sample_json(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = run_mesdesk("json-dump", str(sample_file))
    assert result.returncode == 0, result.stderr
    path = tmp_path_factory.mktemp("json") / "bilan.json"
    path.write_text(result.stdout, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["sample", "json-load", "import-docx"])
def test_creating_a_workspace_on_a_full_disk_leaves_nothing(
    tiny_disk: TinyDisk, command: str, sample_json: Path, sample_docx: Path
) -> None:
    tiny_disk.fill()
    target = tiny_disk.path / "nouveau.mesdesk"
    args = {
        "sample": ("sample", str(target)),
        "json-load": ("json-load", str(sample_json), str(target)),
        "import-docx": ("import-docx", str(sample_docx), str(target)),
    }[command]
    message = one_line(run_mesdesk(*args))
    assert "disque est plein" in message and "nouveau.mesdesk" in message
    assert "endommagé" not in message
    # No partial workspace, no temporary file, no lock: only the filler is there.
    assert tiny_disk.files() == {}
    tiny_disk.free()
    assert run_mesdesk(*args).returncode == 0  # with room, the same command works


def test_replacing_a_workspace_on_a_full_disk_keeps_the_old_one(
    tiny_disk: TinyDisk, sample_file: Path, sample_json: Path
) -> None:
    target = tiny_disk.path / "bilan.mesdesk"
    target.write_bytes(sample_file.read_bytes())
    tiny_disk.fill()
    before = tiny_disk.files()
    message = one_line(run_mesdesk("json-load", "--force", str(sample_json), str(target)))
    assert "disque est plein" in message
    assert tiny_disk.files() == before
    tiny_disk.free()
    result = run_mesdesk("check", str(target))
    assert result.returncode == 0 and "Intégrité : OK" in result.stdout


def test_a_full_disk_during_word_export_says_so_once(tiny_disk: TinyDisk, sample_file: Path) -> None:
    tiny_disk.fill()
    target = tiny_disk.path / "bilan.docx"
    message = one_line(run_mesdesk("export", str(sample_file), "--report", "2024", "--docx", str(target)))
    assert "disque est plein" in message.lower() and "bilan.docx" in message
    assert tiny_disk.files() == {}


def test_a_full_disk_during_excel_export_says_so_once(tiny_disk: TinyDisk, sample_file: Path) -> None:
    tiny_disk.fill()
    target = tiny_disk.path / "bilan.xlsx"
    message = one_line(run_mesdesk("export", str(sample_file), "--report", "2024", "--xlsx", str(target)))
    assert "disque est plein" in message.lower()
    assert tiny_disk.files() == {}


def _old_workspace(path: Path, payload: int) -> None:
    """A workspace at the first schema holding ``payload`` bytes of text."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO organisation (name, address, siret, ape, contact_name, contact_role, email, phone, links) "
            f"VALUES ('MES ancien', '{'x' * payload}', '', '', '', '', '', '', '[]')"
        )
    engine.dispose()


@pytest.mark.parametrize("tiny_disk", [4 * 1024 * 1024], indirect=True)
def test_a_migration_without_room_for_its_backup_leaves_no_truncated_backup(tiny_disk: TinyDisk) -> None:
    path = tiny_disk.path / "ancien.mesdesk"
    _old_workspace(path, 1_500_000)
    # Room for SQLite's journal, not for a second copy of the file.
    tiny_disk.fill(leave=400 * 1024)
    with pytest.raises(DiskFullError, match="disque est plein") as info:
        Workspace.open(path, read_only=False)
    assert "endommagé" not in str(info.value)
    after = tiny_disk.files()
    assert not [name for name in after if ".bak" in name or name.endswith(".tmp")], after
    assert not [name for name in after if name.startswith(".~lock")], after
    # Not migrated, nothing lost (SQLite's header counters may move: compare the data).
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert conn.execute("SELECT name, length(address) FROM organisation").fetchone() == ("MES ancien", 1_500_000)
    conn.close()
    # With room again, the migration is done, after a complete backup.
    tiny_disk.free()
    with Workspace.open(path) as ws:
        assert ws.organisation().name == "MES ancien"  # type: ignore[union-attr]
    backup = tiny_disk.path / "ancien.avant-migration-0001.bak.mesdesk"
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT length(address) FROM organisation").fetchone() == (1_500_000,)
    conn.close()


def test_a_healthy_workspace_on_a_full_disk_is_read_not_called_damaged(tiny_disk: TinyDisk, sample_file: Path) -> None:
    path = tiny_disk.path / "bilan.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    tiny_disk.fill()
    result = run_mesdesk("check", str(path))
    assert result.returncode == 0, result.stderr
    assert "Intégrité : OK" in result.stdout and "endommagé" not in result.stdout + result.stderr
    with Workspace.open(path) as ws:
        assert ws.read_only and ws.read_only_cause == "disk-full"
    message = one_line(run_mesdesk("new-report", str(path), "--year", "2025"))
    assert "disque est plein" in message and "endommagé" not in message
