"""Reading a meeting with everything its minutes show (inside the caller's unit of work)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from sspf_desk.domain import AgendaItem, CaseStatus
from sspf_desk.services.meeting_gate import MeetingGate
from sspf_desk.services.meeting_rows import (
    PROTECTED_NAME,
    AttendeeEntry,
    GatedItem,
    MeetingDetail,
)
from sspf_desk.services.meeting_sync import live_actions
from sspf_desk.store import repo_meetings
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_cases import CaseRecord
from sspf_desk.store.models_meetings import MeetingRecord

_CHUNK = 500


def _chunks(ids: Iterable[str | None]) -> list[list[str]]:
    ordered = sorted({pid for pid in ids if pid})
    return [ordered[start : start + _CHUNK] for start in range(0, len(ordered), _CHUNK)]


def read_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    """The meeting's agenda items in order, their actions with the plans' live status."""
    records = repo_meetings.items_of(session, [meeting_id])
    actions = live_actions(session, [record.id for record in records])
    return [record.to_domain(actions.get(record.id, ())) for record in records]


def display_names(session: Session, young_person_ids: Iterable[str | None]) -> dict[str, str]:
    """The young persons' names for the coordinator (:data:`PROTECTED_NAME` when protected)."""
    names: dict[str, str] = {}
    for chunk in _chunks(young_person_ids):
        query = select(
            YoungPersonRecord.id,
            YoungPersonRecord.first_name,
            YoungPersonRecord.last_name,
            YoungPersonRecord.protected_identity,
        ).where(YoungPersonRecord.id.in_(chunk))
        for pid, first, last, protected in session.execute(query):
            names[str(pid)] = PROTECTED_NAME if protected else f"{first} {last}".strip()
    return names


def with_open_cases(session: Session, young_person_ids: Iterable[str | None]) -> set[str]:
    """The young persons among ``young_person_ids`` who have an open case."""
    found: set[str] = set()
    for chunk in _chunks(young_person_ids):
        query = (
            select(CaseRecord.young_person_id)
            .where(CaseRecord.young_person_id.in_(chunk))
            .where(CaseRecord.status != CaseStatus.CLOSED)
        )
        found.update(str(pid) for pid in session.scalars(query))
    return found


def item_persons(items: Iterable[AgendaItem]) -> set[str]:
    """The young persons the items are about."""
    return {item.young_person_id for item in items if item.young_person_id is not None}


def gated_items(
    session: Session,
    items: Collection[AgendaItem],
    entries: Collection[AttendeeEntry],
    gate: MeetingGate,
) -> tuple[GatedItem, ...]:
    """Each item with its gate against the attendees, the person's name and open case."""
    persons = item_persons(items)
    names = display_names(session, persons)
    open_cases = with_open_cases(session, persons)
    attendees = [entry.attendee for entry in entries]
    return tuple(
        GatedItem(
            item=item,
            gate=gate.item(item, attendees),
            young_person_name=names.get(item.young_person_id or "", ""),
            has_open_case=item.young_person_id in open_cases,
        )
        for item in items
    )


def read_one(
    session: Session,
    meeting_id: str,
    item_id: str,
    entries: Collection[AttendeeEntry],
    gate: MeetingGate,
) -> GatedItem:
    """One stored item read back (live action statuses) with its gate."""
    items = [item for item in read_items(session, meeting_id) if item.id == item_id]
    return gated_items(session, items, entries, gate)[0]


def attendee_entries(session: Session, meeting_id: str) -> tuple[AttendeeEntry, ...]:
    """The meeting's attendees in order, with their record ids."""
    return tuple(
        AttendeeEntry(record.id, record.to_domain())
        for record in repo_meetings.attendees_of(session, meeting_id)
    )


def load_detail(
    session: Session, meeting: MeetingRecord, gate: MeetingGate | None = None
) -> MeetingDetail:
    """The meeting with attendees, gated items and versions.

    Args:
        session: The unit of work.
        meeting: The meeting (flushed).
        gate: The gate already loaded in this call for (at least) the items' persons on
            the meeting's day; loaded here when None (one facts load).
    """
    session.flush()
    entries = attendee_entries(session, meeting.id)
    items = read_items(session, meeting.id)
    if gate is None or gate.day != meeting.held_on or not item_persons(items) <= set(gate.facts):
        gate = MeetingGate.load(session, item_persons(items), meeting.held_on)
    return MeetingDetail(
        meeting=meeting.to_domain(),
        attendees=entries,
        items=gated_items(session, items, entries, gate),
        approved_by=meeting.approved_by,
        versions=tuple(v.to_domain() for v in repo_meetings.versions_of(session, meeting.id)),
    )


def renumbered(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """The items numbered 1, 2, … in the given order."""
    return [replace(item, number=number) for number, item in enumerate(items, start=1)]
