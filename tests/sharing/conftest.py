"""Fixtures of the sharing tests: a database on the test server, and for the windows a
private settings folder and recorded messages (as in tests/gui)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sharing_testing import server_db  # noqa: F401  (the fixture)

from mesdesk.gui import messages


class Told:
    """Notices the windows showed; a question is a failure (none is expected here)."""

    def __init__(self) -> None:
        self.told: list[dict[str, Any]] = []

    def tell(self, parent: Any, title: str, text: str, **kw: Any) -> None:
        self.told.append({"title": title, "text": text, **kw})

    def ask(self, parent: Any, title: str, text: str, choices: Any, **kw: Any) -> str:
        raise AssertionError(f"unexpected question: {title}: {text}")


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Told:
    recorder = Told()
    monkeypatch.setattr(messages, "tell", recorder.tell)
    monkeypatch.setattr(messages, "ask", recorder.ask)
    monkeypatch.setenv("MESDESK_CONFIG_DIR", str(tmp_path / "config"))
    return recorder


@pytest.fixture
def pair(qtbot: Any, server_db: str, told: Told, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Any]]:  # noqa: F811 - server_db: the fixture above
    """Alice's and Bob's windows on one workspace on the test server."""
    from test_shared_windows import open_window

    from mesdesk.gui.conflict_dialog import ConflictDialog

    alice = open_window(qtbot, server_db, "Alice", monkeypatch)
    bob = open_window(qtbot, server_db, "Bob", monkeypatch)
    yield alice, bob
    for window in (alice, bob):
        for dialog in window.findChildren(ConflictDialog):
            dialog.deleteLater()
        window.close()
