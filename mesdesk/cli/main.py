"""The ``mesdesk`` command line.

Exit codes: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage.
Each group of commands lives in its own module with a ``register(subparsers)``
function; ``mesdesk [PATH]`` with no command opens the desktop application.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from mesdesk import __version__
from mesdesk.cli.errors import UserError, user_message
from mesdesk.logs import setup_logging

log = logging.getLogger("mesdesk.cli.main")  # not __name__: "__main__" under python -m

COMMAND_MODULES: tuple[str, ...] = (
    "mesdesk.cli.workspace_commands",
    "mesdesk.cli.export_commands",
    "mesdesk.cli.xlsx_commands",
    "mesdesk.cli.accounts_commands",
    "mesdesk.cli.import_commands",
    "mesdesk.cli.review_commands",
    "mesdesk.cli.version_commands",
    "mesdesk.cli.server_commands",
    "mesdesk.cli.offline_commands",
    "mesdesk.cli.gui_command",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mesdesk",
        description="MES Desk : rédiger le bilan annuel d'une convention et l'exporter en Word et Excel.",
        epilog="Sans commande, « mesdesk [FICHIER.mesdesk] » ouvre l'application.",
    )
    parser.add_argument("--version", action="version", version=f"MES Desk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command group not built yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    subparsers: Any = parser._subparsers  # argparse keeps its sub-commands private
    commands = set(subparsers._group_actions[0].choices) if subparsers else set()
    if not args_list or (args_list[0] not in commands and not args_list[0].startswith("-")):
        args_list = ["gui", *args_list]
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: 2 for bad usage, 0 for --help/--version
        return int(exc.code or 0)
    except UserError as exc:  # a value refused by an argument type (e.g. a year out of range)
        print(f"mesdesk : {exc}", file=sys.stderr)
        return 1
    setup_logging()
    try:
        result = args.handler(args)
    except UserError as exc:
        log.warning("mesdesk %s refused: %s", args.command, exc)
        print(f"mesdesk : {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mesdesk : interrompu", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``mesdesk check … | head``): nothing left to say to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # a known kind of failure from a layer below: one line
        message = user_message(exc, getattr(args, "path", None))
        if message is None:
            log.exception("Unexpected exception in mesdesk %s", args.command)
            raise
        log.warning("mesdesk %s failed: %s", args.command, message)
        print(f"mesdesk : {message}", file=sys.stderr)
        return 1
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
