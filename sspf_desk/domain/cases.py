"""SSPF cases and their life cycle: intake → consent → mapping → active plan → follow-up → closed.

A closed case is read-only until it is reopened; reopening returns it to the status it
had before closing, and every change of status leaves a :class:`CaseEvent`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sspf_desk.domain.enums import CaseStatus, ClosingReason


@dataclass(frozen=True, slots=True)
class Case:
    """An SSPF case about one young person.

    Attributes:
        id: Record id.
        young_person_id: Whom the case is about.
        status: Current status.
        opened_on: When the case was opened (the concern's outcome date).
        closed_on: When it was closed (None while open).
        closing_reason: Why it was closed (None while open).
        outcome: Short outcome assessment written at closing.
        created_at: When the record was created (UTC).
        updated_at: Last change (UTC).
    """

    id: str
    young_person_id: str
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    closing_reason: ClosingReason | None
    outcome: str
    created_at: datetime
    updated_at: datetime

    @property
    def is_closed(self) -> bool:
        """Whether the case is closed (and so read-only)."""
        return self.status is CaseStatus.CLOSED


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One change of a case's status (opening, each transition, closing and reopening).

    Attributes:
        id: Record id.
        case_id: The case.
        at: When (UTC).
        from_status: Status before (None when the case was opened).
        to_status: Status after.
        reason: Why (required for reopening).
        actor: Id of the user who made the change.
    """

    id: str
    case_id: str
    at: datetime
    from_status: CaseStatus | None
    to_status: CaseStatus
    reason: str
    actor: str
