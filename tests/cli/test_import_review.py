"""``mesdesk import-review``: a French summary, exit codes, refusals that leave the
workspace as it was, read-only and locked workspaces refused in one line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "exchange" / "review_import"))
from reviewed_docx import Reviewer  # noqa: E402

from mesdesk.exchange.docx import export_docx  # noqa: E402
from mesdesk.store.workspace import Workspace  # noqa: E402

MESDESK = str(Path(sys.executable).with_name("mesdesk"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([MESDESK, "import-review", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def workspace(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "bilan.mesdesk"
    shutil.copyfile(sample_file, path)
    return path


@pytest.fixture
def reviewed(sample_file: Path, tmp_path: Path) -> Path:
    exported = tmp_path / "export.docx"
    with Workspace.open(sample_file, readonly_lock=True) as ws:
        convention = ws.current_convention()
        assert convention is not None
        report = convention.report_for(2024)
        assert report is not None
        export_docx(report, exported)
        ws.rollback()
    reviewer = Reviewer(exported)
    reviewer.replace("présente à ce jour", "comptait fin 2024", "Marie Dupont", "2026-12-01T10:00:00Z")
    reviewer.comment("moyens instables", "Paul Martin", "2026-12-02T10:00:00Z", "Lesquels ?")
    reviewer.retype("Cet objectif a été transformé", "Cet objectif a été profondément transformé")
    return reviewer.save(tmp_path / "relu.docx")


def _dump(path: Path) -> dict[str, object]:
    result = subprocess.run([MESDESK, "json-dump", str(path)], capture_output=True, text=True, timeout=120, check=True)
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_it_prints_a_french_summary_and_keeps_the_review_in_the_workspace(workspace: Path, reviewed: Path) -> None:
    result = _run(str(reviewed), str(workspace), "--report", "2024")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Relecture relu.docx : bilan 2024",
        "1 commentaire repris",
        "1 suggestion de Marie Dupont",
        "1 rubrique modifiée sans suivi des modifications",
        "Modifiée sans suivi : 2.1, évaluation",
    ]
    report = _dump(workspace)["conventions"][0]["reports"][0]  # type: ignore[index]
    assert [c["body"] for c in report["comments"]] == ["Lesquels ?"]
    assert sorted(s["kind"] for s in report["suggestions"]) == ["difference", "replacement"]
    assert all(s["status"] == "pending" for s in report["suggestions"])
    again = _run(str(reviewed), str(workspace), "--report", "2024")
    assert again.returncode == 0 and "3 élément(s) déjà importé(s), non repris." in again.stdout


def test_refusals_are_one_line_and_leave_the_workspace_untouched(workspace: Path, reviewed: Path, tmp_path: Path) -> None:
    before = workspace.read_bytes()
    not_docx = tmp_path / "notes.docx"
    not_docx.write_text("du texte", encoding="utf-8")
    cut = tmp_path / "coupé.docx"
    cut.write_bytes(reviewed.read_bytes()[:3000])
    for args in ((str(not_docx), str(workspace), "--report", "2024"),
                 (str(cut), str(workspace), "--report", "2024"),
                 (str(reviewed), str(workspace), "--report", "2023"),
                 (str(tmp_path / "absent.docx"), str(workspace), "--report", "2024")):
        result = _run(*args)
        assert result.returncode == 1, args
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("mesdesk : "), result.stderr
        assert "Traceback" not in result.stderr
    assert _run(str(reviewed), str(workspace)).returncode == 2  # --report is required
    assert workspace.read_bytes() == before


def test_a_locked_or_read_only_workspace_is_refused_in_one_line(workspace: Path, reviewed: Path) -> None:
    with Workspace.open(workspace):  # another window has it open (and its lock)
        result = _run(str(reviewed), str(workspace), "--report", "2024")
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr

    folder = workspace.parent / "ro"
    folder.mkdir()
    protected = folder / workspace.name
    shutil.copyfile(workspace, protected)
    protected.chmod(0o444)
    folder.chmod(0o555)
    try:
        before = protected.read_bytes()
        result = _run(str(reviewed), str(protected), "--report", "2024")
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "lecture seule" in result.stderr, result.stderr
        assert protected.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == [workspace.name]
    finally:
        folder.chmod(0o755)
