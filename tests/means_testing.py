"""Generated means for tests and screenshots: the bundled sample (the real 2024 report)
has no figures, so tests add these to a copy of it."""

from __future__ import annotations

from mesdesk.model.entities import Action, Convention, Report
from mesdesk.model.means import BudgetLine, FundingLine, InKindLine, PeopleLine


def add_means(report: Report, action: Action, scale: float = 1.0) -> None:
    """A realistic set of lines for one action: two people, three budget lines (one
    with a 40 % gap explained, one with no actual yet), a funder, volunteering and premises."""
    report.people_lines.append(PeopleLine(action=action, role="Délégué général", salaried_hours=120 * scale))
    report.people_lines.append(PeopleLine(action=action, role="Réseaux membres", volunteer_hours=300 * scale))
    report.budget_lines.append(
        BudgetLine(action=action, account="62", label="Déplacements", planned=2000 * scale, actual=2800 * scale,
                   gap_explanation="Deux réunions de plus en région")
    )
    report.budget_lines.append(
        BudgetLine(action=action, account="64", label="Salaires", planned=5000 * scale, actual=5100 * scale)
    )
    report.budget_lines.append(BudgetLine(action=action, account="74", label="Subvention fondation", planned=7000 * scale))
    report.funding_lines.append(FundingLine(action=action, funder="Fondation", planned=7000 * scale, obtained=7000 * scale))
    report.in_kind_lines.append(InKindLine(action=action, kind="benevolat", quantity=300 * scale, basis="SMIC chargé"))
    report.in_kind_lines.append(
        InKindLine(action=action, kind="locaux", quantity=12, basis="loyer de marché", amount=1200 * scale)
    )


def add_sample_means(convention: Convention, year: int = 2024) -> Report:
    """Means for the first two actions of the sample's report of ``year``, and a method."""
    report = convention.report_for(year)
    assert report is not None
    for i, action in enumerate(convention.actions[:2]):
        add_means(report, action, scale=1.0 + i)
    report.valuation_method = "Heures bénévoles × SMIC brut horaire 2024 majoré de 45 % de charges patronales"
    return report
