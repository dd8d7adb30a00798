"""What a report still lacks before it can be sent (used by ``mesdesk check`` and the GUI).

One list for both: the command line prints each gap's French ``message``, the GUI words
the same gaps from their fields through ``tr()`` (``mesdesk/gui/check_panel.py``).

Besides empty rubrics and missing figures, a report carried over from last year's
(``carry_over.py``) is not done while it still reads as last year's: texts still « à
actualiser », actions not validated, a préambule or conclusion left as last year's, the
previous year named as if it were this one (« pour l'année 2024 » in the 2025 report), no
event of the year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Literal

from mesdesk.model.entities import FIELD_LABELS_FR, STATUS_LABELS_FR, Action, Report, Status
from mesdesk.model.findings import Finding, Place, register_fr, word_fr
from mesdesk.model.page_estimate import estimate_pages
from mesdesk.model.richtext import Footnote, IndicatorRef, RichText, Text

GapKind = Literal[
    "empty_preamble",
    "same_preamble",
    "to_update",
    "not_validated",
    "empty_evaluation",
    "empty_narrative",
    "empty_means",
    "over_target",
    "missing_indicator_value",
    "previous_year",
    "empty_conclusion",
    "same_conclusion",
    "no_event",
    "over_page_limit",
    "means_no_actual",
    "means_gap_unexplained",
    "means_no_valuation_method",
]
Field = Literal["preamble", "evaluation", "narrative", "means", "conclusion"]

# Characters of context shown around a year named in the text.
EXCERPT_BEFORE = 32
EXCERPT_AFTER = 24


@dataclass(frozen=True)
class Gap:
    kind: GapKind
    action_number: str | None  # None for the préambule, the conclusion and the events
    action_uid: str | None
    message: str  # French, for the command line; the GUI words it from the fields
    field: Field | None = None
    word_count: int | None = None
    target_words: int | None = None
    indicator_label: str | None = None
    indicator_uid: str | None = None  # with ``year``: which reference lacks its value
    year: int | None = None  # the missing value's year; the year named (« previous_year »)
    status: Status | None = None  # « not_validated »: the action's status
    excerpt: str | None = None  # « previous_year »: the words around the year
    occurrence: int = 0  # which chip of the indicator (missing value) or match of the year, in the field
    code: str = ""  # the finding's code (« check.… ») and its parameters: how the gap is worded
    params: Mapping[str, object] = dc_field(default_factory=dict)

    def finding(self) -> Finding:
        """The gap as a finding: the command line words it in French, the GUI in its language."""
        if self.action_uid is not None:
            place = Place("action", action_uid=self.action_uid, field=self.field)
        elif self.kind == "no_event":
            place = Place("event")
        elif self.kind == "over_page_limit":
            place = Place("document")
        else:
            place = Place(self.field or "document", field=self.field)  # type: ignore[arg-type]  # the field names a part of the report here
        return Finding(self.code, self.params, "warning", place)


def _gap(kind: GapKind, code: str, params: Mapping[str, object], action: Action | None = None,
         **fields: object) -> Gap:
    """A gap with its French message worded from its finding (one wording for both)."""
    code = "check." + code
    message = word_fr(Finding(code, params))
    return Gap(kind, action.number if action else None, action.uid if action else None, message,
               code=code, params=params, **fields)  # type: ignore[arg-type]  # each caller passes Gap's own fields


def report_gaps(report: Report) -> list[Gap]:
    """Everything left to do before sending the report, in document order; an empty list
    means the report is complete."""
    previous = _previous_report(report)
    gaps: list[Gap] = []
    missing_seen: set[tuple[str, int]] = set()  # each missing value once, where first cited
    if report.preamble.is_empty():
        gaps.append(_gap("empty_preamble", "empty_preamble", {}, field="preamble"))
    elif previous is not None and _same_text(report, previous, "preamble"):
        gaps.append(_gap("same_preamble", "same_preamble", {"previous": previous.year, "year": report.year},
                         field="preamble", year=previous.year))
    gaps += _field_gaps(report, report.preamble, "preamble", None, missing_seen, previous is not None)
    for action in report.convention.actions:
        n = action.number
        text = report.find_text(action)
        if text is None:
            gaps.append(_gap("empty_evaluation", "nothing_written", {"number": n}, action, field="evaluation"))
            continue
        if text.to_update:
            gaps.append(_gap("to_update", "to_update", {"number": n}, action))
        if text.status is not Status.VALIDATED:
            gaps.append(_gap("not_validated", "not_validated", {"number": n, "status": text.status.value}, action,
                             status=text.status))
        for name, kind in (("evaluation", "empty_evaluation"), ("narrative", "empty_narrative"), ("means", "empty_means")):
            rich: RichText = getattr(text, name)
            if rich.is_empty():
                gaps.append(_gap(kind, kind, {"number": n}, action, field=name))  # type: ignore[arg-type]  # name is one of Field's values
            gaps += _field_gaps(report, rich, name, action, missing_seen, previous is not None)  # type: ignore[arg-type]  # name is one of Field's values
        if text.over_target():
            words = text.word_count()
            gaps.append(_gap("over_target", "over_target", {"number": n, "words": words, "target": text.target_words},
                             action, word_count=words, target_words=text.target_words))
        gaps += _means_gaps(report, action)
    gaps += _field_gaps(report, report.conclusion, "conclusion", None, missing_seen, previous is not None)
    if report.conclusion.is_empty():
        gaps.append(_gap("empty_conclusion", "empty_conclusion", {}, field="conclusion"))
    elif previous is not None and _same_text(report, previous, "conclusion"):
        gaps.append(_gap("same_conclusion", "same_conclusion", {"previous": previous.year, "year": report.year},
                         field="conclusion", year=previous.year))
    gaps += _means_gaps(report, None)
    if _volunteer_hours(report) and not report.valuation_method.strip():
        gaps.append(_gap("means_no_valuation_method", "means_no_valuation_method", {"year": report.year}))
    if not any(_in_year(event.start_date, event.end_date, report.year) for event in report.events):
        gaps.append(_gap("no_event", "no_event", {"year": report.year}, year=report.year))
    limit = report.convention.page_limit
    if limit is not None:
        pages = estimate_pages(report).pages
        if pages > limit:
            gaps.append(_gap("over_page_limit", "over_page_limit", {"pages": pages, "limit": limit}))
    return gaps


def _field_fr(params: Mapping[str, object]) -> str:
    """The field's French name: « récit » after an action's number, « Préambule » alone."""
    label = FIELD_LABELS_FR.get(str(params["field"]), str(params["field"]))
    return label if "number" in params else label.capitalize()


register_fr({
    "check.empty_preamble": "Préambule vide",
    "check.same_preamble": "Préambule identique à celui de {previous} : à réécrire pour {year}",
    "check.nothing_written": "{number} : rien n'est rédigé",
    "check.to_update": "{number} : texte repris de l'an dernier, toujours « à actualiser »",
    "check.not_validated": lambda p: (
        f"{p['number']} : statut « {STATUS_LABELS_FR[Status(p['status'])]} », pas encore validé"
    ),
    "check.empty_evaluation": "{number} : évaluation vide",
    "check.empty_narrative": "{number} : récit vide",
    "check.empty_means": "{number} : moyens vides",
    "check.over_target": "{number} : {words} mots pour un objectif de {target}",
    "check.missing_value_in_action": "{number} : pas de valeur {year} pour l'indicateur « {indicator} »",
    "check.missing_value_in_part": lambda p: (
        f"{_field_fr(p)} : pas de valeur {p['year']} pour l'indicateur « {p['indicator']} »"
    ),
    "check.previous_year_in_action": lambda p: (
        f"{p['number']}, {_field_fr(p)} : « {p['excerpt']} » nomme {p['year']}, l'année précédente"
    ),
    "check.previous_year_in_part": lambda p: (
        f"{_field_fr(p)} : « {p['excerpt']} » nomme {p['year']}, l'année précédente"
    ),
    "check.empty_conclusion": "Conclusion vide",
    "check.same_conclusion": "Conclusion identique à celle de {previous} : à réécrire pour {year}",
    "check.no_event": "Aucun événement daté de {year}",
    "check.over_page_limit": "Environ {pages} pages estimées pour {limit} autorisées par la convention : à raccourcir",
    "check.means_no_actual": "{number} : pas de montant réalisé pour « {label} »",
    "check.means_no_actual_in_report": "Budget du bilan : pas de montant réalisé pour « {label} »",
    "check.means_gap_unexplained": "{number} : écart de {percent} % sur « {label} », sans explication",
    "check.means_gap_unexplained_in_report": "Budget du bilan : écart de {percent} % sur « {label} », sans explication",
    "check.means_no_valuation_method": "Heures bénévoles en {year} sans méthode de valorisation écrite",
})


def _means_gaps(report: Report, action: Action | None) -> Iterator[Gap]:
    """Budget and funding lines of one action (None: of the whole report) without their
    actual, and budget gaps past ``GAP_THRESHOLD`` left unexplained."""
    suffix = "" if action is not None else "_in_report"
    number = {"number": action.number} if action is not None else {}
    for line in report.budget_lines:
        if line.action is not action:
            continue
        label = line.label or line.account
        if line.actual is None:
            yield _gap("means_no_actual", "means_no_actual" + suffix, {**number, "label": label}, action)
        elif line.needs_explanation():
            percent = round(100 * (line.gap_ratio or 0))
            yield _gap("means_gap_unexplained", "means_gap_unexplained" + suffix,
                       {**number, "label": label, "percent": f"{percent:+d}"}, action)
    for funding in report.funding_lines:
        if funding.action is action and funding.obtained is None:
            yield _gap("means_no_actual", "means_no_actual" + suffix, {**number, "label": funding.funder}, action)


def _volunteer_hours(report: Report) -> bool:
    """Whether the report counts any volunteer time (people or in-kind volunteering)."""
    return any(p.volunteer_hours for p in report.people_lines) or any(
        k.kind == "benevolat" and k.quantity for k in report.in_kind_lines
    )


def _field_gaps(report: Report, rich: RichText, field: Field, action: Action | None,
                missing_seen: set[tuple[str, int]], follows_previous: bool) -> Iterator[Gap]:
    yield from _missing_values(report, rich, field, action, missing_seen)
    if follows_previous:
        yield from _previous_year_named(report, rich, field, action)


def _missing_values(report: Report, rich: RichText, field: Field, action: Action | None,
                    missing_seen: set[tuple[str, int]]) -> Iterator[Gap]:
    """Indicator references whose year has no value yet (they export as « valeur manquante »),
    each (indicator, year) once: where it is first cited."""
    indicators = {ind.uid: ind for ind in report.convention.indicators}
    number = action.number if action is not None else None
    chips: dict[str, int] = {}  # chips of each indicator met so far in this field
    for ref in rich.indicator_refs():
        chip = chips.get(ref.indicator, 0)
        chips[ref.indicator] = chip + 1
        year = ref.year or report.year
        indicator = indicators.get(ref.indicator)
        if indicator is not None and indicator.value_for(year) is not None:
            continue
        if (ref.indicator, year) in missing_seen:
            continue
        missing_seen.add((ref.indicator, year))
        label = indicator.label if indicator else ref.indicator
        params: dict[str, object] = {"field": field, "year": year, "indicator": label}
        if number:
            params["number"] = number
        yield _gap(
            "missing_indicator_value",
            "missing_value_in_action" if number else "missing_value_in_part",
            params,
            action,
            field=field,
            indicator_label=label,
            indicator_uid=ref.indicator,
            year=year,
            occurrence=chip,
        )


def _previous_year_named(report: Report, rich: RichText, field: Field, action: Action | None) -> Iterator[Gap]:
    """The previous year named on its own (« pour l'année 2024 »), not as part of a period
    (« 2024-2026 », « 2023–2024 ») nor in a comparison (« contre 52 000 en 2024 »): most
    often a sentence of last year's text left as it was.

    Only for a report that follows another of the workspace (its texts came from there);
    a first report rightly tells what happened the year before."""
    year = str(report.year - 1)
    pattern = _year_pattern(year)
    text = editor_text(rich)
    number = action.number if action is not None else None
    for match in pattern.finditer(text):
        if _in_period(text, match.start(), match.end()) or _in_comparison(text, match.start()):
            continue
        excerpt = _excerpt(text, match.start(), match.end())
        # The editor finds plain substrings: count every earlier « 2024 », periods included.
        occurrence = text.count(year, 0, match.start())
        params: dict[str, object] = {"field": field, "year": report.year - 1, "excerpt": excerpt}
        if number:
            params["number"] = number
        yield _gap(
            "previous_year",
            "previous_year_in_action" if number else "previous_year_in_part",
            params,
            action,
            field=field,
            year=report.year - 1,
            excerpt=excerpt,
            occurrence=occurrence,
        )


def editor_text(rich: RichText) -> str:
    """The text as the editor shows it: paragraphs on lines, no notes, one mark per chip."""
    lines = []
    for content in rich.paragraph_contents():
        parts = []
        for inline in content:
            if isinstance(inline, Text):
                parts.append(inline.text)
            elif isinstance(inline, (IndicatorRef, Footnote)):
                parts.append("\ufffc")  # neither holds words of the text itself
        lines.append("".join(parts))
    return "\n".join(lines)


_DASH = r"\s*[-\u2010\u2011\u2012\u2013\u2014/]\s*"
# « 2023-2024 », « 2024–26 », « 2023/2024 », and in words « entre 2023 et 2024 », « de 2024 à 2026 ».
_PERIOD_BEFORE = re.compile(r"((?<!\d)\d{4}" + _DASH + r"|\b(entre|de) \d{4} (et|à) )$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"^(" + _DASH + r"(\d{4}|\d{2})(?!\d)| (et|à) \d{4}(?!\d))")


def _year_pattern(year: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d,.]){year}(?![\d]|[.,]\d)")


def _in_period(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 14):start], text[end:end + 8]
    if _PERIOD_AFTER.match(after):
        # « de 2024 à 2026 », « entre 2024 et 2025 », not « en 2024 et 2025 » nor « 2024 à 2026 » alone
        return not after.lstrip().startswith(("et", "à")) or bool(re.search(r"\b(entre|de) $", before, re.I))
    return bool(_PERIOD_BEFORE.search(before))


# Words that make the previous year a point of comparison, in the clause before it.
_COMPARISON = re.compile(r"\b(contre|qu['’]en|par rapport|compar\w*|depuis)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?()\n]")


def _in_comparison(text: str, start: int) -> bool:
    clause = _CLAUSE_END.split(text[max(0, start - 60):start])[-1]
    return bool(_COMPARISON.search(clause))


def _excerpt(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    begin = max(line_start, start - EXCERPT_BEFORE)
    finish = min(line_end, end + EXCERPT_AFTER)
    if begin > line_start:  # start on a word
        space = text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else begin
    if finish < line_end:
        space = text.rfind(" ", end, finish)
        finish = space if space >= 0 else finish
    shown = text[begin:finish].replace("\ufffc", "[…]").strip()
    return ("…" if begin > line_start else "") + shown + ("…" if finish < line_end else "")


def _previous_report(report: Report) -> Report | None:
    earlier = [r for r in report.convention.reports if r.year < report.year]
    return max(earlier, key=lambda r: r.year, default=None)


def _same_text(report: Report, previous: Report, field: Field) -> bool:
    """The préambule or conclusion still last year's: the same words, or the same words as the
    carry-over copied them (figures turned into references to this year's value)."""
    from mesdesk.model.carry_over import carried_text

    current: RichText = getattr(report, field)
    old: RichText = getattr(previous, field)
    if old.is_empty():
        return False
    carried = carried_text(report.convention, previous.year, old, None, field)
    return _words(current) in (_words(old), _words(carried))


def _words(rich: RichText) -> str:
    """A text's words and references, whatever the runs' splitting, marks and spacing."""
    parts = []
    for content in rich.paragraph_contents():
        for inline in content:
            if isinstance(inline, Text):
                parts.append(inline.text)
            elif isinstance(inline, IndicatorRef):
                parts.append(f" [{inline.indicator} {inline.year or ''}] ")
            elif isinstance(inline, Footnote):
                parts.append(" [" + "".join(t.text for t in inline.content) + "] ")
        parts.append("\n")
    return " ".join("".join(parts).split())


def _in_year(start: dt.date | None, end: dt.date | None, year: int) -> bool:
    """An event dated in ``year``: it starts, ends or runs through it."""
    if start is None and end is None:
        return False
    first_date = start or end
    last_date = end or start
    assert first_date is not None and last_date is not None
    return first_date.year <= year <= last_date.year


# -- approvals ----------------------------------------------------------------------------------

def approval_findings(report: Report) -> list[Finding]:
    """The sections not approved yet and those changed since their approval (« à revoir »),
    in document order. Listed apart from ``report_gaps``: a report can be complete and
    still wait for the board's approval. While nothing at all is approved, one line says
    how many sections wait, rather than one line per section."""
    from mesdesk.model.approvals import approval_for, local_date
    from mesdesk.model.sections import report_sections, section_action

    sections = report_sections(report)
    if not any(approval_for(report, s) is not None for s in sections):
        return [Finding("check.none_approved", {"count": len(sections)}, "info", Place("document"))]
    found: list[Finding] = []
    for section in sections:
        action = section_action(report, section)
        params: dict[str, object] = {"number": action.number} if action is not None else {"field": section.kind}
        place = (Place("action", action_uid=section.action_uid) if action is not None
                 else Place(section.kind, field=section.kind))
        approval = approval_for(report, section)
        if approval is None:
            code = "check.not_approved" if action is not None else "check.not_approved_part"
            found.append(Finding(code, params, "warning", place))
        elif approval.changed_at is not None:
            code = "check.approval_to_review" if action is not None else "check.approval_to_review_part"
            found.append(Finding(code, {**params, "by": approval.approved_by,
                                        "date": local_date(approval.changed_at).isoformat()}, "warning", place))
    return found


def _on(params: Mapping[str, object]) -> str:
    from mesdesk.model.french import long_date

    return long_date(dt.date.fromisoformat(str(params["date"])))


register_fr({
    "check.none_approved": lambda p: f"Aucune section validée : {p['count']} à faire valider",
    "check.not_approved": "{number} : en attente de validation",
    "check.not_approved_part": lambda p: f"{_field_fr(p)} : en attente de validation",
    "check.approval_to_review": lambda p: (
        f"{p['number']} : texte modifié le {_on(p)} après la validation de {p['by']}, à revoir"
    ),
    "check.approval_to_review_part": lambda p: (
        f"{_field_fr(p)} : texte modifié le {_on(p)} après la validation de {p['by']}, à revoir"
    ),
})
