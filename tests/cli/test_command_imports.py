"""Each command loads only what it needs: the start-up cost of a command is mostly its imports.

A regression guard that is not a timed test: the real command runs in a fresh
interpreter and the modules it has loaded are read back. python-docx, openpyxl,
lxml, jsonschema and Hunspell each cost tens of milliseconds or more to import; Qt
belongs to the window only.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the command, then prints the top-level names of what it imported.
CHILD = (
    "import json, sys\n"
    "from mesdesk.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "print(json.dumps(sorted(sys.modules)))\n"
    "sys.exit(code)\n"
)

WRITERS = ("docx", "openpyxl", "lxml", "defusedxml", "mesdesk.exchange.docx", "mesdesk.exchange.xlsx")
EVERY_HEAVY = ("PySide6", "jsonschema", "hunspell", "mesdesk.gui.app", *WRITERS)


def loaded(*args: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def heavy(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


@pytest.fixture(scope="module")
def workspace(sample_file: Path) -> Path:
    return sample_file  # only read: export and check take no lock, json-dump reads


def test_check_without_spelling_loads_no_writer_no_validator_no_qt(workspace: Path) -> None:
    assert heavy(loaded("check", str(workspace), "--no-spelling"), EVERY_HEAVY) == []


def test_check_loads_hunspell_for_its_spelling_list_and_nothing_else_heavy(workspace: Path) -> None:
    modules = loaded("check", str(workspace))
    assert "hunspell" in modules  # the guard reads real imports: spelling does load it
    assert heavy(modules, tuple(n for n in EVERY_HEAVY if n != "hunspell")) == []


def test_word_export_loads_python_docx_only(workspace: Path, tmp_path: Path) -> None:
    modules = loaded("export", str(workspace), "--report", "2024", "--docx", str(tmp_path / "b.docx"))
    assert {"docx", "lxml"} <= modules
    assert heavy(modules, ("PySide6", "jsonschema", "hunspell", "openpyxl", "mesdesk.exchange.xlsx")) == []


def test_excel_export_loads_openpyxl_only(workspace: Path, tmp_path: Path) -> None:
    modules = loaded("export", str(workspace), "--report", "2024", "--xlsx", str(tmp_path / "b.xlsx"))
    assert "openpyxl" in modules
    assert heavy(modules, ("PySide6", "jsonschema", "hunspell", "docx", "mesdesk.exchange.docx")) == []


def test_json_dump_does_not_load_the_schema_validator(workspace: Path) -> None:
    assert heavy(loaded("json-dump", str(workspace)), EVERY_HEAVY) == []
