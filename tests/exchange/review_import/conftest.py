"""Fixtures of the review import tests: the sample exported, and a workspace to import into."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mesdesk.exchange.docx import export_docx
from mesdesk.model.entities import Report
from mesdesk.store.workspace import Workspace

sys.path.insert(0, str(Path(__file__).parent))  # reviewed_docx, the Word-like reviewer


@pytest.fixture(scope="session")
def exported(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's Bilan 2024 as our export writes it (read-only: copy before changing)."""
    target = tmp_path_factory.mktemp("review-docx") / "bilan-2024.docx"
    with Workspace.open(sample_file, readonly_lock=True) as ws:
        convention = ws.current_convention()
        assert convention is not None
        report = convention.report_for(2024)
        assert report is not None
        export_docx(report, target)
        ws.rollback()
    return target


@pytest.fixture
def report(sample_workspace: Workspace) -> Iterator[Report]:
    convention = sample_workspace.current_convention()
    assert convention is not None
    found = convention.report_for(2024)
    assert found is not None
    yield found
