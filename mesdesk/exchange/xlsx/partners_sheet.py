"""The « Partenaires » sheet: partners, the bodies where the organisation sits, actions."""

from __future__ import annotations

from mesdesk.exchange.xlsx.report_access import action_label
from mesdesk.exchange.xlsx.sheets import Column, Kind, TableSheet, Value
from mesdesk.model.entities import Action, Body, Report

SHEET_TITLE = "Partenaires"
TABLE_NAME = "Partenaires"
# The kind shown for a body (instance) that belongs to no partner.
BODY_KIND = "instance"

COLUMNS = (
    Column("Partenaire", Kind.TEXT, 30),
    Column("Type", Kind.TEXT, 16),
    Column("Instances et rôle", Kind.LONG_TEXT, 48),
    Column("Actions liées", Kind.LONG_TEXT, 52),
)


def body_label(body: Body) -> str:
    """``Comité de coordination (membre)``."""
    return f"{body.name} ({body.role})" if body.role else body.name


def partners_table(report: Report) -> TableSheet:
    """One row per partner, then one per body that belongs to no partner."""
    convention = report.convention
    order = {action.id: n for n, action in enumerate(convention.actions)}
    rows: list[list[Value]] = []
    for partner in convention.partners:
        actions: list[Action] = list(partner.actions)
        actions += [b.action for b in partner.bodies if b.action is not None]
        rows.append(
            [
                partner.name,
                partner.kind,
                "\n".join(body_label(b) for b in partner.bodies),
                _actions_text(actions, order),
            ]
        )
    for body in convention.bodies:
        if body.partner is None:
            actions = [body.action] if body.action is not None else []
            rows.append([body.name, BODY_KIND, body_label(body), _actions_text(actions, order)])
    return TableSheet(SHEET_TITLE, TABLE_NAME, COLUMNS, rows)


def _actions_text(actions: list[Action], order: dict[int, int]) -> str:
    unique = {a.id: a for a in actions}.values()
    return "\n".join(action_label(a) for a in sorted(unique, key=lambda a: order.get(a.id, len(order))))
