"""`mesdesk snapshot`, `mesdesk snapshots`, `mesdesk export --snapshot` and the approvals in
`mesdesk check`: real files, read back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import docx
import pytest

from mesdesk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _preamble_words(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        (value,) = conn.execute("SELECT preamble FROM report WHERE year = 2024").fetchone()
    finally:
        conn.close()
    return str(value)


def test_snapshot_list_and_export_the_old_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "s.mesdesk"
    assert run(capsys, "sample", str(ws))[0] == 0
    code, out, err = run(capsys, "snapshots", str(ws), "--report", "2024")
    assert (code, out) == (0, "Bilan 2024 : aucune version gardée\n"), err

    code, out, err = run(capsys, "snapshot", str(ws), "--report", "2024", "--name", "envoyée au CA le 3 mars",
                         "--author", "Marie Dupont")
    assert code == 0, err
    assert out.startswith("Version « envoyée au CA le 3 mars » du bilan 2024 gardée le ")

    # Today's préambule changes after the snapshot, outside MES Desk's edits.
    conn = sqlite3.connect(ws)
    conn.execute("""UPDATE report SET preamble = '[{"type":"paragraph","content":[{"text":"Réécrit après le conseil."}]}]'
                    WHERE year = 2024""")
    conn.commit()
    conn.close()
    live = _preamble_words(ws)

    code, out, _ = run(capsys, "snapshots", str(ws), "--report", "2024")
    assert code == 0 and "« envoyée au CA le 3 mars », le " in out and out.rstrip().endswith("par Marie Dupont")

    old, new = tmp_path / "old.docx", tmp_path / "new.docx"
    code, out, err = run(capsys, "export", str(ws), "--report", "2024", "--docx", str(old),
                         "--snapshot", "Envoyée au CA le 3 mars")
    assert code == 0, err
    assert run(capsys, "export", str(ws), "--report", "2024", "--docx", str(new))[0] == 0
    old_text = "\n".join(p.text for p in docx.Document(str(old)).paragraphs)
    new_text = "\n".join(p.text for p in docx.Document(str(new)).paragraphs)
    assert "Réécrit après le conseil." in new_text and "Réécrit après le conseil." not in old_text
    assert "Préambule" in old_text
    assert _preamble_words(ws) == live, "exporting a snapshot leaves the live report as it is"

    code, _, err = run(capsys, "export", str(ws), "--report", "2024", "--docx", str(tmp_path / "x.docx"),
                       "--snapshot", "inconnue")
    assert code == 1 and err == ("mesdesk : le bilan 2024 n'a pas de version « inconnue » "
                                 "(versions : « envoyée au CA le 3 mars »)\n")
    assert not (tmp_path / "x.docx").exists()
    code, _, err = run(capsys, "snapshot", str(ws), "--report", "2024", "--name", "   ")
    assert code == 1 and "nom" in err


def test_check_lists_the_sections_to_approve(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "s.mesdesk"
    run(capsys, "sample", str(ws))
    code, out, _ = run(capsys, "check", str(ws), "--report", "2024", "--no-spelling")
    assert code == 0
    assert "  Validation :\n    - Aucune section validée : " in out
