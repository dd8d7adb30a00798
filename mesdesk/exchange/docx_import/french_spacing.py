"""Undoing the export's French typography on import, so a round trip is exact.

``mesdesk.model.french.typography`` adds no-break spaces when exporting (before
``; : ! ? %``, inside « », between groups of thousands). The model stores the author's
plain text, so the import turns those no-break spaces back into ordinary spaces —
only where ``typography()`` would put them again, so exporting the imported text gives
the same characters. A no-break space the author typed elsewhere (``n°\u00a01``) is kept.
"""

from __future__ import annotations

import re

_NB = "[\u00a0\u202f]"
_BEFORE_PUNCT = re.compile(_NB + r"(?=[;!?:%»])")
_AFTER_OPEN_QUOTE = re.compile(r"(?<=«)" + _NB)
# Digit groups: ``52 464``; typography() writes a narrow no-break space there.
_THOUSANDS = re.compile(r"(?<=\d)" + _NB + r"(?=\d{3}(?!\d))")


def plain_spacing(text: str) -> str:
    """The text with the typographic no-break spaces the export adds made plain again."""
    if "\u00a0" not in text and "\u202f" not in text:
        return text
    text = _BEFORE_PUNCT.sub(" ", text)
    text = _AFTER_OPEN_QUOTE.sub(" ", text)
    return _THOUSANDS.sub(" ", text)
