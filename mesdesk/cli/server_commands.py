"""``mesdesk server …``: an administrator's commands for a PostgreSQL server that holds
several organisations' workspaces (row-level security, mesdesk/store/tenancy.py).

Run with the URL of the database's owner: an empty database is first given MES Desk's
schema. Roles themselves are the server's business (``createuser --pwprompt alice``):
MES Desk only says which organisation a role belongs to, and grants it the rights a
member needs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeVar

from mesdesk.cli.errors import UserError

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's sub-parser type is private and generic
    parser = subparsers.add_parser("server", help="administrer un serveur PostgreSQL (organisations, membres)")
    commands = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    p = commands.add_parser("add-organisation", help="créer une organisation sur le serveur")
    p.add_argument("url", metavar="postgresql://propriétaire@serveur/base")
    p.add_argument("code", metavar="CODE", help="identifiant court : minuscules, chiffres, - et _")
    p.add_argument("--name", default="", help="nom complet de l'organisation")
    p.set_defaults(handler=cmd_add_organisation)

    p = commands.add_parser("add-member", help="rattacher un rôle PostgreSQL existant à une organisation")
    p.add_argument("url", metavar="postgresql://propriétaire@serveur/base")
    p.add_argument("code", metavar="CODE")
    p.add_argument("role", metavar="RÔLE")
    p.set_defaults(handler=cmd_add_member)

    p = commands.add_parser("list", help="lister les organisations et leurs membres")
    p.add_argument("url", metavar="postgresql://propriétaire@serveur/base")
    p.set_defaults(handler=cmd_list)


def _administer(url: str, action: Callable[..., T]) -> T:
    from sqlalchemy.exc import SQLAlchemyError

    from mesdesk.store.errors import WorkspaceError
    from mesdesk.store.server import ServerAddress, describe, is_server_location
    from mesdesk.store.server_workspace import ensure_schema, make_engine

    if not is_server_location(url):
        raise UserError(f"adresse de serveur attendue (postgresql://…) : {url}")
    address = ServerAddress.parse(url)
    engine = make_engine(address)
    try:
        with engine.begin() as connection:
            ensure_schema(connection, address, allow_create=True)
            return action(connection)
    except WorkspaceError as exc:
        raise UserError(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise UserError(str(describe(address, exc, "administrer"))) from exc
    finally:
        engine.dispose()


def cmd_add_organisation(args: argparse.Namespace) -> int:
    from mesdesk.store import tenancy

    created = _administer(args.url, lambda conn: tenancy.add_organisation(conn, args.code, args.name))
    print(f"Organisation {'créée' if created else 'déjà présente (nom mis à jour)'} : {args.code}")
    return 0


def cmd_add_member(args: argparse.Namespace) -> int:
    from mesdesk.store import tenancy

    _administer(args.url, lambda conn: tenancy.add_member(conn, args.code, args.role))
    print(f"{args.role} est membre de l'organisation {args.code}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from mesdesk.store import tenancy

    rows = _administer(args.url, tenancy.organisations)
    if not rows:
        print("Aucune organisation sur ce serveur.")
    for code, name, members in rows:
        print(f"{code}\t{name}\t{', '.join(members) or '(aucun membre)'}")
    return 0
