"""Hypothesis strategies for MES Desk's data, shared by the test modules.

* ``richtext_blocks()``: a rich text in its canonical JSON form (a list of blocks, as
  ``RichText.to_json()`` writes it: paragraphs and lists, runs with marks and links,
  footnotes, indicator references); ``rich_texts()`` the same as ``RichText`` values.
  With ``editable=True``, only texts the editor and Word can hold too: no line break
  inside a paragraph (one is a new paragraph there) and none of the characters Qt
  reserves inside a document.
* ``workspace_documents()``: whole interchange documents in canonical form (what
  ``json-dump`` writes): an organisation, conventions with axes, actions, indicators
  and their values, partners, bodies, and reports with texts and events.

"Canonical" means loading then dumping gives the very same document back: strings
are already clean (``clean_text``/``clean_line`` leave them as they are), optional
keys are written as the dump writes them, lists are in the order the dump uses.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from hypothesis import strategies as st

from mesdesk.model.richtext import RichText

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 12

# Characters a stored text keeps as they are: no control characters but tab and
# newline, no surrogates, no line separators clean_text would unify, no non-characters.
_TEXT_CHAR = st.one_of(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufffe\uffff"),
    st.sampled_from("\n\t  «»;:!?%@/.-"),
)
_LINE_CHAR = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufffe\uffff")
# Qt's object, frame and byte-order marks: a QTextDocument drops them from text.
_EDITABLE_CHAR = st.one_of(
    st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
        blacklist_characters="\ufffe\uffff\ufffc\ufdd0\ufdd1\ufeff",
    ),
    st.sampled_from("\t  «»;:!?%@/.-"),
)


def line_texts(max_size: int = 30) -> st.SearchStrategy[str]:
    """A one-line value as ``clean_line`` leaves it: no tab or newline, no outer spaces."""
    return st.text(_LINE_CHAR, max_size=max_size).map(str.strip)


def run_texts(max_size: int = 40, editable: bool = False) -> st.SearchStrategy[str]:
    return st.text(_EDITABLE_CHAR if editable else _TEXT_CHAR, max_size=max_size)


def _text_runs(editable: bool = False, comment_ids: list[str] | None = None) -> st.SearchStrategy[dict[str, Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        out: dict[str, Any] = {"text": draw(run_texts(editable=editable))}
        for mark in ("bold", "italic", "runin"):
            if draw(st.booleans()):
                out[mark] = True
        if draw(st.booleans()):
            href = draw(st.sampled_from(["https://mes-france.org", "mailto:contact@mes.fr", "www.exemple.fr/a?b=c"]))
            out["href"] = href
        if comment_ids:  # review comments anchored on the run (never in a note: notes carry none)
            marks = sorted(draw(st.sets(st.sampled_from(comment_ids), max_size=2)))
            if marks:
                out["comments"] = marks
        return out

    return build()


def _inlines(
    indicator_ids: list[str], editable: bool = False, comment_ids: list[str] | None = None
) -> st.SearchStrategy[list[dict[str, Any]]]:
    runs = _text_runs(editable, comment_ids)
    footnote = st.lists(_text_runs(editable), max_size=3).map(lambda content: {"type": "footnote", "content": content})
    ids = st.sampled_from(indicator_ids) if indicator_ids else st.just("ind-inconnu")

    @st.composite
    def indicator(draw: st.DrawFn) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "indicator", "indicator": draw(ids)}
        year = draw(st.none() | st.integers(2000, 2100))
        if year is not None:
            out["year"] = year
        return out

    return st.lists(st.one_of(runs, runs, footnote, indicator()), max_size=5)


def richtext_blocks(
    indicator_ids: list[str] | None = None,
    max_blocks: int = 4,
    editable: bool = False,
    comment_ids: list[str] | None = None,
) -> st.SearchStrategy[list[dict[str, Any]]]:
    """A rich text in canonical JSON form; indicator chips point at ``indicator_ids`` and
    comment marks name ``comment_ids``, when given."""
    inlines = _inlines(indicator_ids or [], editable, comment_ids)

    @st.composite
    def item(draw: st.DrawFn) -> dict[str, Any]:
        out: dict[str, Any] = {"content": draw(inlines)}
        if draw(st.booleans()):
            out["level"] = 1
        return out

    paragraph = inlines.map(lambda content: {"type": "paragraph", "content": content})
    list_block = st.builds(
        lambda kind, items: {"type": "list", "kind": kind, "items": items},
        st.sampled_from(["bullet", "number"]),
        st.lists(item(), min_size=1, max_size=3),
    )
    return st.lists(st.one_of(paragraph, list_block), max_size=max_blocks)


def rich_texts(
    indicator_ids: list[str] | None = None, max_blocks: int = 4, editable: bool = False
) -> st.SearchStrategy[RichText]:
    return richtext_blocks(indicator_ids, max_blocks, editable).map(RichText.from_json)


# -- whole documents ------------------------------------------------------------------------

_DATES = st.dates(dt.date(1990, 1, 1), dt.date(2150, 12, 31)).map(dt.date.isoformat)
_LOGOS = st.sampled_from([None, base64.b64encode(PNG).decode(), base64.b64encode(JPEG).decode()])
_FIGURES = st.one_of(
    st.integers(-(10**15), 10**15),
    st.floats(-1e15, 1e15, allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer()),
)


class _Ids:
    """Identifiers unique across the document, as the loader requires."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, kind: str) -> str:
        self.n += 1
        return f"{kind}-{self.n}"


