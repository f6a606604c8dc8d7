"""SSPF cases and their life cycle: intake → consent → mapping → active plan → follow-up → closed.

A closed case is read-only until it is reopened; reopening returns it to the status it
had before closing, and every change of status leaves a :class:`CaseEvent`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sspf_desk.domain.enums import CaseStatus, ClosingReason
from sspf_desk.domain.labels import CASE_STATUS_LABELS
from sspf_desk.errors import ValidationError

#: Every status but closed.
OPEN_CASE_STATUSES = frozenset(CaseStatus) - {CaseStatus.CLOSED}
CASE_CLOSED_MESSAGE = "Ärendet är avslutat och kan inte ändras. Öppna det igen först."

# The forward path; any open status may also go to closed.
_NEXT: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.INTAKE: frozenset({CaseStatus.CONSENT}),
    CaseStatus.CONSENT: frozenset({CaseStatus.MAPPING}),
    CaseStatus.MAPPING: frozenset({CaseStatus.ACTIVE_PLAN}),
    CaseStatus.ACTIVE_PLAN: frozenset({CaseStatus.FOLLOW_UP}),
    CaseStatus.FOLLOW_UP: frozenset({CaseStatus.ACTIVE_PLAN}),
}


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


class CaseClosedError(ValidationError):
    """A change was attempted on a closed case (read-only until reopened)."""

    def __init__(self) -> None:
        super().__init__({"case": CASE_CLOSED_MESSAGE})


def allowed_transitions(
    status: CaseStatus, *, previous_open_status: CaseStatus | None = None
) -> frozenset[CaseStatus]:
    """Return the statuses a case in ``status`` may move to.

    Args:
        status: The current status.
        previous_open_status: For a closed case, the status it had before closing (see
            :func:`previous_open_status`); reopening returns there. When unknown, a closed
            case may be reopened to any open status.
    """
    if status is CaseStatus.CLOSED:
        if previous_open_status is None or previous_open_status is CaseStatus.CLOSED:
            return OPEN_CASE_STATUSES
        return frozenset({previous_open_status})
    return _NEXT[status] | {CaseStatus.CLOSED}


def previous_open_status(events: Iterable[CaseEvent]) -> CaseStatus | None:
    """Return the status a case had before its latest closing, from its status trail."""
    closings = [event for event in events if event.to_status is CaseStatus.CLOSED]
    if not closings:
        return None
    latest = max(closings, key=lambda event: event.at)
    return latest.from_status


def check_transition(
    current: CaseStatus,
    target: CaseStatus,
    *,
    reason: str = "",
    closing_reason: ClosingReason | None = None,
    outcome: str = "",
    previous_open_status: CaseStatus | None = None,
) -> dict[str, str]:
    """Check a change of status.

    Closing needs a closing reason and an outcome text; reopening needs a reason and
    returns to the status before closing; anything off the path is refused.

    Returns:
        ``{field: Swedish message}`` with fields ``status``, ``closing_reason``,
        ``outcome`` or ``reason``; empty when the change is allowed.
    """
    allowed = allowed_transitions(current, previous_open_status=previous_open_status)
    if target not in allowed:
        before, after = CASE_STATUS_LABELS[current], CASE_STATUS_LABELS[target]
        return {"status": f"Ärendet kan inte gå från {before} till {after}."}
    errors: dict[str, str] = {}
    if target is CaseStatus.CLOSED:
        if closing_reason is None:
            errors["closing_reason"] = "Ange varför ärendet avslutas."
        if not outcome.strip():
            errors["outcome"] = "Skriv en kort bedömning av hur det har gått."
    elif current is CaseStatus.CLOSED and not reason.strip():
        errors["reason"] = "Ange varför ärendet öppnas igen."
    return errors


def ensure_editable(case: Case) -> None:
    """Raise :class:`CaseClosedError` if ``case`` is closed (closed cases are read-only)."""
    if case.is_closed:
        raise CaseClosedError
