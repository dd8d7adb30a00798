"""A shared workspace on the test server (tests/pg_fixtures.py) for the sharing tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from mesdesk.model.entities import Action, ActionText
from mesdesk.store.conflicts import SharedSession
from mesdesk.store.unsaved import EditTracker
from mesdesk.store.workspace import Workspace


def open_server(url: str) -> Workspace:
    """The workspace on the server, opened as the app opens it."""
    return Workspace.open(url)


class Writer:
    """One person's MES Desk on the workspace: a session, its edits, its saves."""

    def __init__(self, url: str, name: str) -> None:
        self.ws: Workspace = open_server(url)
        self.shared = SharedSession(self.ws.session, EditTracker(self.ws.session), name, name + "-client")
        # Held as a window holds them: what this writer has read stays what it edits
        # (the session only keeps weak references).
        self.convention = self.ws.current_convention()
        assert self.convention is not None
        self.look()

    def look(self) -> None:
        """Read what a window shows (at opening, and again after conflicts)."""
        for report in self.convention.reports:
            for text in report.texts:
                _ = (text.action.title, text.evaluation)

    def text(self, number: str = "1.1", year: int = 2024) -> ActionText:
        report = self.convention.report_for(year)
        assert report is not None
        action = report.convention.action_by_number(number)
        assert action is not None
        return report.text_for(action)

    def action(self, number: str) -> Action:
        found = self.convention.action_by_number(number)
        assert found is not None
        return found


@pytest.fixture
def server_db(pg_sample_url: str) -> Iterator[str]:
    """A fresh database holding the sample report, on the session's throwaway cluster."""
    yield pg_sample_url


def stop_server(cluster: Any) -> None:
    """Stop the test server, cutting every connection, as a restart or a cut network would.

    ``fast``, not ``immediate``: the test cluster runs with ``synchronous_commit=off``,
    and a crash would lose its last commits, which a real server does not."""
    cluster._run("pg_ctl", "-D", str(cluster.data), "-m", "fast", "-w", "stop")


def start_server(cluster: Any) -> None:
    """Start the stopped test server again, as tests/pg_cluster.py first started it."""
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={cluster.port} -c unix_socket_directories={cluster.socket_dir} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
        "-c shared_buffers=32MB -c log_min_messages=warning"
    )
    cluster._run("pg_ctl", "-D", str(cluster.data), "-l", str(cluster.folder / "server.log"), "-o", options,
                 "-w", "start")
