"""Meeting tables: converters, cascades, automatic audit and the meeting queries."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    CaseStatus,
    ItemVisibility,
    MeetingInput,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.errors import NotFoundError
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_cases import ActionItemRecord, CaseRecord
from sspf_desk.store.models_meetings import (
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
    MeetingSeriesRecord,
    MeetingVersionRecord,
)
from sspf_desk.store.repo_meetings import (
    ListedMeeting,
    MeetingNotFoundError,
    actions_of,
    attendees_of,
    get_item,
    get_meeting,
    get_series,
    items_of,
    meeting_listing,
    previous_meeting,
    versions_of,
)
from tests.helpers.store import new_store, young_record

ACTION = ActionItemInput(
    "Läxhjälp två gånger i veckan",
    Sector.SCHOOL,
    "Mentor",
    date(2025, 3, 10),
    date(2025, 4, 30),
    ActionStatus.PLANNED,
    date(2025, 4, 1),
)


def meeting_input(held_on: date = date(2025, 3, 6), **extra: object) -> MeetingInput:
    """An operational-group meeting."""
    values: dict[str, object] = {
        "meeting_type": MeetingType.OPERATIONAL_GROUP,
        "title": "Operativ grupp",
        "held_on": held_on,
        "starts_at": time(9, 0),
        "ends_at": time(10, 30),
        "place": "Stadshuset, rum 3",
        "chair": "Ordförande",
        "secretary": "Sekreterare",
        "approver": "Justerare",
    }
    values.update(extra)
    return MeetingInput(**values)  # type: ignore[arg-type]


def add_meeting(session: Session, data: MeetingInput | None = None) -> MeetingRecord:
    """Store a planned meeting (flushed)."""
    record = MeetingRecord()
    record.apply(data or meeting_input())
    session.add(record)
    session.flush()
    return record


def add_item(
    session: Session,
    meeting_id: str,
    number: int,
    person_id: str | None = None,
    visibility: ItemVisibility = ItemVisibility.NAMED,
) -> AgendaItemRecord:
    """Store an agenda item (flushed)."""
    record = AgendaItemRecord(meeting_id=meeting_id)
    section = AgendaSection.INDIVIDUALS if person_id else AgendaSection.OTHER
    record.apply(AgendaItem(number, section, f"Punkt {number}", person_id, visibility))
    session.add(record)
    session.flush()
    return record


def count(session: Session, table: type[object]) -> int:
    """Rows in ``table``."""
    return session.execute(select(func.count()).select_from(table)).scalar_one()


def test_meeting_round_trip_with_defaults() -> None:
    store, _ = new_store()
    data = meeting_input()
    with store.unit_of_work() as session:
        meeting_id = add_meeting(session, data).id
    with store.unit_of_work() as session:
        meeting = get_meeting(session, meeting_id).to_domain()
    assert meeting.to_input() == data
    assert (meeting.status, meeting.version, meeting.approved_on) == (
        MeetingStatus.PLANNED,
        1,
        None,
    )
    with store.unit_of_work() as session:
        assert get_meeting(session, meeting_id).approved_by == ""


def test_unknown_ids_raise_not_found() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session, pytest.raises(MeetingNotFoundError) as caught:
        get_meeting(session, "missing")
    assert caught.value.message() == "Mötet finns inte."
    assert isinstance(caught.value, NotFoundError)
    with store.unit_of_work() as session, pytest.raises(NotFoundError):
        get_item(session, "missing")
    with store.unit_of_work() as session, pytest.raises(NotFoundError):
        get_series(session, "missing")


def test_attendee_item_action_and_version_converters() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        young = young_record()
        session.add(young)
        meeting = add_meeting(session)
        guardian = Attendee(
            "Eva Berg", Sector.GUARDIAN, "vårdnadshavare", AttendanceStatus.PRESENT, "", young.id
        )
        police = Attendee("Kim Polis", Sector.POLICE, "kommunpolis", None, "Polisen Syd")
        session.add_all(
            [
                MeetingAttendeeRecord.from_domain(meeting.id, 1, police),
                MeetingAttendeeRecord.from_domain(meeting.id, 0, guardian),
            ]
        )
        item = AgendaItem(
            4,
            AgendaSection.INDIVIDUALS,
            "Uppföljning av åtagandeplan",
            young.id,
            ItemVisibility.NAMED,
            "Går bättre i skolan.",
            ("Fortsatt läxhjälp", 'Möte med "familjen"'),
            (),
            None,
            date(2025, 4, 3),
        )
        record = AgendaItemRecord(meeting_id=meeting.id)
        record.apply(item)
        session.add(record)
        session.flush()
        action = MeetingActionRecord(agenda_item_id=record.id, position=0)
        action.apply(ACTION)
        version = MeetingVersionRecord(
            meeting_id=meeting.id,
            number=1,
            reason="Fel datum",
            reopened_at=datetime(2025, 3, 7, 12, tzinfo=UTC),
            actor="user-1",
            snapshot="{}",
        )
        session.add_all([action, version])
        meeting_id, item_id = meeting.id, record.id
    with store.unit_of_work() as session:
        assert [a.to_domain() for a in attendees_of(session, meeting_id)] == [guardian, police]
        stored = get_item(session, item_id)
        assert json.loads(stored.decisions) == list(item.decisions)
        actions = tuple(a.to_input() for a in actions_of(session, [item_id]))
        assert actions == (ACTION,)
        domain = stored.to_domain(actions)
        assert domain.actions == (ACTION,)
        assert domain == replace(item, actions=actions, id=item_id)
        (kept,) = versions_of(session, meeting_id)
        assert kept.to_domain().reopened_at == datetime(2025, 3, 7, 12, tzinfo=UTC)
        assert (kept.to_domain().number, kept.to_domain().actor) == (1, "user-1")


def test_deleting_a_meeting_cascades_and_unlinks() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        young = young_record()
        session.add(young)
        series = MeetingSeriesRecord(
            meeting_type=MeetingType.OPERATIONAL_GROUP,
            title="Operativ grupp",
            place="",
            first_on=date(2025, 1, 9),
            interval_weeks=2,
            starts_at=time(9, 0),
            ends_at=None,
        )
        session.add(series)
        session.flush()
        first = add_meeting(session, meeting_input(series_id=series.id))
        second = add_meeting(session, meeting_input(date(2025, 3, 20), series_id=series.id))
        old = add_item(session, first.id, 1, young.id)
        new = add_item(session, second.id, 1, young.id)
        new.carried_from_item_id = old.id
        session.add(MeetingAttendeeRecord.from_domain(first.id, 0, Attendee("A", Sector.SCHOOL)))
        action = MeetingActionRecord(agenda_item_id=old.id, position=0)
        action.apply(ACTION)
        session.add(action)
        first_id, series_id, new_id = first.id, series.id, new.id
    with store.unit_of_work() as session:
        session.delete(get_meeting(session, first_id))
    with store.unit_of_work() as session:
        assert count(session, MeetingAttendeeRecord) == 0
        assert count(session, MeetingActionRecord) == 0
        assert count(session, AgendaItemRecord) == 1
        assert get_item(session, new_id).carried_from_item_id is None
        session.delete(get_series(session, series_id))
    with store.unit_of_work() as session:
        assert session.scalars(select(MeetingRecord.series_id)).all() == [None]


def test_deleting_a_person_or_plan_item_unlinks_meeting_rows() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        young = young_record()
        session.add(young)
        session.flush()
        case = CaseRecord(
            young_person_id=young.id, status=CaseStatus.ACTIVE_PLAN, opened_on=date(2025, 1, 2)
        )
        session.add(case)
        session.flush()
        plan_item = ActionItemRecord(case_id=case.id)
        plan_item.apply(ACTION)
        session.add(plan_item)
        meeting = add_meeting(session)
        item = add_item(session, meeting.id, 1, young.id)
        guardian = Attendee("Eva", Sector.GUARDIAN, young_person_id=young.id)
        session.add(MeetingAttendeeRecord.from_domain(meeting.id, 0, guardian))
        session.flush()
        action = MeetingActionRecord(
            agenda_item_id=item.id, position=0, action_item_id=plan_item.id
        )
        action.apply(ACTION)
        session.add(action)
        plan_item_id, young_id = plan_item.id, young.id
    with store.unit_of_work() as session:
        session.delete(session.get(ActionItemRecord, plan_item_id))
    with store.unit_of_work() as session:
        assert session.scalars(select(MeetingActionRecord.action_item_id)).all() == [None]
        session.delete(session.get(YoungPersonRecord, young_id))
    with store.unit_of_work() as session:
        assert session.scalars(select(AgendaItemRecord.young_person_id)).all() == [None]
        (attendee,) = session.scalars(select(MeetingAttendeeRecord)).all()
        assert (attendee.name, attendee.young_person_id) == ("Eva", None)


def test_meeting_rows_are_audited_automatically() -> None:
    store, _ = new_store(actor="user-1")
    with store.unit_of_work() as session:
        meeting = add_meeting(session)
        item = add_item(session, meeting.id, 1)
        action = MeetingActionRecord(agenda_item_id=item.id, position=0)
        action.apply(ACTION)
        session.add(action)
        session.add(MeetingAttendeeRecord.from_domain(meeting.id, 0, Attendee("A", Sector.POLICE)))
    with store.unit_of_work() as session:
        get_meeting(session, meeting.id).status = MeetingStatus.HELD
    with store.unit_of_work() as session:
        entries = list_entries(session)
    found = {(e.action, e.entity_type) for e in entries}
    assert {
        ("insert", "meeting"),
        ("insert", "agenda_item"),
        ("insert", "meeting_action"),
        ("insert", "meeting_attendee"),
    } <= found
    assert (entries[0].action, entries[0].entity_type, entries[0].fields) == (
        "update",
        "meeting",
        ("status",),
    )
    assert {e.actor for e in entries} == {"user-1"}


def test_listing_counts_items_and_orders_newest_first() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        young = young_record()
        session.add(young)
        early = add_meeting(session, meeting_input(date(2025, 2, 6)))
        late = add_meeting(session, meeting_input(date(2025, 3, 6)))
        network = add_meeting(
            session, meeting_input(date(2025, 2, 20), meeting_type=MeetingType.NETWORK_MEETING)
        )
        add_item(session, late.id, 1)
        add_item(session, late.id, 2, young.id)
        add_item(session, late.id, 3, young.id, ItemVisibility.ANONYMISED)
        add_item(session, late.id, 4, young.id, ItemVisibility.EXCLUDED)
        ids = (early.id, late.id, network.id)
    with store.unit_of_work() as session:
        rows = meeting_listing(session)
        only_group = meeting_listing(
            session, MeetingRecord.meeting_type == MeetingType.OPERATIONAL_GROUP
        )
    assert [row.id for row in rows] == [ids[1], ids[2], ids[0]]
    assert rows[0] == ListedMeeting(
        ids[1],
        MeetingType.OPERATIONAL_GROUP,
        "Operativ grupp",
        date(2025, 3, 6),
        time(9, 0),
        "Stadshuset, rum 3",
        MeetingStatus.PLANNED,
        1,
        None,
        4,
        1,
    )
    assert (rows[2].item_count, rows[2].named_count) == (0, 0)
    assert [row.id for row in only_group] == [ids[1], ids[0]]


def test_previous_meeting_is_strictly_before_of_the_type_and_series() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        series = MeetingSeriesRecord(
            meeting_type=MeetingType.OPERATIONAL_GROUP,
            title="Operativ grupp",
            place="",
            first_on=date(2025, 1, 9),
            interval_weeks=2,
            starts_at=time(9, 0),
            ends_at=None,
        )
        session.add(series)
        session.flush()
        in_series = add_meeting(session, meeting_input(date(2025, 2, 6), series_id=series.id))
        loose = add_meeting(session, meeting_input(date(2025, 2, 20)))
        add_meeting(session, meeting_input(date(2025, 3, 6)))
        add_meeting(
            session, meeting_input(date(2025, 3, 1), meeting_type=MeetingType.STEERING_GROUP)
        )
        planned = add_meeting(session, meeting_input(date(2025, 3, 2)))
        for record in (in_series, loose):
            record.status = MeetingStatus.HELD
        planned.status = MeetingStatus.PLANNED
        series_id, in_series_id, loose_id = series.id, in_series.id, loose.id
    group = MeetingType.OPERATIONAL_GROUP
    with store.unit_of_work() as session:
        found = previous_meeting(session, group, date(2025, 3, 6), None)
        assert found is not None and found.id == loose_id
        found = previous_meeting(session, group, date(2025, 3, 6), series_id)
        assert found is not None and found.id == in_series_id
        assert previous_meeting(session, group, date(2025, 2, 6), None) is None
        # A meeting still planned (3/2, later than the held one) has nothing to carry.
        found = previous_meeting(session, group, date(2025, 3, 3), None)
        assert found is not None and found.id == loose_id


def test_items_and_actions_of_many_meetings_in_order() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        meetings = [add_meeting(session) for _ in range(520)]
        for meeting in meetings:
            for number in (2, 1):
                item = AgendaItemRecord(meeting_id=meeting.id)
                item.apply(AgendaItem(number, AgendaSection.OTHER, f"Punkt {number}"))
                session.add(item)
        session.flush()
        meeting_ids = [m.id for m in meetings]
        first_item = items_of(session, [meeting_ids[0]])[0]
        for position in (1, 0):
            action = MeetingActionRecord(agenda_item_id=first_item.id, position=position)
            action.apply(replace(ACTION, what=f"Åtgärd {position}"))
            session.add(action)
    with store.unit_of_work() as session:
        items = items_of(session, meeting_ids)
        actions = actions_of(session, [first_item.id])
    assert len(items) == 1040
    keys = [(item.meeting_id, item.number) for item in items]
    assert keys == sorted(keys)
    assert [a.what for a in actions] == ["Åtgärd 0", "Åtgärd 1"]
