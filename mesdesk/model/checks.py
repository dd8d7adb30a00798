"""What a report still lacks before it can be sent (used by ``mesdesk check`` and the GUI)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mesdesk.model.entities import Report

GapKind = Literal["empty_evaluation", "empty_means", "empty_narrative", "over_target", "empty_preamble", "empty_conclusion"]


@dataclass(frozen=True)
class Gap:
    kind: GapKind
    action_number: str | None  # None for the préambule and the conclusion
    action_uid: str | None
    message: str


def report_gaps(report: Report) -> list[Gap]:
    """Empty evaluations or means, sections over their length target, in document order."""
    gaps: list[Gap] = []
    if report.preamble.is_empty():
        gaps.append(Gap("empty_preamble", None, None, "Préambule vide"))
    texts = {t.action_id: t for t in report.texts}
    for action in report.convention.actions:
        n = action.number
        text = texts.get(action.id)
        if text is None:
            gaps.append(Gap("empty_evaluation", n, action.uid, f"{n} : rien n'est rédigé"))
            continue
        if text.evaluation.is_empty():
            gaps.append(Gap("empty_evaluation", n, action.uid, f"{n} : évaluation vide"))
        if text.narrative.is_empty():
            gaps.append(Gap("empty_narrative", n, action.uid, f"{n} : récit vide"))
        if text.means.is_empty():
            gaps.append(Gap("empty_means", n, action.uid, f"{n} : moyens vides"))
        if text.over_target():
            gaps.append(
                Gap(
                    "over_target",
                    n,
                    action.uid,
                    f"{n} : {text.word_count()} mots pour un objectif de {text.target_words}",
                )
            )
    if report.conclusion.is_empty():
        gaps.append(Gap("empty_conclusion", None, None, "Conclusion vide"))
    return gaps
