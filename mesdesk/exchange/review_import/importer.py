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
import logging
from pathlib import Path
from typing import Any

from sqlalchemy.orm import object_session

from mesdesk.exchange.docx.identity import fingerprint, text_key
from mesdesk.exchange.errors import ImportFileError
from mesdesk.exchange.review_import.alignment import Alignment, SectionState, comparable
from mesdesk.exchange.review_import.comments import import_comments
from mesdesk.exchange.review_import.marks import field_marks
from mesdesk.exchange.review_import.reading import ReviewFile, read_review_file
from mesdesk.exchange.review_import.sections import Section, Unmatched, match_sections, matched_share
from mesdesk.exchange.review_import.summary import ReviewSummary
from mesdesk.model.edits.suggestions import AddSuggestions, Steps, current_text, indicator_render
from mesdesk.model.entities import Action, Report, new_uid
from mesdesk.model.findings import Finding, Place
from mesdesk.model.richtext import RichText
from mesdesk.model.suggestion_text import changes_in, view_text

log = logging.getLogger(__name__)

MIN_SHARED_ACTIONS = 0.5  # below this share of its actions, a file is another convention's


def read_review(path: str | Path) -> ReviewFile:
    return read_review_file(path)


def check_identity(review: ReviewFile, report: Report) -> None:
    """Refuse a file of another convention or another year, in one line."""
    name = review.file_name
    if review.convention_uid is not None and review.convention_uid != report.convention.uid:
        raise ImportFileError(
            f"{name} est le bilan d'une autre convention que celle de {_years(report)} : relecture non importée."
        )
    year = review.year if review.year is not None else review.shaped.year
    if year is not None and year != report.year:
        raise ImportFileError(f"{name} est le bilan {year}, pas celui de {report.year} : relecture non importée.")
    if review.convention_uid is None and matched_share(review.shaped, report) < MIN_SHARED_ACTIONS:
        raise ImportFileError(
            f"{name} ne suit pas les actions de la convention {_years(report)} "
            "(moins de la moitié de ses titres s'y retrouvent) : relecture non importée."
        )


def _years(report: Report) -> str:
    convention = report.convention
    return f"{convention.first_year}–{convention.last_year}"


# -- the import --------------------------------------------------------------------------------

def plan_review(
    review: ReviewFile, report: Report, *, reviewer: str = "", now: dt.datetime | None = None
) -> tuple[Steps, ReviewSummary]:
    """The edit adding the file's comments and suggestions to ``report``, not applied,
    and what it holds. Nothing of the text changes but the comments' marks.

    The edit is built in the report's session (a reply needs its comment there) and
    reverted before it is returned: the caller applies it, as one undo step in the GUI.
    """
    check_identity(review, report)
    session = object_session(report)
    assert session is not None, "the report must be in a session"
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    reviewer = reviewer or review.modified_by
    summary = ReviewSummary(file_name=review.file_name, year=report.year)
    sections, unmatched, notes = match_sections(review.shaped, report)
    summary.notes.extend(notes)
    render = indicator_render(report)
    states: list[SectionState] = []
    for section in sections:
        marks = field_marks(section.text)
        view = view_text(current_text(report, section.action, section.field), render)
        states.append(SectionState(section, marks, view, Alignment.of(marks.original, view.text)))

    existing = {suggestion_key(s.action, s.field, s.kind, s.author, s.created_at, s.old, s.new, s.before, s.after)
                for s in report.suggestions}
    rows: list[dict[str, Any]] = []
    for state in states:
        rows += _suggestions(state, review, existing, summary, reviewer, now)
    edit = Steps()
    try:
        if rows:
            step = AddSuggestions(report, rows)
            step.apply(session)
            edit.steps.append(step)
        import_comments(review, report, states, summary, edit, session)
    finally:
        edit.revert(session)
    seen = {key for state in states for change in state.marks.changes for key in change.keys}
    for part in unmatched:
        summary.unmatched.append(_unmatched_finding(part))
        seen |= {key for _, text in part.texts for change in field_marks(text).changes for key in change.keys}
    told: set[tuple[str, str]] = set()  # a replacement is two changes in one place: told once
    for key, outside in review.changes.items():
        if key not in seen and (outside.author, outside.excerpt) not in told:
            told.add((outside.author, outside.excerpt))
            summary.unmatched.append(Finding("review_import.change_outside",
                                             {"author": outside.author, "excerpt": outside.excerpt},
                                             "warning", Place("document")))
    log.info("Review import of %s: %d suggestions, %d differences, %d comments, %d unmatched sections",
             review.file_name, summary.suggestions, len(summary.differences),
             summary.comments_added, len(summary.unmatched))
    return edit, summary


