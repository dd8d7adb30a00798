"""``mesdesk gui [PATH]`` (and ``mesdesk [PATH]``): open the desktop application.

Qt is imported only inside the handler, so the rest of the command line runs without it.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "gui",
        help="ouvrir l'application (sur FICHIER, sinon sur le dernier espace de travail)",
        description="Ouvre la fenêtre de MES Desk. Au premier lancement, un espace de travail "
        "contenant l'exemple (Bilan 2024 du MES) est créé dans le dossier de données.",
    )
    p.add_argument("path", nargs="?", metavar="FICHIER.mesdesk", help="l'espace de travail à ouvrir")
    p.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    from mesdesk.gui.app import run

    return run(args.path)
