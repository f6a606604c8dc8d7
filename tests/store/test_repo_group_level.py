"""Queries of the group and area level and of medborgarlöften (repo_group_level, repo_promises)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from sspf_desk.domain import ActionStatus, MeetingStatus, MeetingType, Sector
from sspf_desk.domain.group_level import (
    MeasureInput,
    MeasureKind,
    ObservationInput,
    SiteInput,
    SiteKind,
)
from sspf_desk.domain.promises import ActivityInput, ProgressInput, PromiseInput
from sspf_desk.errors import NotFoundError
from sspf_desk.store.models_group_level import (
    GroupMeasureRecord,
    GroupObservationRecord,
    GroupSiteRecord,
)
from sspf_desk.store.models_promises import (
    PromiseActivityRecord,
    PromiseProgressRecord,
    PromiseRecord,
)
from sspf_desk.store.repo_group_level import (
    ListedSite,
    get_site,
    measure_totals,
    measures_of,
    observations_of,
    site_areas,
    site_rows,
)
from sspf_desk.store.repo_promises import (
    ListedPromise,
    activities_of,
    get_activity,
    get_promise,
    meetings_held,
    progress_of,
    promise_rows,
)
from tests.helpers.store import new_store
from tests.store.test_models_meetings import add_meeting, meeting_input

PRESENCE = MeasureKind.POLICE_PRESENCE


def add_site(session: Session, name: str, area: str = "") -> str:
    """Store a place."""
    record = GroupSiteRecord()
    record.apply(SiteInput(name, SiteKind.PLACE, area))
    session.add(record)
    session.flush()
    return record.id


def add_measure(
    session: Session,
    site_id: str,
    *,
    kind: MeasureKind = PRESENCE,
    status: ActionStatus = ActionStatus.DONE,
    done_on: date | None = date(2025, 3, 1),
    hours: float | None = None,
    **extra: object,
) -> str:
    """Store a measure."""
    data = MeasureInput(site_id, kind, "Insats", Sector.POLICE, status=status, done_on=done_on)
    record = GroupMeasureRecord()
    record.apply(replace(data, hours=hours, **extra))  # type: ignore[arg-type]
    session.add(record)
    session.flush()
    return record.id


def add_observation(session: Session, site_id: str, on: date) -> str:
    """Store an observation."""
    record = GroupObservationRecord()
    record.apply(ObservationInput(site_id, on, Sector.SCHOOL, "Iakttagelse"))
    session.add(record)
    session.flush()
    return record.id


def test_measure_totals_count_done_measures_of_the_kind_in_the_period() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        centre, north = add_site(session, "Torget", "Centrum"), add_site(session, "Parken", "Norr")
        add_measure(session, centre, done_on=date(2025, 1, 1), hours=4)
        add_measure(session, centre, done_on=date(2025, 3, 31), hours=2.5)
        add_measure(session, north, done_on=date(2025, 2, 10))  # no hours recorded
        add_measure(session, centre, done_on=date(2024, 12, 31), hours=100)  # before
        add_measure(session, centre, done_on=date(2025, 4, 1), hours=100)  # after
        add_measure(session, centre, kind=MeasureKind.SAFETY_WALK, hours=100)
        add_measure(session, centre, status=ActionStatus.ONGOING, hours=100)
        add_measure(session, centre, status=ActionStatus.CANCELLED, hours=100)
        add_measure(session, centre, status=ActionStatus.PLANNED, done_on=None, hours=100)
    start, end = date(2025, 1, 1), date(2025, 3, 31)
    with store.unit_of_work() as session:
        assert measure_totals(session, PRESENCE, start, end) == (3, 6.5)
        assert measure_totals(session, PRESENCE, start, end, "") == (3, 6.5)
        assert measure_totals(session, PRESENCE, start, end, "Centrum") == (2, 6.5)
        assert measure_totals(session, PRESENCE, start, end, "Norr") == (1, 0.0)
        assert measure_totals(session, PRESENCE, start, end, "Söder") == (0, 0.0)
        assert measure_totals(session, MeasureKind.SAFETY_WALK, start, end) == (1, 100.0)
        assert measure_totals(session, MeasureKind.OTHER, start, end) == (0, 0.0)


def test_site_rows_count_observations_open_measures_and_the_next_follow_up() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        busy, empty = add_site(session, "Torget", "Centrum"), add_site(session, "Parken")
        add_observation(session, busy, date(2025, 3, 1))
        add_observation(session, busy, date(2025, 5, 2))
        add_observation(session, busy, date(2025, 4, 9))
        add_measure(session, busy, status=ActionStatus.PLANNED, follow_up_on=date(2025, 6, 9))
        add_measure(session, busy, status=ActionStatus.ONGOING)
        # done without a follow-up text: still awaits its follow-up
        add_measure(session, busy, follow_up_on=date(2025, 6, 2))
        # followed up or cancelled: no longer awaits one
        add_measure(session, busy, follow_up_on=date(2025, 5, 1), follow_up="Lugnare.")
        add_measure(session, busy, status=ActionStatus.CANCELLED, follow_up_on=date(2025, 5, 1))
    with store.unit_of_work() as session:
        rows = {row.id: row for row in site_rows(session)}
    assert rows[busy] == ListedSite(
        busy, "Torget", SiteKind.PLACE, "Centrum", True, 3, date(2025, 5, 2), 2, date(2025, 6, 2)
    )
    assert rows[empty] == ListedSite(empty, "Parken", SiteKind.PLACE, "", True, 0, None, 0, None)


def test_observations_newest_first_and_measures_open_first() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        site_id = add_site(session, "Torget")
        old = add_observation(session, site_id, date(2025, 1, 5))
        new = add_observation(session, site_id, date(2025, 2, 5))
        done_old = add_measure(session, site_id, done_on=date(2025, 1, 1))
        done_new = add_measure(session, site_id, done_on=date(2025, 2, 1))
        planned = add_measure(
            session, site_id, status=ActionStatus.PLANNED, done_on=None, planned_on=date(2025, 1, 9)
        )
        other_site = add_site(session, "Parken")
        add_observation(session, other_site, date(2025, 3, 1))
    with store.unit_of_work() as session:
        assert [r.id for r in observations_of(session, site_id)] == [new, old]
        assert [r.id for r in measures_of(session, site_id)] == [planned, done_new, done_old]
        assert get_site(session, site_id).name == "Torget"
        with pytest.raises(NotFoundError):
            get_site(session, "missing")


def test_site_areas_are_distinct_and_non_empty() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        for name, area in (("A", "Centrum"), ("B", "Centrum"), ("C", ""), ("D", "Öster")):
            add_site(session, name, area)
    with store.unit_of_work() as session:
        assert sorted(site_areas(session)) == ["Centrum", "Öster"]


def test_meetings_held_counts_meetings_of_the_type_not_planned_in_the_period() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        for day, status in (
            (date(2025, 1, 1), MeetingStatus.HELD),
            (date(2025, 2, 1), MeetingStatus.FINALIZED),
            (date(2025, 3, 31), MeetingStatus.APPROVED),
            (date(2025, 3, 15), MeetingStatus.PLANNED),
            (date(2025, 4, 1), MeetingStatus.HELD),
        ):
            add_meeting(session, meeting_input(day)).status = status
        add_meeting(
            session, meeting_input(date(2025, 2, 2), meeting_type=MeetingType.NETWORK_MEETING)
        ).status = MeetingStatus.HELD
    start, end = date(2025, 1, 1), date(2025, 3, 31)
    with store.unit_of_work() as session:
        assert meetings_held(session, MeetingType.OPERATIONAL_GROUP, start, end) == 3
        assert meetings_held(session, MeetingType.NETWORK_MEETING, start, end) == 1
        assert meetings_held(session, MeetingType.STEERING_GROUP, start, end) == 0


def test_promise_rows_activities_by_position_and_progress_by_day() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        old, new = PromiseRecord(), PromiseRecord()
        old.apply(PromiseInput(2025, "Kommunen", "LPO", "Tryggare torg"))
        new.apply(PromiseInput(2026, "Kommunen", "LPO", "Trygg skolväg"))
        session.add_all([old, new])
        session.flush()
        activities = []
        for position in (2, 0, 1):
            record = PromiseActivityRecord(position=position)
            record.apply(ActivityInput(new.id, f"Aktivitet {position}", "Kommunen", 4, "st"))
            session.add(record)
            activities.append(record)
        session.flush()
        for on in (date(2026, 3, 1), date(2026, 1, 1), date(2026, 2, 1)):
            progress = PromiseProgressRecord()
            progress.apply(ProgressInput(activities[0].id, on, 1))
            session.add(progress)
        ids = {"old": old.id, "new": new.id, "first": activities[1].id}
    with store.unit_of_work() as session:
        assert promise_rows(session) == [
            ListedPromise(ids["new"], 2026, "Trygg skolväg", "Kommunen", "LPO", 3),
            ListedPromise(ids["old"], 2025, "Tryggare torg", "Kommunen", "LPO", 0),
        ]
        listed = activities_of(session, ids["new"])
        assert [a.position for a in listed] == [0, 1, 2]
        days = [p.on_day for p in progress_of(session, [a.id for a in listed])]
        assert days == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
        assert progress_of(session, []) == []
        assert get_promise(session, ids["old"]).year == 2025
        assert get_activity(session, ids["first"]).position == 0
        with pytest.raises(NotFoundError):
            get_promise(session, "missing")
        with pytest.raises(NotFoundError):
            get_activity(session, "missing")
