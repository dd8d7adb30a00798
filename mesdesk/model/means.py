"""Means as data: the people, money and volunteer time behind each action of a report.

Four kinds of lines hang on a report, each for one action (``action`` None: the whole
report, e.g. the structure's overheads): people (hours by role), budget lines (an
account of the associations' chart, classes 6 and 7, planned and actual), funding lines
(funder, planned and obtained) and contributions in kind (86x/87x). Like events they
live in one ordered list per report and are shown grouped by action. The report also
carries how volunteer time is valued (``ValuationColumns``), so the Word report, the
Excel tables and the compte rendu financier all read one set of figures.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from sqlalchemy import Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesdesk.model.entities import Base, new_uid
from mesdesk.model.row_versions import Versioned

if TYPE_CHECKING:
    from mesdesk.model.entities import Action, Report

# Past this relative gap between planned and actual, a budget line needs an explanation
# (the usual threshold of funders' financial reports).
GAP_THRESHOLD = 0.15

# The chart of accounts for associations (règlement ANC 2018-06), classes 6 and 7 as the
# Cerfa 15059 table lists them.
CHARGE_ACCOUNTS: dict[str, str] = {
    "60": "Achats",
    "61": "Services extérieurs",
    "62": "Autres services extérieurs",
    "63": "Impôts et taxes",
    "64": "Charges de personnel",
    "65": "Autres charges de gestion courante",
    "66": "Charges financières",
    "67": "Charges exceptionnelles",
    "68": "Dotations aux amortissements",
}
PRODUCT_ACCOUNTS: dict[str, str] = {
    "70": "Ventes de produits finis, prestations de services",
    "73": "Dotations et produits de tarification",
    "74": "Subventions d'exploitation",
    "75": "Autres produits de gestion courante",
    "76": "Produits financiers",
    "77": "Produits exceptionnels",
    "78": "Reprises sur amortissements et provisions",
}
ACCOUNTS: dict[str, str] = {**CHARGE_ACCOUNTS, **PRODUCT_ACCOUNTS}


def account_class(account: str) -> str:
    """The two-digit account (« 606 » → « 60 »), or "" when it is not one of classes 6-7."""
    digits = account.strip()[:2]
    return digits if digits in ACCOUNTS else ""


def is_charge(account: str) -> bool:
    return account.strip().startswith("6")


class InKindKind(str, enum.Enum):
    """What was given in kind, and the pair of accounts it is booked to (86x uses, 87x
    contributions, as the Cerfa 15059 table lists them)."""

    VOLUNTEERING = "benevolat"
    GOODS = "biens"
    SERVICES = "prestations"
    PREMISES = "locaux"

    @property
    def label_fr(self) -> str:
        return {
            InKindKind.VOLUNTEERING: "bénévolat",
            InKindKind.GOODS: "dons en nature",
            InKindKind.SERVICES: "prestations en nature",
            InKindKind.PREMISES: "mise à disposition gratuite de locaux",
        }[self]

    @property
    def use_account(self) -> str:
        return {
            InKindKind.VOLUNTEERING: "864",
            InKindKind.GOODS: "860",
            InKindKind.SERVICES: "862",
            InKindKind.PREMISES: "861",
        }[self]

    @property
    def contribution_account(self) -> str:
        return {
            InKindKind.VOLUNTEERING: "870",
            InKindKind.GOODS: "875",
            InKindKind.SERVICES: "871",
            InKindKind.PREMISES: "871",
        }[self]


IN_KIND_ACCOUNT_LABELS: dict[str, str] = {
    "860": "Secours en nature",
    "861": "Mise à disposition gratuite de biens et prestations",
    "862": "Prestations",
    "864": "Personnel bénévole",
    "870": "Bénévolat",
    "871": "Prestations en nature",
    "875": "Dons en nature",
}


class _Line(Versioned):
    """What every means line has: a uid, its report, its action and its place."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Set on a line carried over from last year: its actuals are to be entered.
    to_update: Mapped[bool] = mapped_column(default=False)

    def __init__(self, **values: object) -> None:
        # Column defaults only apply at flush; a new line is read at once (checks, the
        # GUI's totals), so set the scalar ones now.
        for column in self.__table__.columns:  # type: ignore[attr-defined]  # __table__ is set by the declarative mapping
            default = column.default
            if column.key not in values and default is not None and default.is_scalar:
                values[column.key] = default.arg
        super().__init__(**values)


class PeopleLine(_Line, Base):
    """People working on an action: a role or category, salaried and volunteer hours."""

    __tablename__ = "means_people"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String, default="")
    salaried_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    volunteer_hours: Mapped[float | None] = mapped_column(Float, nullable=True)

    report: Mapped["Report"] = relationship(back_populates="people_lines")
    action: Mapped["Action | None"] = relationship()


class BudgetLine(_Line, Base):
    """A charge (class 6) or product (class 7) of an action, planned and actual."""

    __tablename__ = "means_budget"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    account: Mapped[str] = mapped_column(String, default="")
    label: Mapped[str] = mapped_column(String, default="")
    planned: Mapped[float | None] = mapped_column(Float, nullable=True)
    actual: Mapped[float | None] = mapped_column(Float, nullable=True)
    gap_explanation: Mapped[str] = mapped_column(String, default="")

    report: Mapped["Report"] = relationship(back_populates="budget_lines")
    action: Mapped["Action | None"] = relationship()

    @property
    def gap(self) -> float | None:
        if self.planned is None or self.actual is None:
            return None
        return self.actual - self.planned

    @property
    def gap_ratio(self) -> float | None:
        """The gap relative to the planned amount (None when either is missing or planned is 0)."""
        if self.gap is None or not self.planned:
            return None
        return self.gap / self.planned

    def needs_explanation(self) -> bool:
        ratio = self.gap_ratio
        return ratio is not None and abs(ratio) > GAP_THRESHOLD and not self.gap_explanation.strip()


