"""Small helpers shared by the validation rules (messages in Swedish, keyed by field)."""

from __future__ import annotations

import re
from datetime import date

#: Longest one-line text (names, roles, organisations, references).
MAX_SHORT_TEXT = 200
#: Longest free text (observations, assessments, purposes, goals).
MAX_LONG_TEXT = 4000

FUTURE_DATE = "Datumet kan inte ligga i framtiden."
END_BEFORE_START = "Slutdatum kan inte ligga före startdatum."

# A personnummer or samordningsnummer, 10 or 12 digits, with or without a separator.
_ID_NUMBER = re.compile(r"\d{6}[-+ ]?\d{4}")


def looks_like_id_number(text: str) -> bool:
    """Whether ``text`` contains something shaped like a personnummer or samordningsnummer."""
    return _ID_NUMBER.search(text) is not None


def require(errors: dict[str, str], field: str, value: str, message: str) -> None:
    """Record ``message`` for ``field`` when ``value`` is empty or only whitespace."""
    if not value.strip() and field not in errors:
        errors[field] = message


def check_length(errors: dict[str, str], field: str, value: str, limit: int) -> None:
    """Record an error for ``field`` when ``value`` is longer than ``limit`` characters."""
    if len(value.strip()) > limit and field not in errors:
        errors[field] = f"Fältet får vara högst {limit} tecken."


def check_not_future(errors: dict[str, str], field: str, value: date | None, today: date) -> None:
    """Record an error for ``field`` when ``value`` lies after ``today``."""
    if value is not None and value > today and field not in errors:
        errors[field] = FUTURE_DATE
