"""Undoable structural edits: each command changes the model, then saves at once.

Commands find their objects again by ``uid`` (``Ref``) rather than keeping Python
objects: deleting then undoing re-creates a row, and older commands on the stack must
still reach it. Deleting keeps a snapshot of everything needed to put the object back
where it was, links included.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy import select

from mesdesk.gui.document import Document
from mesdesk.model.entities import (
    Action,
    ActionText,
    Axis,
    Body,
    Convention,
    Event,
    Funder,
    Indicator,
    Organisation,
    Partner,
    Report,
    Status,
)
from mesdesk.model.richtext import RichText


@dataclass(frozen=True)
class Ref:
    """A way back to an entity: by uid, or for an ActionText by (report id, action uid)."""

    kind: type
    uid: str
    report_id: int | None = None

    def resolve(self, doc: Document) -> Any:
        session = doc.session
        if self.kind is ActionText:
            report = session.get(Report, self.report_id)
            action = _by_uid(doc, Action, self.uid)
            return report.text_for(action)
        if self.kind is Report:
            return session.get(Report, int(self.uid))
        return _by_uid(doc, self.kind, self.uid)


def ref(obj: Any) -> Ref:
    if isinstance(obj, ActionText):
        return Ref(ActionText, obj.action.uid, obj.report.id)
    if isinstance(obj, Report):
        return Ref(Report, str(obj.id))
    return Ref(type(obj), obj.uid)


def _by_uid(doc: Document, kind: type, uid: str) -> Any:
    return doc.session.scalars(select(kind).where(kind.uid == uid)).one()


class DocCommand(QUndoCommand):
    """Base: subclasses implement ``apply`` / ``revert``; saving and signals are shared."""

    structural = False

    def __init__(self, doc: Document, text: str) -> None:
        super().__init__(text)
        self.doc = doc

    def redo(self) -> None:
        self.apply()
        self.doc.commit_edit(self.structural)

    def undo(self) -> None:
        self.revert()
        self.doc.commit_edit(self.structural)

    def apply(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class SetFieldCommand(DocCommand):
    """Change one attribute (a title, a table cell, a status…)."""

    def __init__(self, doc: Document, target: Any, name: str, value: Any, text: str, structural: bool = False) -> None:
        super().__init__(doc, text)
        self.target = ref(target)
        self.name = name
        self.old = getattr(target, name)
        self.new = value
        self.structural = structural

    def apply(self) -> None:
        setattr(self.target.resolve(self.doc), self.name, self.new)

    def revert(self) -> None:
        setattr(self.target.resolve(self.doc), self.name, self.old)


class SetLogoCommand(DocCommand):
    """Set or remove the organisation's logo or the funder's (image bytes, or None).

    The organisation and the funder have no uid: the organisation is the workspace's
    one, the funder the convention's (found again by the convention's uid); either is
    created when missing, as the cover form does on a first edit.
    """

    def __init__(self, doc: Document, owner: str, data: bytes | None, text: str) -> None:
        super().__init__(doc, text)
        assert owner in ("organisation", "funder")
        self.owner = owner
        self.convention_uid = doc.convention.uid if doc.convention is not None else None
        target = self._target()
        self.old = target.logo if target is not None else None
        self.new = data

    def _target(self) -> Organisation | Funder | None:
        session = self.doc.session
        if self.owner == "organisation":
            org = self.doc.workspace.organisation()
            if org is None:
                org = Organisation()
                session.add(org)
            return org
        if self.convention_uid is None:
            return None
        convention = _by_uid(self.doc, Convention, self.convention_uid)
        if convention.funder is None:
            convention.funder = Funder()
        return convention.funder

    def apply(self) -> None:
        target = self._target()
        if target is not None:
            target.logo = self.new

    def revert(self) -> None:
        target = self._target()
        if target is not None:
            target.logo = self.old


class SetIndicatorValueCommand(DocCommand):
    def __init__(self, doc: Document, indicator: Indicator, year: int, value: float | None, text: str) -> None:
        super().__init__(doc, text)
        self.target = ref(indicator)
        self.year = year
        self.old = indicator.value_for(year)
        self.new = value

    def apply(self) -> None:
        self.target.resolve(self.doc).set_value(self.year, self.new)

    def revert(self) -> None:
        self.target.resolve(self.doc).set_value(self.year, self.old)


class SetPartnerLinkCommand(DocCommand):
    """Link a partner to an action, or unlink it."""

    def __init__(self, doc: Document, action: Action, partner: Partner, linked: bool, text: str) -> None:
        super().__init__(doc, text)
        self.action, self.partner, self.linked = ref(action), ref(partner), linked

    def _set(self, linked: bool) -> None:
        action, partner = self.action.resolve(self.doc), self.partner.resolve(self.doc)
        if linked and partner not in action.partners:
            action.partners.append(partner)
            _sort_by_position(action.partners)  # as loaded: exports list them in this order
        elif not linked and partner in action.partners:
            action.partners.remove(partner)

    def apply(self) -> None:
        self._set(self.linked)

    def revert(self) -> None:
        self._set(not self.linked)


class SetRelationCommand(DocCommand):
    """Point a many-to-one link (``body.action``, ``body.partner``, ``indicator.action``…)
    at another object, or at nothing. Both ends are kept as ``Ref``s: either may be
    deleted and re-created by other commands on the stack."""

    def __init__(self, doc: Document, target: Any, name: str, value: Any, text: str) -> None:
        super().__init__(doc, text)
        self.target, self.name = ref(target), name
        old = getattr(target, name)
        self.old = ref(old) if old is not None else None
        self.new = ref(value) if value is not None else None

    def _set(self, value: Ref | None) -> None:
        setattr(self.target.resolve(self.doc), self.name, value.resolve(self.doc) if value else None)

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class SetBodyActionCommand(SetRelationCommand):
    """Attach a body (instance) to an action, or detach it."""

    def __init__(self, doc: Document, body: Body, action: Action | None, text: str) -> None:
        super().__init__(doc, body, "action", action, text)


# -- snapshots of deleted objects -------------------------------------------------------

@dataclass
class TextSnapshot:
    report_id: int
    evaluation: RichText
    narrative: RichText
    means: RichText
    status: Status
    target_words: int | None
    to_update: bool


@dataclass
class ActionSnapshot:
    uid: str
    title: str
    objective: str
    position: int
    partners: list[str] = field(default_factory=list)
    texts: list[TextSnapshot] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)


def _snapshot_action(doc: Document, action: Action) -> ActionSnapshot:
    convention = action.axis.convention
    snap = ActionSnapshot(action.uid, action.title, action.objective, action.position)
    snap.partners = [p.uid for p in action.partners]
    for report in convention.reports:
        for text in report.texts:
            if text.action is action:
                snap.texts.append(
                    TextSnapshot(report.id, text.evaluation, text.narrative, text.means, text.status,
                                 text.target_words, text.to_update)
                )
        snap.events += [e.uid for e in report.events if e.action is action]
    snap.indicators = [i.uid for i in convention.indicators if i.action is action]
    snap.bodies = [b.uid for b in convention.bodies if b.action is action]
    return snap


def _detach_and_remove_action(action: Action) -> None:
    convention = action.axis.convention
    for report in convention.reports:
        for text in [t for t in report.texts if t.action is action]:
            report.texts.remove(text)
        for event in report.events:
            if event.action is action:
                event.action = None
    for indicator in convention.indicators:
        if indicator.action is action:
            indicator.action = None
    for body in convention.bodies:
        if body.action is action:
            body.action = None
    action.partners.clear()
    action.axis.actions.remove(action)


def _restore_action(doc: Document, axis: Axis, snap: ActionSnapshot) -> Action:
    action = Action(uid=snap.uid, title=snap.title, objective=snap.objective)
    axis.actions.insert(min(snap.position, len(axis.actions)), action)
    for uid in snap.partners:
        action.partners.append(_by_uid(doc, Partner, uid))
    for ts in snap.texts:
        report = doc.session.get(Report, ts.report_id)
        report.texts.append(
            ActionText(action=action, evaluation=ts.evaluation, narrative=ts.narrative, means=ts.means,
                       status=ts.status, target_words=ts.target_words, to_update=ts.to_update)
        )
    for kind, uids in ((Indicator, snap.indicators), (Event, snap.events), (Body, snap.bodies)):
        for uid in uids:
            _by_uid(doc, kind, uid).action = action
    return action


class AddAxisCommand(DocCommand):
    structural = True

    def __init__(self, doc: Document, index: int, title: str, text: str) -> None:
        super().__init__(doc, text)
        self.index, self.title = index, title
        self.uid: str | None = None

    def apply(self) -> None:
        axis = Axis(title=self.title)
        if self.uid:
            axis.uid = self.uid
        self.doc.convention.axes.insert(self.index, axis)
        self.doc.session.flush()
        self.uid = axis.uid

    def revert(self) -> None:
        self.doc.convention.axes.remove(_by_uid(self.doc, Axis, self.uid))


class AddActionCommand(DocCommand):
    structural = True

    def __init__(self, doc: Document, axis: Axis, index: int, title: str, text: str) -> None:
        super().__init__(doc, text)
        self.axis, self.index, self.title = ref(axis), index, title
        self.uid: str | None = None

    def apply(self) -> None:
        axis = self.axis.resolve(self.doc)
        action = Action(title=self.title)
        if self.uid:
            action.uid = self.uid
        axis.actions.insert(self.index, action)
        self.doc.session.flush()
        self.uid = action.uid

    def revert(self) -> None:
        _detach_and_remove_action(_by_uid(self.doc, Action, self.uid))


class DeleteActionCommand(DocCommand):
    structural = True

    def __init__(self, doc: Document, action: Action, text: str) -> None:
        super().__init__(doc, text)
        self.axis = ref(action.axis)
        self.snapshot = _snapshot_action(doc, action)

    def apply(self) -> None:
        _detach_and_remove_action(_by_uid(self.doc, Action, self.snapshot.uid))

    def revert(self) -> None:
        _restore_action(self.doc, self.axis.resolve(self.doc), self.snapshot)


class DeleteAxisCommand(DocCommand):
    structural = True

    def __init__(self, doc: Document, axis: Axis, text: str) -> None:
        super().__init__(doc, text)
        self.uid, self.title, self.position = axis.uid, axis.title, axis.position
        self.actions = [_snapshot_action(doc, a) for a in axis.actions]

    def apply(self) -> None:
        axis = _by_uid(self.doc, Axis, self.uid)
        for action in list(axis.actions):
            _detach_and_remove_action(action)
        self.doc.convention.axes.remove(axis)

    def revert(self) -> None:
        axis = Axis(uid=self.uid, title=self.title)
        self.doc.convention.axes.insert(min(self.position, len(self.doc.convention.axes)), axis)
        for snap in self.actions:
            _restore_action(self.doc, axis, snap)


class MoveCommand(DocCommand):
    """Move an axis, an action, an indicator or an event one place up or down.

    Indicators and events are moved past the neighbour that belongs to the same
    action (their lists are shared by the whole convention or report).
    """

    structural = True

    def __init__(self, doc: Document, obj: Any, delta: int, text: str) -> None:
        super().__init__(doc, text)
        self.target, self.delta = ref(obj), delta
        self.structural = isinstance(obj, (Axis, Action))

    def _container(self, obj: Any) -> list[Any]:
        if isinstance(obj, Axis):
            return obj.convention.axes
        if isinstance(obj, Action):
            return obj.axis.actions
        if isinstance(obj, Indicator):
            return obj.convention.indicators
        if isinstance(obj, Partner):
            return obj.convention.partners
        if isinstance(obj, Body):
            return obj.convention.bodies
        return obj.report.events

    def _move(self, delta: int) -> None:
        obj = self.target.resolve(self.doc)
        items = self._container(obj)
        index = items.index(obj)
        if isinstance(obj, (Indicator, Event)):
            siblings = [i for i, o in enumerate(items) if o.action is obj.action]
            k = siblings.index(index) + delta
            if not 0 <= k < len(siblings):
                return
            new_index = siblings[k]
        else:
            new_index = index + delta
            if not 0 <= new_index < len(items):
                return
        items.pop(index)
        items.insert(new_index, obj)
        if isinstance(obj, Partner):
            _sort_partner_lists(obj.actions)
        elif isinstance(obj, Body) and obj.partner is not None:
            _sort_by_position(obj.partner.bodies)

    def apply(self) -> None:
        self._move(self.delta)

    def revert(self) -> None:
        self._move(-self.delta)


def can_move(obj: Any, delta: int) -> bool:
    """Whether ``MoveCommand(obj, delta)`` would move anything."""
    if isinstance(obj, Axis):
        items: list[Any] = obj.convention.axes
    elif isinstance(obj, Action):
        items = obj.axis.actions
    elif isinstance(obj, Indicator):
        items = [i for i in obj.convention.indicators if i.action is obj.action]
    elif isinstance(obj, Event):
        items = [e for e in obj.report.events if e.action is obj.action]
    elif isinstance(obj, Partner):
        items = obj.convention.partners
    elif isinstance(obj, Body):
        items = obj.convention.bodies
    else:
        return False
    return 0 <= items.index(obj) + delta < len(items)


# -- indicators and events --------------------------------------------------------------

_EVENT_FIELDS = ("title", "start_date", "end_date", "place", "role", "participants")
_INDICATOR_FIELDS = ("label", "unit", "source")


def _insert_after_siblings(items: list[Any], obj: Any, action: Action | None) -> None:
    """Insert after the last item of the same action, so each action's items stay together."""
    indexes = [i for i, o in enumerate(items) if o.action is action]
    items.insert(indexes[-1] + 1 if indexes else len(items), obj)