def import_review(
    review: ReviewFile, report: Report, *, reviewer: str = "", now: dt.datetime | None = None
) -> ReviewSummary:
    """Add the file's comments and suggestions to ``report`` now (the caller commits)."""
    edit, summary = plan_review(review, report, reviewer=reviewer, now=now)
    session = object_session(report)
    assert session is not None
    edit.apply(session)
    return summary


def _changed_by_reviewer(state: SectionState, review: ReviewFile) -> bool:
    """Whether the reviewer changed the section's text without tracking.

    Against the text as exported when the file says what it was (its fingerprint): the
    delegate may have written on since, and that is no reviewer's change. Otherwise
    (an older export) against today's text.
    """
    section = state.section
    exported = review.exported.get(text_key(section.action.uid if section.action else None, section.field))
    if exported is not None:
        return fingerprint(state.marks.original) != exported
    return comparable(state.marks.original) != comparable(state.view.text)


def suggestion_key(action: Action | None, field: str, kind: str, author: str, created_at: dt.datetime | None,
                   old: str, new: str, before: str, after: str) -> tuple[object, ...]:
    """What makes two imports of one change the same suggestion (a difference has no date
    of its own in the file: it is dated when imported)."""
    when = None if kind == "difference" else created_at
    return (action.uid if action is not None else None, field, kind, author, when, old, new, before, after)


def _suggestions(state: SectionState, review: ReviewFile, existing: set[tuple[object, ...]],
                 summary: ReviewSummary, reviewer: str, now: dt.datetime) -> list[dict[str, Any]]:
    section, marks = state.section, state.marks
    candidates: list[dict[str, Any]] = []
    contexts = changes_in(marks.original, [(c.start, c.end, c.new) for c in marks.changes])
    by_place = {(w.offset, w.old, w.new): w for w in contexts}
    for change in marks.changes:
        words = by_place[(change.start, change.old, change.new)]
        candidates.append(dict(
            kind=change.kind, author=change.author, created_at=change.created_at,
            old=words.old, new=words.new, before=words.before, after=words.after,
            offset=state.alignment.map(change.start), reviewer_text=RichText(),
        ))
    if _changed_by_reviewer(state, review):
        # Changed without tracking: the reviewer's version (their tracked changes left
        # out: those are suggestions of their own), against today's text.
        candidates.append(dict(
            kind="difference", author=reviewer, created_at=None, old=state.view.text, new=marks.original,
            before="", after="", offset=0, reviewer_text=marks.original_rich,
        ))
    out: list[dict[str, Any]] = []
    for row in candidates:
        key = suggestion_key(section.action, section.field, row["kind"], row["author"], row["created_at"],
                             row["old"], row["new"], row["before"], row["after"])
        if key in existing:
            summary.already += 1
            continue
        existing.add(key)
        if row["kind"] == "difference":
            row["created_at"] = now
            params: dict[str, object] = {"field": section.field}
            if section.action is not None:
                params["number"] = section.action.number
            code = "review_import.difference_in_action" if section.action is not None else "review_import.difference_in_part"
            summary.differences.append(Finding(code, params, "info", _place(section)))
        else:
            summary.suggestions_by_author[row["author"]] = summary.suggestions_by_author.get(row["author"], 0) + 1
        row.update(uid=new_uid(), action=section.action, field=section.field, status="pending",
                   source=review.file_name)
        out.append(row)
    return out


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
