"""What a target's row reader returns for one row of a list (shared by every target)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol


class ImportRecord(Protocol):
    """A checked row, ready to be written by the service."""

    def planned(self) -> dict[str, int]:
        """Records writing this row creates, per record type."""
        ...


@dataclass(frozen=True, slots=True)
class RowResult:
    """What a row reader found in one row.

    Attributes:
        values: Field key → the text read (a default shown where it was used).
        errors: Field key → Swedish message.
        record: The checked row (``None`` when there are errors).
        key: Duplicate key (the normalised identity number), if the row has one.
    """

    values: Mapping[str, str]
    errors: dict[str, str]
    record: ImportRecord | None
    key: str | None = None


@dataclass(frozen=True, slots=True)
class ImportContext:
    """What row readers may look up besides the row itself (read from the vault once).

    Attributes:
        today: Reference date ("not in the future", century of 10-digit numbers).
        young_persons: Normalised identity number → young person id (concern lists).
        risk_categories: Folded label or code of an active risk category → code.
    """

    today: date
    young_persons: Mapping[str, str] = field(default_factory=dict)
    risk_categories: Mapping[str, str] = field(default_factory=dict)
