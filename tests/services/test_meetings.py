"""MeetingService: planning with the standing agenda, lists, details, attendance, numbering,
the life cycle with approval and versions, and read-only locked minutes."""

from __future__ import annotations

from datetime import date

import pytest

from sspf_desk.domain import (
    DEFAULT_AGENDAS,
    MEETING_LOCKED_MESSAGE,
    AgendaSection,
    AttendanceStatus,
    AuditAction,
    MeetingLockedError,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.errors import BugError, NotFoundError, ValidationError
from sspf_desk.services.meeting_rows import MeetingFilter
from sspf_desk.services.meeting_snapshot import detail_from_snapshot, snapshot_json
from sspf_desk.store.audit import list_entries
from tests.helpers.meetings import (
    DAY,
    POLICE,
    SCHOOL,
    MeetingWorld,
    action,
    attendee,
    meeting_input,
    named,
    world,
)

PRESENT = AttendanceStatus.PRESENT


@pytest.fixture
def w() -> MeetingWorld:
    """A fresh store with the meeting service, today = 2025-06-01."""
    return world()


def numbers(w: MeetingWorld, meeting_id: str) -> list[tuple[int, str]]:
    return [(e.item.number, e.item.title) for e in w.meetings.get_meeting(meeting_id).items]


def test_create_with_the_standing_agenda(w: MeetingWorld) -> None:
    detail = w.meetings.create_meeting(
        meeting_input(title="  Operativ grupp  "), [attendee(Sector.SCHOOL)]
    )
    meeting = detail.meeting
    assert (meeting.status, meeting.version, meeting.title) == (
        MeetingStatus.PLANNED,
        1,
        "Operativ grupp",
    )
    template = DEFAULT_AGENDAS[MeetingType.OPERATIONAL_GROUP]
    assert [e.item.title for e in detail.items] == [entry.title for entry in template]
    assert [e.item.number for e in detail.items] == list(range(1, len(template) + 1))
    assert all(e.gate.allowed and e.item.id for e in detail.items)
    assert [e.attendee.sector for e in detail.attendees] == [Sector.SCHOOL]
    assert detail.approved_by == "" and detail.versions == ()


def test_create_validates_the_meeting_and_the_attendees(w: MeetingWorld) -> None:
    with pytest.raises(ValidationError) as info:
        w.meetings.create_meeting(meeting_input(title=" "))
    assert set(info.value.errors) == {"title"}
    with pytest.raises(ValidationError) as info:
        w.meetings.create_meeting(meeting_input(), [attendee(Sector.SCHOOL, name=" ")])
    assert set(info.value.errors) == {"attendees.0.name"}
    with pytest.raises(NotFoundError):
        w.meetings.create_meeting(meeting_input(series_id="no-such-series"))
    assert w.meetings.list_meetings() == []


def test_list_filters_newest_first(w: MeetingWorld) -> None:
    first = w.meeting(day=date(2025, 3, 1))
    second = w.meeting(day=date(2025, 4, 1), meeting_type=MeetingType.STEERING_GROUP)
    third = w.meeting(day=date(2025, 5, 1))
    assert [row.id for row in w.meetings.list_meetings()] == [third, second, first]
    kind = MeetingFilter(meeting_type=MeetingType.OPERATIONAL_GROUP)
    assert [row.id for row in w.meetings.list_meetings(kind)] == [third, first]
    window = MeetingFilter(from_day=date(2025, 3, 2), to_day=date(2025, 5, 1))
    assert [row.id for row in w.meetings.list_meetings(window)] == [third, second]
    w.meetings.transition(first, MeetingStatus.HELD)
    held = w.meetings.list_meetings(MeetingFilter(status=MeetingStatus.HELD))
    assert [(row.id, row.item_count, row.is_locked) for row in held] == [(first, 0, False)]


def test_opening_a_meeting_is_an_audited_view(w: MeetingWorld) -> None:
    meeting = w.meeting()
    w.meetings.get_meeting(meeting)
    with w.svc.store.unit_of_work() as session:
        last = list_entries(session, limit=1)[0]
    assert (last.action, last.entity_type, last.entity_id) == (
        AuditAction.VIEW,
        "meeting",
        meeting,
    )
    with pytest.raises(NotFoundError) as info:
        w.meetings.get_meeting("no-such-meeting")
    assert info.value.message() == "Mötet finns inte."


def test_update_and_delete(w: MeetingWorld) -> None:
    meeting = w.meeting()
    changed = w.meetings.update_meeting(meeting, meeting_input(place=" Skolan ", title="Ny"))
    assert (changed.place, changed.title) == ("Skolan", "Ny")
    with pytest.raises(ValidationError):
        w.meetings.update_meeting(meeting, meeting_input(title=""))
    w.meetings.transition(meeting, MeetingStatus.HELD)
    with pytest.raises(ValidationError) as info:
        w.meetings.delete_meeting(meeting)
    assert info.value.errors == {"status": "Bara planerade möten kan tas bort."}
    planned = w.meetings.create_meeting(meeting_input(), [attendee(Sector.SCHOOL)]).meeting.id
    w.meetings.delete_meeting(planned)
    with pytest.raises(NotFoundError):
        w.meetings.get_meeting(planned)


def test_items_are_inserted_moved_and_removed_with_contiguous_numbers(w: MeetingWorld) -> None:
    meeting = w.meeting()
    section = AgendaSection.OTHER
    for title in ("A", "B", "C"):
        w.meetings.add_item(meeting, named(None, 99, title=title, section=section))
    assert numbers(w, meeting) == [(1, "A"), (2, "B"), (3, "C")]
    w.meetings.add_item(meeting, named(None, 1, title="Först", section=section))
    w.meetings.add_item(meeting, named(None, 3, title="Mitt", section=section))
    assert [t for _, t in numbers(w, meeting)] == ["Först", "A", "Mitt", "B", "C"]
    items = {e.item.title: e.item for e in w.meetings.get_meeting(meeting).items}
    w.meetings.move_item(items["C"].id or "", 1)
    w.meetings.move_item(items["Först"].id or "", 50)
    assert [t for _, t in numbers(w, meeting)] == ["C", "A", "Mitt", "B", "Först"]
    w.meetings.remove_item(items["Mitt"].id or "")
    assert numbers(w, meeting) == [(1, "C"), (2, "A"), (3, "B"), (4, "Först")]
    b = items["B"]
    w.meetings.update_item(b.id or "", named(None, 1, title="B2", section=section))
    assert numbers(w, meeting) == [(1, "B2"), (2, "C"), (3, "A"), (4, "Först")]
    with pytest.raises(ValidationError) as info:
        w.meetings.add_item(meeting, named(None, 1, title=" "))
    assert set(info.value.errors) == {"title"}


def held_meeting(w: MeetingWorld) -> str:
    """A held meeting with recorded attendance and one named item the school may see."""
    young = w.adult(SCHOOL)
    meeting = w.meeting(attendee(Sector.SCHOOL))
    w.meetings.add_item(meeting, named(young, notes="Kommer till skolan.", actions=(action(),)))
    w.meetings.transition(meeting, MeetingStatus.HELD)
    return meeting


def test_finalize_needs_secretary_and_attendance(w: MeetingWorld) -> None:
    meeting = held_meeting(w)
    w.meetings.update_meeting(meeting, meeting_input(secretary=""))
    with pytest.raises(ValidationError) as info:
        w.meetings.transition(meeting, MeetingStatus.FINALIZED)
    assert set(info.value.errors) == {"secretary", "attendance"}
    with pytest.raises(ValidationError) as info:
        w.meetings.transition(meeting, MeetingStatus.APPROVED)
    assert set(info.value.errors) == {"status"}


def test_approve_reopen_with_a_version_snapshot(w: MeetingWorld) -> None:
    meeting = held_meeting(w)
    w.meetings.set_attendees(meeting, [attendee(Sector.SCHOOL, PRESENT)])
    finalized = w.meetings.transition(meeting, MeetingStatus.FINALIZED)
    assert finalized.is_locked
    with pytest.raises(ValidationError) as info:
        w.meetings.transition(meeting, MeetingStatus.APPROVED, on=date(2025, 5, 26))
    assert info.value.errors == {"approved_on": "Protokollet kan inte justeras före mötet."}
    with pytest.raises(ValidationError) as info:
        w.meetings.transition(meeting, MeetingStatus.APPROVED, on=date(2025, 6, 2))
    assert info.value.errors == {"approved_on": "Datumet kan inte ligga i framtiden."}
    approved = w.meetings.transition(meeting, MeetingStatus.APPROVED)
    assert approved.approved_on == date(2025, 6, 1)
    before = w.meetings.get_meeting(meeting)
    assert before.approved_by == "user-1"

    with pytest.raises(ValidationError) as info:
        w.meetings.transition(meeting, MeetingStatus.HELD, reason=" ")
    assert set(info.value.errors) == {"reason"}
    reopened = w.meetings.transition(meeting, MeetingStatus.HELD, reason="Fel datum i § 1")
    assert (reopened.status, reopened.version, reopened.approved_on) == (
        MeetingStatus.HELD,
        2,
        None,
    )
    after = w.meetings.get_meeting(meeting)
    assert after.approved_by == ""
    [version] = after.versions
    assert (version.number, version.reason, version.actor) == (1, "Fel datum i § 1", "user-1")

    item = after.items[0].item
    w.meetings.update_item(item.id or "", named(item.young_person_id, notes="Rättad."))
    old = w.meetings.version_detail(meeting, 1)
    assert old == before  # the minutes exactly as they were when reopened
    assert w.meetings.version_detail(meeting, 2).items[0].item.notes == "Rättad."
    with pytest.raises(NotFoundError):
        w.meetings.version_detail(meeting, 7)
    with w.svc.store.unit_of_work() as session:
        last = list_entries(session, limit=1)[0]
    assert (last.action, last.entity_id, last.fields) == (AuditAction.VIEW, meeting, ("version",))


def test_reopening_twice_keeps_both_versions(w: MeetingWorld) -> None:
    meeting = held_meeting(w)
    w.meetings.set_attendees(meeting, [attendee(Sector.SCHOOL, PRESENT)])
    for reason in ("Första", "Andra"):
        w.meetings.transition(meeting, MeetingStatus.FINALIZED)
        w.meetings.transition(meeting, MeetingStatus.HELD, reason=reason)
    detail = w.meetings.get_meeting(meeting)
    assert detail.meeting.version == 3
    assert [(v.number, v.reason) for v in detail.versions] == [(1, "Första"), (2, "Andra")]
    assert [v.number for v in w.meetings.version_detail(meeting, 2).versions] == [1]


def test_locked_minutes_refuse_every_edit(w: MeetingWorld) -> None:
    meeting = held_meeting(w)
    w.meetings.set_attendees(meeting, [attendee(Sector.SCHOOL, PRESENT)])
    w.meetings.transition(meeting, MeetingStatus.FINALIZED)
    item = w.meetings.get_meeting(meeting).items[0].item
    item_id = item.id or ""
    edits = [
        lambda: w.meetings.update_meeting(meeting, meeting_input()),
        lambda: w.meetings.set_attendees(meeting, [attendee(Sector.SCHOOL, PRESENT)]),
        lambda: w.meetings.add_item(meeting, named(None, 1, section=AgendaSection.OTHER)),
        lambda: w.meetings.update_item(item_id, item),
        lambda: w.meetings.remove_item(item_id),
        lambda: w.meetings.move_item(item_id, 1),
    ]
    for edit in edits:
        with pytest.raises(MeetingLockedError) as info:
            edit()
        assert info.value.errors == {"meeting": MEETING_LOCKED_MESSAGE}
    with pytest.raises(ValidationError):
        w.meetings.delete_meeting(meeting)
    assert w.meetings.get_meeting(meeting).items[0].item == item


def test_snapshot_round_trip_without_names(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL, POLICE, first="Ylva", last="Östman")
    family = attendee(Sector.GUARDIAN, name="Eva Östman", young_person_id=young)
    meeting = w.meeting(attendee(Sector.SCHOOL, PRESENT), family)
    w.meetings.add_item(meeting, named(young, actions=(action(),), decisions=("Beslut",)))
    detail = w.meetings.get_meeting(meeting)
    text = snapshot_json(detail)
    assert "Ylva" not in text  # the young person's name is never kept
    names = {young: "Ylva Östman"}
    assert detail_from_snapshot(text, names) == detail
    assert detail.items[0].young_person_name == "Ylva Östman"
    assert detail.meeting.held_on == DAY
    for broken in ("[]", '{"format": 1}', '{"format": 99}'):
        with pytest.raises(BugError):
            detail_from_snapshot(broken, names)
