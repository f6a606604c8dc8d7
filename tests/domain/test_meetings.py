"""Meetings: the minutes' life cycle, read-only locked minutes, attendance and validation."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from itertools import product

import pytest

from sspf_desk.domain import (
    MEETING_LOCKED_MESSAGE,
    NO_PERSONAL_DATA,
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    Meeting,
    MeetingInput,
    MeetingLockedError,
    MeetingStatus,
    MeetingType,
    Party,
    Sector,
    allowed_meeting_transitions,
    attendance_complete,
    check_meeting_transition,
    ensure_meeting_editable,
    is_reopening,
    present_parties,
    validate_agenda_item,
    validate_attendee,
    validate_meeting,
    version_after,
)

M = MeetingStatus
ALLOWED = {
    (M.PLANNED, M.HELD),
    (M.HELD, M.FINALIZED),
    (M.FINALIZED, M.APPROVED),
    (M.FINALIZED, M.HELD),
    (M.APPROVED, M.HELD),
}
ALL_OK = {"reason": "Fel i § 3", "has_secretary": True, "has_approver": True}
STAMP = datetime(2025, 1, 1, tzinfo=UTC)


def meeting_input(**changes: object) -> MeetingInput:
    base = MeetingInput(
        meeting_type=MeetingType.OPERATIONAL_GROUP,
        title="SSPF Centrum",
        held_on=date(2025, 3, 4),
        starts_at=time(13, 0),
        ends_at=time(14, 30),
        place="Stadshuset, rum 2",
        chair="Anna",
        secretary="Bo",
        approver="Cilla",
    )
    return MeetingInput(**{**{f: getattr(base, f) for f in base.__slots__}, **changes})  # type: ignore[arg-type]


def meeting(status: MeetingStatus) -> Meeting:
    data = meeting_input()
    return Meeting(
        id="m1",
        **{f: getattr(data, f) for f in data.__slots__},  # type: ignore[arg-type]
        status=status,
        version=1,
        approved_on=None,
        created_at=STAMP,
        updated_at=STAMP,
    )


def action(status: ActionStatus = ActionStatus.PLANNED, what: str = "Ringa hem") -> ActionItemInput:
    return ActionItemInput(
        what=what,
        sector=Sector.SCHOOL,
        responsible="Mentor",
        start_on=None,
        deadline=date(2025, 4, 1),
        status=status,
        follow_up_on=None,
    )


@pytest.mark.parametrize(("current", "target"), list(product(M, M)))
def test_every_pair_of_statuses(current: MeetingStatus, target: MeetingStatus) -> None:
    allowed = (current, target) in ALLOWED
    assert (target in allowed_meeting_transitions(current)) is allowed
    errors = check_meeting_transition(current, target, all_attendance_set=True, **ALL_OK)  # type: ignore[arg-type]
    assert (errors == {}) is allowed
    if not allowed:
        assert set(errors) == {"status"}


@pytest.mark.parametrize(
    ("current", "target", "kwargs", "fields"),
    [
        (M.HELD, M.FINALIZED, {}, {"secretary", "attendance"}),
        (M.HELD, M.FINALIZED, {"has_secretary": True}, {"attendance"}),
        (M.HELD, M.FINALIZED, {"all_attendance_set": True}, {"secretary"}),
        (M.FINALIZED, M.APPROVED, {}, {"approver"}),
        (M.FINALIZED, M.HELD, {}, {"reason"}),
        (M.APPROVED, M.HELD, {"reason": "  "}, {"reason"}),
        (M.APPROVED, M.HELD, {"reason": "Fel datum"}, set()),
        (M.PLANNED, M.HELD, {}, set()),
    ],
)
def test_transition_requirements(
    current: MeetingStatus, target: MeetingStatus, kwargs: dict[str, object], fields: set[str]
) -> None:
    assert set(check_meeting_transition(current, target, **kwargs)) == fields  # type: ignore[arg-type]


@pytest.mark.parametrize(("current", "target"), list(product(M, M)))
def test_reopening_bumps_the_version(current: MeetingStatus, target: MeetingStatus) -> None:
    reopen = current in {M.FINALIZED, M.APPROVED} and target is M.HELD
    assert is_reopening(current, target) is reopen
    assert version_after(current, target, 3) == (4 if reopen else 3)


@pytest.mark.parametrize("status", list(M))
def test_locked_minutes_are_read_only(status: MeetingStatus) -> None:
    record = meeting(status)
    if status in {M.FINALIZED, M.APPROVED}:
        assert record.is_locked
        with pytest.raises(MeetingLockedError) as caught:
            ensure_meeting_editable(record)
        assert caught.value.errors == {"meeting": MEETING_LOCKED_MESSAGE}
    else:
        ensure_meeting_editable(record)


def test_to_input_round_trips() -> None:
    assert meeting(M.HELD).to_input() == meeting_input()


def test_attendance_helpers() -> None:
    school = Attendee("Anna", Sector.SCHOOL, "rektor", AttendanceStatus.PRESENT, "Björkskolan")
    police = Attendee("Bo", Sector.POLICE, "kommunpolis", AttendanceStatus.PRESENT)
    police2 = Attendee("Bea", Sector.POLICE, "områdespolis", AttendanceStatus.PRESENT)
    absent = Attendee("Cilla", Sector.LEISURE, "fritidsledare", AttendanceStatus.ABSENT)
    unset = Attendee("Dan", Sector.SOCIAL_SERVICES, "fältare")
    assert present_parties([school, police, absent, police2, unset]) == (
        Party(Sector.SCHOOL, "Björkskolan"),
        Party(Sector.POLICE),
    )
    assert attendance_complete([school, absent])
    assert not attendance_complete([school, unset])
    assert not attendance_complete([])


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({}, set()),
        ({"title": " "}, {"title"}),
        ({"title": "Om 010101-1234"}, {"title"}),
        ({"place": "Hemma hos 20100101 1234"}, {"place"}),
        ({"ends_at": time(13, 0)}, {"ends_at"}),
        ({"ends_at": time(12, 0)}, {"ends_at"}),
        ({"starts_at": None}, set()),
        ({"chair": "x" * 201}, {"chair"}),
    ],
)
def test_validate_meeting(changes: dict[str, object], fields: set[str]) -> None:
    assert set(validate_meeting(meeting_input(**changes))) == fields


def test_validate_meeting_id_number_message() -> None:
    assert validate_meeting(meeting_input(title="0101011234"))["title"] == NO_PERSONAL_DATA


@pytest.mark.parametrize(
    ("attendee", "fields"),
    [
        (Attendee("Anna", Sector.SCHOOL), set()),
        (Attendee(" ", Sector.SCHOOL), {"name"}),
        (Attendee("Anna", Sector.SCHOOL, role="r" * 201), {"role"}),
    ],
)
def test_validate_attendee(attendee: Attendee, fields: set[str]) -> None:
    assert set(validate_attendee(attendee)) == fields


def item(**changes: object) -> AgendaItem:
    base = {
        "number": 5,
        "section": AgendaSection.INDIVIDUALS,
        "title": "Uppföljning",
        "young_person_id": "yp1",
    }
    return AgendaItem(**{**base, **changes})  # type: ignore[arg-type]


ANON = {"visibility": ItemVisibility.ANONYMISED}
PNR = "Gäller 20100101-1234"


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({}, set()),
        ({"number": 0}, {"number"}),
        ({"title": ""}, {"title"}),
        ({"decisions": ("Beslut", " ")}, {"decisions.1"}),
        ({"notes": PNR}, set()),
        ({**ANON, "notes": PNR}, {"notes"}),
        ({**ANON, "title": PNR}, {"title"}),
        ({**ANON, "decisions": ("ok", PNR)}, {"decisions.1"}),
        ({**ANON, "actions": (action(what=PNR),)}, {"actions.0.what"}),
        ({**ANON, "young_person_id": None}, {"visibility"}),
        ({"section": AgendaSection.SITUATION_PICTURE}, {"young_person_id"}),
        (
            {"section": AgendaSection.AREA_LEVEL, "young_person_id": None, "notes": PNR},
            {"notes"},
        ),
        ({"actions": (action(), action(what=""))}, {"actions.1.what"}),
        ({"visibility": ItemVisibility.EXCLUDED}, set()),
    ],
)
def test_validate_agenda_item(changes: dict[str, object], fields: set[str]) -> None:
    assert set(validate_agenda_item(item(**changes))) == fields


def test_named_items() -> None:
    assert item().is_named
    assert not item(**ANON).is_named
    assert not item(young_person_id=None).is_named
