"""Fuzzing the JSON loader, and load → dump of generated documents.

* Any document, however broken, either loads or is refused with ``InterchangeError``
  (one line): the sample with random JSON values put in random places, the sample's
  text with random edits, and random JSON values as whole documents.
* Whatever loads dumps as strict JSON (no NaN or Infinity), and that dump loads again.
* A generated valid document gives itself back through load → dump: a field the dump
  forgot, or the loader dropped, shows at once (dump → load → dump cannot see it).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from strategies import richtext_blocks, workspace_documents

from mesdesk.exchange.json_interchange import InterchangeError, dumps_workspace, load_workspace, loads_workspace
from mesdesk.model.entities import Base
from mesdesk.model.richtext import RichText
from mesdesk.resources import sample_path

SAMPLE_TEXT = sample_path().read_text(encoding="utf-8")
SAMPLE = json.loads(SAMPLE_TEXT)

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# One database for every example: each runs in a transaction that is rolled back.
ENGINE = create_engine("sqlite://")
Base.metadata.create_all(ENGINE)


def _strict(text: str) -> Any:
    def refuse(name: str) -> None:
        raise AssertionError(f"json-dump wrote {name}")

    return json.loads(text, parse_constant=refuse)


def _load_dump(text: str) -> str:
    """Load ``text`` into the empty database, read it back from there, dump it; nothing is kept."""
    with Session(ENGINE) as session:
        try:
            loads_workspace(text, session)
            session.flush()
            session.expire_all()  # read everything back from the database, in its own order
            return dumps_workspace(session)
        finally:
            session.rollback()


def _load_or_refuse(text: str) -> None:
    """The property: loads (and then dumps strict, reloadable JSON) or says one line."""
    try:
        dumped = _load_dump(text)
    except InterchangeError as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) < 1_000
        message.encode("utf-8")  # no lone surrogate: stderr can print it
        return
    _strict(dumped)
    assert _load_dump(dumped) == dumped


# -- random JSON in random places ---------------------------------------------------------------

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63 - 2, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["2024", "a1", "", "\ud800", "2024-02-30", "paragraph", "list", "footnote", "valide", "NaN"]),
)
JSON_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def _places(value: Any, path: tuple = ()) -> list[tuple]:
    """Every path to a value inside ``value`` (object keys and list indexes)."""
    out = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            out.extend(_places(child, path + (key,)))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out.extend(_places(child, path + (i,)))
    return out


SAMPLE_PLACES = _places(SAMPLE)


def _replaced(document: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[path[0]] = _replaced(document[path[0]], path[1:], value)
    return copy


def _dumps(document: Any) -> str:
    # Python's own encoder: it writes NaN, Infinity and lone surrogates as a hostile file would.
    return json.dumps(document, ensure_ascii=False, allow_nan=True)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(SAMPLE_PLACES), JSON_VALUES), min_size=1, max_size=3))
def test_sample_with_random_values_in_random_places(edits: list[tuple[tuple, Any]]) -> None:
    document: Any = SAMPLE
    for path, value in edits:
        try:
            document = _replaced(document, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed the place
    try:
        text = _dumps(document)
    except UnicodeEncodeError:
        return
    _load_or_refuse(text)


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(0, len(SAMPLE_TEXT)), st.integers(0, 12), st.text(alphabet='{}[]",:0123456789e-.NaInfty \\u', max_size=6)),
        min_size=1,
        max_size=4,
    )
)
def test_sample_text_with_random_edits(edits: list[tuple[int, int, str]]) -> None:
    text = SAMPLE_TEXT
    for at, remove, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + remove :]
    _load_or_refuse(text)


@FUZZ
@given(JSON_VALUES)
def test_any_json_value_as_a_whole_document(value: Any) -> None:
    try:
        _load_or_refuse(_dumps(value))
    except UnicodeEncodeError:
        pass
    # The same value inside an otherwise valid envelope, as the list of conventions.
    try:
        _load_or_refuse(_dumps({"format": "mesdesk-workspace", "version": 1, "conventions": [value]}))
    except UnicodeEncodeError:
        pass


def test_python_values_handed_directly_are_checked_too() -> None:
    for bad in (float("nan"), float("inf"), 2**80):
        document = json.loads(SAMPLE_TEXT)
        document["conventions"][0]["indicators"][0]["values"]["2024"] = bad
        try:
            with Session(ENGINE) as session:
                load_workspace(document, session)
        except InterchangeError as exc:
            assert "conventions[0].indicators[0].values.2024 : " in str(exc)
        else:
            raise AssertionError(f"{bad!r} was accepted")


# -- load → dump gives the input back ---------------------------------------------------------------

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(workspace_documents())
def test_generated_document_load_then_dump_gives_it_back(document: dict[str, Any]) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    assert _load_dump(text) == text


@settings(max_examples=100, deadline=None)
@given(richtext_blocks())
def test_richtext_blocks_are_canonical(blocks: list[dict[str, Any]]) -> None:
    assert RichText.from_json(blocks).to_json() == blocks
