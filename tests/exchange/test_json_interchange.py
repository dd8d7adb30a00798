"""JSON interchange: the whole workspace to and from one versioned document."""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from mesdesk.exchange.json_interchange import (
    FORMAT_VERSION,
    InterchangeError,
    dumps_workspace,
    load_workspace,
    loads_workspace,
)
from mesdesk.model.entities import Base
from tools.bench.synthetic import build_convention


def _session() -> Session:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    return Session(engine)


def _round(text: str) -> str:
    session = _session()
    loads_workspace(text, session)
    session.flush()
    return dumps_workspace(session)


def test_sample_dump_load_dump_is_byte_identical(sample_json: str) -> None:
    first = _round(sample_json)
    assert _round(first) == first


def test_sample_file_is_in_canonical_form(sample_json: str) -> None:
    # The bundled file is written exactly as MES Desk writes it, so diffs stay readable.
    assert _round(sample_json) == sample_json


def test_generated_workspace_round_trip() -> None:
    session = _session()
    org, conv = build_convention(years=3, actions=8, indicators_per_action=2, events_per_year=5)
    session.add_all([org, conv])
    session.flush()
    first = dumps_workspace(session)
    assert _round(first) == first
    data = json.loads(first)
    assert data["format"] == "mesdesk-workspace" and data["version"] == FORMAT_VERSION
    keys = set(data["conventions"][0])
    assert {"axes", "indicators", "partners", "bodies", "reports"} <= keys
    assert {"actions", "events", "preamble", "conclusion"} <= set(data["conventions"][0]["reports"][0])


@pytest.fixture
def minimal() -> dict:
    return {
        "format": "mesdesk-workspace",
        "version": 1,
        "organisation": {"name": "MES"},
        "conventions": [
            {
                "id": "c",
                "first_year": 2024,
                "last_year": 2026,
                "axes": [{"id": "ax", "title": "Axe", "actions": [{"id": "a1", "title": "Action"}]}],
                "indicators": [{"id": "i", "action": "a1", "label": "Visites", "unit": "visites", "values": {"2024": 3}}],
                "reports": [{"year": 2024, "actions": [{"action": "a1", "status": "brouillon"}], "events": []}],
            }
        ],
    }


def test_minimal_document_loads(minimal: dict) -> None:
    session = _session()
    load_workspace(minimal, session)
    session.flush()
    text = dumps_workspace(session)
    assert '"values": {\n' in text and '"2024": 3' in text  # integers stay integers


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d.update(format="autre"), "ce fichier JSON n'est pas un espace de travail MES Desk"),
        (lambda d: d.update(version=FORMAT_VERSION + 1), "format JSON version 2 : cette version de MES Desk lit"),
        (lambda d: d["conventions"][0]["indicators"][0].update(action="zz"),
         "conventions[0].indicators[0].action : 'zz' ne désigne rien de connu"),
        (lambda d: d["conventions"][0]["reports"][0]["actions"][0].update(status="fini"),
         "conventions[0].reports[0].actions[0].status : valeur inconnue « fini »"),
        (lambda d: d["conventions"][0]["reports"][0].update(date="5 mars"),
         "conventions[0].reports[0].date : date AAAA-MM-JJ attendue"),
        (lambda d: d["conventions"][0]["reports"][0].update(date="2024-02-30"),
         "conventions[0].reports[0].date : date AAAA-MM-JJ attendue"),
        (lambda d: d["conventions"][0]["indicators"][0].update(id="a1"),
         "conventions[0].indicators[0].id : identifiant 'a1' en double"),
        (lambda d: d["conventions"][0]["indicators"][0]["values"].update({"2025": "beaucoup"}),
         "conventions[0].indicators[0].values.2025 : nombre attendu"),
        (lambda d: d["conventions"][0].update(last_year=2020), "conventions[0] : la dernière année précède la première"),
        (lambda d: d["conventions"][0]["reports"].append({"year": 2024}), "conventions[0].reports[1] : deux bilans pour 2024"),
        (lambda d: d["conventions"][0]["reports"][0]["actions"][0].update(narrative=[{"type": "x"}]),
         "conventions[0].reports[0].actions[0].narrative[0].type : valeur inconnue « x »"),
    ],
)
def test_invalid_documents_are_refused_with_the_place(minimal: dict, mutate, message: str) -> None:
    data = copy.deepcopy(minimal)
    mutate(data)
    with pytest.raises(InterchangeError) as caught:
        load_workspace(data, _session())
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_unreadable_json() -> None:
    with pytest.raises(InterchangeError, match="JSON illisible"):
        loads_workspace("{oops", _session())


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_logos_travel_as_base64(minimal: dict) -> None:
    import base64

    data = copy.deepcopy(minimal)
    data["organisation"]["logo"] = base64.b64encode(PNG).decode()
    data["conventions"][0]["funder"] = {"name": "FPH", "short_name": "FPH", "logo": base64.b64encode(PNG).decode()}
    session = _session()
    load_workspace(data, session)
    session.flush()
    text = dumps_workspace(session)
    assert _round(text) == text
    dumped = json.loads(text)
    assert base64.b64decode(dumped["organisation"]["logo"]) == PNG
    assert base64.b64decode(dumped["conventions"][0]["funder"]["logo"]) == PNG


@pytest.mark.parametrize("logo, message", [("pas du base64 !", "base64"), ("R0lGODlh", "PNG et JPEG")])
def test_bad_logos_are_refused(minimal: dict, logo: str, message: str) -> None:
    data = copy.deepcopy(minimal)
    data["organisation"]["logo"] = logo
    with pytest.raises(InterchangeError, match=message):
        load_workspace(data, _session())
