"""Shared fixtures. Qt runs offscreen: tests never need a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from mesdesk.exchange.seeding import create_sample  # noqa: E402
from mesdesk.resources import sample_path  # noqa: E402
from mesdesk.store.workspace import Workspace  # noqa: E402


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Nothing a test runs writes into the real data folder (the log, the first workspace).
    Beside the test's own folder, not in it: tests compare their folder's files."""
    from mesdesk import logs

    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("MESDESK_DATA_DIR", str(folder))
    yield folder
    logs.stop_logging()


@pytest.fixture(scope="session")
def sample_json() -> str:
    return sample_path().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pristine sample workspace file; copy it before changing it."""
    path = tmp_path_factory.mktemp("sample") / "sample.mesdesk"
    create_sample(path).close()
    return path


@pytest.fixture
def sample_workspace(sample_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """An open, private copy of the sample workspace."""
    copy = tmp_path / "bilan.mesdesk"
    copy.write_bytes(sample_file.read_bytes())
    ws = Workspace.open(copy)
    yield ws
    ws.close()
