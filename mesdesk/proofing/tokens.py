"""The words of a text worth spell-checking, with their positions.

Skipped, because no dictionary knows them and they are not mistakes: URLs and e-mail
addresses, words holding digits, all-capital acronyms (« ESS », « CRESS »), single
letters. French elisions (« l'économie ») stay one token: Hunspell's French dictionary
knows them that way. Inclusive writing (« acteur·ices ») stays one token; the checker
decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A link or an address: never checked. URLs and addresses hold no spaces, so each
# space-separated chunk is tested from its start only: linear in the text's length, even
# for a megabyte without a space (a pattern searched everywhere would backtrack).
_CHUNK = re.compile(r"\S+")
_LINK_START = re.compile(
    r"(?:https?://|www\.)"  # URLs
    r"|[^@\s]+@[\w-]+\."  # e-mail addresses
    r"|[\w-]+(?:\.[\w-]+)+/"  # a domain with a path (linktr.ee/mesfrance)
    r"|[\w-]+\.(?:org|fr|com|net|eu|info|io|be|ch|coop|asso)\b",  # bare domains (le-mes.org)
    re.IGNORECASE,
)
_OPENING_PUNCTUATION = "([{«\"'“‘<"
# Letters, joined by apostrophes, hyphens or the middle dot of inclusive writing.
_WORD = re.compile(r"[^\W\d_]+(?:['’\-·][^\W\d_]+)*")

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # position in the text, in Python characters
    end: int
    word: str


_TRAILING_PUNCTUATION = ".,;:!?)]}»\"'”’>…"


def skipped_spans(text: str) -> list[tuple[int, int]]:
    if "@" not in text and "/" not in text and "." not in text:
        return []
    spans = []
    for chunk in _CHUNK.finditer(text):
        word = chunk.group()
        # Most chunks are plain words: only one holding « @ », « / » or an inner dot can be a link.
        if "@" not in word and "/" not in word and "." not in word.rstrip(_TRAILING_PUNCTUATION):
            continue
        lead = len(word) - len(word.lstrip(_OPENING_PUNCTUATION))
        if _LINK_START.match(word, lead):
            spans.append(chunk.span())
    return spans


def is_acronym(word: str) -> bool:
    """« ESS », « l'ESS », « CRESS-IDF »: capitals only (after an elision)."""
    if "'" in word or "’" in word:
        word = word.translate(APOSTROPHES).rpartition("'")[2]
    return len(word) >= 2 and word.isupper()


def words(text: str) -> Iterator[Token]:
    """The checkable words of ``text`` in order."""
    spans = skipped_spans(text)
    span_index = 0
    length = len(text)
    for match in _WORD.finditer(text):
        start, end = match.span()
        if spans:
            while span_index < len(spans) and spans[span_index][1] <= start:
                span_index += 1
            if span_index < len(spans) and spans[span_index][0] < end:
                continue  # inside a URL or an address
        word = match.group()
        if end - start < 2 or is_acronym(word):
            continue
        # « 2024-2026 » never matches; « COVID-19 »'s letters would: skip words glued to digits.
        if (end < length and text[end].isdigit()) or (start > 0 and text[start - 1].isdigit()):
            continue
        yield Token(start, end, word)
