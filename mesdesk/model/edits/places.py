"""Where an object lives among its siblings: its owner, the list holding it, its index.

This is the one place that knows which list each kind of row belongs to; adding,
moving, deleting and restoring all go through it.
"""

from __future__ import annotations

from typing import Any

from mesdesk.model.entities import Action, Axis, Body, Convention, Event, Indicator, Partner, Report

# kind -> (attribute naming its owner, attribute of the owner holding the ordered list)
HOMES: dict[type, tuple[str, str]] = {
    Axis: ("convention", "axes"),
    Action: ("axis", "actions"),
    Indicator: ("convention", "indicators"),
    Partner: ("convention", "partners"),
    Body: ("convention", "bodies"),
    Event: ("report", "events"),
}

# Indicators and events share one list per convention or report but are shown per
# action: they move among, and are added after, the rows of the same action.
GROUPED_BY_ACTION = (Indicator, Event)


def owner_of(obj: Any) -> Any:
    """The object holding ``obj``'s list (a convention, an axis or a report)."""
    return getattr(obj, HOMES[type(obj)][0])


def rows_of(owner: Any, kind: type) -> list[Any]:
    """The ordered list of ``owner`` that holds rows of ``kind``."""
    rows: list[Any] = getattr(owner, HOMES[kind][1])
    return rows


def place(obj: Any) -> tuple[list[Any], int]:
    """The list holding ``obj`` and its index there."""
    items = rows_of(owner_of(obj), type(obj))
    return items, items.index(obj)


def peers(obj: Any) -> list[Any]:
    """The rows ``obj`` moves among: its list, or in it those of the same action."""
    items, _ = place(obj)
    if isinstance(obj, GROUPED_BY_ACTION):
        return [o for o in items if o.action is obj.action]
    return items


def can_move(obj: Any, delta: int) -> bool:
    """Whether moving ``obj`` by ``delta`` places among its peers would move anything."""
    if type(obj) not in HOMES:
        return False
    items = peers(obj)
    return 0 <= items.index(obj) + delta < len(items)


def convention_of(obj: Any) -> Convention:
    while not isinstance(obj, Convention):
        obj = obj.convention if isinstance(obj, Report) else owner_of(obj)
    return obj


def insert_row(items: list[Any], obj: Any, index: int | None) -> None:
    """Insert at ``index`` (clamped); with None, after the rows of the same action for
    indicators and events, so each action's rows stay together, else last."""
    if index is None:
        if isinstance(obj, GROUPED_BY_ACTION):
            same = [i for i, o in enumerate(items) if o.action is obj.action]
            index = same[-1] + 1 if same else len(items)
        else:
            index = len(items)
    items.insert(min(index, len(items)), obj)
    keep_link_order(obj)


def keep_link_order(obj: Any) -> None:
    """Loaded link lists are ordered by position; keep the session's copies so after
    edits (the session does not expire on commit, and exports read these lists)."""
    if isinstance(obj, Partner):
        for action in obj.actions:
            action.partners.sort(key=lambda p: p.position)
        obj.bodies.sort(key=lambda b: b.position)
    elif isinstance(obj, Body) and obj.partner is not None:
        obj.partner.bodies.sort(key=lambda b: b.position)
    elif isinstance(obj, Action):
        obj.partners.sort(key=lambda p: p.position)
