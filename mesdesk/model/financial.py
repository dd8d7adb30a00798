"""The compte rendu financier (Cerfa 15059) of a report, as data both writers lay out.

Its table has charges by account (classes 6) then the uses of contributions in kind
(86x), and products by account (class 7) then the contributions in kind (87x), each with
planned, actual and the gap in euros and percent. Its annex gives the explanations of
the gaps, the allocation rule and the volunteer valuation method.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mesdesk.model.entities import Report
from mesdesk.model.means import (
    CHARGE_ACCOUNTS,
    GAP_THRESHOLD,
    IN_KIND_ACCOUNT_LABELS,
    PRODUCT_ACCOUNTS,
    is_charge,
)
from mesdesk.model.textclean import clean_line


@dataclass
class Row:
    account: str
    label: str
    planned: float | None = None
    actual: float | None = None

    @property
    def gap(self) -> float | None:
        if self.planned is None or self.actual is None:
            return None
        return self.actual - self.planned

    @property
    def ratio(self) -> float | None:
        gap = self.gap
        return gap / self.planned if gap is not None and self.planned else None

    def add(self, planned: float | None, actual: float | None) -> None:
        if planned is not None:
            self.planned = (self.planned or 0) + planned
        if actual is not None:
            self.actual = (self.actual or 0) + actual


@dataclass
class Explanation:
    action: str
    account: str
    label: str
    gap: float
    ratio: float | None
    text: str


@dataclass
class FinancialReport:
    year: int
    title: str
    charges: list[Row]
    uses_in_kind: list[Row]  # 86x
    products: list[Row]
    contributions_in_kind: list[Row]  # 87x
    explanations: list[Explanation] = field(default_factory=list)
    allocation_rule: str = ""
    valuation_method: str = ""

    @staticmethod
    def total(rows: list[Row], label: str) -> Row:
        out = Row("", label)
        for row in rows:
            out.add(row.planned, row.actual)
        return out


def _rows(accounts: dict[str, str]) -> dict[str, Row]:
    return {code: Row(code, label) for code, label in accounts.items()}


def financial_report(report: Report) -> FinancialReport:
    """Sum the report's budget and in-kind lines by account (all actions together)."""
    charges, products = _rows(CHARGE_ACCOUNTS), _rows(PRODUCT_ACCOUNTS)
    uses = {c: Row(c, IN_KIND_ACCOUNT_LABELS[c]) for c in ("860", "861", "862", "864")}
    contributions = {c: Row(c, IN_KIND_ACCOUNT_LABELS[c]) for c in ("870", "871", "875")}
    explanations: list[Explanation] = []
    unassigned = 0.0
    for line in report.budget_lines:
        code = line.account.strip()[:2]
        table = charges if is_charge(code) else products
        row = table.get(code) or table.setdefault(code, Row(code, clean_line(line.label)))
        row.add(line.planned, line.actual)
        if line.action is None and is_charge(code):
            unassigned += line.actual if line.actual is not None else (line.planned or 0)
        ratio = line.gap_ratio
        if line.gap is not None and (line.gap_explanation.strip() or (ratio is not None and abs(ratio) > GAP_THRESHOLD)):
            explanations.append(Explanation(
                action=line.action.number if line.action else "",
                account=line.account, label=clean_line(line.label), gap=line.gap, ratio=ratio,
                text=clean_line(line.gap_explanation) or "(écart non expliqué)",
            ))
    for contribution in report.in_kind_lines:
        value = contribution.value()
        uses[contribution.in_kind.use_account].add(None, value)
        contributions[contribution.in_kind.contribution_account].add(None, value)
    rule = "Les charges et les produits sont affectés aux actions ligne par ligne, d'après les comptes saisis."
    if unassigned:
        rule += (f" Les charges communes non affectées à une action ({round(unassigned):,} €) sont présentées "
                 "au total sans clé de répartition.").replace(",", "\u202f")
    rate = report.volunteer_rate()
    basis = ("d'un salaire de référence" if report.valuation_basis == "reference"
             else "du SMIC brut horaire majoré des charges patronales")
    method = (f"Heures de bénévolat valorisées à {rate:.2f} € de l'heure, sur la base {basis}. ".replace(".", ",", 1)
              + (clean_line(report.valuation_method) or "Méthode non précisée."))
    return FinancialReport(
        year=report.year,
        title=f"Compte rendu financier {report.year}",
        charges=[r for r in charges.values() if r.planned is not None or r.actual is not None],
        uses_in_kind=[r for r in uses.values() if r.actual is not None],
        products=[r for r in products.values() if r.planned is not None or r.actual is not None],
        contributions_in_kind=[r for r in contributions.values() if r.actual is not None],
        explanations=explanations,
        allocation_rule=rule,
        valuation_method=method,
    )
