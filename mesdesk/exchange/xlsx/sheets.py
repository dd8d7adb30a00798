"""One sheet holding one Excel table: typed columns, styled frozen header, print setup.

Each sheet module (``synthesis_sheet.py``, ``indicators_sheet.py`` …) describes its
columns and rows as a ``TableSheet``; this module is the only one that knows how a
table is laid out, styled and printed, so the sheets all look and behave the same.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from mesdesk.exchange.xlsx.cells import CellPlace, TextLog, safe_text, set_date, set_number, set_text
from mesdesk.exchange.xlsx.ignored_errors import keep_as_text, looks_numeric

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
TEXT_ALIGNMENT = Alignment(wrap_text=True, vertical="top")
NUMBER_ALIGNMENT = Alignment(vertical="top")
# Table styles are not drawn by LibreOffice: the header is styled by hand as well,
# and a thin grid keeps the printed tables readable.
_THIN = Side(style="thin", color="A6A6A6")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
TABLE_STYLE = "TableStyleMedium2"
LINE_HEIGHT = 14.5  # points, for the default 11 pt font
LETTERS_PER_WIDTH = 1.0
MAX_ROW_HEIGHT = 409.0  # Excel's limit

# Excel refuses (and "repairs") a table whose name looks like a cell reference
# (A1, XFD1048576, R1C1), does not start with a letter or underscore, or holds spaces.
_TABLE_NAME = re.compile(r"^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$")
_CELL_REF = re.compile(r"^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$")


class Kind(enum.Enum):
    """How a column's values are written."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    PERCENT = "percent"
    DATE = "date"
    IDENTIFIER = "identifier"  # text, in a hidden column
    CODE = "code"  # a number when it is a plain integer (an axis « 1 »), else text (« 1.a »)


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind
    width: float

    @property
    def hidden(self) -> bool:
        return self.kind is Kind.IDENTIFIER


Value = str | float | int | dt.date | None


@dataclass
class TableSheet:
    """What one sheet holds: its name, its table's name, columns and rows of values."""

    title: str
    table_name: str
    columns: Sequence[Column]
    rows: list[list[Value]] = field(default_factory=list)
    print_title: str = ""  # printed in the page header


def check_table_name(name: str) -> str:
    """Return ``name`` if Excel accepts it as a table name, raise ValueError otherwise."""
    if not _TABLE_NAME.match(name) or _CELL_REF.match(name):
        raise ValueError(f"nom de tableau refusé par Excel : {name!r}")
    return name


def header_footer_text(text: str) -> str:
    """User text for a page header: ``&`` starts a header code and must be doubled."""
    return safe_text(text)[:200].replace("&", "&&")


def write_table_sheet(workbook: Workbook, spec: TableSheet, log: TextLog) -> Worksheet:
    """Add a sheet holding ``spec`` as an Excel table, ready to filter and to print."""
    ws = workbook.create_sheet(spec.title)
    columns = list(spec.columns)
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=index)
        set_text(cell, column.header)
        _unflag_text_number(ws, cell)  # a year header is text: Excel tables want text headers
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        cell.border = GRID
        dimension = ws.column_dimensions[get_column_letter(index)]
        dimension.width = column.width
        dimension.hidden = column.hidden

    # Row heights are computed by Excel/LibreOffice for data rows but not reliably for
    # the header, whose wrapped titles (« Évolution 2024/2023 ») would be cut.
    ws.row_dimensions[1].height = LINE_HEIGHT * max(_lines(c.header, c.width) for c in columns) + 2

    # An Excel table needs at least one data row: keep an empty one for an empty list.
    rows = spec.rows or [[None] * len(columns)]
    styles = _CellStyles()
    for row_number, values in enumerate(rows, start=2):
        lines = 1
        for index, (column, value) in enumerate(zip(columns, values), start=1):
            cell = ws.cell(row=row_number, column=index)
            _write_value(cell, column, value, CellPlace(spec.title, row_number, column.header), log)
            _unflag_text_number(ws, cell)
            styles.apply(cell, NUMBER_ALIGNMENT if _is_figure(column, value) else TEXT_ALIGNMENT)
            if isinstance(cell.value, str) and not column.hidden:
                lines = max(lines, _lines(cell.value, column.width))
        if lines > 1:
            # LibreOffice does not grow rows for wrapped text on opening a file, and
            # Excel not always: give each row the height its longest text needs.
            ws.row_dimensions[row_number].height = min(LINE_HEIGHT * lines + 2, MAX_ROW_HEIGHT)

    last = f"{get_column_letter(len(columns))}{len(rows) + 1}"
    ref = f"A1:{last}"
    table = Table(displayName=check_table_name(spec.table_name), ref=ref)
    # Set by hand (not from the cells) so the names are exactly our headers.
    table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(columns, start=1)]
    table.autoFilter = AutoFilter(ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True, showColumnStripes=False)
    ws.add_table(table)

    ws.freeze_panes = "A2"
    setup_print(ws, spec.print_title or spec.title)
    return ws