@st.composite
def _organisation(draw: st.DrawFn) -> dict[str, Any] | None:
    if draw(st.booleans()):
        return None
    out: dict[str, Any] = {
        key: draw(line_texts())
        for key in ("name", "address", "siret", "ape", "contact_name", "contact_role", "email", "phone")
    }
    out["links"] = draw(st.lists(line_texts(), max_size=3))
    out["logo"] = draw(_LOGOS)
    return out


@st.composite
def _convention(draw: st.DrawFn, ids: _Ids, first_year: int) -> dict[str, Any]:
    last_year = first_year + draw(st.integers(0, 4))
    axes = []
    action_ids: list[str] = []
    for _ in range(draw(st.integers(0, 3))):
        actions = []
        for _ in range(draw(st.integers(0, 3))):
            uid = ids("action")
            action_ids.append(uid)
            actions.append({"id": uid, "title": draw(line_texts()), "objective": draw(line_texts())})
        axes.append({"id": ids("axe"), "title": draw(line_texts()), "actions": actions})
    action_ref = st.sampled_from([None, *action_ids])

    indicators = []
    for _ in range(draw(st.integers(0, 3))):
        years = sorted(draw(st.sets(st.integers(1990, 2150), max_size=4)))
        indicators.append(
            {
                "id": ids("ind"),
                "action": draw(action_ref),
                "label": draw(line_texts()),
                "unit": draw(line_texts(10)),
                "source": draw(line_texts()),
                "values": {str(y): draw(_FIGURES) for y in years},
            }
        )
    indicator_ids = [i["id"] for i in indicators]

    partners = []
    for _ in range(draw(st.integers(0, 3))):
        chosen = draw(st.sets(st.sampled_from(action_ids))) if action_ids else set()
        partners.append(
            {
                "id": ids("partenaire"),
                "name": draw(line_texts()),
                "kind": draw(line_texts(10)),
                "actions": [a for a in action_ids if a in chosen],  # in the convention's order
            }
        )
    partner_ref = st.sampled_from([None, *[p["id"] for p in partners]])
    bodies = [
        {
            "id": ids("instance"),
            "name": draw(line_texts()),
            "partner": draw(partner_ref),
            "role": draw(line_texts()),
            "action": draw(action_ref),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]

    reports = []
    for year in sorted(draw(st.sets(st.integers(first_year, last_year), max_size=2))):
        comments: list[dict[str, Any]] = []

        def rich(action: str | None, field: str, comments: list[dict[str, Any]] = comments) -> list[dict[str, Any]]:
            """A text, with review comments (and replies) placed on it now and then."""
            here = [] if draw(st.integers(0, 3)) else draw(_comments(ids, action, field, len(comments)))
            comments.extend(here)
            tops = [c["uid"] for c in here if "parent" not in c]
            return draw(richtext_blocks(indicator_ids, max_blocks=3, comment_ids=tops))

        preamble, conclusion = rich(None, "preamble"), rich(None, "conclusion")
        texts = []
        for uid in action_ids:
            if not draw(st.booleans()):
                continue
            text: dict[str, Any] = {
                "action": uid,
                "status": draw(st.sampled_from(["a_rediger", "brouillon", "relu", "valide"])),
                "target_words": draw(st.none() | st.integers(0, 10**9)),
                "evaluation": rich(uid, "evaluation"),
                "narrative": rich(uid, "narrative"),
                "means": rich(uid, "means"),
            }
            if draw(st.booleans()):
                text["to_update"] = True
            texts.append(text)
        events = []
        for _ in range(draw(st.integers(0, 2))):
            start = draw(st.none() | _DATES)
            events.append(
                {
                    "id": ids("evenement"),
                    "action": draw(action_ref),
                    "title": draw(line_texts()),
                    "start": start,
                    "end": draw(st.none() | _DATES),
                    "place": draw(line_texts()),
                    "role": draw(line_texts()),
                    "participants": draw(st.none() | st.integers(0, 10**9)),
                }
            )
        report: dict[str, Any] = {
            "year": year,
            "title": draw(line_texts()),
            "support_line": draw(line_texts()),
            "date": draw(st.none() | _DATES),
            "preamble": preamble,
            "conclusion": conclusion,
            "actions": texts,
            "events": events,
        }
        if comments:
            report["comments"] = comments
        reports.append(report)

    funder = None
    if draw(st.booleans()):
        funder = {"name": draw(line_texts()), "short_name": draw(line_texts(10)), "logo": draw(_LOGOS)}
    return {
        "id": ids("convention"),
        "funder": funder,
        "programme": draw(line_texts()),
        "first_year": first_year,
        "last_year": last_year,
        "signed_on": draw(st.none() | _DATES),
        "axes": axes,
        "indicators": indicators,
        "partners": partners,
        "bodies": bodies,
        "reports": reports,
    }


@st.composite
def _comments(draw: st.DrawFn, ids: _Ids, action: str | None, field: str, before: int) -> list[dict[str, Any]]:
    """One or two comments on a text, each followed by its replies, in dump order (the
    report's comments oldest first: ``before`` comments came earlier)."""
    out: list[dict[str, Any]] = []
    start = dt.datetime(2020, 1, 1) + dt.timedelta(days=before)
    for i in range(draw(st.integers(1, 2))):
        top = _comment(draw, ids("commentaire"), action, field, None, start + dt.timedelta(hours=i))
        out.append(top)
        for j in range(draw(st.integers(0, 2))):
            out.append(_comment(draw, ids("reponse"), action, field, top["uid"], start + dt.timedelta(hours=i, minutes=j)))
    return out


def _comment(draw: st.DrawFn, uid: str, action: str | None, field: str, parent: str | None,
             when: dt.datetime) -> dict[str, Any]:
    out: dict[str, Any] = {"uid": uid}
    if action is not None:
        out["action"] = action
    out["field"] = field
    if parent is not None:
        out["parent"] = parent
    out.update(
        author=draw(line_texts()),
        created_at=when.isoformat(timespec="seconds"),
        body=draw(run_texts()),
        resolved=draw(st.booleans()) if parent is None else False,
        quote=draw(run_texts()),
    )
    return out


@st.composite
def workspace_documents(draw: st.DrawFn, max_conventions: int = 2) -> dict[str, Any]:
    """A whole interchange document in canonical form (dump order: conventions by first year)."""
    ids = _Ids()
    first_years = sorted(draw(st.lists(st.integers(1990, 2140), max_size=max_conventions)))
    return {
        "format": "mesdesk-workspace",
        "version": 1,
        "organisation": draw(_organisation()),
        "conventions": [draw(_convention(ids, year)) for year in first_years],
    }
