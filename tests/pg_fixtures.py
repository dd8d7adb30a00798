"""Fixtures for the PostgreSQL backend: one throwaway cluster per test session
(pg_cluster.py) and a fresh database per test, copied from a template.

Under CI a machine without PostgreSQL fails these tests (tests/needs.py): `make test`
installs it, so a skip there would hide a broken setup.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from needs import need
from pg_cluster import Cluster, running_cluster, server_bin_dir

from mesdesk.store.workspace import Workspace


@pytest.fixture(scope="session")
def _pg_cluster_or_reason() -> Iterator[Cluster | str]:
    if server_bin_dir() is None:
        yield "PostgreSQL's server programs (initdb, pg_ctl) are not installed: `make test` installs them"
        return
    try:
        with running_cluster() as cluster:
            yield cluster
    except RuntimeError as exc:
        yield str(exc)


@pytest.fixture(scope="session")
def pg_cluster(_pg_cluster_or_reason: Cluster | str) -> Cluster:
    """The session's running cluster (tests/pg_cluster.py)."""
    need(isinstance(_pg_cluster_or_reason, Cluster), str(_pg_cluster_or_reason))
    assert isinstance(_pg_cluster_or_reason, Cluster)
    return _pg_cluster_or_reason


def _template(cluster: Cluster, name: str, fill_json: str | None) -> str:
    """A database at the current schema (every migration there is, whatever they are),
    optionally holding a workspace, that test databases are copied from."""
    from mesdesk.exchange.seeding import create_from_json

    cluster.create_database(name=name)
    url = cluster.url(name)
    if fill_json is None:
        Workspace.build(url, None).close()
    else:
        create_from_json(fill_json, url).close()
    return name


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> str:
    """The name of a migrated, empty database."""
    return _template(pg_cluster, "mesdesk_template_empty", None)


@pytest.fixture(scope="session")
def pg_sample_template(pg_cluster: Cluster, sample_json: str) -> str:
    """The name of a migrated database holding the sample workspace."""
    return _template(pg_cluster, "mesdesk_template_sample", sample_json)


def _fresh(cluster: Cluster, template: str | None) -> Iterator[str]:
    name = cluster.create_database(template)
    try:
        yield name
    finally:
        cluster.drop_database(name)


@pytest.fixture
def pg_database(pg_cluster: Cluster, pg_template: str) -> Iterator[str]:
    """A fresh migrated database without a workspace (its name), dropped afterwards."""
    yield from _fresh(pg_cluster, pg_template)


@pytest.fixture
def pg_empty_database(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh database without even the schema (as ``createdb`` leaves it)."""
    yield from _fresh(pg_cluster, None)


@pytest.fixture
def pg_url(pg_cluster: Cluster, pg_database: str) -> str:
    """The URL of a fresh migrated database without a workspace (the owner's, no password)."""
    return pg_cluster.url(pg_database)


@pytest.fixture
def pg_sample_url(pg_cluster: Cluster, pg_sample_template: str) -> Iterator[str]:
    """The URL of a fresh database holding the sample workspace."""
    for name in _fresh(pg_cluster, pg_sample_template):
        yield pg_cluster.url(name)
