"""Excel commands: ``import-xlsx`` reads the figures a member sends back.

(The workbook itself is written by ``mesdesk export … --xlsx``.)
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mesdesk.cli.arguments import year_argument
from mesdesk.cli.errors import UserError

if TYPE_CHECKING:  # the handler imports them: openpyxl is slow to load for other commands
    from mesdesk.model.entities import Report
    from mesdesk.store.workspace import Workspace


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser(
        "import-xlsx",
        help="relire les indicateurs d'un classeur Excel renvoyé et les reporter dans le bilan",
        description=(
            "Lit la feuille « Indicateurs » d'un classeur exporté par MES Desk puis corrigé, "
            "affiche ce qui change et l'applique. Si une valeur n'est pas valable, rien n'est "
            "modifié, sauf avec --apply-valid."
        ),
    )
    p.add_argument("xlsx_file", metavar="FICHIER.xlsx")
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--report", type=year_argument, required=True, metavar="ANNÉE", help="l'année du bilan à mettre à jour")
    p.add_argument(
        "--apply-valid",
        action="store_true",
        help="appliquer les valeurs valables même si d'autres ne le sont pas",
    )
    p.set_defaults(handler=cmd_import_xlsx)


def find_report(workspace: "Workspace", year: int) -> "Report":
    """The report of ``year``; with several conventions covering it, the latest one's."""
    reports = [r for convention in workspace.conventions() for r in convention.reports if r.year == year]
    if not reports:
        raise UserError(f"aucun bilan pour {year} dans {workspace.path.name}")
    return reports[-1]


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from mesdesk.exchange.xlsx import apply_indicator_updates, read_indicator_updates
    from mesdesk.store.workspace import Workspace

    with Workspace.open(args.path, read_only=False) as ws:
        report = find_report(ws, args.report)
        summary = read_indicator_updates(Path(args.xlsx_file), report)
        print(summary.format_fr())
        if not summary.is_valid and not args.apply_valid:
            ws.rollback()
            raise UserError(
                "rien n'a été modifié : corrigez les valeurs signalées, "
                "ou relancez avec --apply-valid pour appliquer seulement les valeurs valables"
            )
        with ws.transaction():
            count = apply_indicator_updates(summary, report, allow_partial=args.apply_valid)
        if count:
            print(f"{count} valeur{'s' if count > 1 else ''} enregistrée{'s' if count > 1 else ''} dans le bilan {report.year}.")
        else:
            print("Aucune valeur à changer.")
    return 0
