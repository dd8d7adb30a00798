"""Findings are worded from registered templates; unknown codes still say something."""

import pytest

from mesdesk.model import findings
from mesdesk.model.findings import Finding, Place, plural_fr, register_fr, word_fr


def test_word_fr_uses_the_registered_template_and_params() -> None:
    register_fr({"test.sample": "Action {number} : {n} mot(s)"})
    assert word_fr(Finding("test.sample", {"number": "1.2", "n": 3})) == "Action 1.2 : 3 mot(s)"


def test_callable_templates_handle_plurals() -> None:
    template = lambda p: f"{p['n']} {plural_fr(p['n'], 'événement', 'événements')}"  # noqa: E731
    register_fr({"test.plural": template})
    assert word_fr(Finding("test.plural", {"n": 1})) == "1 événement"
    assert word_fr(Finding("test.plural", {"n": 4})) == "4 événements"


def test_a_code_cannot_be_registered_with_two_templates() -> None:
    register_fr({"test.once": "un"})
    with pytest.raises(ValueError):
        register_fr({"test.once": "deux"})


def test_an_unregistered_code_is_still_worded() -> None:
    text = word_fr(Finding("test.unknown", {"x": 1}, place=Place("action", action_uid="a1")))
    assert "test.unknown" in text and "1" in text
    assert "test.unknown" not in findings.FRENCH
