"""Parsing an untrusted JSON document into plain Python values, strictly.

Python's ``json`` module accepts what is not JSON (``NaN``, ``Infinity``, numbers too
large for a float become ``inf``), keeps the last of duplicate keys silently, recurses
once per nesting level (``RecursionError`` past about 1,000), and refuses integers of
more than 4,300 digits with a bare ``ValueError``. Here each of these is refused in
one line that names where it is in the document:

* nesting deeper than ``MAX_JSON_DEPTH`` is found by a scan of the brackets before
  the parser runs;
* ``NaN``, ``Infinity``, numbers that overflow, over-long numbers, duplicate keys and
  lone surrogates (``"\\ud800"``, which no file encoding can hold) are marked while
  parsing and reported with their JSON path by ``find_defect``.

A leading UTF-8 byte-order mark (Windows Notepad writes one) is accepted and ignored.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from mesdesk.model.limits import MAX_JSON_CHARS, MAX_JSON_DEPTH, MAX_NUMBER_CHARS

BOM = "\ufeff"

# A JSON string, unrolled so the engine runs without backtracking; then the brackets.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonRefusal(ValueError):
    """A document that is not strict JSON or goes beyond a limit; ``str()`` is one line."""


@dataclass(frozen=True)
class Defect:
    """A value the parser could not keep; it stands where the value was."""

    message: str


class _Object(dict):  # type: ignore[type-arg]  # a plain dict subclass marking JSON objects
    """A JSON object that remembers the first key it saw twice."""

    duplicate: str | None = None


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                obj.duplicate = key
                break
            seen.add(key)
    return obj


def _number(text: str, convert: type) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        return Defect(f"nombre de {len(text)} caractères refusé (limite {MAX_NUMBER_CHARS})")
    value = convert(text)
    if isinstance(value, float) and not math.isfinite(value):
        return Defect(f"nombre {text} trop grand (hors des nombres réels)")
    return value


def _constant(name: str) -> Defect:
    return Defect(f"{name} n'est pas un nombre JSON (NaN et Infinity sont refusés)")


def parse(text: str) -> Any:
    """The document as dicts, lists and scalars, defects marked in place; raises ``JsonRefusal``."""
    if text.startswith(BOM):
        text = text[1:]
    if len(text) > MAX_JSON_CHARS:
        raise JsonRefusal(f"document JSON trop gros ({len(text) // 1_000_000} Mo, limite {MAX_JSON_CHARS // 1_000_000} Mo)")
    depth = nesting_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise JsonRefusal(f"JSON trop imbriqué ({depth} niveaux, limite {MAX_JSON_DEPTH})")
    try:
        return json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=lambda s: _number(s, int),
            parse_float=lambda s: _number(s, float),
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        raise JsonRefusal(f"JSON illisible (ligne {exc.lineno}, colonne {exc.colno}) : {exc.msg}") from exc
    except RecursionError as exc:  # the bracket scan should have caught it: keep the one-line rule anyway
        raise JsonRefusal("JSON trop imbriqué") from exc


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``[`` and ``{`` outside strings, in linear time."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    steps = (1 if c in "[{" else -1 for c in brackets)
    return max(accumulate(steps), default=0)


def printable(text: str, width: int = 60) -> str:
    """``text`` safe in a one-line message: control characters escaped, lone surrogates
    replaced (stderr could not encode them), long text shortened."""
    text = json.dumps(_SURROGATE.sub("\ufffd", text), ensure_ascii=False)[1:-1]
    return text if len(text) <= width else text[: width - 1] + "…"


def path_text(path: tuple[str | int, ...] | list[str | int]) -> str:
    """``conventions[0].reports[1].year`` for ``("conventions", 0, "reports", 1, "year")``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = printable(str(part))
            out += f".{key}" if out else key
    return out or "(document)"


def find_defect(data: Any) -> str | None:
    """The first defect in a parsed document, as ``path : message``; None when clean.

    Also refuses what a caller may hand in directly: non-finite floats, non-string
    keys and lone surrogates in any key or string.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, Defect):
            return f"{path_text(path)} : {value.message}"
        if isinstance(value, float) and not math.isfinite(value):
            return f"{path_text(path)} : {value} n'est pas un nombre JSON"
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return f"{path_text(path)} : caractère invalide (moitié de paire UTF-16 isolée)"
        elif isinstance(value, dict):
            duplicate = getattr(value, "duplicate", None)
            if duplicate is not None:
                return f"{path_text(path)} : clé « {printable(duplicate)} » en double"
            for key in value:
                if not isinstance(key, str):
                    return f"{path_text(path)} : clé {printable(repr(key))} non textuelle"
                if _SURROGATE.search(key):
                    return f"{path_text(path)} : clé avec un caractère invalide (moitié de paire UTF-16 isolée)"
            # Reversed, so the first defect in document order is found first.
            stack.extend((v, path + (k,)) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((v, path + (i,)) for i, v in reversed(list(enumerate(value))))
    return None
