"""Migration 0009 (the review's rows versioned, a notification naming no one) goes back
and forth, on a file and on a server holding a workspace."""

from __future__ import annotations

from pathlib import Path

from pg_cluster import Cluster
from sqlalchemy import create_engine, inspect

from mesdesk.store import migrate
from mesdesk.store.server import ServerAddress
from mesdesk.store.workspace import Workspace

TABLES = {"comment": "changed_at", "review_suggestion": "changed_at", "report_snapshot": "changed_at",
          "approval": "row_changed_at"}


def _columns(engine: object, table: str) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns(table)}  # type: ignore[arg-type]


def _down_and_up(url: str) -> None:
    from alembic import command

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0008")
        for table, stamp in TABLES.items():
            assert not {"version", "changed_by", stamp} & _columns(engine, table), table
        assert "changed_at" in _columns(engine, "approval")  # the approval's own, kept
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                source = conn.exec_driver_sql("SELECT prosrc FROM pg_proc WHERE proname = 'mesdesk_notify_change'").scalar()
                triggers = {r[0] for r in conn.exec_driver_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
            assert "'author'" in str(source)  # 0008's function is back
            assert "mesdesk_notify_comment" not in triggers and "mesdesk_notify_action_text" in triggers
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "head")
        for table, stamp in TABLES.items():
            assert {"version", "changed_by", stamp} <= _columns(engine, table), table
    finally:
        engine.dispose()


def test_0009_goes_back_and_forth_on_a_file(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.mesdesk"
    path.write_bytes(sample_file.read_bytes())
    _down_and_up(f"sqlite:///{path}")
    with Workspace.open(path) as ws:
        assert ws.organisation() is not None


def test_0009_goes_back_and_forth_on_a_server(pg_cluster: Cluster, pg_sample_url: str) -> None:
    url = ServerAddress.parse(pg_sample_url).sqlalchemy_url()
    _down_and_up(url)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            source = conn.exec_driver_sql("SELECT prosrc FROM pg_proc WHERE proname = 'mesdesk_notify_change'").scalar()
    finally:
        engine.dispose()
    assert "'author'" not in str(source) and "mesdesk_channel" in str(source)
    with Workspace.open(pg_sample_url) as ws:
        assert ws.organisation() is not None
