"""The JSON form of a report's snapshots and approvals (``snapshots`` and ``approvals``
of each report, both written only when present, so older documents read as before).

- ``approvals``: ``[{"section": "preamble"|"action"|"conclusion", "action": uid (actions
  only), "by": name, "at": "AAAA-MM-JJTHH:MM:SS" (UTC), "changed_at": same (only when the
  text changed since: « à revoir »)}]``, in document order; an approval of an action no
  longer in the convention (deleted, waiting for an undo) is not written.
- ``snapshots``: ``[{"id", "name", "created_at", "author", "document"}]`` where
  ``document`` is a whole workspace document of one convention and one report, checked
  against the same schema when loaded (``snapshots.canonical_document``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from mesdesk.model.approvals import Approval
from mesdesk.model.entities import Action, Convention, Report
from mesdesk.model.versions import ReportSnapshot

SECTION_ORDER = {"preamble": 0, "action": 1, "conclusion": 2}


class VersionsError(ValueError):
    """A snapshot or approval the document cannot hold (the message names the JSON path)."""


def _stamp(value: dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat()


def dump_versions(report: Report, convention: Convention) -> dict[str, Any]:
    out: dict[str, Any] = {}
    order = {a.uid: i for i, a in enumerate(convention.actions)}
    approvals = [
        a for a in report.approvals if a.section != "action" or a.action_uid in order
    ]
    approvals.sort(key=lambda a: (SECTION_ORDER.get(a.section, 3), order.get(a.action_uid, 0)))
    if approvals:
        out["approvals"] = [_dump_approval(a) for a in approvals]
    if report.snapshots:
        out["snapshots"] = [
            {
                "id": s.uid,
                "name": s.name,
                "created_at": _stamp(s.created_at),
                "author": s.author,
                "document": json.loads(s.document),
            }
            for s in report.snapshots
        ]
    return out


def _dump_approval(a: Approval) -> dict[str, Any]:
    entry: dict[str, Any] = {"section": a.section}
    if a.section == "action":
        entry["action"] = a.action_uid
    entry["by"] = a.approved_by
    entry["at"] = _stamp(a.approved_at)
    if a.changed_at is not None:
        entry["changed_at"] = _stamp(a.changed_at)
    return entry


def _moment(value: Any, where: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise VersionsError(f"{where} : date et heure AAAA-MM-JJTHH:MM:SS attendues") from exc
    if moment.tzinfo is not None:
        raise VersionsError(f"{where} : heure UTC sans fuseau attendue")
    return moment


def load_versions(data: dict[str, Any], where: str, report: Report, actions: dict[str, Action],
                  uid: Callable[[dict[str, Any], str], dict[str, str]], text: Callable[[dict[str, Any], str, str], str]) -> None:
    """Add the document's approvals and snapshots to ``report`` (being built)."""
    seen: set[tuple[str, str]] = set()
    for i, entry in enumerate(data.get("approvals") or []):
        w = f"{where}.approvals[{i}]"
        section = entry["section"]
        action_uid = entry.get("action") or ""
        if section == "action" and action_uid not in actions:
            raise VersionsError(f"{w}.action : {action_uid!r} ne désigne aucune action de la convention")
        if section != "action" and action_uid:
            raise VersionsError(f"{w}.action : seule une section « action » nomme une action")
        if (section, action_uid) in seen:
            raise VersionsError(f"{w} : section validée deux fois")
        seen.add((section, action_uid))
        changed = entry.get("changed_at")
        report.approvals.append(Approval(
            section=section,
            action_uid=action_uid,
            approved_by=text(entry, "by", w),
            approved_at=_moment(entry["at"], f"{w}.at"),
            changed_at=_moment(changed, f"{w}.changed_at") if changed is not None else None,
        ))
    from mesdesk.exchange.json_interchange import InterchangeError
    from mesdesk.exchange.snapshots import canonical_document

    for i, entry in enumerate(data.get("snapshots") or []):
        w = f"{where}.snapshots[{i}]"
        try:
            document = canonical_document(entry["document"], f"{w}.document")
        except InterchangeError as exc:
            raise VersionsError(str(exc)) from exc
        report.snapshots.append(ReportSnapshot(
            **uid(entry, w),
            name=text(entry, "name", w),
            created_at=_moment(entry["created_at"], f"{w}.created_at"),
            author=text(entry, "author", w),
            document=document,
        ))
