"""MeetingService and THE consent gate: blocked named items, the anonymise/exclude choice,
family attendees, attendance changes and finalizing on the recorded attendance."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sspf_desk.domain import (
    FAMILY_BLOCK_REASON,
    GATE_OPTIONS,
    NAME_IN_TEXT,
    AgendaSection,
    AttendanceStatus,
    ItemVisibility,
    MeetingStatus,
    Sector,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services import meeting_gate
from sspf_desk.services.meeting_rows import GateBlockedError
from tests.helpers.meetings import POLICE, SCHOOL, MeetingWorld, attendee, named, world

PRESENT, ABSENT = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT


@pytest.fixture
def w() -> MeetingWorld:
    """A fresh store with the meeting service, today = 2025-06-01."""
    return world()


def test_a_named_item_every_party_may_see_is_stored_named(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL, POLICE)
    meeting = w.meeting(attendee(Sector.SCHOOL), attendee(Sector.POLICE))
    gated = w.meetings.add_item(meeting, named(young))
    assert gated.gate.allowed
    assert gated.item.visibility is ItemVisibility.NAMED
    assert gated.young_person_name == "Alva Berg"
    assert not gated.has_open_case
    assert w.meetings.list_meetings()[0].named_count == 1


def test_a_blocked_named_item_is_refused_without_a_choice(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL)
    meeting = w.meeting(attendee(Sector.SCHOOL), attendee(Sector.POLICE))
    with pytest.raises(GateBlockedError) as info:
        w.meetings.add_item(meeting, named(young))
    gate = info.value.gate
    assert not gate.allowed
    assert gate.blocked_parties == (POLICE,)
    assert gate.options == GATE_OPTIONS
    assert all(reason.startswith("Polis: ") for reason in gate.reasons)
    message = info.value.errors["young_person_id"]
    assert "Polis: " in message and "Alva" not in message and "Berg" not in message
    assert w.meetings.get_meeting(meeting).items == ()  # nothing stored


@pytest.mark.parametrize(
    ("option", "visibility"),
    [("anonymise", ItemVisibility.ANONYMISED), ("exclude", ItemVisibility.EXCLUDED)],
)
def test_the_choice_stores_the_item_anonymised_or_excluded(
    w: MeetingWorld, option: str, visibility: ItemVisibility
) -> None:
    young = w.adult(SCHOOL)
    meeting = w.meeting(attendee(Sector.SCHOOL), attendee(Sector.POLICE))
    gated = w.meetings.add_item(meeting, named(young), on_blocked=option)  # type: ignore[arg-type]
    assert gated.item.visibility is visibility
    assert gated.item.young_person_id == young
    assert gated.gate.allowed  # not named any more
    assert w.meetings.list_meetings()[0].named_count == 0


def test_an_anonymised_item_may_not_contain_the_name(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL)
    meeting = w.meeting(attendee(Sector.POLICE))
    item = named(young, notes="Alva har börjat komma till skolan.", decisions=("Familjen BERG",))
    with pytest.raises(ValidationError) as info:
        w.meetings.add_item(meeting, item, on_blocked="anonymise")
    assert info.value.errors == {"notes": NAME_IN_TEXT, "decisions.0": NAME_IN_TEXT}
    with pytest.raises(ValidationError):
        w.meetings.add_item(meeting, replace(item, visibility=ItemVisibility.ANONYMISED))
    # Excluded items never reach a PDF; their texts are not checked.
    excluded = w.meetings.add_item(meeting, item, on_blocked="exclude")
    assert excluded.item.notes == item.notes


def test_unknown_young_person_is_not_found(w: MeetingWorld) -> None:
    meeting = w.meeting(attendee(Sector.SCHOOL))
    with pytest.raises(NotFoundError):
        w.meetings.add_item(meeting, named("no-such-person"))


def test_family_attendees(w: MeetingWorld) -> None:
    alva = w.adult(SCHOOL)
    bo = w.adult(SCHOOL, first="Bo", last="Ek")
    own = attendee(Sector.OTHER, name="Alva Berg", young_person_id=alva)
    guardian = attendee(Sector.GUARDIAN, name="Eva Berg", young_person_id=alva)
    meeting = w.meeting(attendee(Sector.SCHOOL), own, guardian)
    assert w.meetings.add_item(meeting, named(alva)).gate.allowed  # their own information
    with pytest.raises(GateBlockedError) as info:
        w.meetings.add_item(meeting, named(bo, 2))
    assert set(info.value.gate.blocked_parties) == {own.party, guardian.party}
    assert info.value.gate.reasons == (
        f"Annan: {FAMILY_BLOCK_REASON}",
        f"Vårdnadshavare: {FAMILY_BLOCK_REASON}",
    )
    with pytest.raises(NotFoundError):
        w.meetings.set_attendees(meeting, [attendee(Sector.GUARDIAN, young_person_id="nobody")])


def test_attendance_change_returns_the_items_now_blocked(w: MeetingWorld) -> None:
    alva = w.adult(SCHOOL, POLICE)
    bo = w.adult(SCHOOL, first="Bo", last="Ek")
    meeting = w.meeting(attendee(Sector.SCHOOL))
    w.meetings.add_item(meeting, named(alva, 1))
    w.meetings.add_item(meeting, named(bo, 2))
    w.meetings.add_item(meeting, named(bo, 3, visibility=ItemVisibility.ANONYMISED))
    assert w.meetings.set_attendees(meeting, [attendee(Sector.SCHOOL)]) == ()
    blocked = w.meetings.set_attendees(meeting, [attendee(Sector.SCHOOL), attendee(Sector.POLICE)])
    assert [(entry.item.number, entry.young_person_name) for entry in blocked] == [(2, "Bo Ek")]
    assert blocked[0].gate.blocked_parties == (POLICE,)
    # The police were absent after all: nothing is blocked.
    recorded = [attendee(Sector.SCHOOL, PRESENT), attendee(Sector.POLICE, ABSENT)]
    assert w.meetings.set_attendees(meeting, recorded) == ()
    detail = w.meetings.get_meeting(meeting)
    assert [e.attendee.status for e in detail.attendees] == [PRESENT, ABSENT]


def test_finalizing_refuses_a_blocked_named_item(w: MeetingWorld) -> None:
    bo = w.adult(SCHOOL, first="Bo", last="Ek")
    meeting = w.meeting(attendee(Sector.SCHOOL))
    w.meetings.add_item(meeting, named(None, 1, section=AgendaSection.OPENING, title="Öppnande"))
    w.meetings.add_item(meeting, named(bo, 2))
    present = [attendee(Sector.SCHOOL, PRESENT), attendee(Sector.POLICE, PRESENT)]
    assert [e.item.number for e in w.meetings.set_attendees(meeting, present)] == [2]
    w.meetings.transition(meeting, MeetingStatus.HELD)
    with pytest.raises(ValidationError) as info:
        w.meetings.transition(meeting, MeetingStatus.FINALIZED)
    text = info.value.errors["agenda"]
    assert text.startswith("§ 2: Polis: ")
    assert "Bo" not in text and "Ek " not in text
    item = w.meetings.get_meeting(meeting).items[1].item
    w.meetings.update_item(item.id or "", item, on_blocked="anonymise")
    assert w.meetings.transition(meeting, MeetingStatus.FINALIZED).status is MeetingStatus.FINALIZED


def test_the_gate_uses_the_meeting_day(w: MeetingWorld) -> None:
    young = w.adult(SCHOOL)  # consent valid 2025-05-01 … 2026-04-30
    early = w.meeting(attendee(Sector.SCHOOL), day=date(2025, 4, 1))
    with pytest.raises(GateBlockedError):
        w.meetings.add_item(early, named(young))
    later = w.meeting(attendee(Sector.SCHOOL))
    assert w.meetings.add_item(later, named(young)).gate.allowed


def test_one_facts_load_per_call(w: MeetingWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    people = [w.adult(SCHOOL, first=f"Ung{i}") for i in range(3)]
    meeting = w.meeting(attendee(Sector.SCHOOL))
    for number, person in enumerate(people, start=1):
        w.meetings.add_item(meeting, named(person, number))
    calls: list[set[str]] = []
    real = meeting_gate.load_facts

    def counting(session: object, ids: object, **kwargs: bool) -> object:
        calls.append(set(ids))  # type: ignore[call-overload]
        return real(session, ids, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(meeting_gate, "load_facts", counting)
    w.meetings.get_meeting(meeting)
    assert calls == [set(people)]
    calls.clear()
    w.meetings.set_attendees(meeting, [attendee(Sector.SCHOOL), attendee(Sector.POLICE)])
    assert calls == [set(people)]
