"""A report's review comments in the JSON interchange form (README: « Le format JSON d'échange »).

The ``comments`` member of a report is written only when the report has comments, so
files without any dump as before. Each entry::

  {"uid": "…", "action": "<action uid>" (absent for the préambule and the conclusion),
   "field": "evaluation", "parent": "<comment uid>" (a reply; absent otherwise),
   "author": "…", "created_at": "2026-03-03T14:05:00", "body": "…", "resolved": false,
   "quote": "…"}

Top-level comments are listed oldest first, each followed by its replies (so a parent
always comes before its replies). The ranges are the ``comments`` marks in the texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from mesdesk.exchange.json_text_place import read_text_place
from mesdesk.model.entities import Action, Report
from mesdesk.model.review import ACTION_FIELDS, REPORT_FIELDS, Comment, threads
from mesdesk.model.richtext import RichText
from mesdesk.model.textclean import clean_line, clean_text


class CommentsError(ValueError):
    """A ``comments`` member, or a mark, that cannot be loaded (one line naming the JSON path)."""


def dump_comments(report: Report) -> list[dict[str, Any]]:
    """The report's ``comments`` member (empty when it has none)."""
    out: list[dict[str, Any]] = []
    for top, replies in threads(report):
        for comment in (top, *replies):
            entry: dict[str, Any] = {"uid": comment.uid}
            if comment.action is not None:
                entry["action"] = comment.action.uid
            entry["field"] = comment.field
            if comment.parent is not None:
                entry["parent"] = comment.parent.uid
            entry.update(
                author=comment.author,
                created_at=comment.created_at.isoformat(timespec="seconds"),
                body=comment.body,
                resolved=comment.resolved,
                quote=comment.quote,
            )
            out.append(entry)
    return out


def placed_marks(report: Report) -> dict[tuple[str | None, str], set[str]]:
    """The comment uids each text of the report may carry: its own top-level comments,
    by (action uid or None, field)."""
    out: dict[tuple[str | None, str], set[str]] = {}
    for comment in report.comments:
        if comment.parent is None:
            key = (comment.action.uid if comment.action is not None else None, comment.field)
            out.setdefault(key, set()).add(comment.uid)
    return out


def known_marks(rich: RichText, known: set[str]) -> RichText:
    """``rich`` without marks of comments that are not its own (``placed_marks``).

    An undo of an old text edit can bring back the marks of a comment deleted since; a
    dump must not write what its own load would refuse.
    """
    stale = rich.comment_ids() - known
    return rich.without_comments(stale) if stale else rich


def load_comments(
    data: Any,
    where: str,
    report: Report,
    actions: dict[str, Action],
    claim_uid: Callable[[str, str], None],
) -> None:
    """Add the comments of ``data`` (a report's ``comments`` member) to ``report``, then
    refuse any mark in the report's texts naming a comment that is not there.

    ``claim_uid(uid, where)`` refuses a uid already used in the document.
    """
    by_uid: dict[str, Comment] = {}
    for i, c_data in enumerate(data or []):
        cw = f"{where}[{i}]"
        if not isinstance(c_data, dict):
            raise CommentsError(f"{cw} : objet attendu")
        uid, field, action = read_text_place(c_data, cw, actions, claim_uid, "un commentaire", CommentsError)
        parent = None
        parent_uid = c_data.get("parent")
        if parent_uid is not None:
            parent = by_uid.get(parent_uid)
            if parent is None:
                raise CommentsError(f"{cw}.parent : {parent_uid!r} ne désigne aucun commentaire qui précède")
            if parent.parent is not None:
                raise CommentsError(f"{cw}.parent : on répond à un commentaire, pas à une réponse")
            if (parent.action, parent.field) != (action, field):
                raise CommentsError(f"{cw} : une réponse est à la même place que son commentaire")
        try:
            created = dt.datetime.fromisoformat(str(c_data.get("created_at")))
        except ValueError as exc:
            raise CommentsError(f"{cw}.created_at : date et heure ISO 8601 attendues") from exc
        if created.tzinfo is not None:
            created = created.astimezone(dt.UTC).replace(tzinfo=None)
        comment = Comment(
            uid=uid,
            action=action,
            field=field,
            author=clean_line(_text(c_data, "author")),
            created_at=created,
            body=clean_text(_text(c_data, "body")),
            resolved=bool(c_data.get("resolved", False)),
            quote=clean_text(_text(c_data, "quote")),
        )
        report.comments.append(comment)
        if parent is not None:
            comment.parent = parent
        by_uid[uid] = comment
    _check_marks(report, by_uid, where.rsplit(".", 1)[0])


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def _texts(report: Report, where: str) -> Iterator[tuple[str, Action | None, str, RichText]]:
    for name in REPORT_FIELDS:
        yield f"{where}.{name}", None, name, getattr(report, name)
    for i, text in enumerate(report.texts):
        for name in ACTION_FIELDS:
            yield f"{where}.actions[{i}].{name}", text.action, name, getattr(text, name)


def _check_marks(report: Report, comments: dict[str, Comment], where: str) -> None:
    """Each mark names a comment (not a reply) placed on the very text that carries it."""
    for place, action, name, rich in _texts(report, where):
        for uid in sorted(rich.comment_ids()):
            comment = comments.get(uid)
            if comment is None:
                raise CommentsError(f"{place} : la marque du commentaire {uid!r} ne désigne aucun commentaire")
            if comment.parent is not None or (comment.action, comment.field) != (action, name):
                raise CommentsError(f"{place} : la marque du commentaire {uid!r} est hors du texte de ce commentaire")
