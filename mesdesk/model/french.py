"""French formatting: the one date formatter and the one number formatter.

Applied when exporting or displaying, never stored: the model keeps plain values and
the author's own text.
"""

from __future__ import annotations

import datetime as dt
import re

NBSP = "\u00a0"  # no-break space: before « : » and inside guillemets
NNBSP = "\u202f"  # narrow no-break space: thousands separator, before ; ! ?

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)


def long_date(value: dt.date) -> str:
    """``5 mars 2025``; the first of the month is written ``1er``."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def date_range(start: dt.date, end: dt.date | None) -> str:
    """``12 février 2024``, ``du 21 au 23 mai 2024``, ``du 30 avril au 2 mai 2024``."""
    if end is None or end == start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        first = "1er" if start.day == 1 else str(start.day)
        return f"du {first} au {long_date(end)}"
    if start.year == end.year:
        return f"du {long_date(start).rsplit(' ', 1)[0]} au {long_date(end)}"
    return f"du {long_date(start)} au {long_date(end)}"


def format_number(value: float, decimals: int | None = None) -> str:
    """``52 464`` (narrow no-break space), ``4,5``: integral values without decimals."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".") if "." in text else text
    return text.replace(",", NNBSP).replace(".", ",")


def format_percent(ratio: float) -> str:
    """``60 %`` from 0.6 (rounded to a whole percent, with a sign for changes)."""
    return f"{format_number(round(ratio * 100))}{NBSP}%"


# A part may start right after a URL: a leading space there counts too.
_BEFORE_DOUBLE = re.compile(r"(?:(?<=\S)[ \u00a0\u202f]?|^[ \u00a0\u202f])([;!?])")
_BEFORE_COLON = re.compile(r"(?:(?<=\S)[ \u00a0\u202f]?|^[ \u00a0\u202f])(:)(?=\s|$)")
_OPEN_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE_QUOTE = re.compile(r"[ \u00a0\u202f]*»")
_PERCENT = re.compile(r"(\d)[ \u00a0\u202f]?%")
_THOUSANDS = re.compile(r"(?<![\d.,/:\w-])(\d{1,3})(?: (\d{3}))+(?![\d\w])")
_TOKEN = re.compile(r"\S+")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where URLs and e-mail addresses are: ``x://y``, ``www.y`` and ``x@y`` runs of non-spaces.

    The same spans as the pattern ``\\S+://\\S+|www\\.\\S+|\\S+@\\S+`` would find,
    in linear time: that pattern backtracks over a long run without spaces (10 s for an
    80 KB token, minutes for 1 MB). Each run of non-spaces is looked at once: it is an
    address whole when it holds ``://`` or ``@`` after its first character and before
    its last; otherwise an address starts at its first ``www.`` that is followed by more.
    """
    spans: list[tuple[int, int]] = []
    for token in _TOKEN.finditer(text):
        word, start, end = token.group(), token.start(), token.end()
        scheme = word.find("://", 1)
        at = word.find("@", 1)
        if (scheme != -1 and scheme + 3 < len(word)) or (at != -1 and at + 1 < len(word)):
            spans.append((start, end))
            continue
        www = word.find("www.")
        if www != -1 and www + 4 < len(word):
            spans.append((start + www, end))
    return spans


def typography(text: str) -> str:
    """French typographic spacing: no-break spaces before ``; : ! ?``, inside « »,
    before %, and narrow no-break spaces between groups of thousands.

    URLs and e-mail addresses are left untouched.
    """
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for start, end in url_spans(text):
        parts.append(_typography_plain(text[last:start]))
        parts.append(text[start:end])
        last = end
    parts.append(_typography_plain(text[last:]))
    return "".join(parts)


def _typography_plain(text: str) -> str:
    text = _BEFORE_DOUBLE.sub(lambda m: NNBSP + m.group(1), text)
    text = _BEFORE_COLON.sub(lambda m: NBSP + m.group(1), text)
    text = _OPEN_QUOTE.sub("«" + NBSP, text)
    text = _CLOSE_QUOTE.sub(NBSP + "»", text)
    text = _PERCENT.sub(lambda m: m.group(1) + NBSP + "%", text)
    text = _THOUSANDS.sub(lambda m: m.group(0).replace(" ", NNBSP), text)
    return text
