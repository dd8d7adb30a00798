"""A board's review on the sample report, and readers of the Word comments it exports to.

``add_review`` puts comments of every kind on the 2024 report: on words of an
évaluation with a reply, one overlapping it, one across two paragraphs (resolved, with a
reply), one around a footnote's anchor, one on the préambule whose words were deleted
since (detached). The readers look at the produced file with python-docx and lxml, never
at our writer's code.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from mesdesk.model.edits import AddComment, AddReply, SetCommentResolved, SetField, find
from mesdesk.model.entities import Action, Report
from mesdesk.model.review import Comment
from mesdesk.model.richtext import Footnote, RichText
from mesdesk.store.workspace import Workspace

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
W = "{%s}" % W_NS
START = dt.datetime(2025, 3, 3, 9, 15)


@dataclass
class Expected:
    """What a comment should look like in Word."""

    body: str
    author: str
    initials: str
    date: dt.datetime
    words: str  # the anchored words ("" for a detached comment, anchored at its text's start)
    resolved: bool = False
    parent: str | None = None  # the body of the comment it answers
    starts: str = ""  # for a detached comment: the words its text starts with


@dataclass
class Review:
    comments: list[Expected] = field(default_factory=list)

    def by_body(self) -> dict[str, Expected]:
        return {c.body: c for c in self.comments}


def _offsets(rich: RichText, words: str) -> tuple[int, int]:
    plain = rich.plain_text()
    start = plain.index(words)
    return start, start + len(words)


def _comment(ws: Workspace, report: Report, action: Action | None, field_name: str, words: str, author: str,
             body: str, minutes: int) -> Comment:
    target = report if action is None else report.text_for(action)
    start, end = _offsets(getattr(target, field_name), words)
    edit = AddComment(report, action, field_name, start, end, author, body, START + dt.timedelta(minutes=minutes))
    edit.apply(ws.session)
    return find(ws.session, Comment, edit.uid)


def add_review(ws: Workspace) -> Review:
    """The review (see the module's docstring) on the 2024 report, committed."""
    convention = ws.current_convention()
    assert convention is not None
    report = convention.report_for(2024)
    assert report is not None
    review = Review()
    when = lambda minutes: START + dt.timedelta(minutes=minutes)  # noqa: E731

    a11 = convention.action_by_number("1.1")
    first = _comment(ws, report, a11, "evaluation", "progression évidente", "Anne Dupont-Moreau",
                     "Sur quels chiffres ?", 0)
    review.comments.append(Expected("Sur quels chiffres ?", "Anne Dupont-Moreau", "ADM", when(0), "progression évidente"))
    AddReply(first, "Paul Martin", "Les visites du site, voir 1.1.", when(30)).apply(ws.session)
    review.comments.append(Expected("Les visites du site, voir 1.1.", "Paul Martin", "PM", when(30),
                                    "progression évidente", parent="Sur quels chiffres ?"))
    _comment(ws, report, a11, "evaluation", "évidente mais des moyens", "Luc Bernard", "Formulation à revoir", 5)
    review.comments.append(Expected("Formulation à revoir", "Luc Bernard", "LB", when(5), "évidente mais des moyens"))

    a21 = convention.action_by_number("2.1")
    narrative = report.text_for(a21).narrative
    lines = narrative.plain_text().split("\n")
    across = f"{lines[0][-23:]}\n{lines[1][:19]}"
    across_comment = _comment(ws, report, a21, "narrative", across, "Anne Dupont-Moreau", "Deux paragraphes en un ?", 10)
    SetCommentResolved(across_comment, True).apply(ws.session)
    review.comments.append(Expected("Deux paragraphes en un ?", "Anne Dupont-Moreau", "ADM", when(10), across,
                                    resolved=True))
    AddReply(across_comment, "Paul Martin", "Gardés séparés.", when(40)).apply(ws.session)
    review.comments.append(Expected("Gardés séparés.", "Paul Martin", "PM", when(40), across, resolved=True,
                                    parent="Deux paragraphes en un ?"))

    a31 = convention.action_by_number("3.1")
    notes = report.text_for(a31).narrative
    with_note = next(
        RichText((b,)).plain_text() for b in notes.blocks if any(isinstance(i, Footnote) for c in RichText((b,)).paragraph_contents() for i in c)
    )
    _comment(ws, report, a31, "narrative", with_note, "Luc Bernard", "Note à sourcer", 15)
    review.comments.append(Expected("Note à sourcer", "Luc Bernard", "LB", when(15), with_note))

    gone = _comment(ws, report, None, "preamble", "Le rapport que nous présentons", "Claire Petit", "Trop long", 20)
    SetField(report, "preamble", report.preamble.without_comments()).apply(ws.session)  # the words were rewritten
    review.comments.append(Expected("Trop long", "Claire Petit", "CP", when(20), "", starts="Le rapport que nous",))
    assert gone.is_detached()
    ws.commit()
    return review


# -- reading the exported file ------------------------------------------------------------

def squeeze(text: str) -> str:
    """Spaces as typed: the export's French typography adds no-break spaces."""
    return re.sub(r"[ \u00a0\u202f]+", " ", text).strip()


def anchored_words(document_xml: bytes) -> dict[str, str]:
    """Each comment id's words between its range start and end (paragraphs joined by "\\n")."""
    words: dict[str, list[str]] = {}
    open_ids: list[str] = []
    for event, element in etree.iterwalk(etree.fromstring(document_xml), events=("start", "end")):
        if event == "start" and element.tag == W + "commentRangeStart":
            open_ids.append(element.get(W + "id"))
            words.setdefault(element.get(W + "id"), [])
        elif event == "start" and element.tag == W + "commentRangeEnd":
            open_ids.remove(element.get(W + "id"))
        elif event == "start" and element.tag == W + "t":
            for i in open_ids:
                words[i].append(element.text or "")
        elif event == "end" and element.tag == W + "p":
            for i in open_ids:
                words[i].append("\n")
    return {i: squeeze("".join(parts)).replace(" \n ", "\n").replace("\n ", "\n").replace(" \n", "\n")
            for i, parts in words.items()}


def paragraph_after_start(document_xml: bytes, comment_id: str) -> str:
    """The text of the paragraph holding the comment's range start."""
    root = etree.fromstring(document_xml)
    start = root.find(f".//{W}commentRangeStart[@{W}id='{comment_id}']")
    paragraph = start.getparent()
    return squeeze("".join(t.text or "" for t in paragraph.iter(W + "t")))


@dataclass
class WordComment:
    id: str
    author: str
    initials: str
    date: str
    text: str
    para_id: str
    parent_para: str | None = None
    done: bool = False


def word_comments(path: Path) -> dict[str, WordComment]:
    """The comments of a .docx by body text, with their replies' and resolved state from
    ``commentsExtended.xml`` (read with lxml: python-docx does not read that part)."""
    with zipfile.ZipFile(path) as package:
        comments = etree.fromstring(package.read("word/comments.xml"))
        names = package.namelist()
        extended = (
            etree.fromstring(package.read("word/commentsExtended.xml")) if "word/commentsExtended.xml" in names else None
        )
    out: dict[str, WordComment] = {}
    for comment in comments.iter(W + "comment"):
        paragraphs = comment.findall(W + "p")
        text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in paragraphs)
        para_id = paragraphs[-1].get(f"{{{W14_NS}}}paraId", "") if paragraphs else ""
        out[text] = WordComment(comment.get(W + "id"), comment.get(W + "author"), comment.get(W + "initials", ""),
                                comment.get(W + "date", ""), text, para_id)
    if extended is not None:
        by_para = {c.para_id: c for c in out.values()}
        for entry in extended.iter(f"{{{W15_NS}}}commentEx"):
            comment = by_para.get(entry.get(f"{{{W15_NS}}}paraId"))
            if comment is None:
                continue
            comment.parent_para = entry.get(f"{{{W15_NS}}}paraIdParent")
            comment.done = entry.get(f"{{{W15_NS}}}done") in ("1", "true", "on")
    return out
