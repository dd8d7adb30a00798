"""Working offline: sections taken from a server into a local ``.mesdesk`` copy, and back.

« Emporter pour travailler hors ligne » (``take_offline``) reserves the chosen sections
of one report on the server — actions' texts, the preamble, the conclusion — (a ``Reservation`` row each, one token for the lot,
with the texts as they were: the *base*), then writes the whole workspace to a local
file, reservations included. Others read those sections but cannot change them
(``reserved_by_others``, checked at each save by ``SharedSession``).

« Rapporter » (``bring_back``) reads the local copy, and for each field of the reserved
texts decides against the base, as a save does against the version it read: changed
offline only → written; changed on the server only (after an administrator broke the
reservation) → kept; changed on both differently → a ``Conflict``, shown like any other.
Then the reservations go. ``break_reservation`` is the administrator's way out for a
laptop that never comes back: the reservation goes, the server's texts stay as they are.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mesdesk.model.entities import Action, ActionText, Report
from mesdesk.model.richtext import RichText
from mesdesk.model.sharing import Reservation, section_key
from mesdesk.store.conflicts import Conflict, describe_place
from mesdesk.store.errors import WorkspaceError

# The fields of an action's text in a report that travel offline.
FIELDS = ("evaluation", "narrative", "means", "status", "target_words", "to_update")
# The report's own sections that can travel offline: each is one field of the report.
REPORT_SECTIONS = ("preamble", "conclusion")


class ReservedError(WorkspaceError):
    """A section is held by someone else (taken offline)."""


@dataclass(frozen=True)
class Held:
    section: str
    holder: str
    host: str
    taken_at: dt.datetime


def _plain(value: Any) -> Any:
    if isinstance(value, RichText):
        return {"rich": value.to_json_string()}
    return getattr(value, "value", value)  # a Status


def _value(field: str, stored: Any) -> Any:
    if isinstance(stored, dict) and "rich" in stored:
        return RichText.from_json(stored["rich"])
    if field == "status" and stored is not None:
        from mesdesk.model.entities import Status

        return Status(stored)
    return stored


def _text(session: Session, report: Report, action_uid: str) -> ActionText:
    action = session.scalars(select(Action).where(Action.uid == action_uid)).one()
    return report.text_for(action)


def _place(session: Session, report: Report, section: str) -> tuple[Any, tuple[str, ...]]:
    """The row holding ``section`` of ``report`` and its fields that travel offline."""
    if section in REPORT_SECTIONS:
        return report, (section,)
    kind, _, uid = section.partition(":")
    if kind != "action" or not uid:
        raise WorkspaceError(f"« {section} » ne peut pas être emporté hors ligne.")
    return _text(session, report, uid), FIELDS


def sections_of(obj: Any) -> set[str]:
    """The sections a changed row belongs to (the ones a reservation may hold)."""
    if isinstance(obj, ActionText):
        return {section_key("action", obj.action.uid)}
    if isinstance(obj, Report) and obj.id is not None:
        state = inspect(obj)
        return {name for name in REPORT_SECTIONS if state.attrs[name].history.has_changes()}
    return set()


def held(session: Session) -> dict[str, Held]:
    """The sections taken offline, by section key."""
    return {r.section: Held(r.section, r.holder, r.host, r.taken_at)
            for r in session.scalars(select(Reservation))}


def take_offline(workspace: Any, report: Report, sections: list[str], target: Path, holder: str) -> Path:
    """Reserve these sections of ``report`` on the server and write the local copy.

    ``sections``: ``"action:<uid>"``, ``"preamble"``, ``"conclusion"`` (``section_key``).
    Refused (``ReservedError``, nothing reserved) when one of them is already held."""
    session: Session = workspace.session
    workspace.commit()
    token = uuid.uuid4().hex
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    places = [(section, *_place(session, report, section)) for section in sections]  # all known, or none reserved
    for section, row, fields in places:
        base = {field: _plain(getattr(row, field)) for field in fields}
        session.add(Reservation(section=section, holder=holder, token=token,
                                host=socket.gethostname(), copy_path=str(target), taken_at=now, year=report.year,
                                base=json.dumps(base, ensure_ascii=False)))
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        taken = held(session)
        who = ", ".join(sorted({taken[k].holder for k in taken if k in set(sections)}))
        raise ReservedError(f"Déjà emporté hors ligne par {who or 'quelqu’un'} : rien n'a été réservé.") from exc
    try:
        return Path(workspace.save_copy(target))
    except BaseException:
        # No copy, no reservation: the sections must not stay locked for nothing.
        session.execute(delete(Reservation).where(Reservation.token == token))
        session.commit()
        raise


def bring_back(workspace: Any, local: Path, author: str) -> list[Conflict]:
    """Write back what was changed offline in ``local``; returns the conflicts left for the
    user (the server's rows then hold their version; mine are in the conflicts)."""
    from mesdesk.store.workspace import Workspace

    session: Session = workspace.session
    copy = Workspace.open(local, read_only=True)
    try:
        taken = list(copy.session.scalars(select(Reservation)))
        if not taken:
            raise WorkspaceError(f"{local.name} n'a pas été emporté hors ligne depuis ce serveur.")
        token = taken[0].token
        # (section, year, base, offline values): plain data, the copy closes below.
        changes: list[tuple[str, int | None, str, dict[str, Any]]] = []
        with copy.session.no_autoflush:
            for reservation in taken:
                report_copy = copy.session.scalars(select(Report).where(Report.year == reservation.year)).one()
                row_copy, fields = _place(copy.session, report_copy, reservation.section)
                offline = {field: getattr(row_copy, field) for field in fields}
                changes.append((reservation.section, reservation.year, reservation.base, offline))
    finally:
        copy.close()
    conflicts: list[Conflict] = []
    # The reservations go first: the texts below are then free to be written (a save
    # checks that no one else holds them, ``reserved_by_others``). Still one transaction.
    session.execute(delete(Reservation).where(Reservation.token == token))
    for section, year, stored_base, offline in changes:
        base = {field: _value(field, stored) for field, stored in json.loads(stored_base).items()}
        report = session.scalars(select(Report).where(Report.year == year)).one()
        row, _fields = _place(session, report, section)
        if row in session and not session.is_modified(row):
            session.refresh(row)  # as the server has it now, not as this window last read it
        for field, mine in offline.items():
            theirs = getattr(row, field)
            if mine == base.get(field) or mine == theirs:
                continue  # not changed offline, or the same on both sides
            if theirs == base.get(field):
                setattr(row, field, mine)
                continue
            conflicts.append(Conflict(row, field, base.get(field), mine, theirs, row.changed_by, row.changed_at,
                                      place=describe_place(row)))
    workspace.commit()
    return conflicts


def break_reservation(workspace: Any, section: str) -> Held | None:
    """The administrator's break: the section is free again; the server's texts are untouched."""
    session: Session = workspace.session
    found = session.scalars(select(Reservation).where(Reservation.section == section)).first()
    if found is None:
        return None
    gone = Held(found.section, found.holder, found.host, found.taken_at)
    session.delete(found)
    workspace.commit()
    return gone


def reserved_by_others(session: Session, objects: list[Any], token: str | None = None) -> list[Held]:
    """The reservations standing in the way of saving these rows (others' only)."""
    sections = set().union(*map(sections_of, objects)) if objects else set()
    if not sections:
        return []
    with session.no_autoflush:
        rows = session.scalars(select(Reservation).where(Reservation.section.in_(sections))).all()
    return [Held(r.section, r.holder, r.host, r.taken_at) for r in rows if r.token != token]
