"""Safe, typed writing of one cell: text stays text, numbers and dates keep their type.

openpyxl turns any string starting with ``=`` into a formula and strings such as
``#N/A`` into error cells; spreadsheet programs also evaluate text starting with
``+ - @`` (or a tab/CR) when a user edits the cell. Text from the model is user
text, so every string is written with an explicit text type, and the risky ones
also get Excel's "quote prefix" so they stay text after an edit in Excel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from openpyxl.cell.cell import Cell

from mesdesk.model.textclean import clean_text

# The hard limit of an Excel cell; openpyxl would cut silently at this length.
MAX_CELL_CHARS = 32_767
TRUNCATION_MARKER = " […] [texte tronqué : trop long pour une cellule Excel]"
# Characters that make a spreadsheet read the rest of the cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Number formats are stored in the en-US form; Excel and LibreOffice show them with
# the reader's separators (``52 464`` in French).
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0#"
PERCENT_FORMAT = "+0%;-0%;0%"
DATE_FORMAT = "dd/mm/yyyy"


@dataclass(frozen=True)
class CellPlace:
    """A cell as the user finds it: the sheet, the row number, the column's header."""

    sheet: str
    row: int
    column: str


@dataclass
class TextLog:
    """Collects what had to be altered while writing text (for the export's warnings)."""

    truncated: list[CellPlace] = field(default_factory=list)

    def note_truncated(self, where: CellPlace | None) -> None:
        if where is not None:
            self.truncated.append(where)


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could take the text for a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def safe_text(value: str, *, where: CellPlace | None = None, log: TextLog | None = None) -> str:
    """Text an xlsx cell can hold: control characters removed, length capped visibly."""
    text = clean_text(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER
        if log is not None:
            log.note_truncated(where)
    return text


def set_text(cell: Cell, value: str, *, where: CellPlace | None = None, log: TextLog | None = None) -> None:
    """Write user text into a cell so that it can only ever be text."""
    text = safe_text(value, where=where, log=log)
    if not text:
        cell.value = None
        return
    cell.value = text
    # Assigning a str lets openpyxl guess "f" (formula) or "e" (error): override it.
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True


def set_number(cell: Cell, value: float | int | None, *, percent: bool = False) -> None:
    """A number cell with a French-friendly display format; None leaves the cell empty."""
    if value is None:
        cell.value = None
        return
    if percent:
        cell.value = float(value)
        cell.number_format = PERCENT_FORMAT
        return
    number = float(value)
    if number.is_integer():
        cell.value = int(number)
        cell.number_format = INTEGER_FORMAT
    else:
        cell.value = number
        cell.number_format = DECIMAL_FORMAT


def set_date(cell: Cell, value: dt.date | None) -> None:
    """A real date cell (a serial number with a date format), shown day/month/year."""
    cell.value = value
    if value is not None:
        cell.number_format = DATE_FORMAT
