"""``import-review``: a reviewed Word file back into its report, as comments and suggestions."""

from __future__ import annotations

import argparse
from pathlib import Path

from mesdesk.cli.arguments import year_argument


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser(
        "import-review",
        help="reprendre un bilan Word relu : commentaires et modifications en suggestions",
        description=(
            "Lit un bilan exporté par MES Desk puis relu dans Word ou LibreOffice. Les commentaires "
            "deviennent des commentaires du bilan, sur les mêmes mots ; les modifications suivies et "
            "les rubriques modifiées sans suivi deviennent des suggestions, à accepter ou refuser dans "
            "l'application. Le texte du bilan n'est pas modifié."
        ),
    )
    p.add_argument("docx", metavar="FICHIER.docx")
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--report", type=year_argument, required=True, metavar="ANNÉE", help="l'année du bilan relu")
    p.set_defaults(handler=cmd_import_review)


def cmd_import_review(args: argparse.Namespace) -> int:
    from mesdesk.cli.xlsx_commands import find_report
    from mesdesk.exchange.review_import import import_review, read_review
    from mesdesk.store.workspace import Workspace

    # The file is checked and read before the workspace is opened for writing: a
    # refused file leaves the workspace as it was.
    review = read_review(Path(args.docx))
    with Workspace.open(args.path, read_only=False) as ws:
        report = find_report(ws, args.report)
        with ws.transaction():
            summary = import_review(review, report)
        print(summary.format_fr())
    return 0
