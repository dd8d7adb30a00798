"""Hostile JSON documents: each is refused in one line naming its place, never a traceback.

The documents are those that gave tracebacks (or were wrongly accepted) when the
loader was tried with crafted files: wrong types, lists as references, integers
beyond 64 bits, NaN and Infinity, deep nesting, huge integers, lone surrogates,
duplicate keys, bad year keys.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from mesdesk.exchange.json_interchange import InterchangeError, dumps_workspace, loads_workspace
from mesdesk.exchange.json_schema import schema
from mesdesk.model import limits
from mesdesk.model.entities import Base, Indicator

BASE = {
    "format": "mesdesk-workspace",
    "version": 1,
    "organisation": {"name": "MES"},
    "conventions": [
        {
            "id": "c",
            "first_year": 2024,
            "last_year": 2026,
            "axes": [{"id": "ax", "title": "Axe", "actions": [{"id": "a1", "title": "Action"}]}],
            "indicators": [{"id": "i", "action": "a1", "label": "Visites", "values": {"2024": 3}}],
            "reports": [
                {
                    "year": 2024,
                    "actions": [{"action": "a1", "status": "brouillon", "narrative": []}],
                    "events": [{"id": "e", "title": "Forum", "participants": 12}],
                }
            ],
        }
    ],
}
TEXT = json.dumps(BASE)


def _session() -> Session:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    return Session(engine)


def _refusal(text: str) -> str:
    session = _session()
    with pytest.raises(InterchangeError) as caught:
        loads_workspace(text, session)
    message = str(caught.value)
    assert "\n" not in message and message
    assert not session.new, "nothing is added on refusal"
    return message


# (what replaces a fragment of TEXT, by what) -> the start of the message
HOSTILE = [
    ('"organisation": {"name": "MES"}', '"organisation": "MES"', "organisation : objet attendu"),
    ('"axes": [{', '"axes": [null, {', "conventions[0].axes[0] : objet attendu"),
    ('"reports": [{', '"reports": ["2024", {', "conventions[0].reports[0] : objet attendu"),
    ('"action": "a1", "label"', '"action": ["a1"], "label"', "conventions[0].indicators[0].action : texte attendu"),
    ('{"action": "a1", "status"', '{"action": {"id": "a1"}, "status"', "conventions[0].reports[0].actions[0].action : texte attendu"),
    ('"year": 2024', '"year": 100000000000000000000', "conventions[0].reports[0].year : 100000000000000000000 hors limites"),
    ('"year": 2024', '"year": -5', "conventions[0].reports[0].year : -5 hors limites (de 1900 à 2199)"),
    ('"participants": 12', '"participants": 18446744073709551616', "conventions[0].reports[0].events[0].participants : 18446744073709551616 hors limites"),
    ('"first_year": 2024', '"first_year": 9223372036854775808', "conventions[0].first_year : 9223372036854775808 hors limites"),
    ('"2024": 3', '"2024": NaN', "conventions[0].indicators[0].values.2024 : NaN n'est pas un nombre JSON"),
    ('"2024": 3', '"2024": Infinity', "conventions[0].indicators[0].values.2024 : Infinity n'est pas un nombre JSON"),
    ('"2024": 3', '"2024": -Infinity', "conventions[0].indicators[0].values.2024 : -Infinity n'est pas un nombre JSON"),
    ('"2024": 3', '"2024": 1e400', "conventions[0].indicators[0].values.2024 : nombre 1e400 trop grand"),
    ('"2024": 3', '"2024": ' + "7" * 5000, "conventions[0].indicators[0].values.2024 : nombre de 5000 caractères refusé"),
    ('"2024": 3', '"2024": 1e300', "conventions[0].indicators[0].values.2024 : 1e+300 hors limites"),
    ('"2024": 3', '"20x4": 3', "conventions[0].indicators[0].values : année « 20x4 » invalide"),
    ('"2024": 3', '"": 3', "conventions[0].indicators[0].values : année «  » invalide"),
    ('"title": "Forum"', '"title": "For\\ud800um"', "conventions[0].reports[0].events[0].title : caractère invalide"),
    ('"id": "e"', '"id": "\\udc00"', "conventions[0].reports[0].events[0].id : caractère invalide"),
    ('"id": "i", ', '"id": "i", "id": "j", ', "conventions[0].indicators[0] : clé « id » en double"),
    ('"format": "mesdesk-workspace"', '"format": "mesdesk-workspace", "format": "mesdesk-workspace"', "(document) : clé « format » en double"),
    ('"title": "Forum"', '"title": "' + "x" * 40_000 + '"', "conventions[0].reports[0].events[0].title : texte trop long (40000 caractères, limite 32767)"),
    ('"title": "Forum"', '"titre": "Forum"', "conventions[0].reports[0].events[0] : clé inconnue « titre »"),
    ('"status": "brouillon"', '"status": null', "conventions[0].reports[0].actions[0].status : valeur inconnue « null »"),
    ('"narrative": []', '"narrative": {"type": "paragraph"}', "conventions[0].reports[0].actions[0].narrative : liste attendue"),
    ('"narrative": []', '"narrative": [{"type": "paragraph", "content": [{"text": "a", "href": ["x"]}]}]',
     "conventions[0].reports[0].actions[0].narrative[0].content[0].href : texte attendu"),
    ('"narrative": []', '"narrative": [{"type": "list", "kind": "bullet", "items": []}]',
     "conventions[0].reports[0].actions[0].narrative[0].items : liste vide"),
]


@pytest.mark.parametrize("old, new, message", HOSTILE, ids=[m[:50] for _, _, m in HOSTILE])
def test_hostile_document_is_refused_in_one_line_naming_the_place(old: str, new: str, message: str) -> None:
    assert old in TEXT
    assert _refusal(TEXT.replace(old, new, 1)).startswith(message)


def test_deep_nesting_is_refused_before_the_recursion_limit() -> None:
    deep = '{"format": "mesdesk-workspace", "version": 1, "conventions": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert _refusal(deep) == f"JSON trop imbriqué (100001 niveaux, limite {limits.MAX_JSON_DEPTH})"
    assert _refusal("[" * 100_000).startswith("JSON trop imbriqué")
    # Brackets inside strings are text, not nesting.
    loads_workspace(TEXT.replace('"Forum"', '"' + "[{" * 1000 + '"'), _session())


def test_too_long_rich_text_is_refused_with_its_total() -> None:
    half = "x" * (limits.MAX_RICH_CHARS // 2 + 1)
    narrative = [{"type": "paragraph", "content": [{"text": half}, {"type": "footnote", "content": [{"text": half}]}]}]
    text = TEXT.replace('"narrative": []', '"narrative": ' + json.dumps(narrative))
    assert _refusal(text) == (
        "conventions[0].reports[0].actions[0].narrative : trop long (200\u202f002 caractères, limite 200\u202f000)"
    )


def test_leading_bom_is_accepted() -> None:
    session = _session()
    loads_workspace("\ufeff" + TEXT, session)
    session.flush()
    assert json.loads(dumps_workspace(session))["conventions"][0]["id"] == "c"


def test_dump_is_strict_json_and_refuses_a_non_finite_value() -> None:
    session = _session()
    loads_workspace(TEXT, session)
    session.flush()
    indicator = session.query(Indicator).one()
    indicator.set_value(2025, float("inf"))  # only an older file could hold this
    session.flush()
    with pytest.raises(InterchangeError, match=r"indicateur « Visites », 2025 : valeur inf impossible"):
        dumps_workspace(session)


def test_schema_limits_are_the_model_limits() -> None:
    defs = schema()["$defs"]
    assert defs["line"]["maxLength"] == limits.MAX_LINE_CHARS
    assert defs["id"]["maxLength"] == limits.MAX_ID_CHARS
    assert (defs["year"]["minimum"], defs["year"]["maximum"]) == (limits.YEAR_MIN, limits.YEAR_MAX)
    assert defs["count"]["maximum"] == limits.MAX_COUNT
    values = defs["indicator"]["properties"]["values"]
    assert values["additionalProperties"]["maximum"] == limits.MAX_VALUE == -values["additionalProperties"]["minimum"]
    assert values["maxProperties"] >= limits.MAX_VALUES_PER_INDICATOR
    assert defs["rich"]["maxItems"] == limits.MAX_RICH_BLOCKS
    assert defs["list"]["properties"]["items"]["maxItems"] == limits.MAX_LIST_ITEMS
    assert defs["inlines"]["maxItems"] == limits.MAX_INLINES
    assert defs["text"]["properties"]["text"]["maxLength"] == limits.MAX_RICH_CHARS
    assert defs["text"]["properties"]["href"]["maxLength"] == limits.MAX_HREF_CHARS
    assert defs["organisation"]["properties"]["links"]["maxItems"] == limits.MAX_LINKS
    assert defs["image"]["maxLength"] >= limits.MAX_IMAGE_BYTES * 4 // 3
    conv = defs["convention"]["properties"]
    assert schema()["properties"]["conventions"]["maxItems"] == limits.MAX_CONVENTIONS
    assert conv["axes"]["maxItems"] == limits.MAX_AXES
    assert defs["axis"]["properties"]["actions"]["maxItems"] == limits.MAX_ACTIONS_PER_AXIS
    assert conv["indicators"]["maxItems"] == limits.MAX_INDICATORS
    assert conv["partners"]["maxItems"] == limits.MAX_PARTNERS
    assert conv["bodies"]["maxItems"] == limits.MAX_BODIES
    assert conv["reports"]["maxItems"] == limits.MAX_REPORTS
    assert defs["report"]["properties"]["events"]["maxItems"] == limits.MAX_EVENTS
    year_key = values["propertyNames"]["pattern"]
    import re

    assert re.match(year_key, str(limits.YEAR_MIN)) and re.match(year_key, str(limits.YEAR_MAX))
    assert not re.match(year_key, str(limits.YEAR_MIN - 1)) and not re.match(year_key, str(limits.YEAR_MAX + 1))


def test_the_sample_follows_the_schema(sample_json: str) -> None:
    from jsonschema import Draft202012Validator

    Draft202012Validator(schema()).validate(json.loads(sample_json))


@pytest.mark.parametrize(
    "old, new, message",
    [
        ('"2024": 3', '"2024": NaN', "conventions[0].indicators[0].values.2024 : NaN n'est pas un nombre JSON"),
        ('"id": "e"', '"id": "\\ud800"', "conventions[0].reports[0].events[0].id : caractère invalide"),
        ('"year": 2024', '"year": ' + "9" * 5000, "conventions[0].reports[0].year : nombre de 5000 caractères"),
    ],
)
def test_json_load_command_says_one_line_and_creates_nothing(tmp_path: Path, old: str, new: str, message: str) -> None:
    source = tmp_path / "hostile.json"
    source.write_text(TEXT.replace(old, new, 1), encoding="utf-8")
    target = tmp_path / "out.mesdesk"
    result = subprocess.run(
        [sys.executable, "-m", "mesdesk.cli.main", "json-load", str(source), str(target)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert message in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.json"]


def test_json_load_command_deep_nesting(tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mesdesk.cli.main", "json-load", str(source), str(tmp_path / "out.mesdesk")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "JSON trop imbriqué" in result.stderr


def test_keys_and_values_in_messages_are_printable() -> None:
    # Found by the fuzzer: a key holding a newline broke the one-line rule.
    message = _refusal(TEXT.replace('"title": "Forum"', '"ti\\ntle": "Forum"'))
    assert message == 'conventions[0].reports[0].events[0] : clé inconnue « ti\\ntle »'
    message = _refusal(TEXT.replace('"2024": 3', '"2024": 3, "\\ud800": NaN'))
    message.encode("utf-8")
