"""Fixtures of the Word import tests: the sample exported by the Word writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesdesk.exchange.docx import export_docx
from mesdesk.store.workspace import Workspace


@pytest.fixture(scope="session")
def sample_docx(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's Bilan 2024 as our export writes it (read-only: copy before changing)."""
    target = tmp_path_factory.mktemp("sample-docx") / "bilan-2024.docx"
    with Workspace.open(sample_file, readonly_lock=True) as ws:
        convention = ws.current_convention()
        assert convention is not None
        report = convention.report_for(2024)
        assert report is not None
        export_docx(report, target)
        ws.rollback()
    return target