class AddEventCommand(DocCommand):
    def __init__(self, doc: Document, report: Report, action: Action, title: str, text: str) -> None:
        super().__init__(doc, text)
        self.report, self.action, self.title = ref(report), ref(action), title
        self.uid: str | None = None

    def apply(self) -> None:
        report, action = self.report.resolve(self.doc), self.action.resolve(self.doc)
        event = Event(title=self.title, action=action, start_date=dt.date(report.year, 1, 1))
        if self.uid:
            event.uid = self.uid
        _insert_after_siblings(report.events, event, action)
        self.doc.session.flush()
        self.uid = event.uid

    def revert(self) -> None:
        event = _by_uid(self.doc, Event, self.uid)
        event.report.events.remove(event)


class DeleteEventCommand(DocCommand):
    def __init__(self, doc: Document, event: Event, text: str) -> None:
        super().__init__(doc, text)
        self.uid = event.uid
        self.report = ref(event.report)
        self.action = ref(event.action) if event.action else None
        self.position = event.report.events.index(event)
        self.values = {name: getattr(event, name) for name in _EVENT_FIELDS}

    def apply(self) -> None:
        event = _by_uid(self.doc, Event, self.uid)
        event.report.events.remove(event)

    def revert(self) -> None:
        report = self.report.resolve(self.doc)
        event = Event(uid=self.uid, action=self.action.resolve(self.doc) if self.action else None, **self.values)
        report.events.insert(min(self.position, len(report.events)), event)


