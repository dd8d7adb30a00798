"""A shared workspace on the test server (tests/pg_fixtures.py) for the sharing tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mesdesk.store.workspace import Workspace


def open_server(url: str) -> Workspace:
    """The workspace on the server, opened as the app opens it."""
    return Workspace.open(url)


@pytest.fixture
def server_db(pg_sample_url: str) -> Iterator[str]:
    """A fresh database holding the sample report, on the session's throwaway cluster."""
    yield pg_sample_url
