"""Our exported comments survive LibreOffice: docx → odt → docx keeps every comment with
its author, initials, date, text, anchored words and resolved state.

LibreOffice 7.4 (Debian 12's) has no way to say in ODF that a comment answers another, so
after the trip a reply is a comment of its own on the same words; a LibreOffice that
writes ``w15:paraIdParent`` back is held to the right parent.

Two LibreOffice start-ups (about 7 s): ``make test`` installs LibreOffice and runs it.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from needs import need

from mesdesk.exchange.docx import export_docx
from mesdesk.exchange.docx.comments import DETACHED_NOTE
from mesdesk.store.workspace import Workspace
from tests.exchange.docx.comments_testing import Review, add_review, anchored_words, squeeze, word_comments


def convert(soffice: str, source: Path, kind: str, out: Path, profile: Path) -> Path:
    out.mkdir(exist_ok=True)
    completed = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", kind,
         "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    result = out / f"{source.stem}.{kind}"
    assert completed.returncode == 0 and result.exists(), completed.stderr
    return result


@pytest.fixture(scope="module")
def round_trip(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Review]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need(soffice is not None, "LibreOffice (soffice) is needed for the round trip (make test installs it)")
    assert soffice is not None
    folder = tmp_path_factory.mktemp("lo-comments")
    copy = folder / "bilan.mesdesk"
    shutil.copyfile(sample_file, copy)
    with Workspace.open(copy) as ws:
        review = add_review(ws)
        report = ws.current_convention().report_for(2024)  # type: ignore[union-attr]
        exported = export_docx(report, folder / "relecture.docx", comments=True).path
    profile = folder / "profile"  # a private profile: no clash with a running LibreOffice
    odt = convert(soffice, exported, "odt", folder / "odt", profile)
    back = convert(soffice, odt, "docx", folder / "back", profile)
    return back, review


def test_every_comment_comes_back_with_author_text_and_date(round_trip: tuple[Path, Review]) -> None:
    back, review = round_trip
    read = list(docx.Document(str(back)).comments)
    assert len(read) == len(review.comments)
    for expected in review.comments:
        found = next(c for c in read if c.text.strip().endswith(expected.body))
        assert (found.author, found.initials) == (expected.author, expected.initials)
        assert found.timestamp is not None and found.timestamp.replace(tzinfo=None) == expected.date


def test_comments_stay_on_their_words_and_keep_their_resolved_state(round_trip: tuple[Path, Review]) -> None:
    back, review = round_trip
    comments = word_comments(back)
    with zipfile.ZipFile(back) as package:
        words = anchored_words(package.read("word/document.xml"))
    replies_linked = any(c.parent_para for c in comments.values())
    by_para = {c.para_id: c for c in comments.values() if c.para_id}
    for expected in review.comments:
        found = next(c for text, c in comments.items() if text.strip().endswith(expected.body))
        assert found.done == expected.resolved, expected.body
        if expected.words:
            assert words.get(found.id) == squeeze(expected.words).replace(" \n", "\n"), expected.body
        else:  # detached: still there, the lost words quoted
            assert found.text.startswith(DETACHED_NOTE.format(quote="Le rapport que nous présentons"))
        if replies_linked and expected.parent is not None:
            assert by_para[found.parent_para or ""].text.strip() == expected.parent