class AddIndicatorCommand(DocCommand):
    def __init__(self, doc: Document, action: Action, label: str, text: str) -> None:
        super().__init__(doc, text)
        self.action, self.label = ref(action), label
        self.uid: str | None = None

    def apply(self) -> None:
        action = self.action.resolve(self.doc)
        indicator = Indicator(label=self.label, action=action)
        if self.uid:
            indicator.uid = self.uid
        _insert_after_siblings(self.doc.convention.indicators, indicator, action)
        self.doc.session.flush()
        self.uid = indicator.uid

    def revert(self) -> None:
        self.doc.convention.indicators.remove(_by_uid(self.doc, Indicator, self.uid))


class DeleteIndicatorCommand(DocCommand):
    def __init__(self, doc: Document, indicator: Indicator, text: str) -> None:
        super().__init__(doc, text)
        self.uid = indicator.uid
        self.action = ref(indicator.action) if indicator.action else None
        self.position = indicator.convention.indicators.index(indicator)
        self.fields = {name: getattr(indicator, name) for name in _INDICATOR_FIELDS}
        self.values = [(v.year, v.value) for v in indicator.values]

    def apply(self) -> None:
        self.doc.convention.indicators.remove(_by_uid(self.doc, Indicator, self.uid))

    def revert(self) -> None:
        indicator = Indicator(uid=self.uid, action=self.action.resolve(self.doc) if self.action else None,
                              **self.fields)
        for year, value in self.values:
            indicator.set_value(year, value)
        items = self.doc.convention.indicators
        items.insert(min(self.position, len(items)), indicator)


