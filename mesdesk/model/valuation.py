"""How a report values volunteer time (mixed into ``Report``; kept apart from
``means`` so ``entities`` can import it without a cycle)."""

from __future__ import annotations

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

# The gross hourly SMIC on 1 January of each year (décrets de revalorisation); a later
# year falls back to the last known one, and the report can always override it.
SMIC_HOURLY_GROSS: dict[int, float] = {2022: 10.57, 2023: 11.27, 2024: 11.65, 2025: 11.88, 2026: 12.02}
# Employer charges added to the SMIC by default (an editable rate, not a rule).
DEFAULT_CHARGE_RATE = 0.45


def smic_for(year: int) -> float:
    """The gross hourly SMIC of ``year`` (the nearest known year outside the table)."""
    known = sorted(SMIC_HOURLY_GROSS)
    if year in SMIC_HOURLY_GROSS:
        return SMIC_HOURLY_GROSS[year]
    return SMIC_HOURLY_GROSS[known[-1] if year > known[-1] else known[0]]


class ValuationColumns:
    """How a report values volunteer time: hours × an hourly rate, the year's gross SMIC
    plus employer charges (``smic``) or a reference salary (``reference``), with the
    method stated in words for the financial report's annex. Mixed into ``Report``."""

    # "smic" or "reference"
    valuation_basis: Mapped[str] = mapped_column(String, default="smic", server_default="smic")
    # None: the SMIC of the report's year (``SMIC_HOURLY_GROSS``)
    valuation_smic: Mapped[float | None] = mapped_column(Float, nullable=True)
    valuation_charge_rate: Mapped[float | None] = mapped_column(Float, nullable=True)
    valuation_reference: Mapped[float | None] = mapped_column(Float, nullable=True)
    valuation_method: Mapped[str] = mapped_column(String, default="", server_default="")

    year: int  # Report's column (a plain annotation: the mixin must not map it)

    def volunteer_rate(self) -> float:
        """The hourly value of an hour of volunteering for this report."""
        if self.valuation_basis == "reference" and self.valuation_reference is not None:
            return self.valuation_reference
        smic = self.valuation_smic if self.valuation_smic is not None else smic_for(self.year)
        rate = self.valuation_charge_rate if self.valuation_charge_rate is not None else DEFAULT_CHARGE_RATE
        return round(smic * (1 + rate), 2)
