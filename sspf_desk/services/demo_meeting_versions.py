"""Reopened demo minutes: a few approved meetings were reopened to correct something.

The minutes as they were before reopening are kept in ``meeting_version`` as the meeting
service keeps them (:func:`sspf_desk.services.meeting_snapshot.snapshot_json` of the detail),
the meeting's version goes up to 2, and the minutes are approved again a few days later
(or, when reopened during the last week, are still being corrected).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sspf_desk.domain import AgendaSection, Meeting, MeetingStatus, gate_for_attendees
from sspf_desk.domain.agenda import ALLOWED
from sspf_desk.services import demo_meeting_texts as texts
from sspf_desk.services.demo_agenda import MeetingDraft
from sspf_desk.services.demo_consent import DemoRandom
from sspf_desk.services.demo_meeting_fill import DEMO_ACTOR
from sspf_desk.services.demo_people import World
from sspf_desk.services.meeting_rows import AttendeeEntry, GatedItem, MeetingDetail
from sspf_desk.services.meeting_snapshot import snapshot_json

Row = dict[str, Any]

#: Share of the approved meetings that were reopened (at least one when any is approved).
REOPENED_SHARE = 0.03
_CORRECTION = "Samordnaren återkopplar till vårdnadshavarna inom en vecka."


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC)


def _detail(world: World, meeting: MeetingDraft) -> MeetingDetail:
    """The meeting's detail as the service would read it now (before the reopening)."""
    attendees = tuple(
        AttendeeEntry(attendee_id, attendee)
        for attendee_id, attendee in zip(meeting.attendee_ids, meeting.attendees, strict=True)
    )
    items = []
    for number, draft in enumerate(meeting.items, start=1):
        item = draft.as_item(number)
        person = item.young_person_id
        gate = ALLOWED
        if item.is_named and person is not None:
            decide = world.decider.bound(person, meeting.day)
            gate = gate_for_attendees(person, meeting.attendees, decide)
        has_open_case = person is not None and any(
            t.is_open_on(world.reference) for t in world.cases_of.get(person, ())
        )
        items.append(GatedItem(item, gate, "", has_open_case))
    record = Meeting(
        id=meeting.id,
        meeting_type=meeting.meeting_type,
        title=meeting.title,
        held_on=meeting.day,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        series_id=meeting.series_id,
        chair=meeting.chair,
        secretary=meeting.secretary,
        approver=meeting.approver,
        status=meeting.status,
        version=meeting.version,
        approved_on=meeting.approved_on,
        created_at=_moment(meeting.created_at),
        updated_at=_moment(meeting.updated_at),
    )
    return MeetingDetail(record, attendees, tuple(items), meeting.approved_by, ())


def reopen_some(
    gen: DemoRandom, world: World, meetings: list[MeetingDraft], out: dict[str, list[Row]]
) -> None:
    """Reopen a few approved meetings, keeping the earlier version."""
    reference = world.reference
    candidates = [
        m
        for m in meetings
        if m.status is MeetingStatus.APPROVED
        and m.approved_on is not None
        and (reference - m.approved_on).days > 14
    ]
    if not candidates:
        return
    count = max(1, round(len(candidates) * REOPENED_SHARE))
    for meeting in gen.rng.sample(candidates, count):
        _reopen(gen, world, meeting, out)


def _reopen(
    gen: DemoRandom, world: World, meeting: MeetingDraft, out: dict[str, list[Row]]
) -> None:
    rng = gen.rng
    reference = world.reference
    approved = meeting.approved_on or meeting.day
    day = min(approved + timedelta(days=rng.randrange(3, 22)), reference - timedelta(days=1))
    meeting.attendee_ids = [gen.new_id() for _ in meeting.attendees]
    before = _detail(world, meeting)
    dated = meeting.next_day or meeting.follow_up_on
    if dated is not None and rng.random() < 0.5:  # the first version had the date wrong
        wrong = (dated + timedelta(days=7)).isoformat()
        items = tuple(
            replace(
                entry,
                item=replace(entry.item, notes=entry.item.notes.replace(dated.isoformat(), wrong)),
            )
            if entry.item.section is AgendaSection.NEXT_MEETING
            else entry
            for entry in before.items
        )
        before, reason = replace(before, items=items), texts.REOPEN_REASONS[0]
    else:  # a decision was missing from the first version
        reason = texts.REOPEN_REASONS[1]
        for item in meeting.items:
            if item.section is AgendaSection.DECISIONS:
                item.decisions = (*item.decisions, _CORRECTION)
                break
    out["meeting_version"].append(
        {
            "id": gen.new_id(),
            "meeting_id": meeting.id,
            "number": 1,
            "reason": reason,
            "reopened_at": gen.timestamp_on(day),
            "actor": DEMO_ACTOR,
            "snapshot": snapshot_json(before),
        }
    )
    meeting.version = 2
    if day >= reference - timedelta(days=7):  # still being corrected
        meeting.status, meeting.approved_on, meeting.approved_by = MeetingStatus.HELD, None, ""
        meeting.updated_at = gen.timestamp_on(day)
    else:
        meeting.approved_on = min(day + timedelta(days=rng.randrange(1, 6)), reference)
        meeting.updated_at = gen.timestamp_on(meeting.approved_on)
