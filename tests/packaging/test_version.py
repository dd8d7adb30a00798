"""One version, from the git tag: what setuptools-scm computes, what ``mesdesk --version``
prints, what the bundles and the installer carry.

The chain is run for real in a throw-away git repository holding a copy of the package
and of ``pyproject.toml``: tag it, let setuptools-scm write ``mesdesk/_version.py`` as an
install does, then ask that copy's ``mesdesk --version``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

import mesdesk
from mesdesk.version import FALLBACK_VERSION, is_release, numeric_version

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import bundle_contents as contents  # noqa: E402

sys.path.remove(str(REPO / "packaging"))

# What a `mesdesk --version` must not load: each is tens of milliseconds or more.
HEAVY_MODULES = ("PySide6", "sqlalchemy", "alembic", "docx", "openpyxl", "lxml", "mesdesk.store", "mesdesk.exchange")


def _git(cwd: Path, *args: str) -> str:
    # The user's and the system's git settings (signing, hooks, autocrlf…) stay out of it.
    config = cwd.parent / "gitconfig"
    config.touch()
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
           "GIT_CONFIG_GLOBAL": str(config), "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def _source_copy(dest: Path, *, with_git: bool) -> Path:
    """The package and its pyproject.toml, as a fresh checkout would have them (no _version.py)."""
    dest.mkdir()
    shutil.copy2(REPO / "pyproject.toml", dest / "pyproject.toml")
    shutil.copytree(REPO / "mesdesk", dest / "mesdesk",
                    ignore=shutil.ignore_patterns("__pycache__", "_version.py"))
    if with_git:
        _git(dest, "init", "-q")
        _git(dest, "add", "-A")
        _git(dest, "commit", "-q", "-m", "sources")
    return dest


def _scm_version(root: Path, *, write: bool) -> str:
    """What setuptools-scm computes for ``root`` (and, with ``write``, records as an install does)."""
    args = [sys.executable, "-m", "setuptools_scm", "--root", str(root), "--config", str(root / "pyproject.toml")]
    if write:
        args.append("--force-write-version-files")
    result = subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def _cli_version(root: Path) -> str:
    """``mesdesk --version`` of the copy in ``root``.

    ``-S``: without site-packages the editable install of this tree (whose finder maps
    every ``mesdesk.*`` name here) cannot lend the copy its ``_version.py``; the
    version command needs nothing outside the standard library anyway.
    """
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import mesdesk; "
            "assert mesdesk.__file__.startswith(sys.argv[1]), mesdesk.__file__; "
            "from mesdesk.cli.main import main; raise SystemExit(main(['--version']))")
    result = subprocess.run([sys.executable, "-S", "-c", code, str(root)], cwd=root, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_tag_gives_the_version_everywhere(tmp_path: Path) -> None:
    root = _source_copy(tmp_path / "src", with_git=True)
    _git(root, "tag", "v9.8.7")
    assert _scm_version(root, write=True) == "9.8.7"
    assert 'version__ = "9.8.7"' in (root / "mesdesk" / "_version.py").read_text(encoding="utf-8")
    assert _cli_version(root) == "MES Desk 9.8.7"


def test_commits_after_a_tag_make_a_development_version(tmp_path: Path) -> None:
    root = _source_copy(tmp_path / "src", with_git=True)
    _git(root, "tag", "v9.8.7")
    _git(root, "commit", "-q", "--allow-empty", "-m", "more work")
    version = _scm_version(root, write=True)
    assert re.fullmatch(r"9\.8\.8\.dev1\+g[0-9a-f]+", version), version
    assert _cli_version(root) == f"MES Desk {version}"
    assert not is_release(version) and numeric_version(version) == "9.8.8"


def test_a_clone_without_tags_still_has_a_sensible_version(tmp_path: Path) -> None:
    """A shallow CI checkout sees no tag: a development version towards 0.1, never a crash."""
    root = _source_copy(tmp_path / "src", with_git=True)
    version = _scm_version(root, write=True)
    assert re.fullmatch(r"0\.1\.dev1\+unknown\.g[0-9a-f]+", version), version
    assert _cli_version(root) == f"MES Desk {version}"


def test_sources_without_git_metadata_say_the_version_is_unknown(tmp_path: Path) -> None:
    root = _source_copy(tmp_path / "src", with_git=False)
    # Never installed: no _version.py, the package says so itself ...
    assert _cli_version(root) == f"MES Desk {FALLBACK_VERSION}"
    # ... and an install from such a tree records the same fallback (pyproject.toml agrees).
    assert _scm_version(root, write=False) == FALLBACK_VERSION


def test_this_checkout_has_a_recorded_version() -> None:
    """`make install` wrote mesdesk/_version.py, from this repository's git metadata if any."""
    assert (REPO / "mesdesk" / "_version.py").is_file()
    assert re.match(r"\d+\.\d+", mesdesk.__version__)
    if (REPO / ".git").exists():
        assert mesdesk.__version__ != FALLBACK_VERSION


