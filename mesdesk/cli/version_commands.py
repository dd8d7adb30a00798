"""Snapshot commands: ``snapshot`` (keep the report as it is now, under a name) and
``snapshots`` (list them). ``export --snapshot NAME`` writes one as it was
(``export_commands``)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from mesdesk.cli.arguments import year_argument
from mesdesk.cli.errors import UserError

# Handlers import what they use: the command line starts without loading every layer.


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser("snapshot", help="garder le bilan tel qu'il est sous un nom (« envoyé au CA le 3 mars »)")
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--report", type=year_argument, required=True, metavar="ANNÉE", help="l'année du bilan")
    p.add_argument("--name", required=True, metavar="NOM", help="le nom de la version")
    p.add_argument("--author", metavar="NOM", help="qui la garde (par défaut l'utilisateur du système)")
    p.set_defaults(handler=cmd_snapshot)

    p = subparsers.add_parser("snapshots", help="lister les versions gardées d'un bilan")
    p.add_argument("path", metavar="FICHIER.mesdesk")
    p.add_argument("--report", type=year_argument, required=True, metavar="ANNÉE", help="l'année du bilan")
    p.set_defaults(handler=cmd_snapshots)


def system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return ""


def cmd_snapshot(args: argparse.Namespace) -> int:
    from mesdesk.cli.export_commands import find_report
    from mesdesk.exchange.snapshots import take_snapshot
    from mesdesk.model.approvals import local_date
    from mesdesk.model.french import long_date
    from mesdesk.model.versions import utc_now
    from mesdesk.store.workspace import Workspace

    name = " ".join(args.name.split())
    if not name:
        raise UserError("indiquez un nom de version non vide (--name)")
    with Workspace.open(args.path, read_only=False) as workspace:
        report = find_report(workspace, args.report, Path(args.path).name)
        at = utc_now()
        edit = take_snapshot(report, name, args.author if args.author is not None else system_user(), at)
        with workspace.transaction() as session:
            edit.apply(session)
        count = len(report.snapshots)
        when = long_date(local_date(at))
    print(f"Version « {name} » du bilan {args.report} gardée le {when} ({count} version(s) en tout)")
    return 0


def cmd_snapshots(args: argparse.Namespace) -> int:
    from mesdesk.cli.export_commands import find_report
    from mesdesk.model.approvals import local_date
    from mesdesk.model.french import long_date
    from mesdesk.store.workspace import Workspace

    with Workspace.open(args.path, readonly_lock=True) as workspace:
        report = find_report(workspace, args.report, Path(args.path).name)
        if not report.snapshots:
            print(f"Bilan {args.report} : aucune version gardée")
        else:
            print(f"Bilan {args.report} : {len(report.snapshots)} version(s) gardée(s)")
            for snapshot in report.snapshots:
                author = f", par {snapshot.author}" if snapshot.author else ""
                print(f"  - « {snapshot.name} », le {long_date(local_date(snapshot.created_at))}{author}")
        workspace.rollback()
    return 0
