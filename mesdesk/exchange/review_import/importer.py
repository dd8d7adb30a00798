"""A reviewed file put into the workspace: comments, suggestions, differences.

``read_review`` checks the file and reads it (no session); ``import_review`` compares it
with the report and adds, in the caller's session (one transaction):

* each Word comment as an app comment on the same words, replies and resolved state
  kept (``review`` model, ``AddComment`` edits);
* each tracked change (or run of adjacent ones by one author) as a pending suggestion;
* for each section whose text was changed without tracking, one pending « difference »
  holding the reviewer's version.

Nothing of the text changes: the delegate accepts or rejects later. What was already
imported (same author, date, words and place) is not added twice.

The comparison is made on the text as the Word file shows it (``suggestion_text.view_text``):
the file's *original* reading (changes rejected) against the report's text, aligned
character by character, so a change or a comment is placed on the same words even when
other words around moved.
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from mesdesk.exchange.docx_import.french_spacing import plain_spacing
from mesdesk.exchange.errors import ImportFileError
from mesdesk.exchange.review_import.marks import FieldMarks, field_marks
from mesdesk.exchange.review_import.reading import ReviewFile, read_review_file
from mesdesk.exchange.review_import.sections import Section, Unmatched, match_sections, matched_share
from mesdesk.exchange.review_import.summary import ReviewSummary
from mesdesk.model.edits.suggestions import current_text, indicator_render
from mesdesk.model.entities import Report
from mesdesk.model.findings import Finding, Place
from mesdesk.model.french import typography
from mesdesk.model.suggestion_text import View, change_at, view_text
from mesdesk.model.suggestions import Suggestion

log = logging.getLogger(__name__)

MIN_SHARED_ACTIONS = 0.5  # below this share of its actions, a file is another convention's


def read_review(path: str | Path) -> ReviewFile:
    return read_review_file(path)


def check_identity(review: ReviewFile, report: Report) -> None:
    """Refuse a file of another convention or another year, in one line."""
    name = review.file_name
    if review.convention_uid is not None and review.convention_uid != report.convention.uid:
        raise ImportFileError(
            f"{name} est le bilan d'une autre convention que « {report.convention.name} » : relecture non importée."
        )
    year = review.year if review.year is not None else review.shaped.year
    if year is not None and year != report.year:
        raise ImportFileError(f"{name} est le bilan {year}, pas celui de {report.year} : relecture non importée.")
    if review.convention_uid is None and matched_share(review.shaped, report) < MIN_SHARED_ACTIONS:
        raise ImportFileError(
            f"{name} ne suit pas les actions de la convention « {report.convention.name} » "
            "(moins de la moitié de ses titres s'y retrouvent) : relecture non importée."
        )


# -- aligning the file's text with the report's ----------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u202f]+")


def comparable(text: str) -> str:
    """A text as compared for « changed without tracking »: French spacing and blank
    space evened out, empty lines left out (the export and Word may differ there)."""
    lines = (_SPACES.sub(" ", plain_spacing(typography(line))).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass
class Alignment:
    """Offsets of the file's original text mapped onto the report's view text."""

    starts: list[int]  # opcode starts in the original
    opcodes: list[tuple[str, int, int, int, int]]

    @classmethod
    def of(cls, original: str, view: str) -> "Alignment":
        if original == view:  # the usual case, and the quick one
            return cls([0], [("equal", 0, len(original), 0, len(view))])
        ops = difflib.SequenceMatcher(None, original, view, autojunk=False).get_opcodes()
        return cls([op[1] for op in ops], ops)

    def map(self, offset: int) -> int:
        if not self.opcodes:
            return 0
        k = max(0, bisect_right(self.starts, offset) - 1)
        tag, i1, i2, j1, j2 = self.opcodes[k]
        if tag == "equal":
            return j1 + min(offset - i1, j2 - j1)
        return j1 if offset == i1 else j2


def _plain_range(view: View, start: int, end: int) -> tuple[int, int] | None:
    a = view.plain_offset(start)
    b = view.plain_offset(end, end=True) if end > start else a
    if a is None or b is None:
        return None
    return a, b


# -- the import --------------------------------------------------------------------------------

@dataclass
class _SectionState:
    section: Section
    marks: FieldMarks
    view: View
    alignment: Alignment


def import_review(
    review: ReviewFile, report: Report, *, reviewer: str = "", now: dt.datetime | None = None
) -> ReviewSummary:
    """Add the file's comments and suggestions to ``report`` (in its session); nothing of the text changes."""
    check_identity(review, report)
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    summary = ReviewSummary(file_name=review.file_name, year=report.year)
    sections, unmatched, notes = match_sections(review.shaped, report)
    summary.notes.extend(notes)
    render = indicator_render(report)
    states: list[_SectionState] = []
    for section in sections:
        marks = field_marks(section.text)
        view = view_text(current_text(report, section.action, section.field), render)
        states.append(_SectionState(section, marks, view, Alignment.of(marks.original, view.text)))

    existing = {s.key() for s in report.suggestions}  # type: ignore[attr-defined]  # backref from suggestions.py
    for state in states:
        _suggestions(state, review, report, existing, summary, reviewer, now)
    from mesdesk.exchange.review_import.comments import import_comments  # needs the comment model

    import_comments(review, report, states, summary)
    for part in unmatched:
        summary.unmatched.append(_unmatched_finding(part))
    log.info("Review import of %s: %d suggestions, %d differences, %d comments, %d unmatched sections",
             review.file_name, sum(summary.suggestions_by_author.values()), len(summary.differences),
             summary.comments_added, len(summary.unmatched))
    return summary


