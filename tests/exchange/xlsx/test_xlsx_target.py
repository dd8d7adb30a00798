"""Writing safely: a target that cannot be replaced is refused and left intact."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from xlsx_testing import report_of

from mesdesk.exchange.errors import ExportError
from mesdesk.exchange.xlsx import export_xlsx
from mesdesk.store.workspace import Workspace

OLD = b"old workbook bytes"


@pytest.fixture
def old_target(tmp_path: Path) -> Path:
    target = tmp_path / "bilan.xlsx"
    target.write_bytes(OLD)
    return target


@pytest.fixture
def read_only(old_target: Path) -> Iterator[Path]:
    """The old target made read-only; root ignores file modes, so it gets the immutable flag."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(old_target)], check=True)
    else:
        old_target.chmod(0o444)
    yield old_target
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(old_target)], check=True)
    else:
        old_target.chmod(0o644)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_read_only_target(small_workspace: Workspace, read_only: Path) -> None:
    with pytest.raises(ExportError, match="lecture seule"):
        export_xlsx(report_of(small_workspace), read_only)
    assert read_only.read_bytes() == OLD
    assert leftovers(read_only.parent) == []


def test_target_open_in_an_office_program(small_workspace: Workspace, old_target: Path) -> None:
    lock = old_target.with_name(f".~lock.{old_target.name}#")
    lock.write_text("user,host,…")
    with pytest.raises(ExportError, match="ouvert"):
        export_xlsx(report_of(small_workspace), old_target)
    assert old_target.read_bytes() == OLD
    lock.unlink()
    export_xlsx(report_of(small_workspace), old_target)  # closed: now it works
    assert old_target.read_bytes().startswith(b"PK")


def test_missing_folder_and_folder_target(small_workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="n'existe pas"):
        export_xlsx(report_of(small_workspace), tmp_path / "absent" / "x.xlsx")
    with pytest.raises(ExportError, match="dossier"):
        export_xlsx(report_of(small_workspace), tmp_path)


def test_failure_while_writing_keeps_the_old_file(
    small_workspace: Workspace, old_target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The workbook is built in memory; the disk fills while the file is written.
    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("mesdesk.exchange.atomic.os.fsync", full_disk)
    with pytest.raises(ExportError, match="disque est plein"):
        export_xlsx(report_of(small_workspace), old_target)
    assert old_target.read_bytes() == OLD
    assert leftovers(old_target.parent) == []


def test_replaces_an_existing_workbook(small_workspace: Workspace, old_target: Path) -> None:
    result = export_xlsx(report_of(small_workspace), old_target)
    assert result.path == old_target and old_target.read_bytes().startswith(b"PK")
    assert leftovers(old_target.parent) == []
