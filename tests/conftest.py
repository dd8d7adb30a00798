"""Shared fixtures. Qt runs offscreen: tests never need a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from mesdesk.exchange.seeding import create_sample  # noqa: E402
from mesdesk.resources import sample_path  # noqa: E402
from mesdesk.store.workspace import Workspace  # noqa: E402

# No per-example time limit: `make test` runs 4 workers on 2 cores, where an example
# that takes 50 ms alone can take 400 (a CI failure found nothing wrong). Speed is
# measured by `make bench`, not by tests; a test that wants a limit sets its own.
settings.register_profile("mesdesk", deadline=None)
settings.load_profile("mesdesk")


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Nothing a test runs writes into the real data folder (the log, the first workspace);
    nor into the test's own tmp_path, which some tests list."""
    from mesdesk import logs

    folder = tmp_path_factory.mktemp("data") / "data"
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
def sample_workspace(sample_file: Path, tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Workspace]:
    """An open, private copy of the sample workspace: a file, or (backend
    ``postgresql``) a fresh database on the test server."""
    if backend == "postgresql":
        location: str | Path = request.getfixturevalue("pg_sample_url")
    else:
        location = tmp_path / "bilan.mesdesk"
        location.write_bytes(sample_file.read_bytes())
    ws = Workspace.open(location)
    yield ws
    ws.close()


# -- the two storage backends -------------------------------------------------------------
# Tests under these folders (or in these modules) that use ``backend`` (directly or
# through ``sample_workspace``) run twice: on a SQLite file and on a PostgreSQL database
# (pg_fixtures.py). Those of tests/model that only read the sample to compute something
# (checks, the page estimate) would test nothing more on a server. Elsewhere a test runs
# on both only when it asks for ``backend`` itself.
BOTH_BACKENDS = ("store", "model")
READ_ONLY_MODEL_TESTS = ("test_checks.py", "test_page_estimate.py")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    folder = metafunc.definition.path.parent
    tests_dir = Path(__file__).parent
    under = folder.relative_to(tests_dir).parts[:1] if folder.is_relative_to(tests_dir) else ()
    if metafunc.definition.get_closest_marker("file_only"):
        return  # about what only a file has (a lock, a WAL, a disk)
    if metafunc.definition.path.name in READ_ONLY_MODEL_TESTS:
        return
    asked = "backend" in metafunc.definition._fixtureinfo.argnames
    if asked or (under and under[0] in BOTH_BACKENDS):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: where the test's workspaces live."""
    return str(getattr(request, "param", "sqlite"))


pytest_plugins = ["pg_fixtures"]
