"""Fast checks of what the PyInstaller spec puts in the bundle (no build needed)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "mesdesk.spec"


def _load_contents() -> ModuleType:
    # By path: the repository's packaging/ folder must not shadow the "packaging" library.
    spec = importlib.util.spec_from_file_location("mesdesk_bundle_contents", REPO / "packaging" / "bundle_contents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


contents = _load_contents()


def _destinations(datas: list[tuple[str, str]]) -> set[str]:
    return {str(PurePosixPath(dest, Path(src).name)) for src, dest in datas}


def test_every_resource_file_is_bundled_under_resources() -> None:
    bundled = _destinations(contents.resource_datas())
    expected = set()
    for path in (REPO / "resources").rglob("*"):
        rel = path.relative_to(REPO)
        if path.is_file() and path.suffix not in contents.RESOURCE_SKIPPED_SUFFIXES and "__pycache__" not in rel.parts:
            if not any(part.startswith(".") for part in rel.parts):
                expected.add(rel.as_posix())
    assert expected, "resources/ is empty"
    assert bundled == expected


@pytest.mark.parametrize("folder", ["samples", "templates", "icons", "translations"])
def test_every_resource_folder_is_bundled(folder: str) -> None:
    assert any((REPO / "resources" / folder).glob("*")), f"resources/{folder} is empty"
    assert any(dest.startswith(f"resources/{folder}/") for dest in _destinations(contents.resource_datas()))


def test_the_bundled_sample_is_where_the_code_looks_for_it() -> None:
    from mesdesk.resources import resources_dir, sample_path

    rel = sample_path().relative_to(resources_dir())
    assert f"resources/{rel.as_posix()}" in _destinations(contents.resource_datas())


def test_every_migration_is_bundled_next_to_the_store_package() -> None:
    bundled = _destinations(contents.migration_datas())
    migrations = REPO / "mesdesk" / "store" / "migrations"
    versions = [p for p in (migrations / "versions").glob("*.py") if p.name != "__init__.py"]
    assert versions
    for path in [migrations / "env.py", migrations / "script.py.mako", *versions]:
        assert path.relative_to(REPO).as_posix() in bundled


def test_translations_have_their_compiled_catalogue() -> None:
    assert contents.untranslated_sources() == [], "run `make translations` and commit the .qm files"


def test_the_spec_uses_the_shared_lists() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for name in ("resource_datas()", "migration_datas()", "excluded_modules()", 'collect_submodules("mesdesk"'):
        assert name in text
    assert "onefile" not in re.sub(r"#.*", "", text)


def test_no_qt_module_the_code_imports_is_excluded() -> None:
    imported = set()
    for path in (REPO / "mesdesk").rglob("*.py"):
        imported |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    excluded = imported & set(contents.EXCLUDED_QT_MODULES)
    assert not excluded, f"mesdesk imports {sorted(excluded)}: remove them from EXCLUDED_QT_MODULES in packaging/bundle_contents.py"


def test_migrations_are_not_imported_as_modules() -> None:
    assert contents.is_bundled_module("mesdesk.store.migrate")
    assert not contents.is_bundled_module("mesdesk.store.migrations.env")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qt_help_fr.qm", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),  # libraries go by dependency, not by name
        ("PySide6/QtWidgets.abi3.so", True),
        ("resources/icons/mesdesk.svg", True),
    ],
)
def test_qt_trimming_rules(dest: str, kept: bool) -> None:
    assert contents.keep_qt_file(dest) is kept


def test_qt_library_names_are_recognised() -> None:
    assert contents.qt_library_module("libQt6Network.so.6") == "Network"
    assert contents.qt_library_module("Qt6Widgets.dll") == "Widgets"
    assert contents.qt_library_module("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick") == "Quick"
    assert contents.qt_library_module("libicudata.so.73") is None
    assert contents.qt_library_module("libpyside6.abi3.so.6.12") is None


def test_version_matches_the_package() -> None:
    from mesdesk import __version__

    assert contents.version() == __version__
