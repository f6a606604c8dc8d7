"""View-models of meetings and their minutes (light: imports only the domain).

The GUI and the minutes builder may import this module directly; it pulls in neither the
store nor the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sspf_desk.domain import (
    LOCKED_MEETING_STATUSES,
    AgendaItem,
    Attendee,
    GateResult,
    Meeting,
    MeetingStatus,
    MeetingType,
    MeetingVersion,
)
from sspf_desk.errors import ValidationError

#: Shown instead of the name of a young person with a protected identity.
PROTECTED_NAME = "Skyddade personuppgifter"
_BLOCKED_SUMMARY = "Ärendet kan inte tas upp med namn när alla närvarande inte får ta del av det:"


@dataclass(frozen=True, slots=True)
class MeetingFilter:
    """Which meetings a list shows; every given criterion must hold.

    Attributes:
        meeting_type: Only meetings of this type.
        status: Only meetings in this status.
        from_day: Only meetings held on or after this day.
        to_day: Only meetings held on or before this day.
    """

    meeting_type: MeetingType | None = None
    status: MeetingStatus | None = None
    from_day: date | None = None
    to_day: date | None = None


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """One meeting in a list (no names: titles and places carry no personal data).

    Attributes:
        item_count: Agenda items.
        named_count: Of those, items naming a young person.
    """

    id: str
    meeting_type: MeetingType
    title: str
    held_on: date
    starts_at: time | None
    place: str
    status: MeetingStatus
    version: int
    series_id: str | None
    item_count: int
    named_count: int

    @property
    def is_locked(self) -> bool:
        """Whether the minutes are finalized or approved (read-only)."""
        return self.status in LOCKED_MEETING_STATUSES


@dataclass(frozen=True, slots=True)
class AttendeeEntry:
    """A stored attendee (``id`` is the record id; the list order is the position)."""

    id: str
    attendee: Attendee


@dataclass(frozen=True, slots=True)
class GatedItem:
    """An agenda item with the consent gate's answer for the meeting's attendance.

    Attributes:
        item: The stored item (``id`` set); linked actions carry the plan's live status.
        gate: :func:`sspf_desk.domain.gate_for_attendees` against the meeting's attendees
            on the meeting's day (always allowed for anonymised, excluded and person-less
            items).
        young_person_name: The young person's name for the coordinator; ``""`` when the
            item is about nobody; :data:`PROTECTED_NAME` for a protected identity.
        has_open_case: Whether the young person has an open case (actions then flow into
            its plan).
    """

    item: AgendaItem
    gate: GateResult
    young_person_name: str
    has_open_case: bool


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    """A meeting with everything its minutes show.

    Attributes:
        attendees: In order of position.
        items: In order of number (1, 2, …).
        approved_by: Id of the user who recorded the approval; ``""`` when not approved.
        versions: Earlier versions kept at each reopening, oldest first.
    """

    meeting: Meeting
    attendees: tuple[AttendeeEntry, ...]
    items: tuple[GatedItem, ...]
    approved_by: str
    versions: tuple[MeetingVersion, ...]

    @property
    def blocked_items(self) -> tuple[GatedItem, ...]:
        """The named items the gate blocks with the current attendance."""
        return tuple(entry for entry in self.items if not entry.gate.allowed)


class GateBlockedError(ValidationError):
    """A named item would reach a party that may not receive it.

    ``gate`` holds the blocked parties, the reasons and the options; ``errors`` is
    ``{"young_person_id": <Swedish summary with the reasons>}`` (no names).
    """

    def __init__(self, gate: GateResult) -> None:
        self.gate = gate
        summary = " ".join(
            (_BLOCKED_SUMMARY, *(f"{reason.rstrip('.')}." for reason in gate.reasons))
        )
        super().__init__({"young_person_id": summary})
