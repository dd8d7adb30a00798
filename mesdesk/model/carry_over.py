"""Next year's report started from last year's (« Nouveau bilan à partir de … »).

The new report has the convention's actions with last year's evaluation, narrative and
means copied as drafts to bring up to date (status « brouillon », ``to_update`` set —
shown « à actualiser »), the préambule and conclusion copied too, no events, the title
« Bilan {year} » and no date. The means lines are copied with their actuals emptied
and flagged (``means.carry_means``). Indicator values stay per year: nothing is copied, so the
previous year's value shows beside the new, empty one.

Review comments still open go with the text they sit on (new uids, the marks renamed),
with their replies; resolved ones stay in last year's report and their marks are taken
out of the copied text.

Figures in last year's text that quote an indicator's value for that year (« 52 464
visites », however the thousands are spaced) are listed for update and replaced by an
``IndicatorRef`` to the same indicator for the report's own year, so the export shows
the new year's value once it is entered (and « [valeur manquante] » until then).

A figure is taken as a quote only when it is unambiguous: its value belongs to one
indicator of the action (or of the convention, for the préambule and conclusion), and a
small number (below 1 000) must also stand next to a word of that indicator's label or
unit (« 4 lettres d'information »), so « 4 axes de travail » is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from mesdesk.model.entities import FIELD_LABELS_FR, Action, ActionText, Convention, Indicator, Report, Status, new_uid
from mesdesk.model.findings import Finding, Place, plural_fr, register_fr, word_fr, words_fr
from mesdesk.model.folding import fold
from mesdesk.model.french import url_spans
from mesdesk.model.means import carry_means
from mesdesk.model.review import ACTION_FIELDS, REPORT_FIELDS, Comment, threads
from mesdesk.model.richtext import (
    Block,
    Footnote,
    IndicatorRef,
    Inline,
    ListBlock,
    ListItem,
    Paragraph,
    RichText,
    Text,
)

TO_UPDATE_LABEL = "à actualiser"

# Below this, a number is common in prose (« 4 axes », « 12 février »): a quote needs context.
DISTINCTIVE_FROM = 1000
# Words looked at around a figure, within its clause (cut at punctuation and other numbers).
BEFORE_WORDS = 2
AFTER_WORDS = 3
_CLAUSE_CUT = re.compile(r"[,;.()\[\]]|\d")

_FIGURE = re.compile(
    r"(?<![\w.,/:#-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?![\w]|[.,]\d)"
)
_WORD = re.compile(r"[^\W\d_]+|%")
_STOP_WORDS = frozenset(
    "de des du la le les l d un une et en au aux à a pour par sur dans avec ou ont été est sont qui que".split()
)


class CarryOverError(ValueError):
    """A new report that cannot be made (year outside the convention, already reported…)."""


@dataclass(frozen=True)
class FlaggedFigure:
    """A figure of last year's text that quotes an indicator: to be brought up to date."""

    action_number: str | None  # None for the préambule or the conclusion
    action_uid: str | None
    field: str  # "evaluation", "narrative", "means", "preamble", "conclusion"
    figure: str  # as written: « 52 464 »
    indicator_uid: str
    indicator_label: str
    converted: bool  # replaced by a reference to the indicator (False inside a footnote or a link)

    def finding(self) -> Finding:
        """The figure as a finding: where it is (one click away in the GUI), what it quotes."""
        manual = "" if self.converted else "manual_"
        params: dict[str, object] = {"field": self.field, "figure": self.figure, "indicator": self.indicator_label}
        if self.action_number:
            params["number"] = self.action_number
            code = f"carry_over.{manual}figure_in_action"
        else:
            code = f"carry_over.{manual}figure_in_part"
        kind = "action" if self.action_uid else self.field
        place = Place(kind, action_uid=self.action_uid, field=self.field, uid=self.indicator_uid,  # type: ignore[arg-type]  # kind is one of Place's kinds
                      excerpt=self.figure)
        return Finding(code, params, "warning" if self.converted else "error", place)

    def describe_fr(self) -> str:
        return word_fr(self.finding())




def _field_fr(params: Mapping[str, object], capital: bool = False) -> str:
    label = FIELD_LABELS_FR.get(str(params["field"]), str(params["field"]))
    return label.capitalize() if capital else label


