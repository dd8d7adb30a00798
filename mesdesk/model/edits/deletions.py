"""Deleting a row and putting it back: a snapshot holds everything needed.

What hangs on a row is put back with it: an action's texts in every report, its
partner links, its means lines and review comments in every report (deleted with it), and the indicators,
events and bodies that pointed at it (they stay, detached, while it is gone); an axis's actions; an indicator's values; a partner's
action links and bodies. The row's own fields are read from the mapping, so a column
added to the model is snapshotted without touching this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import MANYTOMANY, MANYTOONE

from mesdesk.model.edits.base import Edit
from mesdesk.model.edits.comments import CommentRow, comment_rows, drop, put_back
from mesdesk.model.edits.places import HOMES, convention_of, insert_row, keep_link_order, owner_of, place, rows_of
from mesdesk.model.edits.refs import Ref, find, ref, ref_or_none, resolve_or_none
from mesdesk.model.edits.suggestions import SuggestionRow, drop_suggestions, put_back_suggestions, suggestion_rows
from mesdesk.model.entities import Action, ActionText, Axis, Indicator, IndicatorValue, Partner, Report
from mesdesk.model.means import MEANS_LISTS
from mesdesk.model.row_versions import version_keys

# Rows pointing at an action or a partner stay when it is deleted (left « sans action »).
_POINTERS = ("action", "partner")


def _columns(obj: Any) -> dict[str, Any]:
    """The row's own values: every mapped column but keys, foreign keys, position and the
    row's version (a row put back is a new row, at version 1)."""
    return {
        attr.key: getattr(obj, attr.key)
        for attr in sa_inspect(type(obj)).column_attrs
        if attr.key not in ("id", "uid", "position", *version_keys(obj)) and not attr.columns[0].foreign_keys
    }


def _relationships(kind: type, direction: Any) -> list[str]:
    """The row's links of one direction, but the one to its owner (restored by placing it)."""
    home = HOMES[kind][0]
    relationships: Any = sa_inspect(kind).relationships
    return [r.key for r in relationships if r.direction is direction and r.key != home]


@dataclass
class Snapshot:
    """Everything needed to put a deleted row back where it was; objects as ``Ref``s."""

    kind: type
    uid: str
    owner: Ref
    index: int
    columns: dict[str, Any]
    links: dict[str, Ref | None]  # what it points at: an event's action, a body's partner
    many: dict[str, list[Ref]]  # many-to-many links: an action's partners, a partner's actions
    pointed_by: list[tuple[Ref, str]] = field(default_factory=list)  # rows pointing at it
    texts: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # an action's, by report id
    values: list[dict[str, Any]] = field(default_factory=list)  # an indicator's
    children: list["Snapshot"] = field(default_factory=list)  # an axis's actions
    means: list["Snapshot"] = field(default_factory=list)  # an action's means lines, every report
    comments: list[tuple[int, list[CommentRow]]] = field(default_factory=list)  # an action's, by report id
    suggestions: list[tuple[int, list[SuggestionRow]]] = field(default_factory=list)  # likewise


def _pointing_at(obj: Any) -> list[tuple[Any, str]]:
    convention = convention_of(obj)
    rows = [*convention.indicators, *convention.bodies, *(e for r in convention.reports for e in r.events)]
    return [(row, name) for row in rows for name in _POINTERS if getattr(row, name, None) is obj]


def _texts(action: Action) -> list[tuple[Report, ActionText]]:
    found = ((report, report.find_text(action)) for report in convention_of(action).reports)
    return [(report, text) for report, text in found if text is not None]


def _means_lines(action: Action) -> list[Any]:
    """The action's means lines in every report, report by report, kind by kind."""
    return [
        line
        for report in convention_of(action).reports
        for name in MEANS_LISTS.values()
        for line in getattr(report, name)
        if line.action is action
    ]


