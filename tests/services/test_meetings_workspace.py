"""Meetings through a real workspace: the whole life cycle keeps a valid audit chain, the
suggestions come from the plans, and the minutes survive a reopen of the vault."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sspf_desk.domain import AttendanceStatus, MeetingStatus, Sector
from sspf_desk.store.audit import list_entries
from tests.helpers.meetings import action, attendee, meeting_input, named
from tests.helpers.workspace import create_workspace, open_workspace, young_input


def test_a_meeting_from_planning_to_a_reopened_version(tmp_path: Path) -> None:
    ws, _ = create_workspace(tmp_path)
    today = date.today()
    young = ws.persons.create_young_person(young_input("Ada", "Berg", birth_date=date(2012, 3, 1)))
    case = ws.cases.open_case(young.id, today)
    day = today - timedelta(days=1)
    detail = ws.meetings.create_meeting(meeting_input(day=day), [attendee(Sector.SCHOOL)])
    meeting = detail.meeting.id
    [suggestion] = ws.meetings.due_items(meeting)
    assert (suggestion.kind, suggestion.young_person_id, suggestion.case_id) == (
        "new_case",
        young.id,
        case.id,
    )
    assert not suggestion.gate.allowed  # no consent yet: the school may not see the name
    item = ws.meetings.add_item(
        meeting, named(young.id, 9, actions=(action(),)), on_blocked="anonymise"
    )
    assert ws.meetings.due_items(meeting) == []  # the person is on the agenda now
    assert [i.what for i in ws.cases.list_items(case.id)] == ["Läxhjälp"]
    ws.meetings.transition(meeting, MeetingStatus.HELD)
    ws.meetings.set_attendees(meeting, [attendee(Sector.SCHOOL, AttendanceStatus.PRESENT)])
    ws.meetings.transition(meeting, MeetingStatus.FINALIZED)
    ws.meetings.transition(meeting, MeetingStatus.APPROVED)
    ws.meetings.transition(meeting, MeetingStatus.HELD, reason="Rättelse")
    with ws.store.unit_of_work() as session:
        written = {e.entity_type for e in list_entries(session) if e.action != "view"}
    assert {"meeting", "meeting_attendee", "agenda_item", "meeting_action"} <= written
    assert {"meeting_version", "action_item"} <= written
    report = ws.check()
    assert report.ok and report.audit_ok
    path = ws.path
    ws.close()
    again = open_workspace(path)
    try:
        reopened = again.meetings.get_meeting(meeting)
        assert reopened.meeting.version == 2
        old = again.meetings.version_detail(meeting, 1)
        assert old.meeting.status is MeetingStatus.APPROVED
        assert old.approved_by == again.current_user.id
        assert [e.item.id for e in old.items if e.item.young_person_id] == [item.item.id]
    finally:
        again.close()