register_fr({
    "carry_over.created": "Bilan {year} créé à partir du bilan {source_year} : {actions} action(s).",
    "carry_over.texts_copied": lambda p: (
        f"{p['count']} {plural_fr(int(p['count']), 'texte repris', 'textes repris')} en brouillon "  # type: ignore[call-overload]  # count is an int parameter
        f"« {TO_UPDATE_LABEL} » jusqu'à ce que leur état change ; aucun événement repris."
    ),
    "carry_over.figures": lambda p: (
        f"{p['count']} {plural_fr(int(p['count']), 'chiffre', 'chiffres')} d'indicateur de l'an dernier, à vérifier :"  # type: ignore[call-overload]  # count is an int parameter
    ),
    "carry_over.no_figures": "Aucun chiffre d'indicateur repéré dans les textes.",
    "carry_over.comments_carried": lambda p: (
        f"{p['count']} {plural_fr(int(p['count']), 'commentaire de relecture non résolu repris', 'commentaires de relecture non résolus repris')} "  # type: ignore[call-overload]  # count is an int parameter
        "avec les réponses."
    ),
    "carry_over.comments_left": lambda p: (
        f"{p['count']} {plural_fr(int(p['count']), 'commentaire résolu laissé', 'commentaires résolus laissés')} "  # type: ignore[call-overload]  # count is an int parameter
        f"dans le bilan {p['source_year']}."
    ),
    "carry_over.figure_in_action": lambda p: f"{p['number']}, {_field_fr(p)} : « {p['figure']} » = {p['indicator']}",
    "carry_over.figure_in_part": lambda p: f"{_field_fr(p, True)} : « {p['figure']} » = {p['indicator']}",
    "carry_over.manual_figure_in_action": lambda p: (
        f"{p['number']}, {_field_fr(p)} : « {p['figure']} » = {p['indicator']} (à corriger à la main)"
    ),
    "carry_over.manual_figure_in_part": lambda p: (
        f"{_field_fr(p, True)} : « {p['figure']} » = {p['indicator']} (à corriger à la main)"
    ),
})


@dataclass
class CarryOverSummary:
    report: Report
    year: int
    source_year: int
    actions: int = 0
    texts_copied: int = 0
    figures: list[FlaggedFigure] = field(default_factory=list)
    comments_carried: int = 0  # open review comments taken along (replies not counted)
    comments_left: int = 0  # resolved ones left in last year's report

    def heading(self) -> list[Finding]:
        """What was carried over, before the list of figures."""
        out = [
            Finding("carry_over.created", {"year": self.year, "source_year": self.source_year, "actions": self.actions},
                    "info"),
            Finding("carry_over.texts_copied", {"count": self.texts_copied}, "info"),
        ]
        if self.figures:
            out.append(Finding("carry_over.figures", {"count": len(self.figures)}, "info"))
        else:
            out.append(Finding("carry_over.no_figures", {}, "info"))
        if self.comments_carried:
            out.append(Finding("carry_over.comments_carried", {"count": self.comments_carried}, "info"))
        if self.comments_left:
            out.append(Finding("carry_over.comments_left", {"count": self.comments_left,
                                                            "source_year": self.source_year}, "info"))
        return out

    def findings(self) -> list[Finding]:
        """The whole summary as findings: the heading, then one per figure, in text order."""
        return self.heading() + [f.finding() for f in self.figures]

    def format_fr(self) -> str:
        heading = words_fr(self.heading())
        return "\n".join([*heading, *(f"  - {f.describe_fr()}" for f in self.figures)])


