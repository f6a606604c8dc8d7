"""Agenda suggestions for the group and area level section of an operational group meeting.

Today is 2025-06-01; the meeting is planned for 2025-06-10; the previous operational group
meeting that took place was on 2025-05-13 (a network meeting on 2025-05-30 does not count).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from sspf_desk.domain import (
    ActionStatus,
    AgendaItem,
    AgendaSection,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.domain.group_level import (
    MeasureInput,
    MeasureKind,
    ObservationInput,
    SiteInput,
    SiteKind,
)
from sspf_desk.services.group_level import GroupLevelService
from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.services.meetings import MeetingService
from sspf_desk.store import Store
from sspf_desk.store.models_meetings import MeetingRecord
from tests.helpers.store import new_store
from tests.store.test_models_meetings import meeting_input

TODAY = date(2025, 6, 1)
DAY = date(2025, 6, 10)


@dataclass
class World:
    store: Store
    group: GroupLevelService
    meetings: MeetingService
    sites: dict[str, str]

    def meeting(self, kind: MeetingType = MeetingType.OPERATIONAL_GROUP) -> str:
        data = meeting_input(DAY, meeting_type=kind)
        return self.meetings.create_meeting(data, standard_agenda=False).meeting.id

    def held(self, day: date, kind: MeetingType = MeetingType.OPERATIONAL_GROUP) -> None:
        with self.store.unit_of_work() as session:
            record = MeetingRecord()
            record.apply(meeting_input(day, meeting_type=kind))
            record.status = MeetingStatus.HELD
            session.add(record)

    def area_items(self, meeting_id: str) -> list[AgendaSuggestion]:
        return [s for s in self.meetings.due_items(meeting_id) if s.kind == "area_level"]


def observe(group: GroupLevelService, site: str, day: date, sector: Sector) -> None:
    group.add_observation(ObservationInput(site, day, sector, "Oro kvällstid"))


def follow(group: GroupLevelService, site: str, on: date, **extra: object) -> None:
    values: dict[str, object] = {
        "site_id": site,
        "kind": MeasureKind.SAFETY_WALK,
        "description": "Trygghetsvandring",
        "sector": Sector.LEISURE,
        "follow_up_on": on,
        "status": ActionStatus.DONE,
        "done_on": date(2025, 5, 2),
    }
    values.update(extra)
    group.add_measure(MeasureInput(**values))  # type: ignore[arg-type]


@pytest.fixture
def world() -> World:
    store = new_store()[0]
    group = GroupLevelService(store, today=lambda: TODAY)
    meetings = MeetingService(store, today=lambda: TODAY)
    site = group.create_site
    sites = {
        "torget": site(SiteInput("Torget", SiteKind.PLACE, "Centrum")).id,
        "park": site(SiteInput("Gruppen vid skateparken", SiteKind.GROUP, "Norr")).id,
        "quiet": site(SiteInput("Ängen", SiteKind.PLACE, "Norr")).id,
        "closed": site(SiteInput("Bron", SiteKind.PLACE, "Centrum", active=False)).id,
    }
    observe(group, sites["torget"], date(2025, 5, 13), Sector.POLICE)  # the previous meeting's day
    observe(group, sites["torget"], date(2025, 5, 20), Sector.POLICE)
    observe(group, sites["torget"], date(2025, 5, 25), Sector.POLICE)
    observe(group, sites["torget"], date(2025, 5, 28), Sector.SCHOOL)
    observe(group, sites["quiet"], date(2025, 4, 1), Sector.LEISURE)  # long ago
    observe(group, sites["closed"], date(2025, 5, 30), Sector.POLICE)  # not followed any more
    follow(group, sites["park"], date(2025, 6, 5))
    follow(group, sites["park"], date(2025, 6, 10), status=ActionStatus.ONGOING, done_on=None)
    follow(group, sites["quiet"], date(2025, 6, 1), follow_up="Lugnare nu")  # followed up
    follow(group, sites["quiet"], date(2025, 6, 20))  # after the meeting
    follow(group, sites["quiet"], date(2025, 5, 1), status=ActionStatus.CANCELLED, done_on=None)
    return World(store, group, meetings, sites)


def test_sites_with_new_observations_or_follow_ups_due_are_suggested(world: World) -> None:
    world.held(date(2025, 5, 13))
    world.held(date(2025, 5, 30), MeetingType.NETWORK_MEETING)
    found = world.area_items(world.meeting())
    assert [(s.title, s.site_id) for s in found] == [
        ("Gruppen vid skateparken – Norr", world.sites["park"]),
        ("Torget – Centrum", world.sites["torget"]),
    ]
    assert [s.reason for s in found] == [
        "Att följa upp: Trygghetsvandring (uppföljning 2025-06-05), "
        "Trygghetsvandring (uppföljning 2025-06-10).",
        "Iakttagelser sedan 2025-05-14: Skola 1, Polis 2.",
    ]
    for suggestion in found:
        assert suggestion.young_person_id is None and suggestion.case_id is None
        assert suggestion.young_person_name == ""
        assert suggestion.gate.allowed
        assert suggestion.section is AgendaSection.AREA_LEVEL


def test_without_a_previous_meeting_the_last_30_days_count(world: World) -> None:
    world.held(date(2025, 5, 30), MeetingType.NETWORK_MEETING)
    found = world.area_items(world.meeting())
    torget = next(s for s in found if s.site_id == world.sites["torget"])
    assert torget.reason == "Iakttagelser sedan 2025-05-11: Skola 1, Polis 3."


def test_a_site_on_the_agenda_already_is_left_out_and_adding_needs_no_gate(world: World) -> None:
    meeting = world.meeting()
    first = world.area_items(meeting)[0]
    item = AgendaItem(1, first.section, first.title, first.young_person_id, notes=first.reason)
    stored = world.meetings.add_item(meeting, item)
    assert stored.item.section is AgendaSection.AREA_LEVEL
    assert stored.item.young_person_id is None
    assert [s.site_id for s in world.area_items(meeting)] == [world.sites["torget"]]


def test_only_operational_group_meetings_get_area_level_suggestions(world: World) -> None:
    for kind in (MeetingType.NETWORK_MEETING, MeetingType.STEERING_GROUP):
        assert world.area_items(world.meeting(kind)) == []
    individual = [s for s in world.meetings.due_items(world.meeting()) if s.kind != "area_level"]
    assert individual == []
    assert all(
        s.section is AgendaSection.AREA_LEVEL for s in world.meetings.due_items(world.meeting())
    )


def test_at_most_three_follow_ups_are_named_the_oldest_first(world: World) -> None:
    for day in (date(2025, 5, 20), date(2025, 4, 1), date(2025, 6, 8)):
        follow(world.group, world.sites["park"], day)
    found = world.area_items(world.meeting())
    park = next(s for s in found if s.site_id == world.sites["park"])
    assert park.reason == (
        "Att följa upp: Trygghetsvandring (uppföljning 2025-04-01), "
        "Trygghetsvandring (uppföljning 2025-05-20), "
        "Trygghetsvandring (uppföljning 2025-06-05) och 2 till."
    )


def test_the_title_names_the_area_once() -> None:
    from sspf_desk.services.meeting_suggestions import site_title

    assert site_title("Torget", "Centrum") == "Torget – Centrum"
    assert site_title("Torget i Centrum", "Centrum") == "Torget i Centrum"
    assert site_title("Köpcentret i Södra Backen", "södra backen") == "Köpcentret i Södra Backen"
    assert site_title("Torget", " ") == "Torget"
