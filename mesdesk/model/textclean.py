"""Cleaning of text coming from outside (paste, import, JSON) before it is stored.

XML 1.0 (hence Word and Excel files) cannot hold most C0 control characters, the
non-characters U+FFFE/U+FFFF or lone surrogates; text pasted from other programs
often carries them. We keep tab and newline, turn other line separators into
newlines, and drop the rest.
"""

from __future__ import annotations

import re

_LINE_SEPARATORS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text safe for XML and storage: line separators unified, control characters removed."""
    if not text:
        return ""
    text = _LINE_SEPARATORS.sub("\n", text)
    return _FORBIDDEN.sub("", text)


def clean_line(text: str) -> str:
    """A single-line value (a title, a label): newlines and tabs become spaces."""
    return re.sub(r"[\n\t]+", " ", clean_text(text)).strip()
