"""Folding text for comparison: « Évaluation », « evaluation » and « ÉVALUATION » compare equal."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case, accents removed, spaces collapsed, curly apostrophes straight: for comparing labels and titles."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.replace("\u2019", "'")).strip().casefold()
