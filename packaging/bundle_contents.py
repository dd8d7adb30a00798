"""What the frozen bundle carries and what it leaves out.

Plain Python with no PyInstaller import, so that the spec (``packaging/mesdesk.spec``)
and the fast test (``tests/packaging/test_bundle_contents.py``) read the same rules.

Data files are listed file by file from the source tree at build time, so whatever
lands in ``resources/`` or in the Alembic migrations later is picked up without
editing the spec. Qt is trimmed in two steps: Python modules the app never imports are
excluded from the analysis, then the plugins and translations that PyInstaller's Qt
hooks collect wholesale are filtered, and the Qt libraries only those plugins needed
are dropped with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "resources"
MIGRATIONS = REPO / "mesdesk" / "store" / "migrations"

# Sources of built files and editor litter: not needed at run time.
RESOURCE_SKIPPED_SUFFIXES = frozenset({".ts", ".pyc", ".pyo", ".py", ".pro", ".bak", ".orig", ".swp"})
MIGRATION_SUFFIXES = frozenset({".py", ".mako"})


def _visible_files(root: Path) -> Iterable[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        if path.is_file():
            yield path


def version() -> str:
    """The version the bundle carries: the one setuptools-scm recorded from the git tag
    when the build script installed the package (see ``mesdesk/version.py``)."""
    from mesdesk import __version__

    return __version__


def windows_version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows file version (Properties > Details); digits only."""
    from mesdesk.version import numeric_version

    major, minor, patch = (int(n) for n in numeric_version(version).split("."))
    return (major, minor, patch, 0)


def macos_plist_versions(version: str) -> dict[str, str]:
    """The Info.plist version keys: Apple wants one to three integers, dots between.

    A development build (``0.2.1.dev3+g1a2b3c4``) shows its release numbers there; the
    full version stays readable with ``mesdesk --version`` and in « Aide › À propos ».
    """
    from mesdesk.version import numeric_version

    numbers = numeric_version(version)
    return {"CFBundleShortVersionString": numbers, "CFBundleVersion": numbers}


def resource_datas() -> list[tuple[str, str]]:
    """(source file, destination folder) for every run-time file under ``resources/``."""
    datas = []
    for path in _visible_files(RESOURCES):
        if path.suffix.lower() in RESOURCE_SKIPPED_SUFFIXES or path.name.endswith("~"):
            continue
        dest = PurePosixPath("resources", *path.parent.relative_to(RESOURCES).parts)
        datas.append((str(path), str(dest)))
    return datas


def migration_datas() -> list[tuple[str, str]]:
    """The Alembic script directory, as files: Alembic loads them by path, not by import."""
    datas = []
    for path in _visible_files(MIGRATIONS):
        if path.suffix in MIGRATION_SUFFIXES:
            dest = PurePosixPath("mesdesk", "store", "migrations", *path.parent.relative_to(MIGRATIONS).parts)
            datas.append((str(path), str(dest)))
    return datas


def untranslated_sources() -> list[str]:
    """Translation sources (``.ts``) without their compiled ``.qm``: the bundle would miss them."""
    folder = RESOURCES / "translations"
    if not folder.is_dir():
        return []
    return sorted(ts.name for ts in folder.glob("*.ts") if not ts.with_suffix(".qm").exists())


# --- Python modules -------------------------------------------------------------------

# Qt bindings modules MES Desk never imports. PyInstaller only collects what the code
# imports, but listing them guards against a stray import (or a hook) dragging in QML,
# a web engine or a network stack worth tens of megabytes.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit",
    "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml",
    "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio",
    "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
    "QtXml",
)

EXCLUDED_PYTHON_MODULES = (
    # Other Qt bindings a developer machine may hold.
    "PyQt5", "PyQt6", "PySide2",
    # Standard-library parts a desktop app does not use.
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "test", "unittest", "doctest", "ensurepip", "venv", "distutils",
    # Development tools installed in the same virtual environment.
    "pytest", "_pytest", "pytestqt", "hypothesis", "pluggy", "iniconfig", "setuptools",
    "pkg_resources", "pip", "wheel", "PyInstaller", "IPython", "pygments",
    # Optional extras of our dependencies that MES Desk never triggers.
    "sqlalchemy.testing", "alembic.testing", "mako.ext.babelplugin", "mako.ext.pygmentplugin",
    # (python-docx and openpyxl only use lxml.etree.)
    "lxml.html", "lxml.objectify", "lxml.isoschematron", "lxml.sax", "lxml.cssselect",
    "numpy", "PIL",
    # The test suite and developer tools of this repository.
    "tests", "tools",
)


