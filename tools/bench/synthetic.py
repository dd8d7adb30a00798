"""Generated large workspaces for the benchmarks (deterministic, no randomness)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mesdesk.model.entities import (
    Action,
    ActionText,
    Axis,
    Convention,
    Event,
    Funder,
    Indicator,
    Organisation,
    Partner,
    Report,
    Status,
)
from mesdesk.model.means import BudgetLine, FundingLine, InKindLine, PeopleLine
from mesdesk.model.richtext import Footnote, ListBlock, ListItem, Paragraph, RichText, Text
from mesdesk.store.workspace import Workspace

_SENTENCE = (
    "Le Mouvement a animé des rencontres régulières avec ses membres et partenaires, "
    "pour consolider les coopérations territoriales et le plaidoyer commun"
)


def narrative(i: int, paragraphs: int = 6) -> RichText:
    """A narrative like the sample's: paragraphs, a two-level list, a link, a footnote."""
    blocks: list[Paragraph | ListBlock] = []
    for p in range(paragraphs):
        blocks.append(
            Paragraph(
                (
                    Text(f"Séquence {i}.{p}. ", runin=True),
                    Text(f"{_SENTENCE} ({(p + 1) * 10} participants) ; voir "),
                    Text("le site", href=f"https://example.org/{i}/{p}"),
                    Text(". "),
                    Text("Point important", bold=True),
                    Footnote((Text(f"Note {i}.{p} : source interne."),)),
                    Text(" et suite du texte : « citation » !"),
                )
            )
        )
        if p % 2 == 0:
            blocks.append(
                ListBlock(
                    "bullet",
                    (
                        ListItem((Text("Premier point de la liste"),), 0),
                        ListItem((Text("Sous-point avec flèche"),), 1),
                        ListItem((Text("Deuxième point"),), 0),
                    ),
                )
            )
        else:
            blocks.append(ListBlock("number", (ListItem((Text("Étape un"),)), ListItem((Text("Étape deux"),)))))
    return RichText(tuple(blocks))


def build_convention(
    years: int = 10, actions: int = 40, indicators_per_action: int = 5, events_per_year: int = 40,
    means: bool = False,
) -> tuple[Organisation, Convention]:
    """A convention over ``years`` years, ``actions`` actions in 4 axes, a report per year;
    with ``means``, each action has people, budget, funding and in-kind lines each year."""
    org = Organisation(name="Réseau de test", address="1 rue de l'Exemple, 75000 Paris", links=[])
    first = 2020
    conv = Convention(
        funder=Funder(name="Fondation d'essai", short_name="FE"),
        programme="Programme d'essai",
        first_year=first,
        last_year=first + years - 1,
    )
    axes = 4
    for a in range(axes):
        axis = Axis(title=f"Axe de travail numéro {a + 1}")
        conv.axes.append(axis)
    all_actions = []
    for n in range(actions):
        action = Action(title=f"Action de développement {n + 1}", objective="Objectif")
        conv.axes[n % axes].actions.append(action)
        all_actions.append(action)
    for n, action in enumerate(all_actions):
        for k in range(indicators_per_action):
            ind = Indicator(action=action, label=f"Indicateur {n + 1}.{k + 1}", unit="personnes")
            for y in range(years):
                ind.set_value(first + y, float(100 + n * 10 + k + y * 7))
            conv.indicators.append(ind)
    for n in range(0, actions, 2):
        partner = Partner(name=f"Partenaire {n}", kind="réseau")
        partner.actions.append(all_actions[n])
        conv.partners.append(partner)
    for y in range(years):
        report = Report(
            year=first + y,
            title=f"Bilan {first + y}",
            support_line="Avec l'appui de la Fondation d'essai",
            report_date=dt.date(first + y + 1, 3, 5),
            preamble=narrative(0, 3),
            conclusion=narrative(1, 2),
        )
        for n, action in enumerate(all_actions):
            report.texts.append(
                ActionText(
                    action=action,
                    status=Status.DRAFT,
                    evaluation=RichText.plain("Une progression évidente ; des moyens instables."),
                    narrative=narrative(n),
                    means=RichText.plain("Une personne à mi-temps, des bénévoles."),
                )
            )
        if means:
            add_means(report, all_actions)
        for e in range(events_per_year):
            start = dt.date(first + y, 1 + e % 12, 1 + e % 27)
            report.events.append(
                Event(
                    action=all_actions[e % actions],
                    title=f"Rencontre {e}",
                    start_date=start,
                    end_date=start + dt.timedelta(days=e % 3),
                    place="Paris",
                    role="organisateur",
                    participants=10 + e,
                )
            )
        conv.reports.append(report)
    return org, conv


def add_means(report: Report, actions: list[Action]) -> None:
    """Nine lines per action: two people, four budget lines, a funder, two in kind."""
    report.valuation_method = "Heures bénévoles × SMIC brut horaire majoré de 45 % de charges patronales"
    for n, action in enumerate(actions):
        report.people_lines.append(PeopleLine(action=action, role="Délégué général", salaried_hours=100.0 + n))
        report.people_lines.append(PeopleLine(action=action, role="Bénévoles des réseaux", volunteer_hours=200.0 + n))
        for account, label, planned, actual in (("60", "Fournitures", 500, 450), ("62", "Déplacements", 2000, 2600),
                                                ("64", "Salaires", 8000, 8100), ("74", "Subvention", 10000, 10000)):
            report.budget_lines.append(BudgetLine(action=action, account=account, label=label, planned=float(planned),
                                                  actual=float(actual), gap_explanation="Réunions supplémentaires"))
        report.funding_lines.append(FundingLine(action=action, funder="Fondation d'essai", planned=10000.0,
                                                obtained=10000.0))
        report.in_kind_lines.append(InKindLine(action=action, kind="benevolat", quantity=200.0 + n, basis="SMIC"))
        report.in_kind_lines.append(InKindLine(action=action, kind="locaux", quantity=12.0, basis="loyer",
                                               amount=1200.0))


def make_large_workspace(path: Path, **sizes: int) -> Path:
    """Write a generated workspace file (see ``build_convention`` for the sizes)."""
    org, conv = build_convention(**sizes)
    ws = Workspace.create(path, overwrite=True)
    with ws.transaction() as session:
        session.add(org)
        session.add(conv)
    ws.close()
    return path
