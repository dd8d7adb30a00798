"""Reading the « Indicateurs » sheet of a workbook a member sends back, and applying it.

Rows are matched by the hidden identifier column, never by position, so a member may
sort or filter the table. Columns are found by their header text, so moved columns
still work. Only the report's own year is read. Reading changes nothing: it returns
an ``IndicatorImportSummary``; applying is all or nothing unless asked otherwise.
"""

from __future__ import annotations

import logging
import math
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import object_session

from mesdesk.exchange.errors import ImportFileError
from mesdesk.exchange.xlsx.import_summary import IndicatorImportSummary, InvalidValue, UnknownRow, ValueChange
from mesdesk.exchange.xlsx.indicators_sheet import LABEL_HEADER, SHEET_TITLE, UID_HEADER, year_header
from mesdesk.exchange.xlsx.number_parsing import NotANumber, parse_figure
from mesdesk.exchange.xlsx.zip_guard import check_xlsx_file
from mesdesk.model.edits import SetIndicatorValue
from mesdesk.model.entities import Report
from mesdesk.model.french import format_number
from mesdesk.model.limits import MAX_ID_CHARS, MAX_VALUE

log = logging.getLogger(__name__)

# Bounds on what is read, whatever the sheet claims about its own size.
MAX_DATA_ROWS = 20_000
MAX_COLUMNS = 200
HEADER_SEARCH_ROWS = 20  # a member may insert a title above the table
MAX_LABEL_SHOWN = 200  # of a label read from the file, only shown in the summary


class InvalidValuesError(ImportFileError):
    """Applying was refused: the file has invalid values and partial import was not asked."""


def read_indicator_updates(path: Path, report: Report) -> IndicatorImportSummary:
    """Read a returned workbook and say what it would change in ``report``; apply nothing.

    Raises ``ImportFileError`` with a message for the user when the file is not a
    usable workbook (another format, password, damaged, too large, no Indicateurs
    sheet, no identifier or year column).
    """
    path = Path(path)
    check_xlsx_file(path)
    with warnings.catch_warnings():
        # openpyxl warns about what it does not model (no default style, data bars and
        # other extensions, names pointing at other workbooks). None of it matters to
        # the figures read here, and a warning on stderr would break the command line's
        # one-line rule; the sheet is read the same.
        warnings.simplefilter("ignore")
        try:
            workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # any parser failure on an untrusted file means "damaged"
            raise _unreadable(path, exc) from exc
        try:
            return _read_sheet(workbook, path, report)
        except ImportFileError:
            raise
        except Exception as exc:
            raise _unreadable(path, exc) from exc
        finally:
            workbook.close()  # read-only mode keeps the file open until then


def apply_indicator_updates(
    summary: IndicatorImportSummary, report: Report, *, allow_partial: bool = False
) -> int:
    """Apply the summary's changes to ``report``; returns how many values changed.

    Refuses (``InvalidValuesError``) when the file had invalid values, unless
    ``allow_partial``: then the valid changes are applied and the invalid rows left
    out. Nothing is committed here: the caller commits, in one transaction.
    """
    if summary.year != report.year or summary.convention_uid != report.convention.uid:
        raise ImportFileError("Ce résumé a été lu pour un autre bilan : relisez le fichier.")
    if summary.invalid and not allow_partial:
        raise InvalidValuesError(
            f"{len(summary.invalid)} valeur(s) non valable(s) dans {summary.path.name} : rien n'a été modifié. "
            "Corrigez le fichier, ou demandez d'appliquer seulement les valeurs valables."
        )
    by_uid = {indicator.uid: indicator for indicator in report.convention.indicators}
    # Check everything before changing anything: all or nothing.
    for change in summary.changed:
        indicator = by_uid.get(change.uid)
        if indicator is None or not _same(indicator.value_for(summary.year), change.old):
            raise ImportFileError(
                "Les indicateurs ont changé depuis la lecture du fichier : relisez-le avant d'appliquer."
            )
    session = object_session(report)
    assert session is not None
    for change in summary.changed:  # the same edit as a value typed in the GUI's table
        SetIndicatorValue(by_uid[change.uid], summary.year, change.new).apply(session)
    log.info("Excel indicators from %s applied to %s: %d changed, %d invalid left out, %d unknown rows",
             summary.path.name, report.year, len(summary.changed), len(summary.invalid), len(summary.unknown))
    return len(summary.changed)


# -- reading ---------------------------------------------------------------------------

