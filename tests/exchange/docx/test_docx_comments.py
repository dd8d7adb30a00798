"""The review comments exported as real Word comments (« Inclure les commentaires »).

Read back with python-docx 1.2's comments API and with lxml (ranges, replies, resolved
state), validated against the published OOXML schemas, with each template.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest

from mesdesk.exchange.docx import export_docx
from mesdesk.exchange.docx.comments import DETACHED_NOTE
from mesdesk.store.workspace import Workspace
from tests.exchange.docx.comments_testing import (
    Review,
    add_review,
    anchored_words,
    paragraph_after_start,
    squeeze,
    word_comments,
)
from tests.exchange.docx.docx_testing import french_template
from tests.exchange.docx.ooxml_validation import schema_problems
from tests.exchange.docx.test_ooxml_order import TEMPLATE_FAULTS, all_problems


def problems_but_template_faults(path: Path, template: str) -> list[str]:
    """Schema problems of ``path``, but the one python-docx's template brings in: its
    settings' ``w:zoom`` lacks ``percent`` (see ``test_ooxml_order.TEMPLATE_FAULTS``)."""
    problems = schema_problems(path)
    if template == "python-docx":
        problems = [p for p in problems if not (p.startswith("word/settings.xml") and "zoom" in p)]
    return problems


def _python_docx_template(path: Path) -> Path:
    docx.Document().save(str(path))
    return path


TEMPLATES = {"default": None, "french": french_template, "python-docx": _python_docx_template}


@pytest.fixture(scope="module")
def reviewed(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Review]:
    """A copy of the sample with the review of ``comments_testing`` on its 2024 report."""
    folder = tmp_path_factory.mktemp("reviewed")
    copy = folder / "bilan.mesdesk"
    shutil.copyfile(sample_file, copy)
    with Workspace.open(copy) as ws:
        review = add_review(ws)
    return copy, review


def export(workspace: Path, target: Path, *, comments: bool, template: Path | None = None) -> Path:
    with Workspace.open(workspace) as ws:
        convention = ws.current_convention()
        assert convention is not None
        report = convention.report_for(2024)
        assert report is not None
        return export_docx(report, target, comments=comments, template=template).path


