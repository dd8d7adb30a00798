"""The workspace file: creation, WAL, self-contained on close, refusals, migrations, locking."""

from __future__ import annotations

import os
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from mesdesk.model.entities import Organisation
from mesdesk.store import migrate
from mesdesk.store.errors import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceInUseError,
)
from mesdesk.store.lock import lock_path
from mesdesk.store.workspace import Workspace, integrity_problems


def _new(path: Path, name: str = "MES") -> None:
    with Workspace.create(path) as ws:
        ws.session.add(Organisation(name=name))
        ws.commit()


def test_created_workspace_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "a.mesdesk") as ws:
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert migrate.current_revision(conn) == migrate.head_revision()


def test_each_commit_is_on_disk_at_once(tmp_path: Path) -> None:
    path = tmp_path / "a.mesdesk"
    with Workspace.create(path) as ws:
        ws.session.add(Organisation(name="Premier"))
        ws.commit()
        # Another connection (another process would see the same) reads it already.
        other = sqlite3.connect(path)
        assert other.execute("SELECT name FROM organisation").fetchall() == [("Premier",)]
        other.close()


def test_closed_workspace_file_alone_holds_everything(tmp_path: Path) -> None:
    path = tmp_path / "a.mesdesk"
    _new(path, "Seul fichier")
    assert not Path(f"{path}-wal").exists()
    assert not lock_path(path).exists()
    mailed = tmp_path / "mailed" / "copie.mesdesk"
    mailed.parent.mkdir()
    shutil.copyfile(path, mailed)  # only the main file travels
    with Workspace.open(mailed) as ws:
        assert ws.organisation().name == "Seul fichier"  # type: ignore[union-attr]


def test_text_file_renamed_mesdesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.mesdesk"
    path.write_text("Ceci est un texte.\n" * 20, encoding="utf-8")
    with pytest.raises(NotAWorkspaceError, match="pas un espace de travail"):
        Workspace.open(path)
    assert not lock_path(path).exists()


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "autre.mesdesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE clients (id INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAWorkspaceError):
        Workspace.open(path)
    assert path.read_bytes() == before  # not even switched to WAL
    assert not Path(f"{path}-wal").exists()


def test_corrupt_workspace_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "abime.mesdesk"
    _new(path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises((CorruptWorkspaceError, NotAWorkspaceError)) as info:
        Workspace.open(path)
    assert "abime.mesdesk" in str(info.value)
    assert path.read_bytes() == before


def test_truncated_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "court.mesdesk"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)
    with pytest.raises(CorruptWorkspaceError):
        Workspace.open(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="n'existe pas"):
        Workspace.open(tmp_path / "absent.mesdesk")
    with pytest.raises(WorkspaceError, match="dossier"):
        Workspace.open(tmp_path)


def test_workspace_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "futur.mesdesk"
    _new(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerWorkspaceError, match="plus récente"):
        Workspace.open(path)
    assert path.read_bytes() == before