def snapshot(obj: Any) -> Snapshot:
    """What ``restore`` needs to re-create ``obj``, read now while it is whole."""
    kind = type(obj)
    _, index = place(obj)
    snap = Snapshot(
        kind=kind,
        uid=obj.uid,
        owner=ref(owner_of(obj)),
        index=index,
        columns=_columns(obj),
        links={name: ref_or_none(getattr(obj, name)) for name in _relationships(kind, MANYTOONE)},
        many={name: [ref(o) for o in getattr(obj, name)] for name in _relationships(kind, MANYTOMANY)},
    )
    if isinstance(obj, (Action, Partner)):
        snap.pointed_by = [(ref(row), name) for row, name in _pointing_at(obj)]
    if isinstance(obj, Action):
        snap.texts = [(report.id, _columns(text)) for report, text in _texts(obj)]
        snap.means = [snapshot(line) for line in _means_lines(obj)]
        snap.comments = [
            (report.id, comment_rows(report, [c for c in report.comments if c.action is obj]))
            for report in convention_of(obj).reports
            if any(c.action is obj for c in report.comments)
        ]
        snap.suggestions = [(report.id, rows) for report in convention_of(obj).reports
                            if (rows := suggestion_rows(report, obj))]
    if isinstance(obj, Indicator):
        snap.values = [_columns(v) for v in obj.values]
    if isinstance(obj, Axis):
        snap.children = [snapshot(action) for action in obj.actions]
    return snap


def remove(obj: Any) -> None:
    """Take ``obj`` out of its list (the database deletes it at the next flush), first
    detaching what points at it and what it owns elsewhere."""
    kind = type(obj)
    if isinstance(obj, Axis):
        for action in list(obj.actions):
            remove(action)
    if isinstance(obj, Action):
        for report, text in _texts(obj):
            report.texts.remove(text)
        for report in convention_of(obj).reports:
            drop(report, [c for c in report.comments if c.action is obj])
            drop_suggestions(report, obj)
        # Its means go with it (the file would cascade; the session's lists must too).
        for line in reversed(_means_lines(obj)):
            remove(line)
    if isinstance(obj, (Action, Partner)):
        for row, name in _pointing_at(obj):
            setattr(row, name, None)
    for name in _relationships(kind, MANYTOMANY):
        getattr(obj, name).clear()
    # Links with a reverse list (a body's partner): leave no stale entry in that list.
    for rel in sa_inspect(kind).relationships:
        if rel.direction is MANYTOONE and rel.back_populates and rel.key != HOMES[kind][0]:
            setattr(obj, rel.key, None)
    items, index = place(obj)
    del items[index]


def restore(session: Session, snap: Snapshot, owner: Any = None) -> Any:
    """Re-create the row of ``snap`` where it was, with everything that hung on it."""
    owner = owner if owner is not None else snap.owner.resolve(session)
    # Resolve every reference before the new row exists: a query flushes the session,
    # and a half-built row must not be flushed.
    links = {name: resolve_or_none(target, session) for name, target in snap.links.items()}
    many = {name: [target.resolve(session) for target in targets] for name, targets in snap.many.items()}
    pointers = [(target.resolve(session), name) for target, name in snap.pointed_by]
    reports = {report_id: session.get(Report, report_id) for report_id, _ in snap.texts}
    obj = snap.kind(uid=snap.uid, **snap.columns)
    insert_row(rows_of(owner, snap.kind), obj, snap.index)
    for name, value in links.items():
        setattr(obj, name, value)
    for name, values in many.items():
        getattr(obj, name).extend(values)
    for row, name in pointers:
        setattr(row, name, obj)
    for report_id, columns in snap.texts:
        report = reports[report_id]
        assert report is not None, "the report of a deleted action's text is still there"
        report.texts.append(ActionText(action=obj, **columns))
    for columns in snap.values:
        obj.values.append(IndicatorValue(**columns))
    for child in snap.children:
        restore(session, child, owner=obj)
    for line in snap.means:
        # Each line's « action » link resolves to ``obj``, whole by now.
        restore(session, line)
    for report_id, rows in snap.comments:
        report = session.get(Report, report_id)
        assert report is not None, "the report of a deleted action's comments is still there"
        put_back(session, report, rows, obj)
    for report_id, suggestion_list in snap.suggestions:
        report = session.get(Report, report_id)
        assert report is not None, "the report of a deleted action's suggestions is still there"
        put_back_suggestions(report, suggestion_list, obj)
    keep_link_order(obj)
    for row, _name in pointers:
        keep_link_order(row)
    return obj


class Delete(Edit):
    """Delete an axis (with its actions), an action, an indicator, an event, a partner
    or a body; revert puts it back where it was with everything that hung on it."""

    def __init__(self, obj: Any) -> None:
        self.snapshot = snapshot(obj)
        self.structural = isinstance(obj, (Axis, Action))

    def _forward(self, session: Session) -> None:
        remove(find(session, self.snapshot.kind, self.snapshot.uid))

    def _backward(self, session: Session) -> None:
        restore(session, self.snapshot)