def new_report_from(convention: Convention, year: int, source_year: int) -> CarryOverSummary:
    """Create the ``year`` report of ``convention`` from its ``source_year`` report.

    The report is appended to ``convention.reports`` (the caller's session commits);
    raises ``CarryOverError`` with a message for the user.
    """
    if year not in convention.years:
        raise CarryOverError(
            f"{year} est hors de la convention ({convention.first_year}–{convention.last_year}) : "
            "prolongez la convention ou choisissez une autre année."
        )
    if convention.report_for(year) is not None:
        raise CarryOverError(f"Le bilan {year} existe déjà : ouvrez-le plutôt que d'en créer un nouveau.")
    source = convention.report_for(source_year)
    if source is None:
        years = ", ".join(str(r.year) for r in convention.reports) or "aucun"
        raise CarryOverError(f"Il n'y a pas de bilan {source_year} à reprendre (bilans existants : {years}).")
    if source_year == year:
        raise CarryOverError("Le nouveau bilan doit porter sur une autre année que celui qu'il reprend.")

    finder = _FigureFinder(convention, source_year)
    report = Report(year=year, title=f"Bilan {year}", support_line=source.support_line, report_date=None)
    summary = CarryOverSummary(report=report, year=year, source_year=source_year)
    report.preamble = finder.convert(source.preamble, None, "preamble", summary.figures)
    report.conclusion = finder.convert(source.conclusion, None, "conclusion", summary.figures)
    texts = {id(text.action): text for text in source.texts}
    for action in convention.actions:
        summary.actions += 1
        old = texts.get(id(action))
        new = ActionText(action=action, status=Status.TO_WRITE, to_update=False)
        if old is not None:
            new.target_words = old.target_words
            new.evaluation = finder.convert(old.evaluation, action, "evaluation", summary.figures)
            new.narrative = finder.convert(old.narrative, action, "narrative", summary.figures)
            new.means = finder.convert(old.means, action, "means", summary.figures)
            if not (new.evaluation.is_empty() and new.narrative.is_empty() and new.means.is_empty()):
                new.status = Status.DRAFT
                new.to_update = True
                summary.texts_copied += 1
        report.texts.append(new)
    carry_means(source, report)  # the means lines, actuals emptied and flagged
    _carry_comments(source, report, summary)
    convention.reports.append(report)
    return summary


def _carry_comments(source: Report, report: Report, summary: CarryOverSummary) -> None:
    """Copy the open comments of ``source`` (and their replies) to ``report``, whose texts
    are copies of the source's: marks renamed to the copies' uids, the others removed."""
    names: dict[str, str] = {}
    for top, replies in threads(source):
        if top.resolved:
            summary.comments_left += 1
            continue
        summary.comments_carried += 1
        copy = _copy(top, names)
        report.comments.append(copy)
        for reply in replies:
            answer = _copy(reply, names)
            report.comments.append(answer)
            answer.parent = copy

    def carry(rich: RichText | None) -> RichText | None:
        if rich is None:  # a text not flushed yet has no column default
            return rich
        kept = rich.without_comments(rich.comment_ids() - set(names))
        return kept.renamed_comments(names)

    for name in REPORT_FIELDS:
        setattr(report, name, carry(getattr(report, name)))
    for text in report.texts:
        for name in ACTION_FIELDS:
            setattr(text, name, carry(getattr(text, name)))


def _copy(comment: Comment, names: dict[str, str]) -> Comment:
    names[comment.uid] = new_uid()
    return Comment(
        uid=names[comment.uid],
        action=comment.action,
        field=comment.field,
        author=comment.author,
        created_at=comment.created_at,
        body=comment.body,
        resolved=False,
        quote=comment.quote,
    )


def carried_text(convention: Convention, source_year: int, rich: RichText, action: Action | None,
                 field_name: str) -> RichText:
    """``rich`` (of the ``source_year`` report) as the carry-over would copy it: with the
    quoted figures turned into references (the check compares a text with it)."""
    return _FigureFinder(convention, source_year).convert(rich, action, field_name, [])


# -- figures quoting indicators --------------------------------------------------------

def _stem(word: str) -> str:
    """Crude French stem: enough to match « abonnés » with « abonné.e.s » or « lettres » with « lettre »."""
    word = fold(word)
    return word if word == "%" else word[:5]


def _label_stems(indicator: Indicator) -> set[str]:
    words = _WORD.findall(f"{indicator.label} {indicator.unit}")
    return {_stem(w) for w in words if fold(w) not in _STOP_WORDS and (len(w) > 2 or w == "%")}


@dataclass(frozen=True)
class _Quote:
    start: int
    end: int
    indicator: Indicator


