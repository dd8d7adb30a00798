"""``mesdesk gui [PATH]`` (and ``mesdesk [PATH]``): open the desktop application.

Qt is imported only inside the handler, so the rest of the command line runs without it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

from mesdesk.cli.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser(
        "gui",
        help="ouvrir l'application (sur FICHIER, sinon sur le dernier espace de travail)",
        description="Ouvre la fenêtre de MES Desk. Au premier lancement, un espace de travail "
        "contenant l'exemple (Bilan 2024 du MES) est créé dans le dossier de données.",
    )
    p.add_argument("path", nargs="?", metavar="FICHIER.mesdesk",
                   help="l'espace de travail à ouvrir : un fichier, ou postgresql://utilisateur@serveur/base")
    p.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    if not display_available(os.environ, sys.platform):
        # Qt would abort the process with a core dump and a misleading hint about xcb.
        raise UserError(
            "aucun écran disponible (ni DISPLAY ni WAYLAND_DISPLAY) : lancez MES Desk depuis une session "
            "graphique, ou utilisez les commandes sans fenêtre (mesdesk --help)"
        )
    from mesdesk.gui.launch import launch

    return launch(args.path)


def display_available(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt can open a window: always on Windows and macOS; on Linux and other
    X11/Wayland systems a display, or a platform chosen explicitly (e.g. offscreen)."""
    if platform.startswith(("win", "darwin")):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
