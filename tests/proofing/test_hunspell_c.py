"""The dictionary loads through Hunspell's C interface: same answers as chunspell, and the
load leaves the GIL to the other threads (the window keeps painting and taking keys)."""

from __future__ import annotations

import threading
import time

import hunspell
import pytest

from mesdesk.proofing import hunspell_c
from mesdesk.proofing.checker import dictionaries_dir, load_engine

WORDS = ("réseau", "économie", "assocations", "fomation", "l'économie", "acteur·ices", "Popmind", "co-portage",
         "déléguées", "Œuvre", "ÉTÉ", "naïve", "bénévolat", "anual", "network", "", "x" * 300)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_c_interface_answers_as_chunspell_does(language: str) -> None:
    folder = dictionaries_dir()
    ours = hunspell_c.load(folder / f"{language}.aff", folder / f"{language}.dic")
    assert isinstance(ours, hunspell_c.CHunspell)  # Linux: the library of chunspell's wheel is found
    theirs = hunspell.Hunspell(language, hunspell_data_dir=str(folder))
    for word in WORDS:
        assert ours.spell(word) == theirs.spell(word), word
    for word in ("assocations", "fomation", "anual", "resau"):
        assert ours.suggest(word) == theirs.suggest(word), word
    assert "associations" in ours.suggest("assocations")


def test_the_application_s_engine_is_the_c_one() -> None:
    assert isinstance(load_engine("fr"), hunspell_c.CHunspell)


@pytest.mark.serial  # compares gaps in real time: alone on the CPU
def test_loading_a_dictionary_lets_the_main_thread_run() -> None:
    """The longest the main thread waits while another thread loads French is a small part
    of the load (chunspell's own class: all of it)."""
    folder = dictionaries_dir()
    loader = threading.Thread(target=hunspell_c.load, args=(folder / "fr.aff", folder / "fr.dic"))
    longest = 0.0
    start = last = time.perf_counter()
    loader.start()
    while loader.is_alive():
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    loaded_in = last - start
    assert longest < loaded_in / 2, f"the main thread waited {longest:.3f} s of a {loaded_in:.3f} s load"
