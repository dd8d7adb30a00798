"""Spelling without Qt: the bundled dictionaries, what is skipped, what is accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesdesk.model.findings import word_fr
from mesdesk.proofing.checker import SpellingUnavailable, load_checker, load_engine
from mesdesk.proofing.personal import PersonalDictionary
from mesdesk.proofing.report_spelling import spelling_findings
from mesdesk.proofing.tokens import words


@pytest.fixture(scope="module")
def french():  # noqa: ANN201
    return load_checker("fr")


def flagged(checker, text: str) -> list[str]:  # noqa: ANN001
    return [t.word for t in checker.misspelt(text)]


def test_french_dictionary_flags_typos_and_accepts_correct_french(french) -> None:  # noqa: ANN001
    text = "Les assocations de l'économie solidaire ont mené une fomation aujourd’hui."
    assert flagged(french, text) == ["assocations", "fomation"]


def test_suggestions_offer_the_right_word(french) -> None:  # noqa: ANN001
    assert "associations" in french.suggest("assocations")


def test_inclusive_writing_and_compounds_are_not_mistakes(french) -> None:  # noqa: ANN001
    text = "Les acteur·ices et délégué·es du co-portage, les porte-parole, Île-de-France."
    assert flagged(french, text) == []
    # …but a wrong base under the middle dot still is.
    assert flagged(french, "Les acteru·ices") == ["acteru·ices"]


def test_urls_addresses_acronyms_and_numbers_are_skipped() -> None:
    text = "Voir https://www.le-mes.org/mesfrance, écrire à contact@le-mes.org, l'ESS, COVID-19, 2024-2026, linktr.ee/mesfrance"
    assert [t.word for t in words(text)] == ["Voir", "écrire"]


def test_token_positions_point_at_the_word() -> None:
    text = "Un mott ici"
    (token,) = [t for t in words(text) if t.word == "mott"]
    assert text[token.start : token.end] == "mott"


def test_personal_dictionary_is_kept_between_sessions(tmp_path: Path) -> None:
    path = tmp_path / "data" / "dictionnaire.txt"
    checker = load_checker("fr", path)
    assert flagged(checker, "Villarceaux") == ["Villarceaux"]
    checker.add_to_personal("Villarceaux")
    assert flagged(checker, "Villarceaux") == []
    assert path.read_text(encoding="utf-8").splitlines() == ["Villarceaux"]
    assert flagged(load_checker("fr", path), "Villarceaux") == []
    assert "Villarceaux" in PersonalDictionary(path)


def test_ignore_lasts_for_the_checker_only(french) -> None:  # noqa: ANN001
    checker = load_checker("fr")
    checker.ignore("Popmind")
    assert flagged(checker, "Popmind") == []
    assert flagged(load_checker("fr"), "Popmind") == ["Popmind"]


def test_english_dictionary() -> None:
    english = load_checker("en")
    assert flagged(english, "The network wrote its anual report.") == ["anual"]


def test_a_missing_dictionary_is_a_clear_refusal(tmp_path: Path) -> None:
    with pytest.raises(SpellingUnavailable, match="dictionnaire manquant"):
        load_engine("fr", tmp_path)
    with pytest.raises(SpellingUnavailable, match="langue"):
        load_engine("de")


def test_report_findings_list_flagged_words_per_section_and_accept_names(sample_workspace) -> None:  # noqa: ANN001
    report = sample_workspace.current_convention().reports[-1]
    checker = load_checker("fr")
    found = spelling_findings(report, checker)
    by_section = {word_fr(f).split(" : ")[0]: f.params["words"].split(", ") for f in found}
    assert "assocations" in by_section["3.2 récit"]
    assert "fomation" in by_section["4.3 évaluation"]
    # Partner names are accepted as they are.
    partner_words = {w for p in report.convention.partners for w in p.name.split()}
    assert "Ufisc" not in partner_words or all("Ufisc" != w for ws in by_section.values() for w in ws)
    line = word_fr(next(f for f in found if (f.params.get("number"), f.params.get("field")) == ("3.2", "narrative")))
    assert line.startswith("3.2 récit : ") and "assocations" in line