# -- partners and bodies (instances) ------------------------------------------------------

def _sort_by_position(items: list[Any]) -> None:
    """Loaded lists are ordered by position; keep the session's copies so after edits
    (the session does not expire on commit, and exports read these lists)."""
    items.sort(key=lambda o: o.position)


def _sort_partner_lists(actions: list[Action]) -> None:
    for action in actions:
        _sort_by_position(action.partners)


class AddPartnerCommand(DocCommand):
    def __init__(self, doc: Document, index: int, name: str, text: str) -> None:
        super().__init__(doc, text)
        self.index, self.name = index, name
        self.uid: str | None = None

    def apply(self) -> None:
        partner = Partner(name=self.name, kind="")
        if self.uid:
            partner.uid = self.uid
        partners = self.doc.convention.partners
        partners.insert(min(self.index, len(partners)), partner)
        self.doc.session.flush()
        self.uid = partner.uid

    def revert(self) -> None:
        self.doc.convention.partners.remove(_by_uid(self.doc, Partner, self.uid))


class DeletePartnerCommand(DocCommand):
    """Remove a partner: its action links go, its bodies stay without an owner; undo
    puts all of it back."""

    def __init__(self, doc: Document, partner: Partner, text: str) -> None:
        super().__init__(doc, text)
        self.uid, self.name, self.kind = partner.uid, partner.name, partner.kind
        self.position = partner.convention.partners.index(partner)
        self.actions = [a.uid for a in partner.actions]
        self.bodies = [b.uid for b in partner.bodies]

    def apply(self) -> None:
        partner = _by_uid(self.doc, Partner, self.uid)
        for body in list(partner.bodies):
            body.partner = None
        partner.actions.clear()
        self.doc.convention.partners.remove(partner)

    def revert(self) -> None:
        partner = Partner(uid=self.uid, name=self.name, kind=self.kind)
        partners = self.doc.convention.partners
        partners.insert(min(self.position, len(partners)), partner)
        for uid in self.actions:
            partner.actions.append(_by_uid(self.doc, Action, uid))
        for uid in self.bodies:
            _by_uid(self.doc, Body, uid).partner = partner
        _sort_partner_lists(partner.actions)
        _sort_by_position(partner.bodies)


