"""Which part of the report each section of the reviewed file is.

An action is matched by its number AND its title. A reviewer may have moved a section
(same title, another number) or retitled it (same number, another title): each is then
matched by the one that still agrees (the title first: numbers shift when a section
moves) and the match is reported. A section matching nothing is listed with what it
holds, never dropped.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from mesdesk.exchange.docx_import.shape import ShapedAction, ShapedReport
from mesdesk.model.entities import Action, Report
from mesdesk.model.findings import Finding, Place
from mesdesk.model.folding import fold
from mesdesk.model.richtext import RichText

TITLE_SIMILAR = 0.8  # difflib ratio above which two titles are the same title retouched


@dataclass
class Section:
    """One field of the file and the part of the report it is."""

    action: Action | None  # None: the préambule or the conclusion
    field: str
    text: RichText  # with the reviewers' marks (ReviewAnchor points)
    label: str  # "1.2", "préambule", "conclusion"


@dataclass
class Unmatched:
    label: str  # the number as written in the file
    title: str
    texts: list[tuple[str, RichText]]  # (field, text with marks)


def _same_title(a: str, b: str) -> float:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return 1.0
    return difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio()


def match_sections(shaped: ShapedReport, report: Report) -> tuple[list[Section], list[Unmatched], list[Finding]]:
    """The file's sections matched to the report's actions; what did not match; what was deduced."""
    actions = report.convention.actions
    by_number = {a.number: a for a in actions}
    found: dict[int, Action] = {}  # id(shaped action) → action
    taken: set[int] = set()
    notes: list[Finding] = []
    shaped_actions = shaped.actions

    def take(sa: ShapedAction, action: Action) -> None:
        found[id(sa)] = action
        taken.add(id(action))

    # 1. Number and title agree.
    for sa in shaped_actions:
        action = by_number.get(sa.label)
        if action is not None and id(action) not in taken and _same_title(sa.title, action.title) >= TITLE_SIMILAR:
            take(sa, action)
    # 2. The title agrees, the number not: the section moved.
    for sa in shaped_actions:
        if id(sa) in found:
            continue
        best = max(
            (a for a in actions if id(a) not in taken), key=lambda a: _same_title(sa.title, a.title), default=None
        )
        if best is not None and _same_title(sa.title, best.title) >= TITLE_SIMILAR:
            take(sa, best)
            notes.append(Finding("review_import.action_moved", {"document": sa.label, "number": best.number,
                                                                  "title": best.title}, "guess",
                                 Place("action", action_uid=best.uid)))
    # 3. The number agrees, the title not: the section was retitled.
    for sa in shaped_actions:
        if id(sa) in found:
            continue
        action = by_number.get(sa.label)
        if action is not None and id(action) not in taken:
            take(sa, action)
            notes.append(Finding("review_import.action_renamed", {"number": action.number, "document": sa.title,
                                                                    "title": action.title}, "guess",
                                 Place("action", action_uid=action.uid)))
    sections = [Section(None, "preamble", shaped.preamble, "préambule")]
    unmatched: list[Unmatched] = []
    for sa in shaped_actions:
        texts = [("evaluation", RichText(tuple(sa.evaluation))), ("narrative", RichText(tuple(sa.narrative))),
                 ("means", RichText(tuple(sa.means)))]
        action = found.get(id(sa))
        if action is None:
            unmatched.append(Unmatched(sa.label, sa.title, texts))
            continue
        sections += [Section(action, name, text, action.number) for name, text in texts]
    sections.append(Section(None, "conclusion", shaped.conclusion, "conclusion"))
    return sections, unmatched, notes


def matched_share(shaped: ShapedReport, report: Report) -> float:
    """How much of the file's actions the report has (by number and title, or title alone)."""
    shaped_actions = shaped.actions
    if not shaped_actions:
        return 1.0
    titles = [a.title for a in report.convention.actions]
    hits = sum(1 for sa in shaped_actions if any(_same_title(sa.title, t) >= TITLE_SIMILAR for t in titles))
    return hits / len(shaped_actions)
