"""A report's reviewers' suggestions in the JSON interchange form (README: « Le format JSON d'échange »).

The ``suggestions`` member of a report is written only when the report has some, so
files without any dump as before. Each entry, in the order they were imported::

  {"uid": "…", "action": "<action uid>" (absent for the préambule and the conclusion),
   "field": "narrative", "kind": "insertion|deletion|replacement|difference",
   "status": "pending|accepted|rejected", "author": "…",
   "created_at": "2026-03-03T14:05:00" (absent when unknown), "source": "relu.docx",
   "old": "…", "new": "…", "before": "…", "after": "…", "offset": 120,
   "reviewer_text": [rich text] (a difference: the reviewer's version; absent otherwise)}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from mesdesk.exchange.json_text_place import read_text_place
from mesdesk.model.entities import Action, Report
from mesdesk.model.limits import MAX_RICH_CHARS
from mesdesk.model.richtext import RichText, RichTextError
from mesdesk.model.suggestions import SUGGESTION_KINDS, SUGGESTION_STATUSES, Suggestion


class SuggestionsError(ValueError):
    """A ``suggestions`` member that cannot be loaded (one line naming the JSON path)."""


def dump_suggestions(report: Report) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s in report.suggestions:
        entry: dict[str, Any] = {"uid": s.uid}
        if s.action is not None:
            entry["action"] = s.action.uid
        entry.update(field=s.field, kind=s.kind, status=s.status, author=s.author)
        if s.created_at is not None:
            entry["created_at"] = s.created_at.isoformat(timespec="seconds")
        entry.update(source=s.source, old=s.old, new=s.new, before=s.before, after=s.after, offset=s.offset)
        if s.reviewer_text:
            entry["reviewer_text"] = s.reviewer_text.to_json()
        out.append(entry)
    return out


def load_suggestions(
    data: Any,
    where: str,
    report: Report,
    actions: dict[str, Action],
    claim_uid: Callable[[str, str], None],
) -> None:
    """Add the suggestions of ``data`` (a report's ``suggestions`` member) to ``report``."""
    for i, s_data in enumerate(data or []):
        sw = f"{where}[{i}]"
        if not isinstance(s_data, dict):
            raise SuggestionsError(f"{sw} : objet attendu")
        uid, field, action = read_text_place(s_data, sw, actions, claim_uid, "une suggestion", SuggestionsError)
        kind = s_data.get("kind")
        if kind not in SUGGESTION_KINDS:
            raise SuggestionsError(f"{sw}.kind : sorte inconnue {kind!r}")
        status = s_data.get("status", "pending")
        if status not in SUGGESTION_STATUSES:
            raise SuggestionsError(f"{sw}.status : état inconnu {status!r}")
        created = None
        if s_data.get("created_at") is not None:
            try:
                created = dt.datetime.fromisoformat(str(s_data["created_at"]))
            except ValueError as exc:
                raise SuggestionsError(f"{sw}.created_at : date et heure ISO 8601 attendues") from exc
            if created.tzinfo is not None:
                created = created.astimezone(dt.UTC).replace(tzinfo=None)
        try:
            reviewer_text = RichText.from_json(s_data.get("reviewer_text") or [])
        except RichTextError as exc:
            raise SuggestionsError(f"{sw}.reviewer_text : {exc}") from exc
        if len(reviewer_text.plain_text()) > MAX_RICH_CHARS:
            raise SuggestionsError(f"{sw}.reviewer_text : texte trop long")
        offset = s_data.get("offset", 0)
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
            raise SuggestionsError(f"{sw}.offset : entier positif attendu")
        report.suggestions.append(Suggestion(
            uid=uid, action=action, field=field, kind=kind, status=status, author=_text(s_data, "author"),
            created_at=created, source=_text(s_data, "source"), old=_text(s_data, "old"), new=_text(s_data, "new"),
            before=_text(s_data, "before"), after=_text(s_data, "after"), offset=offset, reviewer_text=reviewer_text,
        ))


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""
