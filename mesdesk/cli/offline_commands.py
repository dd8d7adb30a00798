"""``mesdesk reservations URL [--liberer N]``: the sections taken offline on a server, and
the administrator's break for a laptop that never comes back (``store.checkout``)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    p = subparsers.add_parser(
        "reservations",
        help="lister les parties emportées hors ligne sur un serveur, ou en libérer une",
        description="Liste les parties emportées hors ligne (qui, depuis quand). Avec --liberer, "
        "rend une action modifiable par tous : le texte du serveur reste tel qu'il est ; "
        "si le portable revient, ses modifications sont comparées à ce texte (conflits montrés).",
    )
    p.add_argument("url", help="l'espace de travail sur le serveur (postgresql://…)")
    p.add_argument("--liberer", metavar="ACTION", help="numéro de l'action à libérer (ex. 2.1)")
    p.set_defaults(handler=cmd_reservations)


def cmd_reservations(args: argparse.Namespace) -> int:
    from mesdesk.cli.errors import UserError
    from mesdesk.model.sharing import section_key
    from mesdesk.store.checkout import break_reservation, held
    from mesdesk.store.workspace import Workspace

    ws = Workspace.open(args.url)
    try:
        if args.liberer:
            convention = ws.current_convention()
            action = convention.action_by_number(args.liberer) if convention else None
            if action is None:
                raise UserError(f"Pas d'action {args.liberer} dans cet espace de travail.")
            gone = break_reservation(ws, section_key("action", action.uid))
            if gone is None:
                print(f"L'action {args.liberer} n'était pas emportée hors ligne.")
            else:
                print(f"Action {args.liberer} libérée (emportée par {gone.holder} sur {gone.host} "
                      f"le {gone.taken_at:%d/%m/%Y à %H:%M}). Rien n'a été perdu sur le serveur.")
            return 0
        taken = held(ws.session)
        if not taken:
            print("Aucune partie n'est emportée hors ligne.")
        convention = ws.current_convention()
        numbers = {a.uid: a.number for a in (convention.actions if convention else [])}
        for section, h in sorted(taken.items()):
            where = numbers.get(section.split(":", 1)[-1], section)
            print(f"{where}\t{h.holder}\t{h.host}\t{h.taken_at:%d/%m/%Y %H:%M}")
        return 0
    finally:
        ws.close()
