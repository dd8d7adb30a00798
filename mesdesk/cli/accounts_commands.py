"""``import-accounts``: the actuals of a report's budget lines from a FEC or a trial balance."""

from __future__ import annotations

import argparse
from pathlib import Path

from mesdesk.cli.arguments import year_argument
from mesdesk.cli.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser(
        "import-accounts",
        help="reporter les montants réalisés d'un FEC ou d'une balance comptable dans le budget d'un bilan",
        description=(
            "Lit un FEC (séparé par | ou tabulation) ou une balance (CSV ou xlsx : compte, libellé, débit, "
            "crédit, code analytique facultatif), affiche les montants réalisés qui changent dans les lignes "
            "de budget et les applique. Si un compte ne peut pas être affecté, rien n'est modifié."
        ),
    )
    p.add_argument("accounts_file", metavar="FICHIER")
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--report", type=year_argument, required=True, metavar="ANNÉE", help="l'année du bilan")
    p.set_defaults(handler=cmd_import_accounts)


def cmd_import_accounts(args: argparse.Namespace) -> int:
    from mesdesk.cli.xlsx_commands import find_report
    from mesdesk.exchange.accounts_import import apply_preview, preview, read_balances
    from mesdesk.store.workspace import Workspace

    kind, balances = read_balances(Path(args.accounts_file))  # refused before the workspace is opened
    with Workspace.open(args.path, read_only=False) as ws:
        report = find_report(ws, args.report)
        result = preview(report, kind, balances)
        print(result.format_fr())
        if not result.is_valid:
            ws.rollback()
            raise UserError("rien n'a été modifié : ajoutez un code analytique par action ou précisez les comptes")
        with ws.transaction():
            count = apply_preview(result)
        print(f"{count} montant(s) réalisé(s) enregistré(s) dans le bilan {report.year}." if count
              else "Aucun montant à changer.")
    return 0
