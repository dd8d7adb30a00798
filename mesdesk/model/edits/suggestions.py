"""Accepting or rejecting reviewers' suggestions: each an undoable edit, Qt-free.

Accepting changes the text and marks the suggestion accepted; rejecting only marks it.
« Tout accepter » / « Tout refuser » are one edit each, so one undo step. The new
texts are computed when the edit is built, from the text as it is then; a suggestion
whose words are gone is left pending and listed in ``stale`` (it can only be rejected).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from mesdesk.model.edits.base import Edit
from mesdesk.model.edits.fields import SetField
from mesdesk.model.entities import Action, Report
from mesdesk.model.french import format_number
from mesdesk.model.richtext import IndicatorRef, RichText
from mesdesk.model.row_versions import version_keys
from mesdesk.model.suggestion_text import Change, Render, apply_changes, difference_changes
from mesdesk.model.suggestions import REPORT_FIELDS, Suggestion

# What the Word export writes for an indicator without a value (``report_writer.MISSING_VALUE``):
# the reviewer saw it, so a change is compared with it.
MISSING_VALUE = "[valeur manquante]"


class SuggestionStale(ValueError):
    """The words a suggestion changes are no longer in the text."""


def indicator_render(report: Report) -> Render:
    """Indicator chips as the Word export shows them (their value for the year)."""
    indicators = {ind.uid: ind for ind in report.convention.indicators}

    def render(ref: IndicatorRef) -> str:
        indicator = indicators.get(ref.indicator)
        value = indicator.value_for(ref.year if ref.year is not None else report.year) if indicator else None
        return MISSING_VALUE if value is None else format_number(value)

    return render


def text_owner(report: Report, action: Action | None, field: str) -> Any:
    """The object holding the field: the report (préambule, conclusion) or the action's text."""
    if action is None or field in REPORT_FIELDS:
        return report
    return report.text_for(action)


def current_text(report: Report, action: Action | None, field: str) -> RichText:
    if action is None or field in REPORT_FIELDS:
        value: RichText = getattr(report, field)
        return value
    text = report.find_text(action)
    return getattr(text, field) if text is not None else RichText()


def changes_of(suggestion: Suggestion) -> list[Change]:
    """The changes accepting ``suggestion`` makes: one, or a difference's word by word."""
    if suggestion.kind == "difference":
        return difference_changes(suggestion.old, suggestion.new)
    return [suggestion.change]


def accepted_text(report: Report, suggestion: Suggestion, text: RichText | None = None) -> RichText | None:
    """The field's text with ``suggestion`` accepted, or None when it no longer applies."""
    if text is None:
        text = current_text(report, suggestion.action, suggestion.field)
    return apply_changes(text, changes_of(suggestion), indicator_render(report))


def applies(report: Report, suggestion: Suggestion) -> bool:
    return accepted_text(report, suggestion) is not None


class AcceptSuggestions(Edit):
    """Accept the suggestions given (one, or all): their texts changed, each marked accepted."""

    def __init__(self, report: Report, suggestions: Iterable[Suggestion]) -> None:
        self.fields: list[SetField] = []
        self.statuses: list[SetField] = []
        self.stale: list[Suggestion] = []
        self.accepted: list[Suggestion] = []
        render = indicator_render(report)
        by_field: dict[tuple[int | None, str], list[Suggestion]] = {}
        places: dict[tuple[int | None, str], tuple[Action | None, str]] = {}
        for s in suggestions:
            if not s.pending:
                continue
            key = (id(s.action) if s.action is not None else None, s.field)
            by_field.setdefault(key, []).append(s)
            places[key] = (s.action, s.field)
        for key, group in by_field.items():
            action, field = places[key]
            original = current_text(report, action, field)
            text = original
            # The last in the text first: the words before the others stay as the reviewer saw them.
            for s in sorted(group, key=lambda s: s.offset, reverse=True):
                result = apply_changes(text, changes_of(s), render)
                if result is None:
                    self.stale.append(s)
                    continue
                text = result
                self.accepted.append(s)
                self.statuses.append(SetField(s, "status", "accepted"))
            if text is not original:
                self.fields.append(SetField(text_owner(report, action, field), field, text))

    def _forward(self, session: Session) -> None:
        for edit in (*self.fields, *self.statuses):
            edit._forward(session)

    def _backward(self, session: Session) -> None:
        for edit in reversed((*self.fields, *self.statuses)):
            edit._backward(session)