_BODY_FIELDS = ("name", "role")


class AddBodyCommand(DocCommand):
    def __init__(self, doc: Document, index: int, name: str, text: str) -> None:
        super().__init__(doc, text)
        self.index, self.name = index, name
        self.uid: str | None = None

    def apply(self) -> None:
        body = Body(name=self.name, role="")
        if self.uid:
            body.uid = self.uid
        bodies = self.doc.convention.bodies
        bodies.insert(min(self.index, len(bodies)), body)
        self.doc.session.flush()
        self.uid = body.uid

    def revert(self) -> None:
        self.doc.convention.bodies.remove(_by_uid(self.doc, Body, self.uid))


class DeleteBodyCommand(DocCommand):
    def __init__(self, doc: Document, body: Body, text: str) -> None:
        super().__init__(doc, text)
        self.uid = body.uid
        self.fields = {name: getattr(body, name) for name in _BODY_FIELDS}
        self.position = body.convention.bodies.index(body)
        self.partner = ref(body.partner) if body.partner else None
        self.action = ref(body.action) if body.action else None

    def apply(self) -> None:
        self.doc.convention.bodies.remove(_by_uid(self.doc, Body, self.uid))

    def revert(self) -> None:
        body = Body(uid=self.uid, **self.fields)
        bodies = self.doc.convention.bodies
        bodies.insert(min(self.position, len(bodies)), body)
        body.partner = self.partner.resolve(self.doc) if self.partner else None
        body.action = self.action.resolve(self.doc) if self.action else None
        if body.partner is not None:
            _sort_by_position(body.partner.bodies)
