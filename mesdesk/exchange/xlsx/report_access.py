"""Reading a report for the workbook without changing it.

``Report.text_for`` creates a missing text, which an exporter must never do (a writer
only reads the model); these helpers look things up and return None instead.
"""

from __future__ import annotations

from mesdesk.model.entities import Action, ActionText, Axis, Report


def text_of(report: Report, action: Action) -> ActionText | None:
    """The report's text of ``action``, or None when it has none yet."""
    return next((t for t in report.texts if t.action is action), None)


def axis_label(axis: Axis | None) -> str:
    """``1. Titre de l'axe``."""
    return f"{axis.number}. {axis.title}" if axis is not None else ""


def action_label(action: Action | None) -> str:
    """``1.2 Titre de l'action``, the way the Word report titles it."""
    return f"{action.number} {action.title}" if action is not None else ""
