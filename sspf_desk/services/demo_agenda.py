"""Demo meetings as drafts, THE consent gate over their items, and their rows.

A :class:`MeetingDraft` holds one meeting while the demo plans it: attendees with their
recorded attendance, and :class:`ItemDraft` agenda items. :func:`apply_gate` asks
:func:`sspf_desk.domain.agenda.gate_for_attendees` for every item about a young person,
on the meeting's day, over the attendees the app counts: the item stays NAMED only when
the gate allows it; otherwise it is ANONYMISED (now and then EXCLUDED), and
:func:`scrub_hidden` leaves such an item no text that holds the young person's first or
last name.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from sspf_desk.domain import (
    ActionItemInput,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    MeetingStatus,
    MeetingType,
    names_in_item,
)
from sspf_desk.domain.agenda import DEFAULT_AGENDAS, gate_for_attendees
from sspf_desk.services.demo_consent import DemoRandom
from sspf_desk.services.demo_facts import Decider

Row = dict[str, Any]
#: Share of gate-blocked items the demo coordinator left out rather than anonymised.
EXCLUDED_SHARE = 0.1
NEUTRAL_NOTE = "Diskuterades utan identifierande uppgifter."


@dataclass
class ItemDraft:
    """One agenda item while the demo builds it."""

    section: AgendaSection
    title: str
    person_id: str | None = None
    notes: str = ""
    decisions: tuple[str, ...] = ()
    actions: list[tuple[ActionItemInput, str | None]] = field(default_factory=list)
    follow_up_on: date | None = None
    carried_from: str | None = None
    visibility: ItemVisibility = ItemVisibility.NAMED
    kind: str = ""
    slot: float = 0.0
    id: str = ""

    def as_item(self, number: int = 1) -> AgendaItem:
        """The domain item (``number`` is its paragraph)."""
        return AgendaItem(
            number=number,
            section=self.section,
            title=self.title,
            young_person_id=self.person_id,
            visibility=self.visibility,
            notes=self.notes,
            decisions=self.decisions,
            actions=tuple(action for action, _ in self.actions),
            carried_from_item_id=self.carried_from,
            follow_up_on=self.follow_up_on,
            id=self.id,
        )


@dataclass
class MeetingDraft:
    """One meeting while the demo builds it."""

    id: str
    meeting_type: MeetingType
    title: str
    day: date
    starts_at: time
    ends_at: time
    place: str
    attendees: list[Attendee]
    chair: str
    secretary: str
    approver: str
    series_id: str | None = None
    district: int = 0
    person_id: str | None = None
    case_id: str | None = None
    first_of_case: bool = False
    agreements: tuple[str, ...] = ()
    follow_up_on: date | None = None
    next_day: date | None = None
    attendee_ids: list[str] = field(default_factory=list)
    items: list[ItemDraft] = field(default_factory=list)
    status: MeetingStatus = MeetingStatus.PLANNED
    version: int = 1
    approved_on: date | None = None
    approved_by: str = ""
    created_at: str = ""
    updated_at: str = ""


def weekday_from(day: date, weekday: int) -> date:
    """The first day on or after ``day`` that falls on ``weekday`` (Monday = 0)."""
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def template_items(meeting_type: MeetingType, gen: DemoRandom) -> list[ItemDraft]:
    """The standing agenda of ``meeting_type`` as item drafts (slot = template position)."""
    return [
        ItemDraft(section=t.section, title=t.title, notes=t.notes, slot=i, id=gen.new_id())
        for i, t in enumerate(DEFAULT_AGENDAS[meeting_type])
    ]


def record_attendance(gen: DemoRandom, meeting: MeetingDraft, *, keep_first: bool = True) -> None:
    """Mark who came: most are present, a few excused or absent (the chair always comes)."""
    rng = gen.rng
    marked: list[Attendee] = []
    for position, attendee in enumerate(meeting.attendees):
        roll = rng.random()
        status = AttendanceStatus.PRESENT
        if not (keep_first and position == 0):
            if roll < 0.07:
                status = AttendanceStatus.EXCUSED
            elif roll < 0.1:
                status = AttendanceStatus.ABSENT
        marked.append(_with_status(attendee, status))
    meeting.attendees = marked


def _with_status(attendee: Attendee, status: AttendanceStatus | None) -> Attendee:
    return Attendee(
        name=attendee.name,
        sector=attendee.sector,
        role=attendee.role,
        status=status,
        organisation=attendee.organisation,
        young_person_id=attendee.young_person_id,
    )


def apply_gate(gen: DemoRandom, meeting: MeetingDraft, decider: Decider) -> None:
    """Set every person item's visibility from THE gate over the meeting's attendees."""
    allowed: dict[str, bool] = {}
    for item in meeting.items:
        person = item.person_id
        if person is None:
            continue
        if person not in allowed:
            decide = decider.bound(person, meeting.day)
            allowed[person] = gate_for_attendees(person, meeting.attendees, decide).allowed
        if allowed[person]:
            item.visibility = ItemVisibility.NAMED
        else:
            excluded = gen.rng.random() < EXCLUDED_SHARE
            item.visibility = ItemVisibility.EXCLUDED if excluded else ItemVisibility.ANONYMISED


def scrub_hidden(meeting: MeetingDraft, names: Mapping[str, tuple[str, ...]]) -> None:
    """Keep no text holding the young person's name in the items that do not name them."""
    for item in meeting.items:
        if item.person_id is not None and item.visibility is not ItemVisibility.NAMED:
            _scrub(item, names.get(item.person_id, ()))


