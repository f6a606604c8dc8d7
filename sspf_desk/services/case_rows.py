"""Row view-models of the case list and the timeline (light: imports only the domain).

The GUI may import this module directly; it pulls in neither the store nor the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sspf_desk.domain import CaseStatus, ClosingReason


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """Which cases a list shows; every given criterion must hold.

    Attributes:
        status: Only cases in this status.
        open_only: Only cases that are not closed.
        young_person_id: Only this young person's cases.
        text: Words that must all occur in the young person's name.
    """

    status: CaseStatus | None = None
    open_only: bool = False
    young_person_id: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One case in a list.

    Attributes:
        young_person_name: First and last name.
        protected_identity: The young person has a protected identity (show only the name).
        open_items: Action items still planned or ongoing.
        overdue_items: Of those, items past their deadline (as of the service's today).
        next_follow_up: The earliest follow-up date among the open items.
    """

    id: str
    young_person_id: str
    young_person_name: str
    protected_identity: bool
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    closing_reason: ClosingReason | None
    open_items: int
    overdue_items: int
    next_follow_up: date | None

    @property
    def is_closed(self) -> bool:
        """Whether the case is closed (read-only)."""
        return self.status is CaseStatus.CLOSED


class TimelineKind(StrEnum):
    """What a timeline entry is about (the values are the contract's strings)."""

    CONCERN = "concern"
    CONSENT = "consent"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CASE_STATUS = "case_status"
    PLAN = "plan"
    ACTION = "action"
    MEETING = "meeting"


#: Order of kinds on the same day (what usually happens first comes first).
TIMELINE_ORDER = {kind: index for index, kind in enumerate(TimelineKind)}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event in a young person's timeline.

    Attributes:
        day: When it happened.
        kind: What it is about.
        title: A short Swedish description.
        ref_id: The id of the record it refers to (concern, consent, case, plan, item).
        at: When it was recorded (UTC), for entries that carry a time (status changes,
            plans); orders the entries of one day as they happened.
    """

    day: date
    kind: TimelineKind
    title: str
    ref_id: str
    at: datetime | None = None

    @property
    def sort_key(self) -> tuple[date, bool, datetime, int, str, str]:
        """Date order; on one day entries without a time first (by kind), then by time.

        Concerns and consents carry only a date; status changes and plans happen in the
        order they were recorded (opened, steps, closed), whatever their kind.
        """
        moment = self.at or datetime.min.replace(tzinfo=UTC)
        return (
            self.day,
            self.at is not None,
            moment,
            TIMELINE_ORDER[self.kind],
            self.title,
            self.ref_id,
        )
