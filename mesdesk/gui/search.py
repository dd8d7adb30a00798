"""Finding text across a whole report (no Qt: the search itself is plain Python).

Matching ignores case and accents, as a French writer expects: « evenement » finds
« Événement ». Each match says where it is (a node of the outline and a field) and
which occurrence in that field it is, so the window can select it in the editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, overload

from mesdesk.model.entities import Report
from mesdesk.model.richtext import RichText
from mesdesk.model.text_replace import SearchOptions, fold_with_map, match_spans

CONTEXT = 40  # characters shown on each side of a match in the results list


@overload
def fold(text: str, with_map: Literal[False] = False) -> str: ...
@overload
def fold(text: str, with_map: Literal[True]) -> tuple[str, list[int]]: ...


def fold(text: str, with_map: bool = False) -> str | tuple[str, list[int]]:
    """Lower-case without accents; with ``with_map``, the source index of each character."""
    result, mapping = fold_with_map(text)
    return (result, mapping) if with_map else result


@dataclass(frozen=True)
class Match:
    node: tuple[str, ...]  # the outline key: ("preamble",), ("action", uid)…
    field: str  # "preamble", "evaluation", "narrative", "means", "conclusion", "indicator", "event",
    # "partner", "body"
    occurrence: int  # index of this match among the field's matches
    context: str  # the text around the match, for the results list
    row_uid: str | None = None  # the indicator, event, partner or body, for table fields
    number: str = ""  # the action number, for display


def _snippet(text: str, start: int, length: int) -> str:
    begin = max(0, start - CONTEXT)
    end = min(len(text), start + length + CONTEXT)
    snippet = text[begin:end].replace("\n", " ¶ ")
    return ("…" if begin else "") + snippet + ("…" if end < len(text) else "")


def find_in_report(report: Report, query: str, options: SearchOptions = SearchOptions()) -> list[Match]:
    """Every match of ``query`` in the report, in document order (case and accents
    ignored unless ``options`` say otherwise)."""
    needle = query.strip()
    if not needle:
        return []
    matches: list[Match] = []

    def scan(node: tuple[str, ...], field: str, text: str, number: str = "", row_uid: str | None = None,
             first_occurrence: int = 0) -> int:
        starts = [start for start, _end in match_spans(text, needle, options)]
        for k, start in enumerate(starts):
            matches.append(Match(node, field, first_occurrence + k, _snippet(text, start, len(query.strip())),
                                 row_uid, number))
        return len(starts)

    def rich(node: tuple[str, ...], field: str, value: RichText, number: str = "") -> None:
        scan(node, field, value.plain_text(), number)

    rich(("preamble",), "preamble", report.preamble)
    texts = {t.action_id: t for t in report.texts}
    convention = report.convention
    for action in convention.actions:
        node = ("action", action.uid)
        number = action.number
        scan(node, "title", action.title, number)
        text = texts.get(action.id)
        if text is not None:
            rich(node, "evaluation", text.evaluation, number)
            rich(node, "narrative", text.narrative, number)
            rich(node, "means", text.means, number)
        for indicator in convention.indicators:
            if indicator.action is action:
                scan(node, "indicator", indicator.label, number, indicator.uid)
        for event in report.events:
            if event.action is action:
                scan(node, "event", event.title, number, event.uid)
    rich(("conclusion",), "conclusion", report.conclusion)
    # Rows of no action (listed under « Sans action ») and the convention's partners and bodies.
    for indicator in convention.indicators:
        if indicator.action is None:
            scan(("unassigned",), "indicator", indicator.label, "", indicator.uid)
    for event in report.events:
        if event.action is None:
            scan(("unassigned",), "event", event.title, "", event.uid)
    for partner in convention.partners:
        scan(("partners",), "partner", partner.name, "", partner.uid)
    for body in convention.bodies:
        scan(("partners",), "body", body.name, "", body.uid)
    return matches
