"""Finding URLs in text in linear time, with the spans the old backtracking pattern found."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mesdesk.model.french import NBSP, typography, url_spans

# The pattern the model used before: right, but quadratic on a long run without spaces.
_BACKTRACKING = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+")

_PIECES = st.sampled_from(["a", "b", "w", "www.", ".", ":", "/", "://", "@", " ", "\u00a0", "\n", ";", "é", "x.org"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_same_spans_as_the_backtracking_pattern(text: str) -> None:
    assert url_spans(text) == [(m.start(), m.end()) for m in _BACKTRACKING.finditer(text)]


@pytest.mark.serial  # a time limit: alone on the CPU
def test_long_token_without_spaces_is_fast_and_typeset() -> None:
    # A pasted 1 MB run of characters (a base64 blob, a hash): once minutes, now a fraction of a second.
    token = "ab;" * 350_000
    start = time.perf_counter()
    out = typography(f"Voici : {token} fin")
    elapsed = time.perf_counter() - start
    assert out.startswith(f"Voici{NBSP}: ab\u202f;ab\u202f;")  # still French typography, not left as a URL
    assert out.endswith("ab\u202f; fin")
    assert elapsed < 10  # generous for a shared machine; the benchmark (tools/bench) keeps the figure


def test_long_url_is_left_untouched() -> None:
    url = "https://example.org/" + "a;b" * 300_000
    assert typography(f"Lien : {url} ; fin") == f"Lien{NBSP}: {url}\u202f; fin"
    assert url_spans(f"écrire à x{'y' * 100_000}@mes.org") == [(9, 9 + 1 + 100_000 + 8)]
