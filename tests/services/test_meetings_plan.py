"""MeetingService: actions flow into the action plan of an open case (create, update,
delete only while planned, live status read back) and carry over into the next meeting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sspf_desk.domain import (
    ActionStatus,
    AgendaSection,
    CaseStatus,
    ClosingReason,
    ItemVisibility,
    MeetingStatus,
    Sector,
)
from sspf_desk.services.meeting_rows import GatedItem
from tests.helpers.meetings import (
    POLICE,
    SCHOOL,
    MeetingWorld,
    action,
    attendee,
    meeting_input,
    named,
    world,
)

NEXT_DAY = date(2025, 6, 10)


@pytest.fixture
def w() -> MeetingWorld:
    """A fresh store with the meeting service, today = 2025-06-01."""
    return world()


def plan(w: MeetingWorld, case_id: str) -> list[tuple[str, ActionStatus]]:
    return [(item.what, item.status) for item in w.svc.cases.list_items(case_id)]


def only_item(w: MeetingWorld, meeting_id: str) -> GatedItem:
    [entry] = w.meetings.get_meeting(meeting_id).items
    return entry


def test_actions_create_and_update_plan_items(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL)
    case = w.open_case(young)
    meeting = w.meeting(attendee(Sector.SCHOOL))
    gated = w.meetings.add_item(meeting, named(young, actions=(action("Läxhjälp"),)))
    assert gated.has_open_case
    assert plan(w, case) == [("Läxhjälp", ActionStatus.PLANNED)]
    [created] = w.svc.cases.list_items(case)

    item = gated.item
    changed = (action("Läxhjälp", deadline=date(2025, 9, 30)), action("Fritidsgård"))
    w.meetings.update_item(item.id or "", replace(item, actions=changed))
    items = w.svc.cases.list_items(case)
    assert [(i.what, i.deadline) for i in items] == [
        ("Läxhjälp", date(2025, 9, 30)),
        ("Fritidsgård", date(2025, 8, 31)),
    ]
    assert items[0].id == created.id  # the same plan item, updated


def test_removing_an_action_deletes_its_plan_item_only_while_planned(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL)
    case = w.open_case(young)
    meeting = w.meeting(attendee(Sector.SCHOOL))
    actions = (action("Läxhjälp"), action("Fritidsgård"), action("Mentorssamtal"))
    item = w.meetings.add_item(meeting, named(young, actions=actions)).item
    by_what = {i.what: i for i in w.svc.cases.list_items(case)}
    started = by_what["Fritidsgård"]
    w.svc.cases.update_item(started.id, replace(action("Fritidsgård"), status=ActionStatus.ONGOING))
    w.meetings.update_item(item.id or "", replace(item, actions=(action("Mentorssamtal"),)))
    assert plan(w, case) == [
        ("Fritidsgård", ActionStatus.ONGOING),  # kept: work has started
        ("Mentorssamtal", ActionStatus.PLANNED),
    ]
    # The kept plan item is no longer linked: saving the item again leaves it alone.
    w.meetings.update_item(item.id or "", replace(item, actions=(action("Mentorssamtal"),)))
    assert len(w.svc.cases.list_items(case)) == 2


def test_live_status_is_read_back_from_the_plan(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL)
    case = w.open_case(young)
    meeting = w.meeting(attendee(Sector.SCHOOL))
    w.meetings.add_item(meeting, named(young, actions=(action("Läxhjälp"),)))
    [created] = w.svc.cases.list_items(case)
    w.svc.cases.update_item(created.id, replace(action("Läxhjälp"), status=ActionStatus.DONE))
    assert only_item(w, meeting).item.actions[0].status is ActionStatus.DONE


def test_items_without_an_open_case_keep_actions_in_the_minutes(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL)
    meeting = w.meeting(attendee(Sector.SCHOOL))
    about = w.meetings.add_item(meeting, named(young, actions=(action("Läxhjälp"),)))
    general = named(None, 2, section=AgendaSection.OTHER, actions=(action("Fältvandring"),))
    w.meetings.add_item(meeting, general)
    assert not about.has_open_case
    detail = w.meetings.get_meeting(meeting)
    assert [e.item.actions[0].what for e in detail.items] == ["Läxhjälp", "Fältvandring"]
    case = w.open_case(young)
    assert plan(w, case) == []
    # Saved again once a case is open, the item's action joins the plan.
    w.meetings.update_item(about.item.id or "", about.item)
    assert plan(w, case) == [("Läxhjälp", ActionStatus.PLANNED)]


def test_removing_the_item_or_the_meeting_releases_plan_items(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL)
    case = w.open_case(young)
    meeting = w.meeting(attendee(Sector.SCHOOL))
    first = w.meetings.add_item(meeting, named(young, 1, actions=(action("A"), action("B"))))
    w.meetings.add_item(meeting, named(young, 2, actions=(action("C"),)))
    done = next(i for i in w.svc.cases.list_items(case) if i.what == "B")
    w.svc.cases.update_item(done.id, replace(action("B"), status=ActionStatus.DONE))
    w.meetings.remove_item(first.item.id or "")
    assert plan(w, case) == [("B", ActionStatus.DONE), ("C", ActionStatus.PLANNED)]
    w.meetings.delete_meeting(meeting)
    assert plan(w, case) == [("B", ActionStatus.DONE)]


def test_a_closed_case_plan_is_never_changed_from_a_meeting(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL)
    case = w.open_case(young)
    meeting = w.meeting(attendee(Sector.SCHOOL))
    item = w.meetings.add_item(meeting, named(young, actions=(action("Läxhjälp"),))).item
    w.svc.cases.transition(
        case, CaseStatus.CLOSED, closing_reason=ClosingReason.GOALS_REACHED, outcome="Klart."
    )
    w.meetings.update_item(item.id or "", replace(item, actions=(action("Ny"),)))
    w.meetings.remove_item(item.id or "")
    assert plan(w, case) == [("Läxhjälp", ActionStatus.PLANNED)]


def test_carry_over_into_the_next_meeting(w: MeetingWorld) -> None:
    alva = w.adult(SCHOOL)
    bo = w.adult(SCHOOL, POLICE, first="Bo", last="Ek")
    case = w.open_case(alva)
    first = w.meetings.create_meeting(meeting_input(), [attendee(Sector.SCHOOL)]).meeting.id
    actions = (action("Läxhjälp"), action("Fritidsgård"))
    w.meetings.add_item(first, named(alva, 3, notes="Anteckning", actions=actions))
    w.meetings.add_item(first, named(bo, 4, follow_up_on=date(2025, 6, 5)))
    w.meetings.add_item(first, named(bo, 5, follow_up_on=date(2025, 7, 1), title="Senare"))
    w.meetings.transition(first, MeetingStatus.HELD)
    finished = next(i for i in w.svc.cases.list_items(case) if i.what == "Fritidsgård")
    w.svc.cases.update_item(finished.id, replace(action("Fritidsgård"), status=ActionStatus.DONE))
    earlier = {e.item.young_person_id: e.item for e in w.meetings.get_meeting(first).items}

    # The police come to the next meeting: Alva's item may no longer be named.
    people = [attendee(Sector.SCHOOL), attendee(Sector.POLICE)]
    detail = w.meetings.create_meeting(meeting_input(day=NEXT_DAY), people)
    sections = [e.item.section for e in detail.items]
    at = sections.index(AgendaSection.PREVIOUS_MINUTES) + 1
    carried = detail.items[at : at + 2]
    assert [e.item.young_person_id for e in carried] == [alva, bo]
    assert [e.item.number for e in detail.items] == list(range(1, len(detail.items) + 1))
    alva_item, bo_item = (e.item for e in carried)
    assert alva_item.visibility is ItemVisibility.ANONYMISED  # blocked → never named
    assert bo_item.visibility is ItemVisibility.NAMED
    assert alva_item.carried_from_item_id == earlier[alva].id
    assert (alva_item.notes, [a.what for a in alva_item.actions]) == ("", ["Läxhjälp"])
    assert all(e.gate.allowed for e in detail.items)
    # The carried action shares the plan item: no duplicate, and removing the carried
    # item does not take the plan item away from the earlier minutes.
    assert plan(w, case) == [("Läxhjälp", ActionStatus.PLANNED), ("Fritidsgård", ActionStatus.DONE)]
    w.meetings.remove_item(alva_item.id or "")
    assert len(w.svc.cases.list_items(case)) == 2
    [again] = [e for e in w.meetings.get_meeting(first).items if e.item.young_person_id == alva]
    assert [a.status for a in again.item.actions] == [ActionStatus.PLANNED, ActionStatus.DONE]


def test_carried_item_whose_texts_hold_the_name_is_excluded(w: MeetingWorld) -> None:
    alva = w.adult(SCHOOL)
    first = w.meeting(attendee(Sector.SCHOOL))
    w.meetings.add_item(first, named(alva, actions=(action("Ringa Alvas mamma"),)))
    w.meetings.transition(first, MeetingStatus.HELD)
    people = [attendee(Sector.SCHOOL), attendee(Sector.POLICE)]
    detail = w.meetings.create_meeting(meeting_input(day=NEXT_DAY), people)
    [carried] = [e for e in detail.items if e.item.young_person_id == alva]
    assert carried.item.visibility is ItemVisibility.ANONYMISED
    first_b = w.meeting(attendee(Sector.SCHOOL), day=date(2025, 6, 11))
    w.meetings.add_item(first_b, named(alva, actions=(action("Ringa Alva"),)))
    w.meetings.transition(first_b, MeetingStatus.HELD)
    later = w.meetings.create_meeting(meeting_input(day=date(2025, 6, 12)), people)
    [excluded] = [e for e in later.items if e.item.young_person_id == alva]
    assert excluded.item.visibility is ItemVisibility.EXCLUDED


def test_a_meeting_planned_ahead_takes_the_carried_items_later(w: MeetingWorld) -> None:
    alva = w.adult(SCHOOL)
    w.open_case(alva)
    first = w.meetings.create_meeting(meeting_input(), [attendee(Sector.SCHOOL)]).meeting.id
    ahead = w.meetings.create_meeting(meeting_input(day=NEXT_DAY), [attendee(Sector.SCHOOL)])
    w.meetings.add_item(first, named(alva, 3, actions=(action("Läxhjälp"),)))
    assert w.meetings.carry_over(ahead.meeting.id) == 0  # the first is not held yet
    w.meetings.transition(first, MeetingStatus.HELD)
    assert w.meetings.carry_over(ahead.meeting.id) == 1
    assert w.meetings.carry_over(ahead.meeting.id) == 0  # never twice
    items = [e.item for e in w.meetings.get_meeting(ahead.meeting.id).items]
    assert [i.number for i in items] == list(range(1, len(items) + 1))
    [carried] = [i for i in items if i.young_person_id == alva]
    assert carried.visibility is ItemVisibility.NAMED
    assert [a.what for a in carried.actions] == ["Läxhjälp"]
    before = items[carried.number - 2]
    assert before.section is AgendaSection.PREVIOUS_MINUTES
