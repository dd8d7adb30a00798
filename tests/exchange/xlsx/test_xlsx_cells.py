"""Writing one cell, and reading one figure typed by a person."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mesdesk.exchange.xlsx.cells import (
    MAX_CELL_CHARS,
    TRUNCATION_MARKER,
    TextLog,
    looks_like_formula,
    safe_text,
    set_date,
    set_number,
    set_text,
)
from mesdesk.exchange.xlsx.number_parsing import NotANumber, parse_figure
from mesdesk.exchange.xlsx.sheets import _lines


@pytest.fixture
def cell():  # type: ignore[no-untyped-def]
    return Workbook().active["A1"]


@pytest.mark.parametrize("text", ["=1+1", "@SUM(A1)", "+33 1", "-x", "\tx", "\rx", "=", "#N/A", "#DIV/0!"])
def test_set_text_keeps_text(cell, text: str) -> None:  # type: ignore[no-untyped-def]
    set_text(cell, text)
    assert cell.data_type == "s"
    assert cell.value == safe_text(text)


@pytest.mark.parametrize("text,prefixed", [("=1+1", True), ("-x", True), ("@a", True), ("+1", True), ("a-b", False), ("#N/A", False)])
def test_quote_prefix_only_for_formula_triggers(cell, text: str, prefixed: bool) -> None:  # type: ignore[no-untyped-def]
    set_text(cell, text)
    assert bool(cell.quotePrefix) is prefixed
    assert looks_like_formula(text) is prefixed


def test_empty_text_leaves_the_cell_empty(cell) -> None:  # type: ignore[no-untyped-def]
    set_text(cell, "\x00\x01")
    assert cell.value is None


def test_safe_text_cuts_at_the_cell_limit_with_a_marker() -> None:
    log = TextLog()
    text = safe_text("a" * (MAX_CELL_CHARS + 10), where="ici", log=log)
    assert len(text) == MAX_CELL_CHARS and text.endswith(TRUNCATION_MARKER)
    assert log.truncated == ["ici"]
    exact = "b" * MAX_CELL_CHARS
    assert safe_text(exact, log=log) == exact and log.truncated == ["ici"]


def test_numbers_and_formats(cell) -> None:  # type: ignore[no-untyped-def]
    set_number(cell, 52464.0)
    assert cell.value == 52464 and isinstance(cell.value, int) and cell.number_format == "#,##0"
    set_number(cell, 4.5)
    assert cell.value == 4.5 and cell.number_format == "#,##0.0#"
    set_number(cell, 0.6, percent=True)
    assert cell.value == 0.6 and cell.number_format.startswith("+0%")
    set_number(cell, None)
    assert cell.value is None


def test_dates(cell) -> None:  # type: ignore[no-untyped-def]
    set_date(cell, dt.date(2024, 5, 21))
    assert cell.is_date and cell.number_format == "dd/mm/yyyy"


@pytest.mark.parametrize(
    "raw,expected",
    [
        (52464, 52464.0),
        (4.5, 4.5),
        ("52 464", 52464.0),
        ("52\u202f464", 52464.0),
        ("52\u00a0464", 52464.0),
        ("4,5", 4.5),
        ("4.5", 4.5),
        (" -3 ", -3.0),
        (None, None),
        ("  ", None),
    ],
)
def test_parse_figure_accepts_french_forms(raw: object, expected: float | None) -> None:
    assert parse_figure(raw) == expected


@pytest.mark.parametrize(
    "raw", ["beaucoup", "environ 60", "1.234,5", "60 %", "#DIV/0!", True, dt.date(2024, 1, 1), float("nan"), "1e5"]
)
def test_parse_figure_refuses_what_is_not_a_figure(raw: object) -> None:
    with pytest.raises(NotANumber):
        parse_figure(raw)


def test_line_estimate_wraps_words_and_paragraphs() -> None:
    width = 11  # 11 letters a line
    assert _lines("court", width) == 1
    assert _lines("un deux trois", width) == 2  # "un deux trois" is 13 letters: "un deux" / "trois"
    assert _lines("un deux trois quatre", width) == 3  # "trois quatre" is 12: a third line
    assert _lines("a\nb\nc", width) == 3
    assert _lines("x" * 30, width) == 3  # a long word breaks anywhere