def _suggestions(state: _SectionState, review: ReviewFile, report: Report, existing: set[tuple[object, ...]],
                 summary: ReviewSummary, reviewer: str, now: dt.datetime) -> None:
    section, marks = state.section, state.marks
    new_rows: list[Suggestion] = []
    for change in marks.changes:
        words = change_at(marks.original, change.start, change.end, change.new)
        row = Suggestion(
            report=report, action=section.action, field=section.field, kind=change.kind, status="pending",
            author=change.author, created_at=change.created_at, source=review.file_name,
            old=words.old, new=words.new, before=words.before, after=words.after,
            offset=state.alignment.map(change.start),
        )
        new_rows.append(row)
    if comparable(marks.original) != comparable(state.view.text):
        new_rows.append(Suggestion(
            report=report, action=section.action, field=section.field, kind="difference", status="pending",
            author=reviewer, created_at=now, source=review.file_name,
            old=state.view.text, new=marks.original, reviewer_text=marks.original_rich,
        ))
    for row in new_rows:
        key = row.key()
        if key in existing:
            report.suggestions.remove(row)  # type: ignore[attr-defined]  # already there from an earlier import
            summary.already += 1
            continue
        existing.add(key)
        if row.kind == "difference":
            summary.differences.append(Finding("review_import.difference", {"section": _section_words(section)},
                                               "info", _place(section)))
        else:
            summary.suggestions_by_author[row.author] = summary.suggestions_by_author.get(row.author, 0) + 1


def _section_words(section: Section) -> str:
    if section.action is None:
        return section.label
    names = {"evaluation": "Évaluation", "narrative": "récit", "means": "Moyens"}
    return f"{section.label} ({names.get(section.field, section.field)})"


def _place(section: Section) -> Place:
    if section.action is None:
        return Place(section.field, field=section.field)  # type: ignore[arg-type]  # "preamble" / "conclusion" are place kinds
    return Place("action", action_uid=section.action.uid, field=section.field)


def _unmatched_finding(part: Unmatched) -> Finding:
    """A section of the file the report has no action for, with what it holds."""
    changes = comments = 0
    for _, text in part.texts:
        marks = field_marks(text)
        changes += len(marks.changes)
        comments += len(marks.comment_starts)
    return Finding("review_import.section_unmatched", {"number": part.label, "title": part.title, "changes": changes,
                                                        "comments": comments}, "warning", Place("document"))
