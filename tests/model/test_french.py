"""French formatting: dates, numbers and typographic spacing."""

from __future__ import annotations

import datetime as dt

import pytest

from mesdesk.model.french import NBSP, NNBSP, date_range, format_number, format_percent, long_date, typography


def test_long_dates() -> None:
    assert long_date(dt.date(2025, 3, 5)) == "5 mars 2025"
    assert long_date(dt.date(2024, 8, 1)) == "1er août 2024"


def test_date_ranges() -> None:
    assert date_range(dt.date(2024, 5, 21), dt.date(2024, 5, 23)) == "du 21 au 23 mai 2024"
    assert date_range(dt.date(2024, 4, 30), dt.date(2024, 5, 2)) == "du 30 avril au 2 mai 2024"
    assert date_range(dt.date(2024, 2, 12), None) == "12 février 2024"


def test_numbers_use_narrow_spaces_and_decimal_comma() -> None:
    assert format_number(52464) == f"52{NNBSP}464"
    assert format_number(1234567.5) == f"1{NNBSP}234{NNBSP}567,5"
    assert format_number(4.25) == "4,25"
    assert format_percent(0.6027) == f"60{NBSP}%"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("axes de travail :", f"axes de travail{NBSP}:"),
        ("ESS France: le MES", f"ESS France{NBSP}: le MES"),
        ("« Dans 10 ans »", f"«{NBSP}Dans 10 ans{NBSP}»"),
        ("60 % ; ok ? oui !", f"60{NBSP}%{NNBSP}; ok{NNBSP}? oui{NNBSP}!"),
        ("52 464 visites", f"52{NNBSP}464 visites"),
        ("voir https://www.le-mes.org/?NouvellePage2 : ici", f"voir https://www.le-mes.org/?NouvellePage2{NBSP}: ici"),
        ("à 12:30", "à 12:30"),
        ("en 2023 puis 2024", "en 2023 puis 2024"),
    ],
)
def test_typography(raw: str, expected: str) -> None:
    assert typography(raw) == expected
    assert typography(typography(raw)) == expected  # idempotent
