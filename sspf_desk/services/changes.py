"""Notifications from an open workspace: what changed, and how saving is going."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
        error: Swedish message of the last failed save (``None`` once a save succeeds).
    """

    saving: bool
    saved_at: datetime | None
    error: str | None