def _scrub(item: ItemDraft, names: tuple[str, ...]) -> None:
    """Keep no text holding a word of the young person's names (the domain's own check)."""
    found = names_in_item(item.as_item(), names)
    if "notes" in found:
        item.notes = NEUTRAL_NOTE
    item.decisions = tuple(
        text for i, text in enumerate(item.decisions) if f"decisions.{i}" not in found
    )
    item.actions = [
        action
        for i, action in enumerate(item.actions)
        if f"actions.{i}.what" not in found and f"actions.{i}.responsible" not in found
    ]


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def rows_of(meeting: MeetingDraft, gen: DemoRandom, out: dict[str, list[Row]]) -> None:
    """Append the meeting's rows: the meeting, its attendees, items and their actions."""
    out["meeting"].append(
        {
            "id": meeting.id,
            "meeting_type": meeting.meeting_type.value,
            "title": meeting.title,
            "held_on": meeting.day.isoformat(),
            "starts_at": meeting.starts_at.isoformat(),
            "ends_at": meeting.ends_at.isoformat(),
            "place": meeting.place,
            "series_id": meeting.series_id,
            "chair": meeting.chair,
            "secretary": meeting.secretary,
            "approver": meeting.approver,
            "status": meeting.status.value,
            "version": meeting.version,
            "approved_on": _iso(meeting.approved_on),
            "approved_by": meeting.approved_by,
            "created_at": meeting.created_at,
            "updated_at": meeting.updated_at,
        }
    )
    ids = meeting.attendee_ids or [gen.new_id() for _ in meeting.attendees]
    for position, (attendee_id, attendee) in enumerate(zip(ids, meeting.attendees, strict=True)):
        out["meeting_attendee"].append(
            {
                "id": attendee_id,
                "meeting_id": meeting.id,
                "position": position,
                "name": attendee.name,
                "sector": attendee.sector.value,
                "organisation": attendee.organisation,
                "role": attendee.role,
                "status": None if attendee.status is None else attendee.status.value,
                "young_person_id": attendee.young_person_id,
            }
        )
    for number, item in enumerate(meeting.items, start=1):
        out["agenda_item"].append(
            {
                "id": item.id,
                "meeting_id": meeting.id,
                "number": number,
                "section": item.section.value,
                "title": item.title,
                "young_person_id": item.person_id,
                "visibility": item.visibility.value,
                "notes": item.notes,
                "decisions": json.dumps(list(item.decisions), ensure_ascii=False)
                if item.decisions
                else "[]",
                "carried_from_item_id": item.carried_from,
                "follow_up_on": _iso(item.follow_up_on),
            }
        )
        for position, (action, link) in enumerate(item.actions):
            out["meeting_action"].append(
                {
                    "id": gen.new_id(),
                    "agenda_item_id": item.id,
                    "position": position,
                    "what": action.what,
                    "sector": action.sector.value,
                    "responsible": action.responsible,
                    "start_on": _iso(action.start_on),
                    "deadline": _iso(action.deadline),
                    "status": action.status.value,
                    "follow_up_on": _iso(action.follow_up_on),
                    "action_item_id": link,
                }
            )