def _lines(text: str, width: float) -> int:
    """Lines a wrapped text needs in a column ``width`` characters wide.

    A greedy word wrap, ``width`` letters a line. A column's width is counted in widths
    of the digit 0 and average letters are narrower, but wide ones (capitals, « m »,
    accented words) and break points make real lines hold barely more (LibreOffice
    wrapped « FDVA (Fonds pour le » at 19 letters in a 30-wide column when the next
    word made 33): the estimate errs on the side of a row a little too tall rather
    than a text cut off.
    """
    capacity = max(int(width * LETTERS_PER_WIDTH), 1)
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size > capacity:
                lines, used = lines + 1, 0
            if not used and size > capacity:  # a long word (a URL) breaks anywhere
                lines += (size - 1) // capacity
                used = size - ((size - 1) // capacity) * capacity
            else:
                used += size + (1 if used else 0)
        total += lines
    return total


def _is_figure(column: Column, value: Value) -> bool:
    return value is not None and (
        column.kind in (Kind.NUMBER, Kind.PERCENT, Kind.DATE) or (column.kind is Kind.CODE and _plain_integer(value))
    )


def _plain_integer(value: Value) -> bool:
    """« 12 » but not « 012 » (its zero would be lost) nor « 1.10 »."""
    return isinstance(value, str) and value.isascii() and value.isdigit() and (value == "0" or not value.startswith("0"))


def _unflag_text_number(ws: Worksheet, cell) -> None:  # type: ignore[no-untyped-def]  # openpyxl cells are untyped
    """Text that reads as a number is text on purpose here (every number is written as
    one): no « number stored as text » marker in Excel."""
    if cell.data_type == "s" and isinstance(cell.value, str) and looks_numeric(cell.value):
        keep_as_text(ws, cell.row, cell.column)


def _write_value(cell, column: Column, value: Value, where: CellPlace, log: TextLog) -> None:  # type: ignore[no-untyped-def]  # openpyxl cells are untyped
    """The value with its type and number format (the alignment and grid come after)."""
    kind = column.kind
    if value is None:
        return
    if kind is Kind.CODE and _plain_integer(value):
        cell.value = int(value)  # type: ignore[arg-type]  # the column's kind says the value's type
    elif kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.IDENTIFIER, Kind.CODE):
        set_text(cell, str(value), where=where, log=log)
    elif kind is Kind.NUMBER:
        set_number(cell, value)  # type: ignore[arg-type]  # the column's kind says the value's type
    elif kind is Kind.PERCENT:
        set_number(cell, value, percent=True)  # type: ignore[arg-type]  # the column's kind says the value's type
    else:
        set_date(cell, value)  # type: ignore[arg-type]  # the column's kind says the value's type


class _CellStyles:
    """Alignment and grid for data cells, computed once per combination.

    Assigning an Alignment or a Border makes openpyxl hash it into the workbook's style
    tables, which was most of the time spent writing a large sheet; a cell with the same
    number format, quote prefix and alignment as an earlier one takes a copy of that
    cell's style array instead (openpyxl's own way of copying a style).
    """

    def __init__(self) -> None:
        self._done: dict[tuple[int, str, bool], StyleArray] = {}

    def apply(self, cell, alignment: Alignment) -> None:  # type: ignore[no-untyped-def]  # openpyxl cells are untyped
        key = (id(alignment), cell.number_format, bool(cell.quotePrefix))
        done = self._done.get(key)
        if done is not None:
            cell._style = copy(done)
            return
        cell.alignment = alignment
        cell.border = GRID
        self._done[key] = copy(cell._style)


def setup_print(ws: Worksheet, title: str, *, table: bool = True) -> None:
    """Landscape A4 with page numbers; a table also fits one page wide and repeats its
    header row on every page.

    Not for a sheet of charts: LibreOffice fits such a sheet to its (empty) cells and
    squashes the charts, so that sheet is laid out to fit a page at 100 %.
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if table:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages high as needed
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.print_options.gridLines = False
    ws.oddHeader.left.text = header_footer_text(title)
    ws.oddHeader.right.text = "&A"  # the sheet name
    ws.oddFooter.right.text = "Page &P / &N"