def test_older_workspace_is_migrated_after_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ancien.mesdesk"
    _new(path, "Avant migration")
    original_head = migrate.head_revision()
    # A newer app: the real migrations plus one more revision.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9000_extra.py").write_text(
        textwrap.dedent(
            f"""
            from alembic import op
            import sqlalchemy as sa
            revision = "9000"
            down_revision = "{migrate.head_revision()}"
            branch_labels = None
            depends_on = None
            def upgrade():
                op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True))
            def downgrade():
                op.drop_table("extra")
            """
        )
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    with Workspace.open(path) as ws:
        with ws.engine.connect() as conn:
            assert migrate.current_revision(conn) == "9000"
            assert conn.exec_driver_sql("SELECT count(*) FROM extra").scalar() == 0
        assert ws.organisation().name == "Avant migration"  # type: ignore[union-attr]
    backups = list(tmp_path.glob(f"ancien.avant-migration-{original_head}.bak.mesdesk"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (original_head,)
    assert old.execute("SELECT name FROM organisation").fetchone() == ("Avant migration",)
    old.close()


def test_second_process_is_warned_and_can_force(tmp_path: Path) -> None:
    path = tmp_path / "partage.mesdesk"
    _new(path)
    # Another live process on this host holds it (pid 1 always exists).
    lock_path(path).write_text(f'{{"pid": 1, "host": "{os.uname().nodename}", "user": "alice"}}')
    with pytest.raises(WorkspaceInUseError, match="déjà ouvert"):
        Workspace.open(path)
    with Workspace.open(path, force=True) as ws:
        assert ws.organisation() is not None


def test_stale_lock_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "ancien-verrou.mesdesk"
    _new(path)
    lock_path(path).write_text(f'{{"pid": 999999999, "host": "{os.uname().nodename}"}}')
    with Workspace.open(path) as ws:
        assert ws.organisation() is not None
    assert not lock_path(path).exists()


def test_save_copy_is_self_contained(tmp_path: Path) -> None:
    path = tmp_path / "a.mesdesk"
    _new(path, "Copie")
    with Workspace.open(path) as ws:
        target = ws.save_copy(tmp_path / "copie.mesdesk")
        assert integrity_problems(ws) == []
    assert not Path(f"{target}-wal").exists()
    with Workspace.open(target) as copy:
        assert copy.organisation().name == "Copie"  # type: ignore[union-attr]


def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.mesdesk"
    with Workspace.create(path) as ws:
        with pytest.raises(RuntimeError):
            with ws.transaction() as session:
                session.add(Organisation(name="Fantôme"))
                session.flush()
                raise RuntimeError("boom")
        assert ws.organisation() is None


def test_a_real_second_process_is_warned(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "deux.mesdesk"
    _new(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from mesdesk.store.workspace import Workspace; "
            f"ws = Workspace.open({str(path)!r}); print('open', flush=True); sys.stdin.readline(); ws.close()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceInUseError) as info:
            Workspace.open(path)
        assert str(holder.pid) in info.value.holder
    finally:
        holder.communicate("\n", timeout=10)
    with Workspace.open(path) as ws:  # released once the other process closed it
        assert ws.organisation() is not None


def test_a_first_version_workspace_gains_the_cover_logos(tmp_path: Path) -> None:
    """A file written by MES Desk at schema 0001 opens, is backed up, then migrated."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "v1.mesdesk"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001")
        conn.exec_driver_sql("INSERT INTO organisation (name, address, siret, ape, contact_name, contact_role, "
                             "email, phone, links) VALUES ('MES v1', '', '', '', '', '', '', '', '[]')")
    engine.dispose()
    with Workspace.open(path) as ws:
        org = ws.organisation()
        assert org is not None and org.name == "MES v1" and org.logo is None
        org.logo = b"\x89PNG\r\n\x1a\n..."
        ws.commit()
    assert (tmp_path / "v1.avant-migration-0001.bak.mesdesk").exists()
    with Workspace.open(path) as ws:
        assert ws.organisation().logo.startswith(b"\x89PNG")  # type: ignore[union-attr]


def test_a_schema_0002_workspace_gains_page_limit_and_language(tmp_path: Path) -> None:
    """A file of the previous release's format (0002) opens, is backed up, then migrated:
    no page limit, its reports in French."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "v2.mesdesk"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0002")
        conn.exec_driver_sql("INSERT INTO convention (uid, programme, first_year, last_year) VALUES ('c', 'P', 2024, 2026)")
        conn.exec_driver_sql("INSERT INTO report (convention_id, year, title, support_line, preamble, conclusion) "
                             "VALUES (1, 2024, 'Bilan 2024', '', '[]', '[]')")
    engine.dispose()
    with Workspace.open(path) as ws:
        (convention,) = ws.conventions()
        assert convention.page_limit is None
        assert convention.reports[0].language == "fr"
        convention.page_limit = 12
        ws.commit()
    assert (tmp_path / "v2.avant-migration-0002.bak.mesdesk").exists()
    with Workspace.open(path) as ws:
        assert ws.conventions()[0].page_limit == 12


def test_a_schema_0003_workspace_gains_the_means(tmp_path: Path) -> None:
    """A file of today's format (0003) opens, is backed up, then migrated: no means
    lines, volunteering valued at the SMIC with no method stated yet; lines can be added."""
    from alembic import command
    from sqlalchemy import create_engine

    from mesdesk.model.means import BudgetLine

    path = tmp_path / "v3.mesdesk"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0003")
        conn.exec_driver_sql("INSERT INTO convention (uid, programme, first_year, last_year, page_limit) "
                             "VALUES ('c', 'P', 2024, 2026, 10)")
        conn.exec_driver_sql("INSERT INTO report (convention_id, year, title, support_line, preamble, conclusion, "
                             "language) VALUES (1, 2024, 'Bilan 2024', '', '[]', '[]', 'en')")
    engine.dispose()
    with Workspace.open(path) as ws:
        (convention,) = ws.conventions()
        report = convention.reports[0]
        assert report.language == "en" and convention.page_limit == 10
        assert report.budget_lines == [] and report.people_lines == [] and report.in_kind_lines == []
        assert report.valuation_basis == "smic" and report.valuation_method == ""
        assert report.volunteer_rate() == round(11.65 * 1.45, 2)
        report.budget_lines.append(BudgetLine(account="60", label="Achats", planned=1000.0))
        ws.commit()
    assert (tmp_path / "v3.avant-migration-0003.bak.mesdesk").exists()
    with Workspace.open(path) as ws:
        (line,) = ws.conventions()[0].reports[0].budget_lines
        assert (line.account, line.planned, line.actual) == ("60", 1000.0, None)
