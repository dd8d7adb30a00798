"""A report's misspelt words, section by section, as findings for « Vérifier » and the CLI."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import object_session

from mesdesk.model import findings
from mesdesk.model.entities import Organisation, Report
from mesdesk.model.findings import Finding, Place
from mesdesk.model.richtext import Footnote, RichText, Text
from mesdesk.proofing.checker import DEFAULT_LANGUAGE, SpellChecker

CODE = "spelling.misspelt"


def _word_list(p: object) -> str:
    return ", ".join(f"« {w} »" for w in p)  # type: ignore[attr-defined]  # a tuple of str


findings.register_fr(
    {
        CODE: lambda p: (
            f"{p['section']} : {p['count']} "
            f"{findings.plural_fr(int(p['count']), 'mot à vérifier', 'mots à vérifier')} "  # type: ignore[call-overload]  # int param
            f"({_word_list(p['words'])})"
        )
    }
)


def report_language(report: Report) -> str:
    """The language the report is written in (French unless the report says otherwise)."""
    return getattr(report, "language", None) or DEFAULT_LANGUAGE


def workspace_names(report: Report) -> list[str]:
    """Names the checker accepts as they are: partners, bodies, organisation, funder."""
    convention = report.convention
    names = [p.name for p in convention.partners] + [b.name for b in convention.bodies]
    funder = convention.funder
    if funder is not None:
        names += [funder.name, funder.short_name or ""]
    session = object_session(report)
    organisation = session.scalar(select(Organisation)) if session is not None else None
    if organisation is not None:
        names += [organisation.name, organisation.contact_name or ""]
    return [n for n in names if n]


def rich_strings(rich: RichText) -> Iterator[str]:
    """The texts of a rich text a reader sees, footnotes included, indicator chips left out."""
    for content in rich.paragraph_contents():
        for inline in content:
            if isinstance(inline, Text):
                yield inline.text
            elif isinstance(inline, Footnote):
                yield from (t.text for t in inline.content)


def _sections(report: Report) -> Iterator[tuple[str, Place, Iterable[str]]]:
    yield "Titre du bilan", Place("cover"), [report.title or ""]
    yield "Préambule", Place("preamble", field="preamble"), rich_strings(report.preamble)
    for axis in report.convention.axes:
        yield f"Axe {axis.number}", Place("document"), [axis.title]
        for action in axis.actions:
            n = action.number
            yield f"{n} titre", Place("action", action_uid=action.uid), [action.title]
            text = report.find_text(action)
            if text is None:
                continue
            for field, label in (("evaluation", "évaluation"), ("narrative", "récit"), ("means", "moyens")):
                rich: RichText = getattr(text, field)
                yield f"{n} {label}", Place("action", action_uid=action.uid, field=field), rich_strings(rich)
    yield "Conclusion", Place("conclusion", field="conclusion"), rich_strings(report.conclusion)


def spelling_findings(report: Report, checker: SpellChecker) -> list[Finding]:
    """One finding per section holding words to check, in document order."""
    checker.set_names(workspace_names(report))
    result: list[Finding] = []
    for label, place, strings in _sections(report):
        flagged: list[str] = []
        for string in strings:
            for token in checker.misspelt(string):
                if token.word not in flagged:
                    flagged.append(token.word)
        if flagged:
            place = Place(place.kind, place.action_uid, place.field, excerpt=flagged[0])
            params = {"section": label, "count": len(flagged), "words": tuple(flagged)}
            result.append(Finding(CODE, params, "warning", place))
    return result
