"""Import commands: ``import-docx`` (a Word report) and ``new-report`` (next year's report)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mesdesk.cli.arguments import year_argument
from mesdesk.cli.errors import UserError

if TYPE_CHECKING:
    from mesdesk.store.workspace import Workspace

# Handlers import what they use: the command line starts without loading every layer.


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser(
        "import-docx",
        help="importer un bilan Word (.docx) dans un espace de travail (créé s'il n'existe pas)",
    )
    p.add_argument("docx", metavar="FICHIER.docx")
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--year", type=year_argument, metavar="ANNÉE", help="l'année du bilan (sinon lue dans le titre)")
    p.set_defaults(handler=cmd_import_docx)

    p = subparsers.add_parser("new-report", help="commencer le bilan d'une année à partir de celui d'une autre")
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--year", type=year_argument, required=True, metavar="ANNÉE", help="l'année du nouveau bilan")
    p.add_argument(
        "--from", dest="source", type=year_argument, metavar="ANNÉE", help="le bilan repris (par défaut le plus récent avant)"
    )
    p.set_defaults(handler=cmd_new_report)


def cmd_import_docx(args: argparse.Namespace) -> int:
    from mesdesk.exchange.docx_import import apply_report, read_report_docx, resolve_year
    from mesdesk.store.workspace import Workspace

    # The file is checked and read before the workspace is touched: a refused file
    # leaves an existing workspace exactly as it was and creates none.
    document = read_report_docx(Path(args.docx))
    year = resolve_year(document, args.year)
    path = Path(args.path)
    if not path.exists():
        # A new workspace is built in memory and put in place complete, under its lock:
        # of two imports creating the same file at once, one wins, the other is told.
        summaries = []
        workspace = Workspace.build(path, lambda session: summaries.append(apply_report(document, session, year=year)))
        workspace.close()
        summary = summaries[0]
    else:
        with Workspace.open(path, read_only=False) as workspace:
            with workspace.transaction() as session:
                summary = apply_report(document, session, year=year)
    print(summary.format_fr())
    print(f"Espace de travail : {path}")
    return 0


def cmd_new_report(args: argparse.Namespace) -> int:
    from mesdesk.model.carry_over import CarryOverError, new_report_from
    from mesdesk.store.workspace import Workspace

    with Workspace.open(args.path, read_only=False) as workspace:
        convention = _convention_for(workspace, args.year)
        source = args.source
        if source is None:
            earlier = [r.year for r in convention.reports if r.year < args.year]
            if not earlier:
                raise UserError(f"aucun bilan avant {args.year} à reprendre : précisez --from")
            source = max(earlier)
        try:
            with workspace.transaction():
                summary = new_report_from(convention, args.year, source)
        except CarryOverError as exc:
            raise UserError(str(exc)) from exc
        print(summary.format_fr())
    return 0


def _convention_for(workspace: "Workspace", year: int):  # type: ignore[no-untyped-def]  # a Convention or None; model imports stay lazy here
    """The convention covering ``year`` (the most recent first), else the current one."""
    conventions = workspace.conventions()
    if not conventions:
        raise UserError(f"{workspace.path.name} ne contient aucune convention")
    for convention in reversed(conventions):
        if year in convention.years:
            return convention
    return conventions[-1]
