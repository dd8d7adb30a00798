"""A report's misspelt words, section by section, as findings for « Vérifier » and the CLI."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from sqlalchemy import select
from sqlalchemy.orm import object_session

from mesdesk.model import findings
from mesdesk.model.entities import Organisation, Report
from mesdesk.model.findings import Finding, Place
from mesdesk.model.richtext import Footnote, RichText, Text
from mesdesk.proofing.checker import DEFAULT_LANGUAGE, SpellChecker

# Where the words are: in an action (its évaluation, récit, moyens or title), in an axis's
# title, or in a part of the report (préambule, conclusion, the report's title).
IN_ACTION, IN_AXIS, IN_PART = "spelling.in_action", "spelling.in_axis", "spelling.in_part"
CODES = (IN_ACTION, IN_AXIS, IN_PART)
_FIELDS_FR = {"evaluation": "évaluation", "narrative": "récit", "means": "moyens", "title": "titre",
              "preamble": "Préambule", "conclusion": "Conclusion", "report_title": "Titre du bilan"}


def _count_fr(p: Mapping[str, object]) -> str:
    count = int(p["count"])  # type: ignore[call-overload]  # an int parameter
    return f"{count} {findings.plural_fr(count, 'mot à vérifier', 'mots à vérifier')} ({p['words']})"


findings.register_fr({
    IN_ACTION: lambda p: f"{p['number']} {_FIELDS_FR[str(p['field'])]} : {_count_fr(p)}",
    IN_AXIS: lambda p: f"Axe {p['number']} : {_count_fr(p)}",
    IN_PART: lambda p: f"{_FIELDS_FR[str(p['field'])]} : {_count_fr(p)}",
})


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


def _sections(report: Report) -> Iterator[tuple[str, dict[str, object], Place, Iterable[str]]]:
    """(code, parameters, place, texts) for each part of the report, in export order."""
    yield IN_PART, {"field": "report_title"}, Place("cover"), [report.title or ""]
    yield IN_PART, {"field": "preamble"}, Place("preamble", field="preamble"), rich_strings(report.preamble)
    for axis in report.convention.axes:
        yield IN_AXIS, {"number": axis.number}, Place("axis", uid=axis.uid), [axis.title]
        for action in axis.actions:
            n = action.number
            yield IN_ACTION, {"number": n, "field": "title"}, Place("action", action_uid=action.uid, field="title"), [action.title]
            text = report.find_text(action)
            if text is None:
                continue
            for field in ("evaluation", "narrative", "means"):
                rich: RichText = getattr(text, field)
                place = Place("action", action_uid=action.uid, field=field)
                yield IN_ACTION, {"number": n, "field": field}, place, rich_strings(rich)
    yield IN_PART, {"field": "conclusion"}, Place("conclusion", field="conclusion"), rich_strings(report.conclusion)


def spelling_findings(report: Report, checker: SpellChecker) -> list[Finding]:
    """One finding per section holding words to check, in document order; ``words`` lists
    them (comma-separated), ``count`` says how many, ``place.excerpt`` is the first."""
    checker.set_names(workspace_names(report))
    result: list[Finding] = []
    for code, params, place, strings in _sections(report):
        flagged: list[str] = []
        for string in strings:
            for token in checker.misspelt(string):
                if token.word not in flagged:
                    flagged.append(token.word)
        if flagged:
            located = Place(place.kind, place.action_uid, place.field, place.uid, excerpt=flagged[0])
            result.append(Finding(code, {**params, "count": len(flagged), "words": ", ".join(flagged)}, "warning", located))
    return result