@pytest.fixture(scope="module", params=sorted(TEMPLATES))
def exported(request: pytest.FixtureRequest, reviewed: tuple[Path, Review],
             tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(f"comments-{request.param}")
    make = TEMPLATES[request.param]
    template = make(folder / "modele.docx") if make is not None else None
    return export(reviewed[0], folder / "relecture.docx", comments=True, template=template)


def test_every_comment_is_a_word_comment_with_author_initials_and_date(exported: Path, reviewed: tuple[Path, Review]) -> None:
    review = reviewed[1]
    document = docx.Document(str(exported))
    read = list(document.comments)  # python-docx 1.2's own reader
    assert len(read) == len(review.comments)
    by_text = {c.text: c for c in read}
    for expected in review.comments:
        found = next(c for text, c in by_text.items() if text.endswith(expected.body))
        assert (found.author, found.initials) == (expected.author, expected.initials)
        assert found.timestamp is not None
        assert found.timestamp.replace(tzinfo=None) == expected.date


def test_comments_sit_on_the_words_they_were_made_on(exported: Path, reviewed: tuple[Path, Review]) -> None:
    with zipfile.ZipFile(exported) as package:
        body = package.read("word/document.xml")
    words = anchored_words(body)
    comments = word_comments(exported)
    for expected in reviewed[1].comments:
        found = next(c for text, c in comments.items() if text.endswith(expected.body))
        if expected.words:
            assert words[found.id] == squeeze(expected.words).replace(" \n", "\n"), expected.body
        else:  # detached: an empty range at the start of its text, the lost words quoted
            assert words[found.id] == ""
            assert paragraph_after_start(body, found.id).startswith(expected.starts)
            assert found.text.startswith(DETACHED_NOTE.format(quote="Le rapport que nous présentons"))


def test_replies_and_resolved_state_as_word_2013_writes_them(exported: Path, reviewed: tuple[Path, Review]) -> None:
    comments = word_comments(exported)
    by_para = {c.para_id: c for c in comments.values()}
    assert len(by_para) == len(comments)  # every comment's last paragraph has its own paraId
    for expected in reviewed[1].comments:
        found = next(c for text, c in comments.items() if text.endswith(expected.body))
        assert found.done == expected.resolved, expected.body
        if expected.parent is None:
            assert found.parent_para is None
        else:
            assert by_para[found.parent_para or ""].text == expected.parent


def test_the_package_is_valid_against_the_ooxml_schemas(exported: Path, request: pytest.FixtureRequest) -> None:
    template = request.node.callspec.params["exported"]
    assert problems_but_template_faults(exported, template) == []
    known = TEMPLATE_FAULTS.get(template, ())
    assert [p for p in all_problems(exported) if p not in known] == []


def test_footnotes_carry_no_comment(exported: Path) -> None:
    with zipfile.ZipFile(exported) as package:
        notes = package.read("word/footnotes.xml")
        body = package.read("word/document.xml")
    assert b"comment" not in notes
    assert b"footnoteReference" in body


def test_without_the_option_there_is_no_comment_at_all(reviewed: tuple[Path, Review], tmp_path: Path) -> None:
    path = export(reviewed[0], tmp_path / "bilan.docx", comments=False)
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        content_types = package.read("[Content_Types].xml")
        rels = package.read("word/_rels/document.xml.rels")
        body = package.read("word/document.xml")
        styles = package.read("word/styles.xml")
    assert not [n for n in names if "comment" in n.lower()]
    assert b"comment" not in content_types.lower() and b"comment" not in rels.lower()
    assert b"<w:comment" not in body and b"annotation" not in styles  # (« comment » is a French word too)
    assert len(docx.Document(str(path)).comments) == 0


def test_a_template_s_own_comments_are_not_carried_into_the_export(reviewed: tuple[Path, Review], tmp_path: Path) -> None:
    """A template someone commented on keeps its comments to itself, with or without the option."""
    template = tmp_path / "modele-commente.docx"
    document = docx.Document()
    paragraph = document.add_paragraph("Texte du modèle")
    document.add_comment(paragraph.runs, text="Commentaire du modèle", author="Modèle")
    document.save(str(template))
    without = export(reviewed[0], tmp_path / "sans.docx", comments=False, template=template)
    assert len(docx.Document(str(without)).comments) == 0
    with zipfile.ZipFile(without) as package:
        assert "word/comments.xml" not in package.namelist()
    with_comments = export(reviewed[0], tmp_path / "avec.docx", comments=True, template=template)
    texts = [c.text for c in docx.Document(str(with_comments)).comments]
    assert "Commentaire du modèle" not in texts and len(texts) == len(reviewed[1].comments)
    assert problems_but_template_faults(with_comments, "python-docx") == []


def test_the_validator_sees_broken_comments(exported: Path, tmp_path: Path) -> None:
    """The schema check can fail: a comment without its author, a resolved flag Word cannot read."""
    broken = tmp_path / "casse.docx"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/comments.xml":
                data = data.replace(b'w:author="Luc Bernard"', b"", 1)
            if item.filename == "word/commentsExtended.xml":
                data = data.replace(b'w15:done="1"', b'w15:done="oui"', 1)
            target.writestr(item, data)
    problems = schema_problems(broken)
    assert any("comments.xml" in p and "author" in p for p in problems)
    assert any("commentsExtended.xml" in p and "done" in p for p in problems)


def test_a_report_without_comments_gets_no_comment_part_even_when_asked(sample_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "bilan.mesdesk"
    shutil.copyfile(sample_file, copy)
    path = export(copy, tmp_path / "bilan.docx", comments=True)
    with zipfile.ZipFile(path) as package:
        assert not [n for n in package.namelist() if "comment" in n.lower()]