def _unreadable(path: Path, exc: BaseException) -> ImportFileError:
    """The user's message for a parser failure (openpyxl wraps the cause in a ValueError)."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return ImportFileError(
                f"{path.name} contient du XML avec des déclarations d'entités (piège possible) : refusé."
            )
        cause = cause.__cause__ or cause.__context__
    return ImportFileError(f"{path.name} est endommagé et ne peut pas être lu ({exc.__class__.__name__}).")


def _norm(value: object) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


def _find_sheet(workbook: Any, path: Path) -> Any:
    wanted = _norm(SHEET_TITLE)
    for name in workbook.sheetnames:
        if _norm(name) == wanted:
            return workbook[name]
    raise ImportFileError(
        f"{path.name} n'a pas de feuille « {SHEET_TITLE} » : ce n'est pas un tableau exporté par MES Desk, "
        "ou la feuille a été renommée."
    )


def _header_text(value: object) -> str:
    # A year header may have become the number 2024 if a program retyped it.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _norm(value)


def _find_header(ws: Any, path: Path, year: int) -> tuple[int, dict[str, int]]:
    """The header row number and the columns (1-based) of uid, label and the year."""
    rows = ws.iter_rows(min_row=1, max_row=HEADER_SEARCH_ROWS, max_col=MAX_COLUMNS, values_only=True)
    for row_number, values in enumerate(rows, start=1):
        headers = [_header_text(v) for v in values]
        uid_col = next((i for i, h in enumerate(headers, 1) if h.startswith("identifiant")), None)
        if uid_col is None:
            continue
        year_col = next((i for i, h in enumerate(headers, 1) if h == year_header(year)), None)
        if year_col is None:
            raise ImportFileError(
                f"La feuille « {SHEET_TITLE} » de {path.name} n'a pas de colonne {year} : "
                f"ce fichier n'est pas celui du bilan {year}."
            )
        label_col = next((i for i, h in enumerate(headers, 1) if h == _norm(LABEL_HEADER)), None)
        columns = {"uid": uid_col, "year": year_col}
        if label_col is not None:
            columns["label"] = label_col
        return row_number, columns
    raise ImportFileError(
        f"La feuille « {SHEET_TITLE} » de {path.name} n'a pas de colonne « {UID_HEADER} » : "
        "les lignes ne peuvent pas être reconnues. Renvoyez le tableau exporté par MES Desk sans supprimer de colonne."
    )


def _data_rows(ws: Any, header_row: int, max_col: int, path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    last = header_row + MAX_DATA_ROWS
    rows = ws.iter_rows(min_row=header_row + 1, max_row=last + 1, max_col=max_col, values_only=True)
    for row_number, values in enumerate(rows, start=header_row + 1):
        if row_number > last:
            raise ImportFileError(
                f"La feuille « {SHEET_TITLE} » de {path.name} a plus de {format_number(MAX_DATA_ROWS)} lignes : "
                "anormalement grand, refusé."
            )
        yield row_number, values


def _read_sheet(workbook: Any, path: Path, report: Report) -> IndicatorImportSummary:
    ws = _find_sheet(workbook, path)
    year = report.year
    header_row, columns = _find_header(ws, path, year)
    uid_col, year_col, label_col = columns["uid"], columns["year"], columns.get("label")
    year_letter = get_column_letter(year_col)
    by_uid = {indicator.uid: indicator for indicator in report.convention.indicators}
    summary = IndicatorImportSummary(
        path=path, sheet=ws.title, year=year, convention_uid=report.convention.uid
    )
    seen: dict[str, int] = {}
    max_col = max(columns.values())
    for row_number, values in _data_rows(ws, header_row, max_col, path):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue  # empty rows (and the table's spare row) say nothing
        # A cell holds up to 32,767 characters: what is shown of it stays one line long.
        uid = _cell_text(values[uid_col - 1])[:MAX_ID_CHARS]
        raw = values[year_col - 1]
        file_label = _cell_text(values[label_col - 1])[:MAX_LABEL_SHOWN] if label_col else ""
        indicator = by_uid.get(uid)
        if indicator is None:
            summary.unknown.append(UnknownRow(row_number, uid, file_label))
            continue
        label = indicator.label or file_label
        if uid in seen:
            summary.invalid.append(
                InvalidValue(
                    ws.title, row_number, get_column_letter(uid_col), UID_HEADER, "",
                    label, f"indicateur en double (déjà ligne {seen[uid]})",
                )
            )
            continue
        seen[uid] = row_number
        try:
            new = parse_figure(raw)
            if new is not None and abs(new) > MAX_VALUE:
                raise NotANumber(f"nombre hors limites (au plus {format_number(MAX_VALUE)} en valeur absolue)")
        except NotANumber as exc:
            summary.invalid.append(
                InvalidValue(ws.title, row_number, year_letter, str(year), _cell_text(raw)[:80], label, str(exc))
            )
            continue
        old = indicator.value_for(year)
        if new is None:
            # An emptied cell is more often a slip than a request to erase a figure.
            (summary.blank_kept if old is not None else summary.unchanged).append(uid)
        elif _same(old, new):
            summary.unchanged.append(uid)
        else:
            summary.changed.append(ValueChange(uid, label, row_number, old, new))
    summary.missing = [uid for uid in by_uid if uid not in seen]
    return summary


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _same(old: float | None, new: float | None) -> bool:
    if old is None or new is None:
        return old is new
    return math.isclose(old, new, rel_tol=1e-12, abs_tol=1e-12)

