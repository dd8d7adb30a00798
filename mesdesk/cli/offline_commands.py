"""``mesdesk reservations URL [--liberer N]``: the sections taken offline on a server, and
the administrator's break for a laptop that never comes back (``store.checkout``)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser(
        "reservations",
        help="lister les parties emportées hors ligne sur un serveur, ou en libérer une",
        description="Liste les parties emportées hors ligne (qui, depuis quand). Avec --liberer, "
        "rend une partie (une action, le préambule, la conclusion) modifiable par tous : le texte du serveur reste tel qu'il est ; "
        "si le portable revient, ses modifications sont comparées à ce texte (conflits montrés).",
    )
    p.add_argument("url", help="l'espace de travail sur le serveur (postgresql://…)")
    p.add_argument("--liberer", metavar="PARTIE",
                   help="la partie à libérer : numéro d'action (ex. 2.1), « preambule » ou « conclusion »")
    p.set_defaults(handler=cmd_reservations)


def cmd_reservations(args: argparse.Namespace) -> int:
    from mesdesk.model.sharing import section_key
    from mesdesk.store.checkout import break_reservation, held
    from mesdesk.store.workspace import Workspace

    ws = Workspace.open(args.url)
    try:
        if args.liberer:
            section, subject, feminine = _section(ws, args.liberer)
            e = "e" if feminine else ""
            gone = break_reservation(ws, section)
            if gone is None:
                print(f"{subject} n'était pas emporté{e} hors ligne.")
            else:
                print(f"{subject} est libéré{e} (emporté{e} par {gone.holder} sur {gone.host} "
                      f"le {gone.taken_at:%d/%m/%Y à %H:%M}). Rien n'a été perdu sur le serveur.")
            return 0
        taken = held(ws.session)
        if not taken:
            print("Aucune partie n'est emportée hors ligne.")
        convention = ws.current_convention()
        numbers = {section_key("action", a.uid): a.number for a in (convention.actions if convention else [])}
        numbers.update(REPORT_SECTION_NAMES)
        for section, h in sorted(taken.items()):
            where = numbers.get(section, section)
            print(f"{where}\t{h.holder}\t{h.host}\t{h.taken_at:%d/%m/%Y %H:%M}")
        return 0
    finally:
        ws.close()


# The report's sections as the command line names them (typed without accents too).
REPORT_SECTION_NAMES = {"preamble": "préambule", "conclusion": "conclusion"}


def _section(ws: Any, typed: str) -> tuple[str, str, bool]:
    """The section key ``typed`` names (an action number or a report section), the
    sentence's subject for it, and whether that subject is feminine."""
    from mesdesk.cli.errors import UserError
    from mesdesk.model.sharing import section_key

    wanted = typed.strip().lower().replace("é", "e")
    for section, name in REPORT_SECTION_NAMES.items():
        if wanted == name.replace("é", "e"):
            return section, ("La " if section == "conclusion" else "Le ") + name, section == "conclusion"
    convention = ws.current_convention()
    action = convention.action_by_number(typed.strip()) if convention else None
    if action is None:
        raise UserError(f"Pas d'action {typed} dans cet espace de travail (ou « preambule », « conclusion »).")
    return section_key("action", action.uid), f"L'action {action.number}", True
