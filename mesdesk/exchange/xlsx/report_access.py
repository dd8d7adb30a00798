"""Labels of axes and actions as the workbook shows them."""

from __future__ import annotations

from mesdesk.model.entities import Action, Axis


def axis_label(axis: Axis | None) -> str:
    """``1. Titre de l'axe``."""
    return f"{axis.number}. {axis.title}" if axis is not None else ""


def action_label(action: Action | None) -> str:
    """``1.2 Titre de l'action``, the way the Word report titles it."""
    return f"{action.number} {action.title}" if action is not None else ""
