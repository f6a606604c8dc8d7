"""Group-level and medborgarlöfte tables: round trips, JSON columns, cascades, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sspf_desk.domain import ActionStatus, MeetingType, Sector
from sspf_desk.domain.group_level import (
    MeasureInput,
    MeasureKind,
    ObservationInput,
    SiteInput,
    SiteKind,
)
from sspf_desk.domain.promises import (
    ActivityCounting,
    ActivityInput,
    ProgressInput,
    PromiseInput,
    Signatory,
)
from sspf_desk.errors import BugError
from sspf_desk.store.audit import list_entries
from sspf_desk.store.base import Base
from sspf_desk.store.models_group_level import (
    GroupMeasureRecord,
    GroupObservationRecord,
    GroupSiteRecord,
)
from sspf_desk.store.models_meetings import MeetingRecord
from sspf_desk.store.models_promises import (
    PromiseActivityRecord,
    PromiseProgressRecord,
    PromiseRecord,
    decode_focus_areas,
    decode_signatories,
)
from tests.helpers.store import new_store
from tests.store.test_models_meetings import add_meeting

SITE = SiteInput(
    name="Gruppen som samlas vid skateparken",
    kind=SiteKind.GROUP,
    area="Norra",
    time_pattern="fredagskvällar",
    description="Tio–femton ungdomar, 14–16 år; klotter och bråk med förbipasserande.",
    active=False,
)
PROMISE = PromiseInput(
    year=2025,
    municipality="Exempelkommun",
    police_area="LPO Exempel",
    title="Medborgarlöfte 2025 – Tryggare centrum",
    problem="Otrygghet kring torget kvällstid.",
    focus_areas=("Trygg offentlig miljö", 'Ungas "fritid"'),
    effects="Fler känner sig trygga.",
    signatories=(Signatory("Åsa Ödman", "Kommunstyrelsens ordförande"), Signatory("Lo", "")),
)


Record = (
    GroupSiteRecord
    | GroupObservationRecord
    | GroupMeasureRecord
    | PromiseRecord
    | PromiseActivityRecord
    | PromiseProgressRecord
)


def add(session: Session, record: Record) -> str:
    """Store a record (flushed) and return its id."""
    session.add(record)
    session.flush()
    return record.id


def site(session: Session, data: SiteInput = SITE) -> str:
    """Store a site."""
    record = GroupSiteRecord()
    record.apply(data)
    return add(session, record)


def measure_input(site_id: str, meeting_id: str | None = None) -> MeasureInput:
    """A police-presence measure with every field set."""
    return MeasureInput(
        site_id=site_id,
        kind=MeasureKind.POLICE_PRESENCE,
        description="Synlig polisnärvaro fredagskvällar",
        sector=Sector.POLICE,
        responsible="Lokalpolisområdet",
        planned_on=date(2025, 3, 1),
        done_on=date(2025, 3, 28),
        status=ActionStatus.DONE,
        hours=12.5,
        meeting_id=meeting_id,
        follow_up_on=date(2025, 4, 15),
        follow_up="Lugnare helger.",
    )


def count(session: Session, table: type[Base]) -> int:
    """Rows in ``table``."""
    return session.execute(select(func.count()).select_from(table)).scalar_one()


def test_site_observation_and_measure_round_trip() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        site_id = site(session)
        meeting_id = add_meeting(session).id
        observation = ObservationInput(site_id, date(2025, 3, 7), Sector.SOCIAL_SERVICES, "Lugnt.")
        obs = GroupObservationRecord()
        obs.apply(observation)
        obs_id = add(session, obs)
        measure = GroupMeasureRecord()
        measure.apply(measure_input(site_id, meeting_id))
        measure_id = add(session, measure)
    with store.unit_of_work() as session:
        stored_site = session.get_one(GroupSiteRecord, site_id).to_domain()
        stored_obs = session.get_one(GroupObservationRecord, obs_id).to_domain()
        stored_measure = session.get_one(GroupMeasureRecord, measure_id).to_domain()
    assert (stored_site.id, stored_site.data) == (site_id, SITE)
    assert stored_site.created_at.tzinfo is not None
    assert (stored_obs.id, stored_obs.data) == (obs_id, observation)
    assert stored_obs.created_at.tzinfo is not None
    assert stored_measure.data == measure_input(site_id, meeting_id)
    assert stored_measure.id == measure_id


def test_measure_defaults_round_trip() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        site_id = site(session, SiteInput("Torget i Centrum", SiteKind.PLACE))
        data = MeasureInput(site_id, MeasureKind.OTHER, "Belysning ses över", Sector.OTHER)
        record = GroupMeasureRecord()
        record.apply(data)
        measure_id = add(session, record)
    with store.unit_of_work() as session:
        assert session.get_one(GroupMeasureRecord, measure_id).to_domain().data == data
        assert session.get_one(GroupSiteRecord, site_id).to_domain().data.active


def test_deleting_a_site_takes_its_observations_and_measures_a_meeting_unlinks() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        first, second = site(session), site(session)
        meeting_id = add_meeting(session).id
        for site_id in (first, second):
            obs = GroupObservationRecord()
            obs.apply(ObservationInput(site_id, date(2025, 3, 7), Sector.SCHOOL, "Skolk."))
            measure = GroupMeasureRecord()
            measure.apply(measure_input(site_id, meeting_id))
            session.add_all([obs, measure])
    with store.unit_of_work() as session:
        session.delete(session.get_one(GroupSiteRecord, first))
    with store.unit_of_work() as session:
        assert count(session, GroupObservationRecord) == 1
        assert count(session, GroupMeasureRecord) == 1
        session.delete(session.get_one(MeetingRecord, meeting_id))
    with store.unit_of_work() as session:
        (kept,) = session.scalars(select(GroupMeasureRecord))
        assert (kept.site_id, kept.meeting_id) == (second, None)


def promise_with_activity(session: Session) -> tuple[str, str]:
    """Store PROMISE and one activity counting police-presence hours."""
    promise = PromiseRecord()
    promise.apply(PROMISE)
    promise_id = add(session, promise)
    activity = PromiseActivityRecord(position=0)
    activity.apply(activity_input(promise_id))
    return promise_id, add(session, activity)


def activity_input(promise_id: str) -> ActivityInput:
    """An activity with every field set."""
    return ActivityInput(
        promise_id=promise_id,
        title="Polisnärvaro i centrum",
        owner="Lokalpolisområdet",
        target=4000.0,
        unit="timmar",
        focus_area="Trygg offentlig miljö",
        counting=ActivityCounting.MEASURE_HOURS,
        measure_kind=MeasureKind.POLICE_PRESENCE,
        area="Centrum",
    )


def test_promise_activity_and_progress_round_trip() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        promise_id, activity_id = promise_with_activity(session)
        meetings = PromiseActivityRecord(position=1)
        meetings_data = ActivityInput(
            promise_id,
            "Kartläggningsmöten",
            "SSPF-samordnare",
            24,
            "möten",
            counting=ActivityCounting.MEETINGS,
            meeting_type=MeetingType.OPERATIONAL_GROUP,
        )
        meetings.apply(meetings_data)
        meetings_id = add(session, meetings)
        progress = PromiseProgressRecord()
        entry = ProgressInput(activity_id, date(2025, 5, 2), -1.5, "Rättelse")
        progress.apply(entry)
        progress_id = add(session, progress)
    with store.unit_of_work() as session:
        promise = session.get_one(PromiseRecord, promise_id).to_domain()
        activity = session.get_one(PromiseActivityRecord, activity_id).to_domain()
        second = session.get_one(PromiseActivityRecord, meetings_id).to_domain()
        stored = session.get_one(PromiseProgressRecord, progress_id).to_domain()
    assert (promise.id, promise.data) == (promise_id, PROMISE)
    assert (activity.position, activity.data) == (0, activity_input(promise_id))
    assert (second.position, second.data) == (1, meetings_data)
    assert second.data.measure_kind is None
    assert (stored.id, stored.data) == (progress_id, entry)


def test_json_columns_keep_order_and_swedish_text() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        promise_id, _ = promise_with_activity(session)
    with store.unit_of_work() as session:
        record = session.get_one(PromiseRecord, promise_id)
        assert "Ödman" in record.signatories
        assert record.focus_areas == '["Trygg offentlig miljö", "Ungas \\"fritid\\""]'
    assert decode_signatories("") == ()
    assert decode_focus_areas("") == ()


@pytest.mark.parametrize("text", ['{"a": 1}', "[1]", '"x"'])
def test_damaged_focus_areas_are_a_bug(text: str) -> None:
    with pytest.raises(BugError):
        decode_focus_areas(text)


@pytest.mark.parametrize("text", ['{"name": "A"}', "[1]", '[{"title": "T"}]', '[{"name": 2}]'])
def test_damaged_signatories_are_a_bug(text: str) -> None:
    with pytest.raises(BugError):
        decode_signatories(text)


def test_deleting_a_promise_takes_its_activities_and_progress() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        promise_id, activity_id = promise_with_activity(session)
        progress = PromiseProgressRecord()
        progress.apply(ProgressInput(activity_id, date(2025, 2, 1), 3))
        session.add(progress)
    with store.unit_of_work() as session:
        session.delete(session.get_one(PromiseRecord, promise_id))
    with store.unit_of_work() as session:
        assert count(session, PromiseActivityRecord) == 0
        assert count(session, PromiseProgressRecord) == 0


def test_the_six_tables_are_audited_automatically() -> None:
    store, _ = new_store(actor="user-1")
    with store.unit_of_work() as session:
        site_id = site(session)
        obs = GroupObservationRecord()
        obs.apply(ObservationInput(site_id, date(2025, 3, 7), Sector.POLICE, "Lugnt."))
        measure = GroupMeasureRecord()
        measure.apply(measure_input(site_id))
        session.add_all([obs, measure])
        _, activity_id = promise_with_activity(session)
        progress = PromiseProgressRecord()
        progress.apply(ProgressInput(activity_id, date(2025, 2, 1), 3))
        session.add(progress)
    with store.unit_of_work() as session:
        session.get_one(GroupSiteRecord, site_id).area = "Södra"
    with store.unit_of_work() as session:
        entries = list_entries(session)
    assert {(e.action, e.entity_type) for e in entries} == {
        ("insert", "group_site"),
        ("insert", "group_observation"),
        ("insert", "group_measure"),
        ("insert", "citizen_promise"),
        ("insert", "promise_activity"),
        ("insert", "promise_progress"),
        ("update", "group_site"),
    }
    assert entries[0].fields == ("area",)
    assert {e.actor for e in entries} == {"user-1"}
