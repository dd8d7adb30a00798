"""Fault injection with real things: a tiny filesystem that fills up, read-only mounts,
an unprivileged user, real child processes.

A full disk is a real tmpfs of a few hundred kilobytes (``mount -t tmpfs``), and a
read-only medium is that tmpfs remounted read-only: both need root (CI runs as root).
Without root those tests are skipped with the reason shown; ``test_injected_faults``
covers the same write points with an injected ``OSError(ENOSPC)`` and always runs.
File permission bits do not stop root, so read-only files and folders are also
tested from a child process running as ``nobody`` (``setpriv``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from faults_testing import TinyDisk, mount, run_mesdesk
from needs import need


@pytest.fixture
def tiny_disk(request: pytest.FixtureRequest) -> Iterator[TinyDisk]:
    """A 2 MB tmpfs (or the size given by ``@pytest.mark.parametrize`` indirect)."""
    size = getattr(request, "param", 2 * 1024 * 1024)
    need(os.geteuid() == 0 and shutil.which("mount") is not None,
         "a real full disk needs root to mount a tmpfs (see test_injected_faults)")
    mount_point = Path(tempfile.mkdtemp(prefix="mesdesk-disk-"))
    result = mount("-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(mount_point))
    if result.returncode != 0:
        mount_point.rmdir()
    need(result.returncode == 0, f"mounting a tmpfs is not permitted here: {result.stderr.strip()}")
    try:
        yield TinyDisk(mount_point)
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)
        mount_point.rmdir()


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder every user can reach (pytest's own tmp folders are private to root),
    for the child processes run as ``nobody``."""
    need(os.geteuid() == 0 and shutil.which("setpriv") is not None,
         "running a child as another user needs root and setpriv")
    folder = Path(tempfile.mkdtemp(prefix="mesdesk-nobody-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def sample_docx(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample report as a Word file, for import-docx."""
    out = tmp_path_factory.mktemp("docx")
    result = run_mesdesk("export", str(sample_file), "--report", "2024", "--docx", str(out / "bilan-2024.docx"))
    assert result.returncode == 0, result.stderr
    return out / "bilan-2024.docx"
