"""MeetingPlanningService: recurring series (planned meetings with the standing agenda) and
the calendar files of a meeting and a series, which hold no personal data."""

from __future__ import annotations

import dataclasses
import datetime as dt
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from sspf_desk.domain import (
    DEFAULT_AGENDAS,
    AgendaSection,
    Attendee,
    ItemVisibility,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.domain.agenda import AgendaTemplateItem
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.meeting_planning import MeetingPlanningService, MeetingSeriesInput
from sspf_desk.store import Store, repo_meetings
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models_meetings import MeetingRecord, MeetingSeriesRecord
from tests.helpers.casework import Services, services
from tests.helpers.meeting_planning import add_meeting

TZ = ZoneInfo("Europe/Stockholm")
NETWORK = MeetingType.NETWORK_MEETING
SERIES = MeetingSeriesInput(
    meeting_type=MeetingType.OPERATIONAL_GROUP,
    title="  Operativ grupp Centrum ",
    place=" Stadshuset, rum Ljusnan ",
    first_on=date(2026, 9, 1),  # a Tuesday
    interval_weeks=2,
    starts_at=time(13, 0),
    ends_at=time(15, 0),
    count=3,
)
STAFF = (
    Attendee("Sara Skola", Sector.SCHOOL, "rektor"),
    Attendee("Per Polis", Sector.POLICE, "kommunpolis"),
)


@pytest.fixture
def svc() -> Services:
    """Services over a fresh store."""
    return services()


@pytest.fixture
def planning(svc: Services) -> MeetingPlanningService:
    """The planning service over the same store."""
    return MeetingPlanningService(svc.store)


def meeting_rows(store: Store) -> list[MeetingRecord]:
    """Every meeting, by day."""
    with store.unit_of_work() as session:
        found = list(session.query(MeetingRecord).order_by(MeetingRecord.held_on))
        session.expunge_all()
    return found


def last_entry(store: Store) -> tuple[str, str, str, tuple[str, ...]]:
    """(action, entity_type, entity_id, fields) of the newest audit entry."""
    with store.unit_of_work() as session:
        entry = list_entries(session, limit=1)[0]
    return entry.action, entry.entity_type, entry.entity_id, entry.fields


# -- series ----------------------------------------------------------------------------------


def test_a_series_plans_every_meeting_with_attendees_and_the_standing_agenda(
    svc: Services, planning: MeetingPlanningService
) -> None:
    custom = (
        AgendaTemplateItem(AgendaSection.OPENING, "Öppnande", "Sekretess"),
        AgendaTemplateItem(AgendaSection.INDIVIDUALS, "Individärenden"),
    )
    planning.set_agenda_templates({MeetingType.OPERATIONAL_GROUP: custom})
    ids = planning.create_series(SERIES, STAFF)
    rows = meeting_rows(svc.store)
    assert [r.id for r in rows] == ids
    assert [r.held_on for r in rows] == [date(2026, 9, 1), date(2026, 9, 15), date(2026, 9, 29)]
    series_ids = {r.series_id for r in rows}
    assert len(series_ids) == 1 and None not in series_ids
    for row in rows:
        assert (row.status, row.version, row.approved_on, row.approved_by) == (
            MeetingStatus.PLANNED,
            1,
            None,
            "",
        )
        assert (row.title, row.place) == ("Operativ grupp Centrum", "Stadshuset, rum Ljusnan")
        assert (row.starts_at, row.ends_at) == (time(13, 0), time(15, 0))
    with svc.store.unit_of_work() as session:
        series = repo_meetings.get_series(session, series_ids.pop() or "")
        assert (series.first_on, series.interval_weeks, series.title) == (
            date(2026, 9, 1),
            2,
            "Operativ grupp Centrum",
        )
        for meeting_id in ids:
            people = repo_meetings.attendees_of(session, meeting_id)
            assert [a.to_domain() for a in people] == list(STAFF)
            assert [a.position for a in people] == [0, 1]
        items = repo_meetings.items_of(session, ids)
        assert len(items) == 2 * len(ids)
        first = [i.to_domain() for i in items if i.meeting_id == ids[0]]
    assert [(i.number, i.section, i.title, i.notes) for i in first] == [
        (1, AgendaSection.OPENING, "Öppnande", "Sekretess"),
        (2, AgendaSection.INDIVIDUALS, "Individärenden", ""),
    ]
    assert all(i.young_person_id is None and i.visibility is ItemVisibility.NAMED for i in first)


def test_a_series_of_another_type_uses_its_default_agenda(
    svc: Services, planning: MeetingPlanningService
) -> None:
    ids = planning.create_series(
        MeetingSeriesInput(
            MeetingType.STEERING_GROUP, "Styrgrupp", "", date(2026, 1, 13), 8, time(9, 0), None, 1
        )
    )
    with svc.store.unit_of_work() as session:
        titles = [i.title for i in repo_meetings.items_of(session, ids)]
    assert titles == [t.title for t in DEFAULT_AGENDAS[MeetingType.STEERING_GROUP]]


def test_an_invalid_series_stores_nothing(svc: Services, planning: MeetingPlanningService) -> None:
    bad = MeetingSeriesInput(
        MeetingType.OPERATIONAL_GROUP, " ", "", date(2026, 9, 1), 0, time(13, 0), time(12, 0), 61
    )
    with pytest.raises(ValidationError) as info:
        planning.create_series(bad, (Attendee(" ", Sector.SCHOOL),))
    assert set(info.value.errors) == {
        "title",
        "interval_weeks",
        "ends_at",
        "count",
        "attendees.0.name",
    }
    with pytest.raises(NotFoundError):
        planning.create_series(
            SERIES, (Attendee("Eva", Sector.GUARDIAN, young_person_id="nobody"),)
        )
    assert meeting_rows(svc.store) == []
    with svc.store.unit_of_work() as session:
        assert session.query(MeetingSeriesRecord).count() == 0


def test_family_attendees_of_an_existing_young_person_are_kept(
    svc: Services, planning: MeetingPlanningService
) -> None:
    young = svc.young()
    family = Attendee("Eva Berg", Sector.GUARDIAN, "vårdnadshavare", young_person_id=young)
    (meeting_id,) = planning.create_series(
        MeetingSeriesInput(
            NETWORK, "Nätverksmöte", "Skolan", date(2026, 9, 2), 4, time(10, 0), None, 1
        ),
        (family,),
    )
    with svc.store.unit_of_work() as session:
        assert [a.to_domain() for a in repo_meetings.attendees_of(session, meeting_id)] == [family]


# -- calendar --------------------------------------------------------------------------------


def unfolded(data: bytes) -> str:
    """The calendar text with folded lines joined (a name could be split across lines)."""
    return data.decode("utf-8").replace("\r\n ", "")


def events(data: bytes) -> list[object]:
    """The VEVENTs of a calendar file."""
    return list(Calendar.from_ical(data).walk("VEVENT"))


PERSONAL = ("Alva", "Berg", "Eva", "Sara", "Per Polis", "Nätverksmöte för")


def test_a_meeting_invite_holds_only_type_times_and_place(
    svc: Services, planning: MeetingPlanningService
) -> None:
    young = svc.young("Alva", "Berg")
    family = Attendee("Eva Berg", Sector.GUARDIAN, "vårdnadshavare", young_person_id=young)
    (meeting_id,) = planning.create_series(
        MeetingSeriesInput(
            NETWORK,
            "Nätverksmöte för Alva Berg",
            "Skolan",
            date(2027, 3, 30),
            1,
            time(9, 0),
            None,
            1,
        ),
        (*STAFF, family),
    )
    data = planning.meeting_ics(meeting_id)
    (event,) = events(data)
    assert str(event["summary"]) == "SSPF nätverksmöte"  # type: ignore[index]
    assert str(event["location"]) == "Skolan"  # type: ignore[index]
    assert event.decoded("dtstart") == dt.datetime(2027, 3, 30, 9, 0, tzinfo=TZ)  # type: ignore[attr-defined]
    assert event.decoded("dtend") == dt.datetime(2027, 3, 30, 10, 0, tzinfo=TZ)  # type: ignore[attr-defined]
    assert str(event["uid"]) == f"meeting-{meeting_id}@sspf-desk"  # type: ignore[index]
    assert "rrule" not in event  # type: ignore[operator]
    text = unfolded(data)
    assert not [word for word in PERSONAL if word in text]
    assert last_entry(svc.store) == ("export", "meeting", meeting_id, ("calendar",))


def test_every_meeting_type_has_its_summary(
    planning: MeetingPlanningService, svc: Services
) -> None:
    summaries = []
    for kind in MeetingType:
        stored = add_meeting(svc.store, date(2026, 5, 5), meeting_type=kind)
        summaries.append(str(events(planning.meeting_ics(stored.id))[0]["summary"]))  # type: ignore[index]
    assert summaries == [
        "SSPF operativ grupp",
        "SSPF nätverksmöte",
        "SSPF styrgrupp",
        "SSPF bekymringssamtal",
    ]


def test_a_meeting_without_a_start_time_cannot_be_exported(
    svc: Services, planning: MeetingPlanningService
) -> None:
    (meeting_id,) = planning.create_series(dataclasses.replace(SERIES, count=1))
    with svc.store.unit_of_work() as session:
        repo_meetings.get_meeting(session, meeting_id).starts_at = None
    with pytest.raises(ValidationError) as info:
        planning.meeting_ics(meeting_id)
    assert set(info.value.errors) == {"starts_at"}
    with pytest.raises(NotFoundError):
        planning.meeting_ics("no-such-meeting")


def test_a_series_invite_is_one_recurring_event(
    svc: Services, planning: MeetingPlanningService
) -> None:
    ids = planning.create_series(SERIES, STAFF)
    series_id = meeting_rows(svc.store)[0].series_id or ""
    data = planning.series_ics(series_id)
    (event,) = events(data)
    rule = event["rrule"]  # type: ignore[index]
    assert (rule["FREQ"], rule["INTERVAL"], rule["BYDAY"], rule["COUNT"]) == (
        ["WEEKLY"],
        [2],
        ["TU"],
        [3],
    )
    assert event.decoded("dtstart") == dt.datetime(2026, 9, 1, 13, 0, tzinfo=TZ)  # type: ignore[attr-defined]
    assert event.decoded("dtend") == dt.datetime(2026, 9, 1, 15, 0, tzinfo=TZ)  # type: ignore[attr-defined]
    assert str(event["summary"]) == "SSPF operativ grupp"  # type: ignore[index]
    assert str(event["class"]) == "CONFIDENTIAL"  # type: ignore[index]
    assert "Centrum" not in unfolded(data) and "Sara" not in unfolded(data)
    assert last_entry(svc.store) == ("export", "meeting_series", series_id, ("calendar",))
    with svc.store.unit_of_work() as session:
        session.delete(repo_meetings.get_meeting(session, ids[-1]))
    assert events(planning.series_ics(series_id))[0]["rrule"]["COUNT"] == [2]  # type: ignore[index]
    with svc.store.unit_of_work() as session:
        for meeting_id in ids[:-1]:
            session.delete(repo_meetings.get_meeting(session, meeting_id))
    with pytest.raises(ValidationError) as info:
        planning.series_ics(series_id)
    assert set(info.value.errors) == {"series"}
    with pytest.raises(NotFoundError):
        planning.series_ics("no-such-series")
