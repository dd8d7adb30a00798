"""Edits that change a value in place: a field, a link, an indicator's figure, a logo."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy.orm import Session

from mesdesk.model.edits.base import Edit
from mesdesk.model.edits.places import keep_link_order
from mesdesk.model.edits.refs import Ref, ref, ref_or_none, resolve_or_none
from mesdesk.model.entities import Action, Axis, Convention, Funder, Indicator, Organisation, Partner
from mesdesk.model.session_rows import first_organisation


class SetField(Edit):
    """Change one attribute: a title, a table cell, a status, a report's préambule…"""

    def __init__(self, target: Any, name: str, value: Any) -> None:
        self.target = ref(target)
        self.name = name
        self.old = getattr(target, name)
        self.new = value
        self.structural = isinstance(target, (Axis, Action))

    def _forward(self, session: Session) -> None:
        setattr(self.target.resolve(session), self.name, self.new)

    def _backward(self, session: Session) -> None:
        setattr(self.target.resolve(session), self.name, self.old)


class SetRelation(Edit):
    """Point a many-to-one link (``body.action``, ``body.partner``, ``indicator.action``…)
    at another object, or at nothing. Both ends are kept as ``Ref``s: either may be
    deleted and re-created by other edits on the stack."""

    def __init__(self, target: Any, name: str, value: Any) -> None:
        self.target, self.name = ref(target), name
        self.old = ref_or_none(getattr(target, name))
        self.new = ref_or_none(value)

    def _set(self, session: Session, value: Ref | None) -> None:
        target = self.target.resolve(session)
        setattr(target, self.name, resolve_or_none(value, session))
        keep_link_order(target)

    def _forward(self, session: Session) -> None:
        self._set(session, self.new)

    def _backward(self, session: Session) -> None:
        self._set(session, self.old)


class SetIndicatorValue(Edit):
    """Set an indicator's figure for a year, or remove it (None)."""

    def __init__(self, indicator: Indicator, year: int, value: float | None) -> None:
        self.target = ref(indicator)
        self.year = year
        self.old = indicator.value_for(year)
        self.new = value

    def _forward(self, session: Session) -> None:
        self.target.resolve(session).set_value(self.year, self.new)

    def _backward(self, session: Session) -> None:
        self.target.resolve(session).set_value(self.year, self.old)


class SetPartnerLink(Edit):
    """Link a partner to an action, or unlink it; revert puts back the link as it was
    (linking a pair already linked changes nothing, and its revert must not unlink)."""

    def __init__(self, action: Action, partner: Partner, linked: bool) -> None:
        self.action, self.partner, self.linked = ref(action), ref(partner), linked
        self.was_linked = partner in action.partners

    def _set(self, session: Session, linked: bool) -> None:
        action, partner = self.action.resolve(session), self.partner.resolve(session)
        if linked and partner not in action.partners:
            action.partners.append(partner)
            keep_link_order(action)  # as loaded: exports list them in this order
        elif not linked and partner in action.partners:
            action.partners.remove(partner)

    def _forward(self, session: Session) -> None:
        self._set(session, self.linked)

    def _backward(self, session: Session) -> None:
        self._set(session, self.was_linked)


LogoOwner = Literal["organisation", "funder"]


class SetLogo(Edit):
    """Set or remove the organisation's logo or the convention's funder's (image bytes,
    or None). Neither has a uid: the organisation is the workspace's one, the funder the
    convention's; either is created when missing, as the cover form does on a first edit.
    """

    def __init__(self, session: Session, owner: LogoOwner, convention: Convention | None, data: bytes | None) -> None:
        assert owner in ("organisation", "funder")
        self.owner = owner
        self.convention = ref_or_none(convention)
        current = self._target(session, create=False)
        self.old = current.logo if current is not None else None
        self.new = data

    def _target(self, session: Session, create: bool = True) -> Organisation | Funder | None:
        if self.owner == "organisation":
            org = first_organisation(session)
            if org is None and create:
                org = Organisation()
                session.add(org)
            return org
        if self.convention is None:
            return None
        convention = self.convention.resolve(session)
        if convention.funder is None and create:
            convention.funder = Funder()
        funder: Funder | None = convention.funder
        return funder

    def _forward(self, session: Session) -> None:
        target = self._target(session)
        if target is not None:
            target.logo = self.new

    def _backward(self, session: Session) -> None:
        target = self._target(session)
        if target is not None:
            target.logo = self.old