def excluded_modules() -> list[str]:
    return [f"PySide6.{name}" for name in EXCLUDED_QT_MODULES] + list(EXCLUDED_PYTHON_MODULES)


def is_bundled_module(name: str) -> bool:
    """Filter for ``collect_submodules("mesdesk")``: everything but the migrations package.

    The migrations are shipped as files (see ``migration_datas``); importing ``env.py``
    outside Alembic raises, and a second copy in the archive would serve nothing.
    """
    return not name.startswith("mesdesk.store.migrations")


# --- Qt plugins and translations --------------------------------------------------------

# Plugin folders kept whole; any other folder is dropped, except those listed below
# where only some plugins are kept. Names are the file stems without the "lib" prefix
# (Linux, macOS) or the "d" debug suffix (Windows): qxcb, qwindows, qcocoa...
KEPT_PLUGIN_FOLDERS = frozenset({
    "iconengines",  # qsvgicon: SVG icons
    "xcbglintegrations",  # quiet start-up under X11
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "styles",  # qmodernwindowsstyle on Windows, native look
    "printsupport",  # only collected when QtPrintSupport is imported
})
KEPT_PLUGINS = {
    "platforms": frozenset({"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen", "qminimal"}),
    "imageformats": frozenset({"qsvg", "qico", "qicns", "qjpeg", "qgif"}),
    # Compose (dead keys, « œ ») and IBus input; not the virtual keyboard (needs QML).
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    # Native file dialogs through the desktop portal; not qgtk3, which would bundle this
    # machine's GTK, GLib and Cairo and clash with the user's own.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
}

# Windows-only extras PyInstaller's Qt hook adds for OpenGL/Direct3D rendering (Qt Quick,
# QOpenGLWidget): a widgets application paints in software and never loads them.
DROPPED_QT_FILES = re.compile(r"^(opengl32sw\.dll|d3dcompiler_\d+\.dll|libEGL\.dll|libGLESv2\.dll)$", re.IGNORECASE)

# Qt's own catalogues: French and English standard dialogs and buttons only.
KEPT_QT_TRANSLATIONS = frozenset({"qt_fr", "qt_en", "qtbase_fr", "qtbase_en"})


def _qt_relative(dest: str) -> PurePosixPath | None:
    """The part of a bundle path below the Qt prefix (``plugins/...``), or None."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return None
    rest = parts[1:]
    if rest and rest[0] == "Qt":  # Linux and macOS wheels; Windows has no Qt/ level
        rest = rest[1:]
    return PurePosixPath(*rest) if rest else None


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".")[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return stem


def keep_qt_file(dest: str) -> bool:
    """Whether a file PyInstaller collected under ``PySide6/`` stays in the bundle."""
    rel = _qt_relative(dest)
    if rel is None:
        return True
    if len(rel.parts) == 1 and DROPPED_QT_FILES.match(rel.name):
        return False
    if rel.parts[0] == "plugins" and len(rel.parts) >= 3:
        folder, filename = rel.parts[1], rel.parts[-1]
        if folder in KEPT_PLUGIN_FOLDERS:
            return True
        kept = KEPT_PLUGINS.get(folder)
        if kept is None:
            return False
        stem = _plugin_stem(filename)
        return stem in kept or (stem.endswith("d") and stem[:-1] in kept)
    if rel.parts[0] == "translations" and rel.suffix == ".qm":
        return rel.stem in KEPT_QT_TRANSLATIONS
    if rel.parts[0] in {"qml", "libexec", "metatypes", "resources"} and len(rel.parts) > 1:
        return False  # QML modules, QtWebEngine helper and data
    return True


def qt_library_module(dest: str) -> str | None:
    """The Qt module a bundled Qt library belongs to (``Qt6Quick`` → ``Quick``), or None."""
    name = PurePosixPath(dest.replace("\\", "/")).name
    match = re.match(r"^(?:lib)?Qt6([A-Za-z0-9]+?)(?:d)?(?:\.so\.6.*|\.dll|\.dylib)?$", name)
    if match is None:
        # macOS frameworks: PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick
        framework = re.search(r"/Qt([A-Za-z0-9]+)\.framework/", dest.replace("\\", "/"))
        return framework.group(1) if framework else None
    return match.group(1)