class RejectSuggestions(Edit):
    """Reject the suggestions given: the text stays, each is marked rejected."""

    def __init__(self, suggestions: Iterable[Suggestion]) -> None:
        self.statuses = [SetField(s, "status", "rejected") for s in suggestions if s.pending]

    def _forward(self, session: Session) -> None:
        for edit in self.statuses:
            edit._forward(session)

    def _backward(self, session: Session) -> None:
        for edit in reversed(self.statuses):
            edit._backward(session)


def accept_one(report: Report, suggestion: Suggestion) -> AcceptSuggestions:
    """The edit accepting one suggestion; raises ``SuggestionStale`` when it no longer applies."""
    edit = AcceptSuggestions(report, [suggestion])
    if edit.stale or not edit.accepted:
        raise SuggestionStale(suggestion.uid)
    return edit


def pending(report: Report) -> Sequence[Suggestion]:
    suggestions: list[Suggestion] = report.suggestions
    return [s for s in suggestions if s.pending]


class AddSuggestions(Edit):
    """Add suggestions read from a reviewed file (their column values, uids included);
    revert removes them. Part of the review import's one undo step."""

    def __init__(self, report: Report, rows: Sequence[dict[str, Any]]) -> None:
        from mesdesk.model.edits.refs import ref, ref_or_none

        self.report = ref(report)
        self.rows = [({k: v for k, v in row.items() if k != "action"}, ref_or_none(row.get("action"))) for row in rows]

    def _forward(self, session: Session) -> None:
        report = self.report.resolve(session)
        for values, action in self.rows:
            report.suggestions.append(Suggestion(**values, action=action.resolve(session) if action else None))

    def _backward(self, session: Session) -> None:
        from mesdesk.model.edits.refs import find

        report = self.report.resolve(session)
        for values, _ in reversed(self.rows):
            report.suggestions.remove(find(session, Suggestion, values["uid"]))


class Steps(Edit):
    """Several edits as one (one undo step), applied in order and reverted in reverse."""

    def __init__(self, steps: Sequence[Edit] = ()) -> None:
        self.steps = list(steps)

    def _forward(self, session: Session) -> None:
        for step in self.steps:
            step._forward(session)
            session.flush()  # the next step may look rows up

    def _backward(self, session: Session) -> None:
        for step in reversed(self.steps):
            step._backward(session)
            session.flush()


# -- an action deleted and put back takes its suggestions along (``deletions``) --------------

@dataclass
class SuggestionRow:
    """A suggestion as an action's deletion keeps it: all its columns, its id included
    (the report lists suggestions by id: put back, it takes its old place)."""

    columns: dict[str, Any]


def suggestion_rows(report: Report, action: Action) -> list[SuggestionRow]:
    return [
        SuggestionRow({attr.key: getattr(s, attr.key) for attr in sa_inspect(Suggestion).column_attrs
                       if attr.key not in ("report_id", "action_id", *version_keys(Suggestion))})
        for s in report.suggestions if s.action is action
    ]


def drop_suggestions(report: Report, action: Action) -> None:
    """Remove the action's suggestions from the report's list (the database would cascade)."""
    report.suggestions[:] = [s for s in report.suggestions if s.action is not action]


def put_back_suggestions(report: Report, rows: list[SuggestionRow], action: Action) -> None:
    for row in rows:
        report.suggestions.append(Suggestion(action=action, **row.columns))
    report.suggestions.sort(key=lambda s: s.id)
