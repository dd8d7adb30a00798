"""Validating a parsed interchange document against its one written schema.

The schema is ``resources/schema/workspace.schema.json`` (JSON Schema 2020-12). The
validator is ``jsonschema``'s; what is ours is saying its first error in one French
line that names the JSON path: ``conventions[0].reports[1].year : entier attendu``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from mesdesk.exchange.json_strict import path_text, printable
from mesdesk.resources import schema_path

if TYPE_CHECKING:  # jsonschema is imported on first validation: dumping a workspace never needs it
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_TYPES = {
    "object": "objet",
    "array": "liste",
    "string": "texte",
    "integer": "entier",
    "number": "nombre",
    "boolean": "vrai ou faux",
    "null": "null",
}
_FEMININE = {"array"}  # « liste attendue »


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    with schema_path().open(encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
        return schema


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema())
    # Resolving a $ref costs jsonschema more than the check it leads to; the schema has
    # no recursion, so it is validated with every reference replaced by its definition
    # (half the time on the sample). The written file keeps the $defs, for readers.
    flat = _inlined(schema(), schema()["$defs"])
    del flat["$defs"]
    return Draft202012Validator(flat)


def _inlined(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            target = _inlined(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return {"allOf": [target, _inlined(rest, defs)]} if rest else target
        return {k: v if k == "$defs" else _inlined(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inlined(v, defs) for v in node]
    return node


def schema_problem(data: Any) -> str | None:
    """The first way ``data`` breaks the schema, as one line naming the path; None when valid."""
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data), key=_relevance)
    if error is None:
        return None
    return f"{path_text(list(error.absolute_path))} : {_french(error)}"


def _relevance(error: ValidationError) -> tuple[int, int]:
    # Deeper errors say more; among them prefer a wrong value to a wrong type of parent.
    return (-len(error.absolute_path), 0 if error.validator in ("type", "required") else 1)


def _expected_types(types: str | list[str]) -> str:
    names = [types] if isinstance(types, str) else [t for t in types if t != "null"] or list(types)
    words = [_TYPES.get(t, t) for t in names]
    ending = "e" if len(names) == 1 and names[0] in _FEMININE else ""
    return " ou ".join(words) + f" attendu{ending}"


def _shown(value: Any, width: int = 40) -> str:
    if isinstance(value, str):
        return printable(value, width)
    try:
        return printable(json.dumps(value, ensure_ascii=False), width)
    except (TypeError, ValueError):
        return printable(repr(value), width)


def _french(error: ValidationError) -> str:
    kind, rule, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        return _expected_types(rule)
    if kind == "required":
        missing = next((k for k in rule if isinstance(value, dict) and k not in value), rule[0])
        return f"champ « {missing} » manquant"
    if kind == "additionalProperties" and isinstance(value, dict):
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in value if k not in known)
        return f"clé inconnue « {_shown(extra[0]) if extra else '?'} »"
    if kind == "const":
        return f"« {_shown(rule)} » attendu"
    if kind == "enum":
        return f"valeur inconnue « {_shown(value)} » (attendu : {', '.join(map(str, rule))})"
    if kind == "maxLength":
        return f"texte trop long ({len(value)} caractères, limite {rule})"
    if kind == "minLength":
        return "texte vide"
    if kind == "maxItems":
        return f"trop d'éléments ({len(value)}, limite {rule})"
    if kind == "minItems":
        return "liste vide"
    if kind == "maxProperties":
        return f"trop d'entrées ({len(value)}, limite {rule})"
    if kind in ("minimum", "maximum"):
        return f"{_shown(value)} hors limites (de {_bound(error, 'minimum')} à {_bound(error, 'maximum')})"
    if kind == "pattern":
        if "(19|2[01])" in rule:  # the year keys of an indicator's values (propertyNames)
            return f"année « {_shown(value)} » invalide (de 1900 à 2199 attendue)"
        if "[0-9]{4}-" in rule:
            return f"date AAAA-MM-JJ attendue, pas « {_shown(value)} »"
        if "A-Za-z0-9+/" in rule:
            return "image en base64 attendue"
        return f"« {_shown(value)} » invalide"
    return str(error.message).splitlines()[0]


def _bound(error: ValidationError, name: str) -> str:
    bound = error.schema.get(name)
    if bound is None:
        return "?"
    return f"{bound:g}" if isinstance(bound, float) else str(bound)
