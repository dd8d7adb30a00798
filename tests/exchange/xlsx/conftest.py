"""Fixtures of the xlsx tests: a small workspace and its exported workbook."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from xlsx_testing import build_small, report_of

from mesdesk.exchange.xlsx import export_xlsx
from mesdesk.store.workspace import Workspace


@pytest.fixture(scope="session")
def small_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pristine small workspace file; copy it before changing it."""
    return build_small(tmp_path_factory.mktemp("small") / "small.mesdesk")


@pytest.fixture
def small_workspace(small_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    copy = tmp_path / "small.mesdesk"
    copy.write_bytes(small_file.read_bytes())
    ws = Workspace.open(copy)
    yield ws
    ws.close()


def _exported_workbook(workspace_file: Path, folder: Path) -> Path:
    """The 2024 report of a copy of ``workspace_file``, exported into ``folder``."""
    copy = folder / workspace_file.name
    copy.write_bytes(workspace_file.read_bytes())
    with Workspace.open(copy) as ws:
        return export_xlsx(report_of(ws), folder / "bilan-2024.xlsx").path


@pytest.fixture(scope="session")
def small_xlsx(small_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The workbook of the small workspace's 2024 report (read it, do not change it)."""
    return _exported_workbook(small_file, tmp_path_factory.mktemp("small_xlsx"))


@pytest.fixture(scope="session")
def sample_xlsx(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The workbook of the bundled sample (Bilan 2024 du MES)."""
    return _exported_workbook(sample_file, tmp_path_factory.mktemp("sample_xlsx"))
