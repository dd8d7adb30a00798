"""Reading a figure typed by a person into a spreadsheet cell.

Usually the cell holds a real number. When it holds text (a member who typed
``52 464`` in a text cell, or pasted from a document) the French forms are accepted:
spaces or no-break spaces between thousands, a decimal comma.
"""

from __future__ import annotations

import datetime as dt
import math
import re

_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


class NotANumber(ValueError):
    """A cell value that is not a figure; ``str()`` says why, in French."""


def parse_figure(raw: object) -> float | None:
    """The number in a cell, None for an empty cell; raises ``NotANumber``."""
    if raw is None:
        return None
    if isinstance(raw, bool):  # bool is an int: TRUE is not a figure
        raise NotANumber("une valeur vrai/faux n'est pas un nombre")
    if isinstance(raw, (int, float)):
        if not math.isfinite(raw):
            raise NotANumber("nombre invalide")
        return float(raw)
    if isinstance(raw, (dt.date, dt.time, dt.timedelta)):
        raise NotANumber("une date n'est pas un nombre")
    text = str(raw).strip()
    if not text:
        return None
    compact = _GROUP_SPACES.sub("", text)
    if "," in compact and "." in compact:
        raise NotANumber("séparateurs ambigus (virgule et point)")
    compact = compact.replace(",", ".")
    if not _DECIMAL.match(compact):
        raise NotANumber("ce n'est pas un nombre")
    value = float(compact)
    if not math.isfinite(value):
        raise NotANumber("nombre invalide")
    return value
