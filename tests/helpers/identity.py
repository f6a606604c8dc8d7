"""Build valid (fictitious) Swedish identity numbers for tests."""

from __future__ import annotations

from datetime import date


def luhn_check_digit(nine_digits: str) -> int:
    """Return the Luhn check digit of the 9 digits YYMMDDNNN."""
    total = 0
    for index, char in enumerate(nine_digits):
        value = int(char) * (2 - index % 2)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def make_identity(birth: date, serial: int, *, coordination: bool = False) -> str:
    """Return the 12-digit form ``YYYYMMDD-NNNC`` for a birth date and a 3-digit serial."""
    day = birth.day + 60 if coordination else birth.day
    body = f"{birth.year % 100:02d}{birth.month:02d}{day:02d}{serial:03d}"
    return f"{birth.year:04d}{birth.month:02d}{day:02d}-{serial:03d}{luhn_check_digit(body)}"
