"""A reviewed file written by another client: LibreOffice.

Our export is converted to a flat ODT by LibreOffice; the ODF XML then gets what a
reviewer using LibreOffice leaves (``text:tracked-changes`` with an insertion and a
deletion by « Marie Dupont », ``office:annotation`` comments, one resolved, one on two
paragraphs), and LibreOffice writes it back as ``.docx``. Importing that file must find
the comments on their words and the changes as suggestions, and nothing else.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

from needs import need
from sqlalchemy.orm import object_session

from mesdesk.exchange.review_import import import_review, read_review
from mesdesk.model.edits.suggestions import AcceptSuggestions
from mesdesk.model.entities import Report
from mesdesk.model.richtext import RichText

MARIE = "Marie Dupont"

_CHANGES = (
    '<text:tracked-changes text:track-changes="false">'
    '<text:changed-region xml:id="ct1" text:id="ct1"><text:insertion><office:change-info>'
    f"<dc:creator>{MARIE}</dc:creator><dc:date>2026-12-01T10:00:00</dc:date>"
    "</office:change-info></text:insertion></text:changed-region>"
    '<text:changed-region xml:id="ct2" text:id="ct2"><text:deletion><office:change-info>'
    f"<dc:creator>{MARIE}</dc:creator><dc:date>2026-12-01T10:05:00</dc:date>"
    "</office:change-info><text:p>mais des </text:p></text:deletion></text:changed-region>"
    "</text:tracked-changes>"
)


def _soffice(*args: str, cwd: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None
    subprocess.run([soffice, f"-env:UserInstallation=file://{cwd / 'profile'}", "--headless", *args],
                   cwd=cwd, check=True, capture_output=True, timeout=180)


def _annotation(name: str, author: str, date: str, paragraphs: list[str], resolved: bool = False) -> str:
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    state = ' loext:resolved="true"' if resolved else ""
    return (f'<office:annotation office:name="{name}"{state}><dc:creator>{author}</dc:creator>'
            f"<dc:date>{date}</dc:date>{body}</office:annotation>")


def _review_with_libreoffice(exported: Path, work: Path) -> Path:
    source = work / "bilan.docx"
    shutil.copyfile(exported, source)
    _soffice("--convert-to", "fodt", "--outdir", str(work), str(source), cwd=work)
    flat = (work / "bilan.fodt").read_text(encoding="utf-8")
    opening = '<office:text text:use-soft-page-breaks="true">'
    assert opening in flat and "Cet objectif a été transformé" in flat
    flat = flat.replace(opening, opening + _CHANGES, 1)
    words = "une progression évidente mais des moyens instables"
    assert flat.count(words) == 1
    flat = flat.replace(words, (
        'une progression évidente<text:change-start text:change-id="ct1"/> et durable'
        '<text:change-end text:change-id="ct1"/> <text:change text:change-id="ct2"/>'
        + _annotation("__Annotation__1", MARIE, "2026-12-01T11:00:00", ["Lesquels ?"], resolved=True)
        + 'moyens instables<office:annotation-end office:name="__Annotation__1"/>'
    ), 1)
    flat = flat.replace("Cet objectif a été transformé", (
        _annotation("__Annotation__2", "Paul Martin", "2026-12-02T09:30:00", ["Ligne un", "Ligne deux"])
        + 'Cet objectif<office:annotation-end office:name="__Annotation__2"/> a été transformé'
    ), 1)
    reviewed = work / "relu.fodt"
    reviewed.write_text(flat, encoding="utf-8")
    out = work / "out"
    _soffice("--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(reviewed), cwd=work)
    return out / "relu.docx"


def _text(report: Report, number: str, field: str) -> RichText:
    action = next(a for a in report.convention.actions if a.number == number)
    found = report.find_text(action)
    assert found is not None
    value: RichText = getattr(found, field)
    return value


def test_a_file_reviewed_in_libreoffice_gives_back_its_comments_and_changes(
    report: Report, exported: Path, tmp_path: Path
) -> None:
    need(bool(shutil.which("soffice") or shutil.which("libreoffice")),
         "LibreOffice (soffice) writes the reviewed file: apt-get install libreoffice-writer-nogui")
    path = _review_with_libreoffice(exported, tmp_path)
    with zipfile.ZipFile(path) as z:  # it really is LibreOffice's file, with Word's markup
        document = z.read("word/document.xml").decode()
        assert "LibreOffice" in z.read("docProps/app.xml").decode()
    assert '<w:ins w:id="0" w:author="Marie Dupont"' in document and "<w:delText" in document

    review = read_review(path)
    assert review.convention_uid == report.convention.uid and review.year == 2024  # kept by LibreOffice
    assert len(review.exported) == 2 + 3 * len(report.convention.actions)  # each text's fingerprint too
    summary = import_review(review, report)

    assert summary.suggestions_by_author == {MARIE: 2}
    assert not summary.differences and not summary.unmatched  # LibreOffice's rewriting is no change
    insertion = next(s for s in report.suggestions if s.kind == "insertion")
    deletion = next(s for s in report.suggestions if s.kind == "deletion")
    assert (insertion.new, insertion.created_at) == (" et durable", dt.datetime(2026, 12, 1, 10, 0))
    assert (deletion.old, deletion.created_at) == ("mais des ", dt.datetime(2026, 12, 1, 10, 5))
    assert insertion.action is not None and insertion.action.number == "1.1" and insertion.field == "evaluation"

    lesquels = next(c for c in report.comments if c.body == "Lesquels ?")
    assert (lesquels.author, lesquels.resolved) == (MARIE, True)
    assert _text(report, "1.1", "evaluation").comment_quote(lesquels.uid) == "moyens instables"
    two_lines = next(c for c in report.comments if c.author == "Paul Martin")
    assert two_lines.body == "Ligne un\nLigne deux" and not two_lines.resolved
    assert _text(report, "2.1", "evaluation").comment_quote(two_lines.uid) == "Cet objectif"

    session = object_session(report)
    assert session is not None
    AcceptSuggestions(report, report.suggestions).apply(session)
    assert _text(report, "1.1", "evaluation").plain_text().startswith(
        "une progression évidente et durable moyens instables, nécessité")