@pytest.mark.serial  # a time limit: alone on the CPU
def test_version_is_fast_and_loads_nothing_heavy() -> None:
    code = ("import sys, time; t = time.perf_counter(); from mesdesk.cli.main import main; "
            "main(['--version']); print(round(time.perf_counter() - t, 3)); "
            f"print(','.join(m for m in sys.modules if m.startswith({HEAVY_MODULES!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    version_line, seconds, heavy = (result.stdout.splitlines() + [""])[:3]
    assert version_line == f"MES Desk {mesdesk.__version__}"
    assert heavy == "", f"mesdesk --version imports {heavy}"
    assert float(seconds) < 1.0, f"mesdesk --version took {seconds} s after Python started"


def test_the_installed_command_prints_the_version() -> None:
    exe = Path(sysconfig.get_path("scripts")) / ("mesdesk.exe" if os.name == "nt" else "mesdesk")
    start = time.perf_counter()
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"MES Desk {mesdesk.__version__}"
    assert elapsed < 3, f"{elapsed:.2f} s"


@pytest.mark.parametrize(("version", "numbers", "release"), [
    ("0.2.0", "0.2.0", True),
    ("1.10.3", "1.10.3", True),
    ("0.2.1.dev3+g1a2b3c4", "0.2.1", False),
    ("0.1.dev109+unknown.gdcb63ff8e.d20261204", "0.1.0", False),
    ("0.0+unknown", "0.0.0", False),
    ("2", "2.0.0", False),
    ("garbage", "0.0.0", False),
])
def test_numeric_version_for_the_number_only_fields(version: str, numbers: str, release: bool) -> None:
    assert numeric_version(version) == numbers
    assert is_release(version) is release


def test_bundle_metadata_takes_the_numbers() -> None:
    assert contents.version() == mesdesk.__version__
    assert contents.windows_version_numbers("0.2.1.dev3+g1a2b3c4") == (0, 2, 1, 0)
    assert contents.windows_version_numbers("1.4.2") == (1, 4, 2, 0)
    assert contents.macos_plist_versions("1.4.2") == {"CFBundleShortVersionString": "1.4.2", "CFBundleVersion": "1.4.2"}
    assert contents.macos_plist_versions("0.0+unknown")["CFBundleShortVersionString"] == "0.0.0"
    spec = (REPO / "packaging" / "mesdesk.spec").read_text(encoding="utf-8")
    assert "contents.windows_version_numbers(VERSION)" in spec
    assert "contents.macos_plist_versions(VERSION)" in spec


def test_installer_takes_both_versions_from_the_build_script() -> None:
    iss = (REPO / "packaging" / "windows" / "mesdesk.iss").read_text(encoding="utf-8")
    setup = dict(line.split("=", 1) for line in iss.split("[Setup]", 1)[1].split("\n[", 1)[0].splitlines()
                 if "=" in line and not line.startswith(";"))
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["VersionInfoVersion"] == "{#AppNumericVersion}"  # ISCC refuses anything but numbers there
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    ps1 = (REPO / "packaging" / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '"/DAppVersion=$version" "/DAppNumericVersion=$numeric"' in ps1
    assert "mesdesk.exe\" --version" in ps1  # the version the frozen program reports


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux archive is made on Linux (GNU tar options)")
def test_linux_archive_is_named_after_the_bundle_version(tmp_path: Path) -> None:
    """make-archive.sh asks the bundle for its version: a fake bundle says 9.8.7."""
    root = tmp_path / "repo"
    shutil.copytree(REPO / "packaging" / "linux", root / "packaging" / "linux")
    bundle = root / "dist" / "mesdesk"
    bundle.mkdir(parents=True)
    (bundle / "mesdesk").write_text("#!/bin/sh\necho 'MES Desk 9.8.7'\n", encoding="utf-8")
    (bundle / "mesdesk").chmod(0o755)
    result = subprocess.run(["bash", str(root / "packaging" / "linux" / "make-archive.sh")],
                            cwd=root, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    arch = os.uname().machine
    archive = root / "dist" / f"mesdesk-9.8.7-linux-{arch}.tar.gz"
    assert archive.is_file(), sorted(p.name for p in (root / "dist").iterdir())
    listing = subprocess.run(["tar", "-tzf", str(archive)], capture_output=True, text=True, check=True).stdout
    assert f"mesdesk-9.8.7-linux-{arch}/mesdesk/mesdesk" in listing.splitlines()
    assert "MES Desk 9.8.7" in subprocess.run(["tar", "-xzOf", str(archive), f"mesdesk-9.8.7-linux-{arch}/LISEZMOI.txt"],
                                              capture_output=True, text=True, check=True).stdout
