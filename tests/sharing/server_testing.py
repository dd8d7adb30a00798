"""A shared workspace on a real PostgreSQL server for the sharing tests.

The server comes from ``MESDESK_TEST_PG`` (a libpq URL of a cluster the test may
create databases in). Each test gets a fresh database holding the sample report.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import NullPool

from mesdesk.model.entities import Base
from mesdesk.store import migrate
from mesdesk.store.workspace import Workspace


def server_url() -> URL:
    raw = os.environ.get("MESDESK_TEST_PG")
    if not raw:
        pytest.fail("MESDESK_TEST_PG is not set: the sharing tests need a PostgreSQL server")
    return make_url(raw).set(drivername="postgresql+psycopg")


def _admin() -> Engine:
    return create_engine(server_url(), poolclass=NullPool, isolation_level="AUTOCOMMIT")


def new_database(sample_file: Path) -> URL:
    """A new database on the test server holding the sample workspace (same migrations)."""
    name = "mesdesk_" + uuid.uuid4().hex[:10]
    admin = _admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    url = server_url().set(database=name)
    engine = create_engine(url, poolclass=NullPool)
    source = create_engine(f"sqlite:///{sample_file}", poolclass=NullPool)
    with engine.begin() as conn:
        migrate.upgrade(conn)
        with source.connect() as src:
            for table in Base.metadata.sorted_tables:
                rows = [dict(row._mapping) for row in src.execute(select(table))]
                if rows:
                    conn.execute(insert(table), rows)
                if "id" in table.c:
                    top = conn.execute(select(func.max(table.c.id))).scalar()
                    if top:
                        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), {top})"))
    source.dispose()
    engine.dispose()
    return url


def drop_database(url: URL) -> None:
    admin = _admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
    admin.dispose()


def open_server(url: URL) -> Workspace:
    """The workspace on the server, opened as the app opens it."""
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    return Workspace(Path(str(url.database)), engine, None)


@pytest.fixture
def server_db(sample_file: Path) -> Iterator[URL]:
    url = new_database(sample_file)
    yield url
    drop_database(url)
