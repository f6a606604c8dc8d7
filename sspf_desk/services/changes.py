"""Notifications from an open workspace: what changed, and how saving is going."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sspf_desk.errors import KnownError


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The record types (table names) changed by one committed unit of work.

    Example: ``frozenset({"young_person", "audit_entry"})``.
    """

    entities: frozenset[str]

    def touches(self, *entities: str) -> bool:
        """Return whether any of ``entities`` changed."""
        return not self.entities.isdisjoint(entities)


@dataclass(frozen=True, slots=True)
class SaveStatus:
    """Where the background save stands.

    Attributes:
        saving: A save is queued or running (``False`` after a failure: the unsaved image
            waits for the next change or ``flush`` to retry it).
        saved_at: When the newest successful save finished (UTC), if any.
        error_sv: Swedish message of the last failed save (``None`` once a save succeeds).
        error_en: The same message in English.
    """

    saving: bool
    saved_at: datetime | None
    error_sv: str | None = None
    error_en: str | None = None

    @classmethod
    def failed(cls, saved_at: datetime | None, error: KnownError) -> SaveStatus:
        """The status after a failed save: not saving, ``error``'s message in both languages."""
        return cls(
            saving=False,
            saved_at=saved_at,
            error_sv=error.message("sv"),
            error_en=error.message("en"),
        )

    def error(self, lang: str = "sv") -> str | None:
        """Return the message of the last failed save in ``lang`` ("sv" or "en"), if any."""
        return self.error_en if lang == "en" else self.error_sv