class FundingLine(_Line, Base):
    """Who funds an action: a funder, the amount planned and the amount obtained."""

    __tablename__ = "means_funding"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    funder: Mapped[str] = mapped_column(String, default="")
    planned: Mapped[float | None] = mapped_column(Float, nullable=True)
    obtained: Mapped[float | None] = mapped_column(Float, nullable=True)

    report: Mapped["Report"] = relationship(back_populates="funding_lines")
    action: Mapped["Action | None"] = relationship()


class InKindLine(_Line, Base):
    """A contribution in kind: volunteering, goods, services or premises, with its
    quantity (hours for volunteering), valuation basis and amount. A volunteering line
    without an amount is valued at the report's volunteer rate."""

    __tablename__ = "means_in_kind"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String, default=InKindKind.VOLUNTEERING.value)
    quantity: Mapped[float | None] = mapped_column(Float, nullable=True)
    basis: Mapped[str] = mapped_column(String, default="")
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)

    report: Mapped["Report"] = relationship(back_populates="in_kind_lines")
    action: Mapped["Action | None"] = relationship()

    @property
    def in_kind(self) -> InKindKind:
        try:
            return InKindKind(self.kind)
        except ValueError:
            return InKindKind.SERVICES

    def value(self) -> float | None:
        """The amount, or for volunteering hours × the report's rate."""
        if self.amount is not None:
            return self.amount
        if self.in_kind is InKindKind.VOLUNTEERING and self.quantity is not None:
            return round(self.quantity * self.report.volunteer_rate(), 2)
        return None


MEANS_KINDS: tuple[type, ...] = (PeopleLine, BudgetLine, FundingLine, InKindLine)
# The report's list holding each kind.
MEANS_LISTS: dict[type, str] = {
    PeopleLine: "people_lines",
    BudgetLine: "budget_lines",
    FundingLine: "funding_lines",
    InKindLine: "in_kind_lines",
}


Groups = dict[int, dict[type, list[object]]]


def group_lines(report: "Report") -> Groups:
    """Every means line of the report by action (``id`` of the action, ``id(None)`` for
    the report-level ones) and kind, in one pass: exporters read each action's lines
    without scanning the whole report each time (linear export time)."""
    groups: Groups = {}
    for kind, name in MEANS_LISTS.items():
        for row in getattr(report, name):
            groups.setdefault(id(row.action), {k: [] for k in MEANS_LISTS})[kind].append(row)
    return groups


def lines_of(report: "Report", action: "Action | None", groups: Groups | None = None) -> dict[type, list[object]]:
    """The report's means lines of one action (None: the report-level ones), by kind."""
    if groups is not None:
        return groups.get(id(action)) or {kind: [] for kind in MEANS_LISTS}
    return {kind: [row for row in getattr(report, name) if row.action is action] for kind, name in MEANS_LISTS.items()}


def has_figures(report: "Report", action: "Action | None", groups: Groups | None = None) -> bool:
    return any(lines_of(report, action, groups).values())


def action_totals(report: "Report", action: "Action | None", groups: Groups | None = None) -> dict[str, float]:
    """Totals of one action's lines: hours, charges and products planned/actual, funding, in kind."""
    lines = lines_of(report, action, groups)
    totals = dict.fromkeys(
        (
            "salaried_hours", "volunteer_hours", "charges_planned", "charges_actual", "products_planned",
            "products_actual", "funding_planned", "funding_obtained", "in_kind",
        ),
        0.0,
    )
    for p in lines[PeopleLine]:
        assert isinstance(p, PeopleLine)
        totals["salaried_hours"] += p.salaried_hours or 0
        totals["volunteer_hours"] += p.volunteer_hours or 0
    for b in lines[BudgetLine]:
        assert isinstance(b, BudgetLine)
        side = "charges" if is_charge(b.account) else "products"
        totals[f"{side}_planned"] += b.planned or 0
        totals[f"{side}_actual"] += b.actual or 0
    for f in lines[FundingLine]:
        assert isinstance(f, FundingLine)
        totals["funding_planned"] += f.planned or 0
        totals["funding_obtained"] += f.obtained or 0
    for k in lines[InKindLine]:
        assert isinstance(k, InKindLine)
        totals["in_kind"] += k.value() or 0
    return totals


def carry_means(source: "Report", report: "Report") -> int:
    """Copy ``source``'s means lines into the new ``report``: what was planned and who
    is involved stay, every actual (hours, actual amounts, obtained funding, quantities
    given) is emptied and the line flagged ``to_update``. The valuation method is kept,
    the SMIC goes back to the new year's. Returns how many lines were copied."""
    for p in source.people_lines:
        report.people_lines.append(PeopleLine(action=p.action, role=p.role, to_update=True))
    for b in source.budget_lines:
        report.budget_lines.append(
            BudgetLine(action=b.action, account=b.account, label=b.label, planned=b.planned, gap_explanation="",
                       to_update=True)
        )
    for f in source.funding_lines:
        report.funding_lines.append(FundingLine(action=f.action, funder=f.funder, planned=f.planned, to_update=True))
    for k in source.in_kind_lines:
        report.in_kind_lines.append(InKindLine(action=k.action, kind=k.kind, basis=k.basis, to_update=True))
    report.valuation_basis = source.valuation_basis
    report.valuation_charge_rate = source.valuation_charge_rate
    report.valuation_reference = source.valuation_reference
    report.valuation_method = source.valuation_method
    return sum(len(getattr(source, name)) for name in MEANS_LISTS.values())
