"""The command line: workspace commands, exit codes and one-line messages."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mesdesk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_sample_dump_load_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "s.mesdesk"
    assert run(capsys, "sample", str(ws))[0] == 0
    code, dumped, _ = run(capsys, "json-dump", str(ws))
    assert code == 0
    data = json.loads(dumped)
    assert len(data["conventions"][0]["axes"]) == 4
    json_file = tmp_path / "s.json"
    json_file.write_text(dumped, encoding="utf-8")
    copy = tmp_path / "copy.mesdesk"
    assert run(capsys, "json-load", str(json_file), str(copy))[0] == 0
    assert run(capsys, "json-dump", str(copy))[1] == dumped
    code, out, err = run(capsys, "check", str(ws))
    assert code == 0, err
    assert "Intégrité : OK" in out


def test_check_lists_what_a_report_lacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "s.mesdesk"
    run(capsys, "sample", str(ws))
    conn = sqlite3.connect(ws)
    conn.execute("UPDATE action_text SET means = '[]' WHERE id = (SELECT min(id) FROM action_text)")
    conn.execute("UPDATE action_text SET target_words = 5 WHERE id = (SELECT max(id) FROM action_text)")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "check", str(ws), "--report", "2024")
    assert code == 0
    assert "moyens vides" in out
    assert "pour un objectif de 5" in out
    assert run(capsys, "check", str(ws), "--report", "1999")[0] == 1


def test_check_of_a_fresh_carried_over_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`mesdesk new-report` then `mesdesk check --report 2025`: last year's texts are listed."""
    ws = tmp_path / "s.mesdesk"
    run(capsys, "sample", str(ws))
    assert run(capsys, "new-report", str(ws), "--year", "2025")[0] == 0
    code, out, _ = run(capsys, "check", str(ws), "--report", "2025")
    assert code == 0
    lines = out.splitlines()
    head = next(line for line in lines if line.startswith("Bilan 2025 : "))
    assert "complet" not in head
    points = [line[4:] for line in lines if line.startswith("  - ")]
    assert head == f"Bilan 2025 : {len(points)} point(s) à revoir"
    assert "1.1 : texte repris de l'an dernier, toujours « à actualiser »" in points
    assert "4.3 : statut « brouillon », pas encore validé" in points
    assert points[0] == "Préambule identique à celui de 2024 : à réécrire pour 2025"
    assert "Conclusion identique à celle de 2024 : à réécrire pour 2025" in points
    assert any(p.startswith("Préambule : « ") and "pour l'année 2024" in p and p.endswith("nomme 2024, l'année précédente")
               for p in points)
    assert points[-1] == "Aucun événement daté de 2025"
    missing = [p for p in points if "pas de valeur 2025" in p]
    assert missing and len(missing) == len(set(missing))
    assert "1.1 : pas de valeur 2025 pour l'indicateur « Visites du site internet »" in missing
    # The 2024 report, finished, is still complete.
    code, out, _ = run(capsys, "check", str(ws), "--report", "2024")
    assert "Bilan 2024 : complet" in out


@pytest.mark.parametrize("kind", ["text", "corrupt", "future", "missing"])
def test_bad_files_give_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    path = tmp_path / "bad.mesdesk"
    if kind == "text":
        path.write_text("pas une base\n" * 50, encoding="utf-8")
    elif kind in ("corrupt", "future"):
        run(capsys, "sample", str(path))
        if kind == "corrupt":
            data = bytearray(path.read_bytes())
            data[100:8192] = b"\x00\xff" * ((8192 - 100) // 2)
            path.write_bytes(bytes(data))
        else:
            conn = sqlite3.connect(path)
            conn.execute("UPDATE alembic_version SET version_num = 'zz_future'")
            conn.commit()
            conn.close()
    for command in ("check", "json-dump"):
        code, out, err = run(capsys, command, str(path))
        assert code == 1
        assert err.startswith("mesdesk : ") and err.count("\n") == 1, err
        assert "Traceback" not in err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "json-load")[0] == 2
    assert run(capsys, "check", "--report", "deux", "x.mesdesk")[0] == 2


def test_json_load_refuses_a_foreign_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "x.json"
    src.write_text('{"hello": 1}', encoding="utf-8")
    code, _, err = run(capsys, "json-load", str(src), str(tmp_path / "x.mesdesk"))
    assert code == 1 and "pas un espace de travail" in err
    assert not (tmp_path / "x.mesdesk").exists()  # nothing half-written left behind


def test_existing_target_is_not_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "s.mesdesk"
    run(capsys, "sample", str(ws))
    code, _, err = run(capsys, "sample", str(ws))
    assert code == 1 and "existe déjà" in err
    assert run(capsys, "sample", str(ws), "--force")[0] == 0


def test_console_script_is_installed(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("mesdesk")
    result = subprocess.run([str(script), "check", str(tmp_path / "none.mesdesk")], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.startswith("mesdesk : ") and "Traceback" not in result.stderr


def test_gui_without_a_display_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(MESDESK_CONFIG_DIR=str(tmp_path / "c"), MESDESK_DATA_DIR=str(tmp_path / "d"))
    script = Path(sys.executable).with_name("mesdesk")
    result = subprocess.run([str(script)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "aucun écran disponible" in result.stderr and "Traceback" not in result.stderr


def test_display_detection() -> None:
    from mesdesk.cli.gui_command import display_available

    assert display_available({}, "win32") and display_available({}, "darwin")
    assert not display_available({}, "linux")
    assert display_available({"DISPLAY": ":0"}, "linux")
    assert display_available({"QT_QPA_PLATFORM": "offscreen"}, "linux")
