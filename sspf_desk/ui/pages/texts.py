"""Display helpers of the Översikt and Orosignaler pages: enum labels and dates.

Labels of domain enumerations come from the domain, in the UI's language. Dates are shown
as ISO 8601 (``2025-03-04``), the Swedish standard.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sspf_desk.domain import label
from sspf_desk.ui.i18n import current_language


def enum_text(value: StrEnum) -> str:
    """Return the display label of a domain enumeration value in the UI's language."""
    return label(value, current_language())


def enum_labels(*kinds: type[StrEnum]) -> dict[StrEnum, str]:
    """Labels of every value of ``kinds`` in the UI's language (for many look-ups)."""
    lang = current_language()
    return {value: label(value, lang) for kind in kinds for value in kind}


def day_text(day: date | None) -> str:
    """Return ``day`` as ``YYYY-MM-DD`` (empty for None)."""
    return day.isoformat() if day is not None else ""
