"""What a report still lacks before it can be sent (used by ``mesdesk check`` and the GUI)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from mesdesk.model.entities import Report
from mesdesk.model.richtext import RichText

GapKind = Literal[
    "empty_preamble",
    "empty_evaluation",
    "empty_narrative",
    "empty_means",
    "over_target",
    "missing_indicator_value",
    "empty_conclusion",
]
Field = Literal["preamble", "evaluation", "narrative", "means", "conclusion"]


@dataclass(frozen=True)
class Gap:
    kind: GapKind
    action_number: str | None  # None for the préambule and the conclusion
    action_uid: str | None
    message: str  # French, for the command line; the GUI words it from the fields
    field: Field | None = None
    word_count: int | None = None
    target_words: int | None = None
    indicator_label: str | None = None
    indicator_uid: str | None = None  # with ``year``: which reference lacks its value
    year: int | None = None


def report_gaps(report: Report) -> list[Gap]:
    """Empty rubrics, sections over their length target and indicator references
    without a value for the report's year, in document order."""
    gaps: list[Gap] = []
    if report.preamble.is_empty():
        gaps.append(Gap("empty_preamble", None, None, "Préambule vide", field="preamble"))
    gaps += _missing_values(report, report.preamble, "preamble", None, None)
    for action in report.convention.actions:
        n = action.number
        text = report.find_text(action)
        if text is None:
            gaps.append(Gap("empty_evaluation", n, action.uid, f"{n} : rien n'est rédigé", field="evaluation"))
            continue
        for field, kind, label in (
            ("evaluation", "empty_evaluation", "évaluation vide"),
            ("narrative", "empty_narrative", "récit vide"),
            ("means", "empty_means", "moyens vides"),
        ):
            rich: RichText = getattr(text, field)
            if rich.is_empty():
                gaps.append(Gap(kind, n, action.uid, f"{n} : {label}", field=field))  # type: ignore[arg-type]
            gaps += _missing_values(report, rich, field, n, action.uid)  # type: ignore[arg-type]
        if text.over_target():
            words = text.word_count()
            gaps.append(
                Gap(
                    "over_target",
                    n,
                    action.uid,
                    f"{n} : {words} mots pour un objectif de {text.target_words}",
                    word_count=words,
                    target_words=text.target_words,
                )
            )
    gaps += _missing_values(report, report.conclusion, "conclusion", None, None)
    if report.conclusion.is_empty():
        gaps.append(Gap("empty_conclusion", None, None, "Conclusion vide", field="conclusion"))
    return gaps


def _missing_values(
    report: Report, rich: RichText, field: Field, number: str | None, uid: str | None
) -> Iterator[Gap]:
    """Indicator references whose year has no value yet (they export as « valeur manquante »)."""
    indicators = {ind.uid: ind for ind in report.convention.indicators}
    where = number or {"preamble": "Préambule", "conclusion": "Conclusion"}.get(field, field)
    for ref in rich.indicator_refs():
        year = ref.year or report.year
        indicator = indicators.get(ref.indicator)
        label = indicator.label if indicator else ref.indicator
        if indicator is None or indicator.value_for(year) is None:
            yield Gap(
                "missing_indicator_value",
                number,
                uid,
                f"{where} : pas de valeur {year} pour l'indicateur « {label} »",
                field=field,
                indicator_label=label,
                indicator_uid=ref.indicator,
                year=year,
            )
