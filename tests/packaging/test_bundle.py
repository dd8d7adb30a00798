"""End-to-end check of the frozen application (slow: `make smoke-package`).

Uses ``dist/mesdesk`` when it is newer than every source file (``make package`` has just
built it), else builds it with PyInstaller (about a minute). ``MESDESK_BUNDLE=DIR``
tests another bundle folder. The bundle is copied to a temporary folder and run from
``/`` with a bare environment (no virtual environment, no PYTHONPATH), so nothing can
come from the source tree.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist" / "mesdesk"
EXE_NAME = "mesdesk.exe" if sys.platform == "win32" else "mesdesk"
SIZE_LIMIT_MB = 150
STARTUP_LIMIT_S = 2.0
SOURCES = ("mesdesk", "resources", "packaging", "pyproject.toml")


def _newest_source_mtime() -> float:
    newest = 0.0
    for name in SOURCES:
        root = REPO / name
        paths = [root] if root.is_file() else root.rglob("*")
        for path in paths:
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


def _build() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist",
         "--workpath", "build/pyinstaller", "packaging/mesdesk.spec"],
        cwd=REPO, check=True, timeout=900,
    )


def _bundle_source() -> Path:
    override = os.environ.get("MESDESK_BUNDLE")
    if override:
        return Path(override)
    exe = DIST / EXE_NAME
    if not exe.exists() or exe.stat().st_mtime < _newest_source_mtime():
        pytest.importorskip("PyInstaller", reason="pip install -e '.[package]'")
        _build()
    return DIST


def _disk_usage(root: Path) -> int:
    """Bytes on disk, as `du` counts them (symbolic links not followed)."""
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            st = os.lstat(os.path.join(dirpath, name))
            total += getattr(st, "st_blocks", 0) * 512 or st.st_size
    return total


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the bundle in a folder that has nothing to do with the repository."""
    source = _bundle_source()
    target = tmp_path_factory.mktemp("elsewhere") / "mesdesk"
    shutil.copytree(source, target, symlinks=True)
    yield target


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("SystemRoot", r"C:\Windows") + r"\System32",
        "HOME": str(home),
        "LANG": "fr_FR.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "MESDESK_CONFIG_DIR": str(tmp_path / "config"),
        "MESDESK_DATA_DIR": str(tmp_path / "data"),
    }
    for key in ("SystemRoot", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def _run(bundle: Path, args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(bundle / EXE_NAME), *args], env=env, cwd=Path(os.sep), capture_output=True,
        text=True, encoding="utf-8", errors="replace", timeout=timeout,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_bundle_is_small_enough(bundle: Path) -> None:
    size_mb = _disk_usage(bundle) / 1e6
    print(f"bundle: {size_mb:.0f} MB on disk")
    assert size_mb < SIZE_LIMIT_MB


def test_bundle_carries_resources_and_migrations(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "samples" / "bilan-2024.json").is_file()
    assert any((internal / "resources" / "templates").glob("*.docx"))
    assert (internal / "resources" / "icons" / "mesdesk.svg").is_file()
    assert list((internal / "mesdesk" / "store" / "migrations" / "versions").glob("*.py"))
    qt_translations = {p.name for p in internal.rglob("qtbase_*.qm")}
    assert {"qtbase_fr.qm", "qtbase_en.qm"} <= qt_translations
    assert not list(internal.rglob("*Qt6Quick*")) and not list(internal.rglob("*Qt6WebEngine*"))


def test_frozen_version(bundle: Path, bare_env: dict[str, str]) -> None:
    from mesdesk import __version__

    result = _run(bundle, ["--version"], bare_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"MES Desk {__version__}"


def test_frozen_sample_runs_the_migrations(bundle: Path, bare_env: dict[str, str], tmp_path: Path) -> None:
    workspace = tmp_path / "bilan.mesdesk"
    assert _run(bundle, ["sample", str(workspace)], bare_env).returncode == 0
    result = _run(bundle, ["check", str(workspace)], bare_env)
    assert result.returncode == 0, result.stderr
    assert "à jour" in result.stdout


def test_frozen_demo_writes_word_and_excel(bundle: Path, bare_env: dict[str, str], tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "demo"
    result = _run(bundle, ["demo", "--out", str(out)], bare_env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr

    docx_files = sorted(out.rglob("*.docx"))
    xlsx_files = sorted(out.rglob("*.xlsx"))
    assert docx_files and xlsx_files, f"demo wrote {sorted(p.name for p in out.rglob('*'))}"

    document = docx.Document(str(docx_files[0]))
    headings = [
        p.text for p in document.paragraphs
        if p.text.strip() and p.style is not None and re.match(r"(?i)^(heading|titre|title)", p.style.name or "")
    ]
    assert len(headings) >= 3, headings

    workbook = openpyxl.load_workbook(xlsx_files[0], read_only=True)
    try:
        assert "Indicateurs" in workbook.sheetnames, workbook.sheetnames
        rows = list(workbook["Indicateurs"].iter_rows(max_row=5, values_only=True))
        assert any(any(cell not in (None, "") for cell in row) for row in rows)
    finally:
        workbook.close()


def _gui_first_paint(bundle: Path, env: dict[str, str], args: list[str] | None = None) -> float:
    """Seconds from launch to the window's first paint; the app then quits by itself."""
    env = {**env, "MESDESK_REPORT_FIRST_PAINT": "1", "MESDESK_EXIT_AFTER_PAINT": "1"}
    started = time.time()
    result = _run(bundle, args or [], env, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    match = re.search(r"^first-paint (\d+(?:\.\d+)?)", result.stdout, re.MULTILINE)
    assert match, result.stdout + result.stderr
    return float(match.group(1)) - started


def test_frozen_gui_starts_offscreen_and_quits(bundle: Path, bare_env: dict[str, str]) -> None:
    _gui_first_paint(bundle, bare_env)  # first launch: creates the first workspace from the sample
    assert list(Path(bare_env["MESDESK_DATA_DIR"]).glob("*.mesdesk"))
    best = min(_gui_first_paint(bundle, bare_env) for _ in range(3))
    print(f"frozen GUI start-up to first paint: {best:.2f} s (best of 3)")
    assert best < STARTUP_LIMIT_S


def test_frozen_gui_opens_the_file_it_is_given(bundle: Path, bare_env: dict[str, str], tmp_path: Path) -> None:
    """What the desktop entry and the Windows file association run: ``mesdesk FILE``."""
    workspace = tmp_path / "mon bilan.mesdesk"
    assert _run(bundle, ["sample", str(workspace)], bare_env).returncode == 0
    _gui_first_paint(bundle, bare_env, [str(workspace)])
    settings = Path(bare_env["MESDESK_CONFIG_DIR"]) / "mesdesk.ini"
    assert workspace.name in settings.read_text(encoding="utf-8")  # remembered as the last workspace
    assert not list(Path(bare_env["MESDESK_DATA_DIR"]).glob("*.mesdesk"))  # no first workspace made


def test_frozen_bundle_spell_checks(bundle: Path, bare_env: dict[str, str], tmp_path: Path) -> None:
    """Hunspell and our dictionaries travel in the bundle: no system dictionary needed."""
    workspace = tmp_path / "bilan.mesdesk"
    _run(bundle, ["sample", str(workspace)], bare_env)
    env = dict(bare_env, MESDESK_DATA_DIR=str(tmp_path / "data"))
    out = _run(bundle, ["check", str(workspace), "--report", "2024"], env).stdout
    assert "Orthographe : non vérifiée" not in out
    assert re.search(r"Orthographe : \d+ mot\(s\) à vérifier", out)
    assert "assocations" in out  # a real typo of the sample, found by the French dictionary
