"""Argument types shared by the commands."""

from __future__ import annotations

import argparse

from mesdesk.cli.errors import UserError

# Reports are written for real years: this range keeps every year a 64-bit integer
# for SQLite and a four-digit year for Word and Excel, with room on both sides.
FIRST_YEAR = 1900
LAST_YEAR = 2200


def year_argument(text: str) -> int:
    """A year given on the command line (``--year``, ``--report``, ``--from``).

    Not a number is bad usage (argparse, exit code 2); a number out of range is
    refused with one line (``UserError``, exit code 1), which ``main`` prints.
    """
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas une année") from None
    if not FIRST_YEAR <= value <= LAST_YEAR:
        shown = text if len(text) <= 24 else text[:20] + "…"
        raise UserError(f"année {shown} hors limites : indiquez une année entre {FIRST_YEAR} et {LAST_YEAR}")
    return value
