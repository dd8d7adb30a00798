"""Excel's « nombre stocké sous forme de texte » markers, turned off where text is meant.

A year header (« 2024 ») or an action number (« 1.10 », which must not become 1.1) is
text on purpose; Excel still flags each such cell with a green triangle. A sheet's
``<ignoredErrors>`` element tells it not to. openpyxl 3.1 has the element's class
(``openpyxl.worksheet.errors``) but never writes it, so the worksheet writer openpyxl
uses is given one more step, right where the schema puts the element (after the page
breaks, before the drawing). It writes nothing for a sheet without such cells, so
other workbooks saved in the same process are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import openpyxl.writer.excel as _excel_writer
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import Element, SubElement

# What Excel would read as a number: digits with separators, a sign, a percent.
_NUMERIC = re.compile(r"\s*[+-]?(\d[\d\s\u00a0\u202f]*([.,]\d+)?|[.,]\d+)\s*%?\s*")
_ATTRIBUTE = "_mesdesk_text_numbers"  # the cells (row, column) of a sheet to leave unflagged


def looks_numeric(text: str) -> bool:
    return bool(_NUMERIC.fullmatch(text))


def keep_as_text(ws: Worksheet, row: int, column: int) -> None:
    """Mark a text cell holding digits on purpose: Excel will not flag it."""
    cells: set[tuple[int, int]] = getattr(ws, _ATTRIBUTE, None) or set()
    cells.add((row, column))
    setattr(ws, _ATTRIBUTE, cells)


def sqref(cells: Iterable[tuple[int, int]]) -> str:
    """The cells as few ranges: runs of rows in each column (« E1:H1 » spans columns too)."""
    ranges: list[str] = []
    by_column: dict[int, list[int]] = {}
    for row, column in sorted(cells, key=lambda c: (c[1], c[0])):
        by_column.setdefault(column, []).append(row)
    for column, rows in by_column.items():
        letter = get_column_letter(column)
        start = previous = rows[0]
        following: list[int | None] = [*rows[1:], None]
        for following_row in following:
            if following_row is not None and following_row == previous + 1:
                previous = following_row
                continue
            ranges.append(f"{letter}{start}" if start == previous else f"{letter}{start}:{letter}{previous}")
            if following_row is not None:
                start = previous = following_row
    return " ".join(ranges)


class _Writer(WorksheetWriter):  # type: ignore[misc]  # openpyxl is untyped (Any)
    def write_breaks(self) -> None:
        super().write_breaks()
        cells = getattr(self.ws, _ATTRIBUTE, None)
        if cells:
            element = Element("ignoredErrors")
            SubElement(element, "ignoredError", {"sqref": sqref(cells), "numberStoredAsText": "1"})
            self.xf.send(element)


if _excel_writer.WorksheetWriter is WorksheetWriter:
    _excel_writer.WorksheetWriter = _Writer
