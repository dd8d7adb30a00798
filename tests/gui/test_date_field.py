"""Dates typed as a French user types them (the parsing behind the events' date cells)."""

from __future__ import annotations

import datetime as dt

import pytest

from mesdesk.gui.pages.date_field import parse_typed_date


@pytest.mark.parametrize("typed", ["20/11/2024", "20/11/24", "20112024", "201124", "20-11-2024", "20.11.2024",
                                   " 20 / 11 / 2024 ", "2024-11-20"])
def test_spellings_of_the_twentieth_of_november(typed: str) -> None:
    assert parse_typed_date(typed) == dt.date(2024, 11, 20)


def test_single_digits_and_empty() -> None:
    assert parse_typed_date("1/3/2025") == dt.date(2025, 3, 1)
    assert parse_typed_date("   ") is None


def test_month_first_when_the_language_says_so() -> None:
    assert parse_typed_date("11/20/2024", day_first=False) == dt.date(2024, 11, 20)


@pytest.mark.parametrize("typed", ["31/02/2024", "20/13/2024", "00/11/2024", "2011202", "vendredi", "20/11"])
def test_impossible_or_unreadable_dates_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_typed_date(typed)
