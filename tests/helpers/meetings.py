"""Factories for the meeting service tests: the case-work services plus MeetingService."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    MeetingInput,
    MeetingType,
    Party,
    Sector,
)
from sspf_desk.services.meetings import MeetingService
from tests.helpers.casework import TODAY, Services, consent_input, services

#: A meeting day before TODAY (2025-06-01), so minutes can be approved.
DAY = date(2025, 5, 27)
SCHOOL, POLICE = Party(Sector.SCHOOL), Party(Sector.POLICE)


@dataclass
class MeetingWorld:
    """Case-work services and the meeting service over one store, today = 2025-06-01."""

    svc: Services
    meetings: MeetingService

    def adult(self, *parties: Party, first: str = "Alva", last: str = "Berg") -> str:
        """A 19-year-old with their own consent for ``parties`` (none: no consent)."""
        young = self.svc.young(first, last, birth_date=date(2006, 1, 10))
        if parties:
            self.svc.consents.create_consent(consent_input(young, parties=parties))
        return young

    def open_case(self, young_id: str) -> str:
        """Open a case for the young person; return its id."""
        return self.svc.cases.open_case(young_id, date(2025, 5, 1)).id

    def meeting(self, *attendees: Attendee, day: date = DAY, **extra: object) -> str:
        """Create an operational group meeting without a standing agenda; return its id."""
        data = meeting_input(day=day, **extra)
        return self.meetings.create_meeting(data, attendees, standard_agenda=False).meeting.id


def world(*, actor: str = "user-1", today: date = TODAY) -> MeetingWorld:
    """Build the services over a fresh store."""
    svc = services(actor=actor, today=today)
    return MeetingWorld(svc, MeetingService(svc.store, today=lambda: today))


def meeting_input(day: date = DAY, **extra: object) -> MeetingInput:
    """An operational group meeting at 13:00–15:00 with chair, secretary and approver."""
    values: dict[str, object] = {
        "meeting_type": MeetingType.OPERATIONAL_GROUP,
        "title": "Operativ grupp",
        "held_on": day,
        "starts_at": time(13, 0),
        "ends_at": time(15, 0),
        "place": "Stadshuset",
        "chair": "Ordförande",
        "secretary": "Sekreterare",
        "approver": "Justerare",
    }
    values.update(extra)
    return MeetingInput(**values)  # type: ignore[arg-type]


def attendee(
    sector: Sector,
    status: AttendanceStatus | None = None,
    *,
    name: str = "",
    young_person_id: str | None = None,
) -> Attendee:
    """A professional (or, with ``young_person_id``, a family) attendee."""
    return Attendee(
        name or f"Deltagare {sector.value}",
        sector,
        "roll",
        status,
        "",
        young_person_id,
    )


def named(young_id: str | None, number: int = 1, **extra: object) -> AgendaItem:
    """An individual item about ``young_id`` (named unless told otherwise)."""
    values: dict[str, object] = {
        "number": number,
        "section": AgendaSection.INDIVIDUALS,
        "title": "Uppföljning av åtagandeplan",
        "young_person_id": young_id,
        "visibility": ItemVisibility.NAMED,
    }
    values.update(extra)
    return AgendaItem(**values)  # type: ignore[arg-type]


def action(what: str = "Läxhjälp", **extra: object) -> ActionItemInput:
    """A planned action for the school."""
    values: dict[str, object] = {
        "what": what,
        "sector": Sector.SCHOOL,
        "responsible": "Mentor",
        "start_on": date(2025, 5, 28),
        "deadline": date(2025, 8, 31),
        "status": ActionStatus.PLANNED,
        "follow_up_on": None,
    }
    values.update(extra)
    return ActionItemInput(**values)  # type: ignore[arg-type]
