"""Which words are misspelt, and what to write instead: Hunspell with our dictionaries.

The engine is ``chunspell`` (import name ``hunspell``): the maintained Cython binding of
the Hunspell C++ library, with wheels for Linux, Windows and macOS that carry the library
itself, so the frozen bundle spell-checks with no system dictionary. The dictionaries are
ours, in ``resources/dictionaries`` (French « toutes variantes » from Dicollecte/Grammalecte,
MPL-2.0; English from SCOWL, permissive; see LICENSE files there).

Beyond the dictionary a word is accepted when it is in the personal dictionary, ignored
for the session, one of the workspace's names (partners, bodies, organisation, funder),
French inclusive writing on a correct base (« acteur·ices », « délégué·es »), or a
hyphenated or elided compound whose parts are correct.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from mesdesk.proofing import hunspell_c
from mesdesk.proofing.personal import PersonalDictionary
from mesdesk.proofing.tokens import APOSTROPHES, Token, words
from mesdesk.resources import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
# French elided articles and pronouns: « l'», « d'», « qu'»… before a word.
_ELISIONS = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
# Prefixes joined by a hyphen to any correct word: « co-portage », « inter-réseaux ».
_PREFIXES = {"co", "inter", "auto", "multi", "pré", "post", "anti", "néo", "semi", "sous", "sur", "ex", "non", "mi", "quasi", "demi", "pluri", "re", "ré", "e", "éco", "socio", "bio"}
# Endings added after a middle dot in inclusive writing: « ·e », « ·es », « ·ices »…
_MAX_INCLUSIVE_ENDING = 6


class SpellingUnavailable(Exception):
    """No checker: the engine or a dictionary is missing. The message says which."""


class _Engine(Protocol):
    def spell(self, word: str) -> bool: ...
    def suggest(self, word: str) -> tuple[str, ...]: ...


def dictionaries_dir() -> Path:
    return resources_dir() / "dictionaries"


# Loaded engines, by language and folder: the French dictionary takes about a second to
# load and the engine is never changed after (our own sets hold the user's words), so
# every window and check of the process shares it.
_ENGINES: dict[tuple[str, Path], _Engine] = {}
_ENGINES_LOCK = threading.Lock()


def load_engine(language: str, folder: Path | None = None) -> _Engine:
    """The Hunspell engine for ``language``, loaded once per process."""
    folder = folder or dictionaries_dir()
    with _ENGINES_LOCK:
        engine = _ENGINES.get((language, folder))
        if engine is None:
            engine = _ENGINES[(language, folder)] = _load_engine(language, folder)
        return engine


def _load_engine(language: str, folder: Path) -> _Engine:
    if language not in LANGUAGES:
        raise SpellingUnavailable(f"langue sans dictionnaire : {language}")
    for suffix in (".aff", ".dic"):
        if not (folder / f"{language}{suffix}").is_file():
            raise SpellingUnavailable(f"dictionnaire manquant : {language}{suffix}")
    try:
        import hunspell  # chunspell
    except ImportError as exc:
        raise SpellingUnavailable(f"correcteur Hunspell absent ({exc})") from exc
    try:
        # Through the C interface where it can: the load then leaves the GIL to the window.
        engine = hunspell_c.load(folder / f"{language}.aff", folder / f"{language}.dic")
        if engine is not None:
            return engine
        return hunspell.Hunspell(language, hunspell_data_dir=str(folder))  # type: ignore[no-any-return]  # untyped extension
    except Exception as exc:  # a damaged dictionary must not stop the app
        raise SpellingUnavailable(f"dictionnaire {language} illisible ({exc})") from exc


class SpellChecker:
    def __init__(self, language: str, engine: _Engine, personal: PersonalDictionary | None = None) -> None:
        self.language = language
        self._engine = engine
        self.personal = personal or PersonalDictionary(None)
        self._names: set[str] = set()
        self._ignored: set[str] = set()
        self._cache: dict[str, bool] = {}

    # -- what is accepted beyond the dictionary -----------------------------------------
    def set_names(self, names: Iterable[str]) -> None:
        """Accept every word of these names (partners, bodies, organisation, funder)."""
        self._names = {t.word.translate(APOSTROPHES) for name in names for t in words(name or "")}
        self._cache.clear()

    def ignore(self, word: str) -> None:
        """« Ignorer »: accepted until the application closes."""
        self._ignored.add(word.translate(APOSTROPHES))
        self._cache.pop(word.translate(APOSTROPHES), None)

    def add_to_personal(self, word: str) -> None:
        """« Ajouter au dictionnaire »: accepted now and in every later session."""
        self.personal.add(word.translate(APOSTROPHES))
        self._cache.pop(word.translate(APOSTROPHES), None)

    # -- checking -----------------------------------------------------------------------
    def is_correct(self, word: str) -> bool:
        known = self._cache.get(word)
        if known is not None:  # the common case, on every key: no other work
            return known
        if "’" in word or "ʼ" in word:
            word = word.translate(APOSTROPHES)
        known = self._cache.get(word)
        if known is None:
            known = self._accepted(word)
            if len(self._cache) > 50_000:  # a long session: keep memory bounded
                self._cache.clear()
            self._cache[word] = known
        return known

    def _accepted(self, word: str) -> bool:
        if word in self._ignored or word in self.personal or word in self._names:
            return True
        if self._engine.spell(word):
            return True
        if "·" in word:
            base, *endings = word.split("·")
            return self.is_correct(base) and all(
                e.isalpha() and e.islower() and len(e) <= _MAX_INCLUSIVE_ENDING for e in endings
            )
        if "'" in word:
            head, _, tail = word.partition("'")
            if head.lower() in _ELISIONS and tail:
                return self.is_correct(tail)
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            if len(parts) > 1 and parts[0].lower() in _PREFIXES:
                parts = parts[1:]
            return len(parts) >= 1 and all(self.is_correct(p) for p in parts) and "-" in word
        return False

    def misspelt(self, text: str) -> list[Token]:
        return [t for t in words(text) if not self.is_correct(t.word)]

    def suggest(self, word: str, limit: int = 7) -> list[str]:
        try:
            return list(self._engine.suggest(word.translate(APOSTROPHES)))[:limit]
        except Exception:  # suggestions are a convenience: never let them break a menu
            log.exception("suggestions failed")
            return []


def load_checker(language: str, personal_path: Path | None = None, folder: Path | None = None) -> SpellChecker:
    return SpellChecker(language, load_engine(language, folder), PersonalDictionary(personal_path))
