"""``mesdesk export … --docx OUT --comments``: the review comments go into the Word file."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest

from mesdesk.cli.main import main
from mesdesk.store.workspace import Workspace
from tests.exchange.docx.comments_testing import add_review, anchored_words, word_comments


@pytest.fixture
def reviewed_file(sample_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "bilan.mesdesk"
    shutil.copyfile(sample_file, copy)
    with Workspace.open(copy) as ws:
        add_review(ws)
    return copy


def test_comments_option_writes_word_comments(reviewed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "relecture.docx"
    assert main(["export", str(reviewed_file), "--report", "2024", "--docx", str(out), "--comments"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    comments = word_comments(out)
    first = comments["Sur quels chiffres ?"]
    assert (first.author, first.initials) == ("Anne Dupont-Moreau", "ADM")
    with zipfile.ZipFile(out) as package:
        assert anchored_words(package.read("word/document.xml"))[first.id] == "progression évidente"
    assert len(docx.Document(str(out)).comments) == 7


def test_without_the_option_the_file_has_no_comment(reviewed_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "bilan.docx"
    assert main(["export", str(reviewed_file), "--report", "2024", "--docx", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        assert "word/comments.xml" not in package.namelist()


def test_comments_without_docx_is_bad_usage(reviewed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(reviewed_file), "--report", "2024", "--xlsx", str(tmp_path / "t.xlsx"), "--comments"]) == 2
    assert "--comments ne sert qu'avec --docx" in capsys.readouterr().err
    assert not (tmp_path / "t.xlsx").exists()
