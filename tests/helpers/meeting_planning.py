"""Factories for the meeting-planning tests: meetings written straight into the store
(independent of ``MeetingService``) and cases moved along their life cycle."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    Attendee,
    CaseStatus,
    ItemVisibility,
    MeetingInput,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.store import Store
from sspf_desk.store.models_meetings import (
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
)
from tests.helpers.casework import Services

_PATH = (CaseStatus.CONSENT, CaseStatus.MAPPING, CaseStatus.ACTIVE_PLAN, CaseStatus.FOLLOW_UP)


def case_in(svc: Services, young_id: str, status: CaseStatus) -> str:
    """Open a case for ``young_id`` and move it along the path to ``status``; its id."""
    case_id = svc.cases.open_case(young_id).id
    for step in _PATH:
        if status is CaseStatus.INTAKE:
            break
        svc.cases.transition(case_id, step)
        if step is status:
            break
    return case_id


def action(what: str = "Kontakta familjen", **extra: object) -> ActionItemInput:
    """A planned action of an agenda item."""
    values: dict[str, object] = {
        "what": what,
        "sector": Sector.SOCIAL_SERVICES,
        "responsible": "Fältassistent",
        "start_on": None,
        "deadline": None,
        "status": ActionStatus.PLANNED,
        "follow_up_on": None,
    }
    values.update(extra)
    return ActionItemInput(**values)  # type: ignore[arg-type]


def item(title: str, **extra: object) -> AgendaItem:
    """An individual agenda item (number set when stored)."""
    values: dict[str, object] = {"number": 1, "section": AgendaSection.INDIVIDUALS, "title": title}
    values.update(extra)
    return AgendaItem(**values)  # type: ignore[arg-type]


@dataclass
class StoredMeeting:
    """Ids of a meeting written by :func:`add_meeting`."""

    id: str
    item_ids: list[str] = field(default_factory=list)
    action_ids: list[list[str]] = field(default_factory=list)


def add_meeting(
    store: Store,
    held_on: date,
    *,
    meeting_type: MeetingType = MeetingType.OPERATIONAL_GROUP,
    items: Sequence[AgendaItem] = (),
    attendees: Sequence[Attendee] = (),
    series_id: str | None = None,
    links: Sequence[Sequence[str | None]] = (),
    status: MeetingStatus = MeetingStatus.HELD,
) -> StoredMeeting:
    """Write a meeting with its items (numbered in order), their actions and attendees.

    ``links[i][j]`` is the plan item the j-th action of the i-th item is linked to.
    """
    with store.unit_of_work() as session:
        meeting = MeetingRecord(status=status, version=1, approved_by="")
        meeting.apply(
            MeetingInput(
                meeting_type=meeting_type,
                title="Möte",
                held_on=held_on,
                starts_at=time(13, 0),
                series_id=series_id,
            )
        )
        session.add(meeting)
        session.flush()
        stored = StoredMeeting(meeting.id)
        for position, attendee in enumerate(attendees):
            session.add(MeetingAttendeeRecord.from_domain(meeting.id, position, attendee))
        for number, entry in enumerate(items, start=1):
            record = AgendaItemRecord(meeting_id=meeting.id)
            record.apply(replace(entry, number=number))
            session.add(record)
            session.flush()
            stored.item_ids.append(record.id)
            stored.action_ids.append([])
            item_links = links[number - 1] if number - 1 < len(links) else ()
            for position, data in enumerate(entry.actions):
                linked = item_links[position] if position < len(item_links) else None
                act = MeetingActionRecord(
                    agenda_item_id=record.id, position=position, action_item_id=linked
                )
                act.apply(data)
                session.add(act)
                session.flush()
                stored.action_ids[-1].append(act.id)
    return stored


NAMED = ItemVisibility.NAMED
ANONYMISED = ItemVisibility.ANONYMISED
EXCLUDED = ItemVisibility.EXCLUDED
