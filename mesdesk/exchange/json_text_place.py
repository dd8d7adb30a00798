"""Where a comment or a suggestion of the JSON form sits: its uid, its text field and, for
an action's text, its action. One reading for both, so both refuse the same mistakes in
the same words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mesdesk.model.entities import Action
from mesdesk.model.review import COMMENT_FIELDS, REPORT_FIELDS


def read_text_place(
    entry: dict[str, Any],
    where: str,
    actions: dict[str, Action],
    claim_uid: Callable[[str, str], None],
    noun: str,
    error: type[ValueError],
) -> tuple[str, str, Action | None]:
    """``(uid, field, action)`` of ``entry``, or ``error`` naming the JSON path.

    ``noun`` is the thing in a sentence (« un commentaire », « une suggestion »);
    ``claim_uid(uid, where)`` refuses a uid already used in the document.
    """
    uid = entry.get("uid")
    if not isinstance(uid, str) or not uid:
        raise error(f"{where}.uid : identifiant texte attendu")
    claim_uid(uid, where)
    field = entry.get("field")
    if field not in COMMENT_FIELDS:
        raise error(f"{where}.field : champ inconnu {field!r}")
    action = None
    action_uid = entry.get("action")
    if action_uid is not None:
        action = actions.get(action_uid)
        if action is None:
            raise error(f"{where}.action : {action_uid!r} ne désigne rien de connu")
    if (action is None) != (field in REPORT_FIELDS):
        need = "sans action" if field in REPORT_FIELDS else "avec son action"
        raise error(f"{where}.field : {noun} sur « {field} » se place {need}")
    return uid, field, action
