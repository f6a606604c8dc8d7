"""Writing a meeting's details, attendance and first agenda (inside the caller's unit of
work): cleaning and validating input, the attendance list, the standing agenda with the
items carried over from the previous meeting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    AgendaItem,
    Attendee,
    ItemVisibility,
    MeetingInput,
    agenda_from_template,
    ensure_meeting_editable,
    validate_attendee,
)
from sspf_desk.errors import ValidationError
from sspf_desk.services.meeting_detail import item_persons, read_items
from sspf_desk.services.meeting_gate import MeetingGate
from sspf_desk.services.meeting_items import insertion_point, names_found, store_item
from sspf_desk.services.meeting_planning import agenda_templates, carried_items
from sspf_desk.services.meeting_sync import carried_links
from sspf_desk.store import repo_meetings, repositories
from sspf_desk.store.models_meetings import MeetingAttendeeRecord, MeetingRecord


def clean_meeting(data: MeetingInput) -> MeetingInput:
    """The meeting's texts stripped of surrounding spaces."""
    return replace(
        data,
        title=data.title.strip(),
        place=data.place.strip(),
        chair=data.chair.strip(),
        secretary=data.secretary.strip(),
        approver=data.approver.strip(),
    )


def clean_attendees(attendees: Sequence[Attendee]) -> list[Attendee]:
    """The attendees with stripped texts, or :class:`ValidationError` with fields
    ``attendees.<i>.<field>``."""
    cleaned = [
        replace(a, name=a.name.strip(), role=a.role.strip(), organisation=a.organisation.strip())
        for a in attendees
    ]
    errors: dict[str, str] = {}
    for index, attendee in enumerate(cleaned):
        for field, message in validate_attendee(attendee).items():
            errors[f"attendees.{index}.{field}"] = message
    if errors:
        raise ValidationError(errors)
    return cleaned


def check_persons(session: Session, attendees: Sequence[Attendee]) -> None:
    """Raise ``NotFoundError`` when a family attendee's young person does not exist."""
    for person in {a.young_person_id for a in attendees if a.young_person_id is not None}:
        repositories.get_young_person(session, person)


def editable(session: Session, meeting_id: str) -> MeetingRecord:
    """The meeting, if its minutes may be changed (else ``MeetingLockedError``).

    Raises:
        NotFoundError: No such meeting.
    """
    record = repo_meetings.get_meeting(session, meeting_id)
    ensure_meeting_editable(record.to_domain())
    return record


def write_attendees(session: Session, meeting_id: str, attendees: Sequence[Attendee]) -> None:
    """Replace the attendance list, updating the rows in place by position."""
    old = repo_meetings.attendees_of(session, meeting_id)
    for position, attendee in enumerate(attendees):
        if position < len(old):
            record = old[position]
            record.name, record.sector, record.role = attendee.name, attendee.sector, attendee.role
            record.status, record.organisation = attendee.status, attendee.organisation
            record.young_person_id = attendee.young_person_id
        else:
            session.add(MeetingAttendeeRecord.from_domain(meeting_id, position, attendee))
    for record in old[len(attendees) :]:
        session.delete(record)
    session.flush()


def _hidden_where_blocked(
    session: Session, taken: list[AgendaItem], gate: MeetingGate, attendees: Sequence[Attendee]
) -> list[AgendaItem]:
    """Carried items as they may be stored: a named item the gate blocks becomes anonymised,
    or excluded when its texts would give the name away; never named."""
    shown: list[AgendaItem] = []
    for item in taken:
        if gate.item(item, attendees).allowed:
            shown.append(item)
            continue
        hidden = replace(item, visibility=ItemVisibility.ANONYMISED)
        if names_found(session, hidden):
            hidden = replace(item, visibility=ItemVisibility.EXCLUDED)
        shown.append(hidden)
    return shown


def plan_agenda(
    session: Session, record: MeetingRecord, attendees: Sequence[Attendee]
) -> MeetingGate:
    """Store the standing agenda with the carried-over items; return the gate used.

    Carried items go right after the previous-minutes item (or the opening). A carried
    named item the gate blocks on the meeting's day is stored anonymised, or excluded
    when its texts would give the name away: never named. Carried actions share the plan
    items of the actions they were carried from.
    """
    data = record.to_domain().to_input()
    base = list(agenda_from_template(agenda_templates(session)[data.meeting_type]))
    taken = list(carried_items(session, data.meeting_type, data.series_id, data.held_on))
    links = carried_links(session, taken)
    gate = MeetingGate.load(session, item_persons(taken), data.held_on)
    taken = _hidden_where_blocked(session, taken, gate, attendees)
    at = insertion_point(base)
    agenda = [*base[:at], *taken, *base[at:]]
    none: list[dict[int, str]] = [{} for _ in base]
    item_links = [*none[:at], *links, *none[at:]]
    for number, (item, linked) in enumerate(zip(agenda, item_links, strict=True), start=1):
        store_item(session, record.id, replace(item, number=number), links=linked)
    return gate


def add_carried(session: Session, record: MeetingRecord, attendees: Sequence[Attendee]) -> int:
    """Add to an existing agenda the items carried over from the previous meeting that are
    not on it yet (a series plans its meetings before the earlier ones are held); return
    how many were added. Placed and gated like :func:`plan_agenda`."""
    data = record.to_domain().to_input()
    existing = read_items(session, record.id)
    present = {item.carried_from_item_id for item in existing if item.carried_from_item_id}
    carried = carried_items(session, data.meeting_type, data.series_id, data.held_on)
    taken = [item for item in carried if item.carried_from_item_id not in present]
    if not taken:
        return 0
    links = carried_links(session, taken)
    gate = MeetingGate.load(session, item_persons(taken), data.held_on)
    taken = _hidden_where_blocked(session, taken, gate, attendees)
    at = insertion_point(existing)
    for offset, (item, linked) in enumerate(zip(taken, links, strict=True)):
        store_item(session, record.id, replace(item, number=at + 1 + offset), links=linked)
    return len(taken)