class _FigureFinder:
    def __init__(self, convention: Convention, source_year: int) -> None:
        self.source_year = source_year
        self.by_value: dict[float, list[Indicator]] = {}
        for indicator in convention.indicators:
            value = indicator.value_for(source_year)
            if value is not None:
                self.by_value.setdefault(value, []).append(indicator)
        self.stems = {ind.uid: _label_stems(ind) for ind in convention.indicators}

    def convert(
        self, rich: RichText | None, action: Action | None, field_name: str, found: list[FlaggedFigure]
    ) -> RichText:
        """A copy of ``rich`` with quoted figures turned into indicator references."""
        if rich is None:  # an object not flushed yet has no column default
            return RichText()
        if not self.by_value:
            return RichText(rich.blocks)

        def flag(figure: str, indicator: Indicator, converted: bool) -> None:
            found.append(
                FlaggedFigure(
                    action.number if action else None,
                    action.uid if action else None,
                    field_name,
                    figure,
                    indicator.uid,
                    indicator.label,
                    converted,
                )
            )

        def inlines(content: Iterable[Inline]) -> tuple[Inline, ...]:
            out: list[Inline] = []
            for inline in content:
                if isinstance(inline, Text) and not inline.href:
                    out.extend(self._split(inline, action, flag))
                elif isinstance(inline, Text) or isinstance(inline, Footnote):
                    texts = inline.content if isinstance(inline, Footnote) else (inline,)
                    for text in texts:  # a link's text or a note cannot hold a reference: flag only
                        for quote in self._quotes(text.text, action):
                            flag(text.text[quote.start : quote.end], quote.indicator, False)
                    out.append(inline)
                else:
                    out.append(inline)
            return tuple(out)

        blocks: list[Block] = []
        for block in rich.blocks:
            if isinstance(block, Paragraph):
                blocks.append(Paragraph(inlines(block.content)))
            else:
                blocks.append(ListBlock(block.kind, tuple(ListItem(inlines(i.content), i.level) for i in block.items)))
        return RichText(tuple(blocks))

    def _split(self, text: Text, action: Action | None, flag) -> list[Inline]:  # type: ignore[no-untyped-def]  # flag: the caller's local callback
        quotes = self._quotes(text.text, action)
        if not quotes:
            return [text]
        out: list[Inline] = []
        last = 0
        for quote in quotes:
            if quote.start > last:
                out.append(replace(text, text=text.text[last : quote.start]))
            flag(text.text[quote.start : quote.end], quote.indicator, True)
            out.append(IndicatorRef(quote.indicator.uid, None))
            last = quote.end
        if last < len(text.text):
            out.append(replace(text, text=text.text[last:]))
        return out

    def _quotes(self, text: str, action: Action | None) -> list[_Quote]:
        urls = url_spans(text)
        quotes: list[_Quote] = []
        for match in _FIGURE.finditer(text):
            if any(s <= match.start() < e for s, e in urls):
                continue
            digits = re.sub(r"[ \u00a0\u202f]", "", match.group(1))
            value = float(digits + ("." + match.group(2) if match.group(2) else ""))
            candidates = self.by_value.get(value, [])
            if not candidates:
                continue
            if action is not None:
                # The action's own indicators first; a figure may also quote another action's.
                candidates = [c for c in candidates if c.action is action] or candidates
            near = self._context_stems(text, match.start(), match.end())
            in_context = [c for c in candidates if self.stems[c.uid] & near]
            looks_like_year = match.group(2) is None and len(digits) == 4 and digits[:2] in ("19", "20")
            if len(in_context) == 1:
                chosen = in_context[0]
            elif len(candidates) == 1 and value >= DISTINCTIVE_FROM and not looks_like_year:
                chosen = candidates[0]
            else:
                continue  # ambiguous or too common a number: leave the text as it is
            quotes.append(_Quote(match.start(), match.end(), chosen))
        return quotes

    @staticmethod
    def _context_stems(text: str, start: int, end: int) -> set[str]:
        """Stems of the words right around a figure, within its clause and before any other number.

        The unit usually follows (« 52 464 visites ») or just precedes (« visites : 52 464 »);
        a wider window would lend one figure the words of its neighbour.
        """
        before = _CLAUSE_CUT.split(text[max(0, start - 60) : start])[-1]
        after = _CLAUSE_CUT.split(text[end : end + 60])[0]
        words = _WORD.findall(before)[-BEFORE_WORDS:] + _WORD.findall(after)[:AFTER_WORDS]
        return {_stem(w) for w in words if fold(w) not in _STOP_WORDS}
