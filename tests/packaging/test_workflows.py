"""The GitHub Actions workflow cannot land broken: actionlint (with ShellCheck on the
``run:`` scripts) has nothing to say, the jobs are the ones the release needs, and every
file they name exists.

actionlint and shellcheck are development dependencies (``pip install -e '.[dev]'``):
missing, they fail these tests rather than skip them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import yaml

from mesdesk.cli.main import main as mesdesk_main

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"
CHECK_DEMO = REPO / "packaging" / "check_demo_output.py"


def _tool(name: str) -> str:
    """A development tool: beside this Python first (the virtual environment), then on PATH."""
    found = shutil.which(name, path=sysconfig.get_path("scripts")) or shutil.which(name)
    assert found, f"{name} is missing: it is a development dependency (pip install -e '.[dev]')"
    return found


def lint(paths: list[Path]) -> list[str]:
    """actionlint's findings, one line each. ShellCheck is the pinned one, never the
    system's, and pyflakes is off (no Python in `run:`), so every machine checks alike."""
    result = subprocess.run(
        [_tool("actionlint"), "-oneline", "-no-color", "-shellcheck", _tool("shellcheck"), "-pyflakes=",
         *(str(p) for p in paths)],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    # 0: nothing found, 1: findings; anything else is actionlint failing to run.
    assert result.returncode in (0, 1), f"actionlint failed ({result.returncode}): {result.stderr}"
    return [line for line in result.stdout.splitlines() if line.strip()]


def _workflow(path: Path = CI) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_workflows_pass_actionlint() -> None:
    files = sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])
    assert CI in files
    findings = lint(files)
    assert findings == [], "actionlint:\n" + "\n".join(findings)


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    """The lint really looks: a bad input, a bad expression and a shell mistake are each found."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - uses: actions/checkout@v5\n"
        "        with:\n"
        "          fetch-dept: 0\n"
        "      - run: echo ${{ github.nonsense }}\n"
        "      - run: cd $HOME/$DIR\n",
        encoding="utf-8",
    )
    findings = "\n".join(lint([broken]))
    assert '"fetch-dept" is not defined' in findings
    assert "nonsense" in findings
    assert "shellcheck" in findings


def test_tests_run_on_three_systems_at_every_push() -> None:
    wf = _workflow()
    assert "push" in wf["on"] and "pull_request" in wf["on"]
    assert "v*" in wf["on"]["push"]["tags"]
    assert wf["env"]["QT_QPA_PLATFORM"] == "offscreen"
    test = wf["jobs"]["test"]
    assert "if" not in test, "the tests run for every push"
    systems = test["strategy"]["matrix"]["os"]
    assert {s.split("-")[0] for s in systems} == {"ubuntu", "windows", "macos"}
    runs = _runs(test)
    assert "make test" in runs  # Linux: system libraries through tools/install-system-deps.sh
    assert "python -m pytest" in runs  # Windows and macOS: no make there
    checkout = next(s for s in test["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0, "setuptools-scm needs the tags"


@pytest.mark.parametrize(("job_name", "builder", "artefact"), [
    ("linux", "make package", "linux-x86_64.tar.gz"),
    ("windows", "packaging/windows/build.ps1", "windows-x64-setup.exe"),
    ("macos", "packaging/macos/build-app.sh", "macos-arm64.dmg"),
])
def test_each_bundle_is_built_on_a_tag_and_smoke_tested(job_name: str, builder: str, artefact: str) -> None:
    job = _workflow()["jobs"][job_name]
    assert "refs/tags/v" in job["if"]
    assert job["needs"] == "test", "no bundle from a commit whose tests fail"
    runs = _runs(job)
    assert builder in runs
    # From the installed or unpacked bundle, in a folder with accents and spaces.
    assert "demo --out" in runs and "été" in runs
    assert "check_demo_output.py" in runs
    assert '--version' in runs and "GITHUB_REF_NAME" in runs  # the bundle's version is the tag's
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"].endswith(artefact)
    assert upload["with"]["if-no-files-found"] == "error"


def test_the_release_takes_all_three_and_the_changelog() -> None:
    release = _workflow()["jobs"]["release"]
    assert set(release["needs"]) == {"linux", "windows", "macos"}
    assert release["permissions"] == {"contents": "write"}
    runs = _runs(release)
    assert "packaging/changelog.py notes" in runs
    assert "gh release create" in runs


_REPO_PATH = re.compile(r"(?<![\w$/\\.-])((?:packaging|tools|tests|\.github)[/\\][\w./\\-]*\w)")


def _named_paths(text: str) -> set[str]:
    return {m.group(1).replace("\\", "/") for m in _REPO_PATH.finditer(text)}


def test_every_file_the_jobs_and_build_scripts_name_exists() -> None:
    scripts = [REPO / "packaging" / "windows" / "build.ps1", REPO / "packaging" / "macos" / "build-app.sh",
               REPO / "packaging" / "linux" / "make-archive.sh", REPO / "Makefile"]
    named: set[str] = set()
    for job in _workflow()["jobs"].values():
        named |= _named_paths(_runs(job))
    for script in scripts:
        named |= _named_paths(script.read_text(encoding="utf-8"))
    # What the release rests on must be among them, so this test would notice a rename.
    for needed in ("packaging/windows/build.ps1", "packaging/windows/mesdesk.iss", "packaging/mesdesk.spec",
                   "packaging/macos/build-app.sh", "packaging/check_demo_output.py", "packaging/changelog.py",
                   "packaging/print_version.py", "packaging/linux/make-archive.sh", "tools/install-system-deps.sh"):
        assert needed in named, f"{needed} is no longer named by the workflow or the build scripts"
    generated = {"dist/", "build/"}
    missing = sorted(p for p in named if not (REPO / p).exists() and not p.startswith(tuple(generated)))
    assert missing == [], f"named but missing: {missing}"


def test_every_make_target_the_jobs_use_exists() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, re.MULTILINE))
    used = set()
    for job in _workflow()["jobs"].values():
        used |= set(re.findall(r"\bmake ([\w-]+)", _runs(job)))
    assert used and used <= targets, f"unknown make targets: {sorted(used - targets)}"


def _check_demo(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(CHECK_DEMO), str(folder)], capture_output=True, text=True, timeout=60)


def test_smoke_check_accepts_a_real_demo_and_refuses_a_broken_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "Bilans été 2025" / "démo"
    assert mesdesk_main(["demo", "--out", str(out)]) == 0
    capsys.readouterr()
    result = _check_demo(out)
    assert result.returncode == 0, result.stderr
    assert ".docx:" in result.stdout and ".xlsx:" in result.stdout

    xlsx = next(out.glob("bilan-*.xlsx"))
    xlsx.write_bytes(xlsx.read_bytes()[:500])  # cut short, as a crashed export would leave it
    result = _check_demo(out)
    assert result.returncode == 1
    assert xlsx.name in result.stderr

    result = _check_demo(tmp_path / "empty")
    assert result.returncode == 1 and "no such folder" in result.stderr


SHELL_SCRIPTS = sorted([*(REPO / "packaging").rglob("*.sh"), *(REPO / "tools").glob("*.sh")])


def _shellcheck(paths: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_tool("shellcheck"), "-S", "warning", "-f", "gcc", *(str(p) for p in paths)],
                          cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_build_and_install_scripts_pass_shellcheck(tmp_path: Path) -> None:
    """The scripts the release jobs run (build-app.sh, make-archive.sh, install.sh…)."""
    assert {"build-app.sh", "make-archive.sh", "install.sh", "install-system-deps.sh"} <= {p.name for p in SHELL_SCRIPTS}
    result = _shellcheck(SHELL_SCRIPTS)
    assert result.returncode == 0, "shellcheck:\n" + result.stdout + result.stderr
    broken = tmp_path / "broken.sh"
    broken.write_text("#!/usr/bin/env bash\nlocal name=x\necho \"$name\"\n", encoding="utf-8")
    assert "SC2168" in _shellcheck([broken]).stdout  # `local` outside a function: it does look
