"""Export commands: ``export`` (a workspace's report to Word and/or Excel) and ``demo``.

``demo`` is the headless main job: it builds the bundled sample in a temporary
workspace and writes its report to a folder, so the output can be looked at (or
checked by a machine) without opening the application.

The Excel writer is imported only when asked for, and may be missing from a build:
``--xlsx`` then fails with a message and ``demo`` writes the Word file alone.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mesdesk.cli.arguments import year_argument
from mesdesk.cli.errors import UserError

if TYPE_CHECKING:
    from mesdesk.model.entities import Report

XLSX_MODULE = "mesdesk.exchange.xlsx"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser(
        "export",
        help="écrire le bilan d'une année en Word (.docx) et/ou Excel (.xlsx)",
        description="Écrit le bilan d'une année en Word et/ou en Excel. Il faut au moins --docx ou --xlsx.",
    )
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--report", type=year_argument, required=True, metavar="ANNÉE", help="l'année du bilan, par exemple 2024")
    p.add_argument("--docx", type=Path, metavar="SORTIE.docx", help="le document Word à écrire")
    p.add_argument("--template", type=Path, metavar="MODÈLE.docx",
                   help="le modèle Word de l'organisation (.docx ou .dotx) ; sinon celui de MES Desk")
    p.add_argument("--comments", action="store_true",
                   help="inclure les commentaires de relecture dans le document Word (pour relecture)")
    p.add_argument("--xlsx", type=Path, metavar="SORTIE.xlsx", help="le classeur Excel à écrire")
    p.add_argument("--financial", type=Path, metavar="SORTIE.xlsx|SORTIE.docx",
                   help="le compte rendu financier (Cerfa 15059) à écrire, en Excel ou en Word")
    p.add_argument("--snapshot", metavar="NOM",
                   help="écrire cette version gardée du bilan (mesdesk snapshots la liste), telle qu'elle était")
    p.set_defaults(handler=cmd_export, parser=p)

    p = subparsers.add_parser(
        "demo",
        help="écrire le bilan d'exemple (Bilan 2024 du MES) en Word et Excel dans un dossier",
    )
    p.add_argument("--out", type=Path, required=True, metavar="DOSSIER", help="dossier de sortie (créé au besoin)")
    p.set_defaults(handler=cmd_demo, parser=p)


def _usage_error(args: argparse.Namespace, message: str) -> int:
    """Exit code 2, as argparse gives for bad usage (without raising SystemExit from a handler)."""
    parser: argparse.ArgumentParser = args.parser
    parser.print_usage(sys.stderr)
    print(f"{parser.prog} : erreur : {message}", file=sys.stderr)
    return 2


def _xlsx_exporter() -> Callable[..., Any]:
    """The Excel writer, or a UserError when this build does not have it."""
    try:
        from mesdesk.exchange.xlsx import export_xlsx  # noqa: PLC0415 - optional, imported on demand
    except ModuleNotFoundError as exc:
        if exc.name is None or not exc.name.startswith(XLSX_MODULE):
            raise
        raise UserError("l'export Excel n'est pas disponible dans cette version de MES Desk") from exc
    except ImportError as exc:
        raise UserError("l'export Excel n'est pas disponible dans cette version de MES Desk") from exc
    return export_xlsx


def _print_result(result: Any, fallback: Path) -> None:
    """The written path on stdout, warnings on stderr (one line each)."""
    print(getattr(result, "path", None) or fallback)
    for warning in getattr(result, "warnings", None) or []:
        print(f"attention : {warning}", file=sys.stderr)


def find_report(workspace: Any, year: int, name: str) -> Report:
    # The most recent convention first: a year belongs to one convention normally.
    for convention in reversed(workspace.conventions()):
        report = convention.report_for(year)
        if report is not None:
            return report  # type: ignore[no-any-return]  # the query returns a Report
    raise UserError(f"{name} n'a pas de bilan {year}")


def cmd_export(args: argparse.Namespace) -> int:
    if args.docx is None and args.xlsx is None and args.financial is None:
        return _usage_error(args, "indiquez --docx SORTIE.docx, --xlsx SORTIE.xlsx et/ou --financial SORTIE")
    if args.financial is not None and args.financial.suffix.lower() not in (".xlsx", ".docx"):
        return _usage_error(args, "--financial attend un fichier .xlsx ou .docx")
    if args.template is not None and args.docx is None:
        return _usage_error(args, "--template ne sert qu'avec --docx")
    if args.comments and args.docx is None:
        return _usage_error(args, "--comments ne sert qu'avec --docx")
    from mesdesk.store.workspace import Workspace

    # Only the writers asked for are imported (python-docx and openpyxl take a while to load).
    # Known before anything is written, so a half-done export never happens.
    export_xlsx = _xlsx_exporter() if args.xlsx is not None else None
    # No lock taken: exporting only reads, and works while the application has the file open.
    with Workspace.open(args.path, readonly_lock=True) as workspace:
        report = find_report(workspace, args.report, Path(args.path).name)
        if args.snapshot is None:
            _export(args, report, export_xlsx)
        else:
            from mesdesk.exchange.snapshots import find_snapshot, opened_snapshot

            snapshot = find_snapshot(report, args.snapshot)
            if snapshot is None:
                known = ", ".join(f"« {s.name} »" for s in report.snapshots) or "aucune"
                raise UserError(f"le bilan {args.report} n'a pas de version « {args.snapshot} » (versions : {known})")
            # Read into a private in-memory workspace: the live report is not touched.
            with opened_snapshot(snapshot) as old_report:
                _export(args, old_report, export_xlsx)
        workspace.rollback()
    return 0


def _export(args: argparse.Namespace, report: Report, export_xlsx: Callable[..., Any] | None) -> None:
    if args.docx is not None:
        from mesdesk.exchange.docx import export_docx  # only when asked: `export --xlsx` does without it

        _print_result(export_docx(report, args.docx, template=args.template, comments=args.comments), args.docx)
    if export_xlsx is not None:
        _print_result(export_xlsx(report, args.xlsx), args.xlsx)
    if args.financial is not None:
        from mesdesk.exchange.financial_export import export_financial

        _print_result(export_financial(report, args.financial), args.financial)


def cmd_demo(args: argparse.Namespace) -> int:
    from mesdesk.exchange.docx import export_docx
    from mesdesk.exchange.seeding import create_sample

    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} existe et n'est pas un dossier")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"impossible de créer le dossier {out} : {exc.strerror}") from exc
    try:
        export_xlsx = _xlsx_exporter()
    except UserError as exc:
        export_xlsx = None
        print(f"attention : {exc} ; seul le document Word est écrit", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="mesdesk-demo-") as tmp:
        workspace = create_sample(Path(tmp) / "exemple.mesdesk")
        try:
            convention = workspace.current_convention()
            report = convention.reports[-1] if convention is not None and convention.reports else None
            if report is None:
                raise UserError("l'exemple intégré ne contient pas de bilan")
            docx_path = out / f"bilan-{report.year}.docx"
            _print_result(export_docx(report, docx_path), docx_path)
            if export_xlsx is not None:
                xlsx_path = out / f"bilan-{report.year}.xlsx"
                _print_result(export_xlsx(report, xlsx_path), xlsx_path)
        finally:
            workspace.close()
    return 0
