"""The sections of a report that are reviewed, approved, compared and restored as one:
the préambule, each action's texts (Évaluation, Récit, Moyens) and the conclusion.

A section is named by value (its kind and, for an action, the action's uid), never by a
row: a snapshot of the report, last year's report and today's all have the « same »
section, and an action deleted then restored by undo keeps its uid.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from mesdesk.model.entities import Action, Report
from mesdesk.model.richtext import RichText

SectionKind = Literal["preamble", "action", "conclusion"]
ACTION_FIELDS = ("evaluation", "narrative", "means")


@dataclass(frozen=True, order=True)
class Section:
    kind: SectionKind
    action_uid: str = ""  # only for "action"

    @property
    def fields(self) -> tuple[str, ...]:
        """The text attributes the section is made of."""
        return ACTION_FIELDS if self.kind == "action" else (self.kind,)

    @classmethod
    def of_action(cls, action: Action) -> "Section":
        return cls("action", action.uid)


PREAMBLE = Section("preamble")
CONCLUSION = Section("conclusion")


def report_sections(report: Report) -> list[Section]:
    """Every section of the report, in document order."""
    return [PREAMBLE, *(Section.of_action(a) for a in report.convention.actions), CONCLUSION]


def section_action(report: Report, section: Section) -> Action | None:
    """The report's action of an action section (None if it is not, or no longer, there)."""
    if section.kind != "action":
        return None
    return next((a for a in report.convention.actions if a.uid == section.action_uid), None)


def section_texts(report: Report, section: Section) -> dict[str, RichText]:
    """The section's texts in ``report``, by field; empty texts where nothing is written
    (an action without text, or not in this report's convention). Creates nothing."""
    if section.kind != "action":
        return {section.kind: getattr(report, section.kind)}
    action = section_action(report, section)
    text = report.find_text(action) if action is not None else None
    return {name: (getattr(text, name) if text is not None else None) or RichText() for name in ACTION_FIELDS}


def section_of_field(target: object, field: str) -> Section | None:
    """The section an edited attribute belongs to: ``report.preamble``, an action text's
    ``narrative``…; None for anything else (a title, a status)."""
    from mesdesk.model.entities import ActionText

    if isinstance(target, Report) and field in ("preamble", "conclusion"):
        return Section(field)  # type: ignore[arg-type]  # checked just above
    if isinstance(target, ActionText) and field in ACTION_FIELDS and target.action is not None:
        return Section.of_action(target.action)
    return None


def same_texts(a: Mapping[str, RichText], b: Mapping[str, RichText]) -> bool:
    return all(a.get(k, RichText()) == b.get(k, RichText()) for k in set(a) | set(b))
