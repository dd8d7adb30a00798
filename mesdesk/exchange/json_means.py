"""A report's means in the JSON interchange form (README: « Le format JSON d'échange »).

The ``means_figures`` member of a report is written only when the report has lines or a
valuation setting other than the default, so files without means dump as before.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from mesdesk.model.entities import Action, Report
from mesdesk.model.means import BudgetLine, FundingLine, InKindKind, InKindLine, PeopleLine

# Each kind: its JSON key, its report list, and its own fields (text or number).
_KINDS: tuple[tuple[str, type, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("people", PeopleLine, "people_lines", ("role",), ("salaried_hours", "volunteer_hours")),
    ("budget", BudgetLine, "budget_lines", ("account", "label", "gap_explanation"), ("planned", "actual")),
    ("funding", FundingLine, "funding_lines", ("funder",), ("planned", "obtained")),
    ("in_kind", InKindLine, "in_kind_lines", ("kind", "basis"), ("quantity", "amount")),
)
_VALUATION_DEFAULT = {"basis": "smic", "smic": None, "charge_rate": None, "reference": None, "method": ""}


class MeansError(ValueError):
    """A ``means_figures`` member that cannot be loaded (one line naming the JSON path)."""


def _figure(value: float | None, where: str) -> int | float | None:
    if value is None:
        return None
    if not math.isfinite(value):
        raise MeansError(f"{where} : valeur {value} impossible à écrire en JSON, corrigez-la d'abord")
    return int(value) if float(value).is_integer() else value


def dump_means(report: Report) -> dict[str, Any] | None:
    """The report's ``means_figures`` member, or None when it has nothing to say."""
    valuation = {
        "basis": report.valuation_basis,
        "smic": _figure(report.valuation_smic, f"bilan {report.year}, SMIC"),
        "charge_rate": _figure(report.valuation_charge_rate, f"bilan {report.year}, taux de charges"),
        "reference": _figure(report.valuation_reference, f"bilan {report.year}, salaire de référence"),
        "method": report.valuation_method,
    }
    out: dict[str, Any] = {}
    if valuation != _VALUATION_DEFAULT:
        out["valuation"] = valuation
    for key, _kind, name, texts, figures in _KINDS:
        lines = getattr(report, name)
        if not lines:
            continue
        dumped = []
        for line in lines:
            entry: dict[str, Any] = {"id": line.uid, "action": line.action.uid if line.action else None}
            entry.update({t: getattr(line, t) for t in texts})
            entry.update({f: _figure(getattr(line, f), f"bilan {report.year}, {key}") for f in figures})
            if line.to_update:
                entry["to_update"] = True
            dumped.append(entry)
        out[key] = dumped
    return out or None


def load_means(
    data: Any,
    where: str,
    report: Report,
    actions: dict[str, Action],
    uid: Callable[[dict[str, Any], str], dict[str, str]],
    text: Callable[[dict[str, Any], str, str], str],
) -> None:
    """Add the lines and valuation of a (schema-valid) ``means_figures`` member to ``report``.

    ``uid`` and ``text`` are the loader's own checks (unique ids, cleaned lines).
    """
    if not data:
        return
    valuation = data.get("valuation")
    if valuation:
        report.valuation_basis = valuation.get("basis") or "smic"
        report.valuation_smic = valuation.get("smic")
        report.valuation_charge_rate = valuation.get("charge_rate")
        report.valuation_reference = valuation.get("reference")
        report.valuation_method = text(valuation, "method", where + ".valuation")
    for key, kind, name, texts, figures in _KINDS:
        for i, line_data in enumerate(data.get(key) or []):
            lw = f"{where}.{key}[{i}]"
            action_uid = line_data.get("action")
            if action_uid is not None and action_uid not in actions:
                raise MeansError(f"{lw}.action : {action_uid!r} ne désigne rien de connu")
            values: dict[str, Any] = {t: text(line_data, t, lw) for t in texts}
            values.update({f: _float(line_data.get(f)) for f in figures})
            if kind is InKindLine and values["kind"] not in {k.value for k in InKindKind}:
                raise MeansError(f"{lw}.kind : nature inconnue {values['kind']!r}")
            line = kind(
                **uid(line_data, lw),
                action=actions.get(action_uid) if action_uid else None,
                to_update=bool(line_data.get("to_update", False)),
                **values,
            )
            getattr(report, name).append(line)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)
