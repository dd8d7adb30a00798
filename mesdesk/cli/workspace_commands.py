"""Workspace commands: sample, json-dump, json-load, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mesdesk.cli.arguments import year_argument
from mesdesk.cli.errors import UserError

if TYPE_CHECKING:
    from mesdesk.model.entities import Report

# Handlers import what they use: the command line starts without loading every layer.


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser("sample", help="créer un espace de travail avec l'exemple (Bilan 2024 du MES)")
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe")
    p.set_defaults(handler=cmd_sample)

    p = subparsers.add_parser("json-dump", help="écrire l'espace de travail en JSON sur la sortie standard")
    p.add_argument("path", metavar="FICHIER.mesdesk", help="un fichier, ou postgresql://utilisateur@serveur/base")
    p.set_defaults(handler=cmd_json_dump)

    p = subparsers.add_parser("json-load", help="créer un espace de travail à partir d'un JSON")
    p.add_argument("json_file", metavar="FICHIER.json")
    p.add_argument("path", metavar="FICHIER.mesdesk", help="un fichier, ou postgresql://utilisateur@serveur/base")
    p.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe")
    p.set_defaults(handler=cmd_json_load)

    p = subparsers.add_parser("check", help="vérifier le fichier et lister ce qui manque aux bilans")
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--report", type=year_argument, metavar="ANNÉE", help="seulement le bilan de cette année")
    p.add_argument("--no-spelling", action="store_true", help="ne pas lister les mots à vérifier (orthographe)")
    p.set_defaults(handler=cmd_check)


def cmd_sample(args: argparse.Namespace) -> int:
    from mesdesk.exchange.seeding import create_sample

    with create_sample(args.path, overwrite=args.force) as ws:
        print(f"Espace de travail créé : {ws.location}")  # a server's URL without its password
    return 0


def cmd_json_dump(args: argparse.Namespace) -> int:
    from mesdesk.exchange.json_interchange import dumps_workspace
    from mesdesk.store.workspace import Workspace

    with Workspace.open(args.path, readonly_lock=True) as ws:
        text = dumps_workspace(ws.session)
    _write_utf8(text)
    return 0


def _write_utf8(text: str) -> None:
    """The text as UTF-8 bytes with ``\n`` line ends, on every system.

    On Windows a redirected standard output (``mesdesk json-dump F > f.json``) is a
    text stream in the ANSI code page (cp1252) that turns ``\n`` into ``\r\n``:
    ``json-load`` would then refuse the file as not UTF-8, or the dump would fail on a
    character outside cp1252. The bytes go under that layer (a console still shows them
    right: its byte stream takes UTF-8)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a stream without bytes underneath (embedded use): text as is
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def cmd_json_load(args: argparse.Namespace) -> int:
    from mesdesk.exchange.seeding import create_from_json

    source = Path(args.json_file)
    try:
        # utf-8-sig: Windows' Notepad may save with a byte-order mark; CRLF line ends are
        # read as \n (universal newlines) and are only whitespace to JSON anyway.
        text = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{source.name} n'est pas un texte UTF-8") from exc
    with create_from_json(text, args.path, overwrite=args.force) as ws:
        print(f"Espace de travail créé : {ws.location}")  # a server's URL without its password
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from mesdesk.model.checks import report_gaps
    from mesdesk.store import migrate
    from mesdesk.store.access import read_only_reason
    from mesdesk.store.workspace import Workspace, integrity_problems

    with Workspace.open(args.path, readonly_lock=True) as ws:
        problems = integrity_problems(ws)
        with ws.engine.connect() as conn:
            revision = migrate.current_revision(conn)
        print(f"{'Serveur' if ws.server is not None else 'Fichier'} : {ws.location}")
        print(f"Schéma : {revision} ({'à jour' if revision == migrate.head_revision() else 'ancien'})")
        if ws.read_only:
            print(f"Accès : lecture seule ; {read_only_reason(ws.read_only_cause or 'requested')}")
        if problems:
            for problem in problems:
                print(f"  ! {problem}")
            raise UserError(f"{Path(args.path).name} est endommagé ({len(problems)} problème(s))")
        print("Intégrité : OK")
        found_report = False
        for convention in ws.conventions():
            for report in convention.reports:
                if args.report is not None and report.year != args.report:
                    continue
                found_report = True
                gaps = report_gaps(report)
                print(f"{report.title or report.year} : {'complet' if not gaps else f'{len(gaps)} point(s) à revoir'}")
                for gap in gaps:
                    print(f"  - {gap.message}")
                if not args.no_spelling:
                    print_spelling(report)
        if args.report is not None and not found_report:
            raise UserError(f"aucun bilan pour {args.report}")
        ws.rollback()
    return 0


def print_spelling(report: "Report") -> None:
    """The words to check, per section, in the report's language (or why there are none)."""
    from mesdesk.gui.paths import personal_dictionary_path  # plain Python, no Qt
    from mesdesk.model.findings import word_fr
    from mesdesk.proofing.checker import SpellingUnavailable, load_checker
    from mesdesk.proofing.report_spelling import report_language, spelling_findings

    try:
        checker = load_checker(report_language(report), personal_dictionary_path())
    except SpellingUnavailable as exc:
        print(f"  Orthographe : non vérifiée ({exc})")
        return
    found = spelling_findings(report, checker)
    if not found:
        print("  Orthographe : aucun mot à vérifier")
        return
    total = sum(int(f.params["count"]) for f in found)  # type: ignore[call-overload]  # int param
    print(f"  Orthographe : {total} mot(s) à vérifier")
    for finding in found:
        print(f"    - {word_fr(finding)}")
