"""Findings: what importers, exporters and checks tell the user, as data.

A finding is a stable ``code`` and its parameters, never a sentence: the command line
words it in French (:func:`word_fr`, from the templates each producing module registers
in :data:`FRENCH`), the GUI through Qt's ``tr()`` (``mesdesk/gui/findings_text.py``), so
the English interface shows no French. ``place`` says where in the report it applies,
so the GUI can open that place with one click.

A producing module declares its codes beside the code that emits them::

    FR = {"docx_import.action_missing": "L'action {number} « {title} » manque au document."}
    findings.register_fr(FR)

A template is a ``str.format`` string or, for plurals and optional parts, a function of
the parameters returning the French sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["info", "guess", "warning", "error"]
PlaceKind = Literal[
    "cover", "preamble", "conclusion", "axis", "action", "partners", "unassigned", "indicator", "event", "document"
]
Template = str | Callable[[Mapping[str, object]], str]


@dataclass(frozen=True)
class Place:
    """Where a finding applies: a part of the report, optionally a field and an excerpt."""

    kind: PlaceKind
    action_uid: str | None = None  # for kind "action"
    field: str | None = None  # "evaluation", "narrative", "means", "preamble", ...
    uid: str | None = None  # an indicator, event or partner uid
    excerpt: str | None = None  # the text to select, when the finding is about words


@dataclass(frozen=True)
class Finding:
    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    severity: Severity = "warning"
    place: Place | None = None


FRENCH: dict[str, Template] = {}


def register_fr(templates: Mapping[str, Template]) -> None:
    """Add a module's French templates; a code registered twice must not change."""
    for code, template in templates.items():
        if code in FRENCH and FRENCH[code] is not template:
            raise ValueError(f"finding code registered twice: {code}")
        FRENCH[code] = template


def word_fr(finding: Finding) -> str:
    """The finding as one French sentence, for the command line."""
    template = FRENCH.get(finding.code)
    if template is None:  # a bug, but the user still learns something
        return f"{finding.code} {dict(finding.params)}"
    if callable(template):
        return template(finding.params)
    return template.format(**finding.params)


def plural_fr(count: int, singular: str, plural: str) -> str:
    """French plural: 0 and 1 take the singular."""
    return singular if abs(count) < 2 else plural


def words_fr(findings: Iterable[Finding]) -> list[str]:
    return [word_fr(f) for f in findings]
