"""Display helpers shared by the record's tabs and dialogs: enum labels and dates.

Enumeration labels come from the domain in the UI's language (the domain keeps a Swedish
and an English label for every value). Dates are shown and typed as ISO 8601
(``2025-03-04``), the Swedish standard; ``parse_day`` also accepts ``20250304``.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from sspf_desk.domain import label
from sspf_desk.ui.i18n import current_language

_COMPACT = re.compile(r"\d{8}")


def enum_label(value: StrEnum) -> str:
    """Return the display label of a domain enumeration value in the UI's language."""
    return label(value, current_language())


def format_day(day: date | None) -> str:
    """Return ``day`` as ``YYYY-MM-DD`` (empty for None)."""
    return day.isoformat() if day is not None else ""


def parse_day(text: str) -> date | None:
    """Return the date typed in ``text`` (None when empty).

    Raises:
        ValueError: The text is not a date as ``YYYY-MM-DD`` or ``YYYYMMDD``.
    """
    text = text.strip()
    if not text:
        return None
    if _COMPACT.fullmatch(text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return date.fromisoformat(text)


def date_edit(name: str, accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    """Return a line edit for a date, with the ``YYYY-MM-DD`` placeholder."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(date_placeholder())
    edit.setMaximumWidth(160)
    return edit


def date_placeholder() -> str:
    """The placeholder of a date field (translated: ÅÅÅÅ-MM-DD)."""
    return QCoreApplication.translate("RecordTexts", "YYYY-MM-DD")


def bad_date_message() -> str:
    """The message under a date field that does not hold a date."""
    return QCoreApplication.translate("RecordTexts", "Write the date as YYYY-MM-DD.")


def read_day(edit: QLineEdit, field: str, problems: dict[str, str]) -> date | None:
    """Return the date in ``edit``; on a malformed date record a message for ``field``."""
    try:
        return parse_day(edit.text())
    except ValueError:
        problems[field] = bad_date_message()
        return None
