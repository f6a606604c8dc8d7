"""ConcernTalkService: validation with the guardian-by-age rule, CRUD, audit, suggestions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sspf_desk.domain import (
    Agreement,
    AuditAction,
    CustodyType,
    RelatedPersonInput,
    Relationship,
    ReportCheckpoint,
    ReportStatus,
    TalkParticipant,
    TalkRole,
)
from sspf_desk.domain.anonymise import AnonymisationReason
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.anonymise import AnonymiseService
from sspf_desk.services.concern_talk_rows import ConcernTalkRow
from sspf_desk.services.concern_talks import ConcernTalkService
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models_meetings import MeetingRecord
from sspf_desk.store.models_talks import TalkParticipantRecord
from tests.helpers.casework import TODAY, Services, services
from tests.helpers.store import young_record
from tests.helpers.workspace import create_workspace, open_workspace, young_input
from tests.store.test_models_meetings import meeting_input
from tests.store.test_models_talks import talk_input

YOUNG_ONLY = (TalkParticipant("Ada Berg", TalkRole.YOUNG_PERSON),)


def talks(s: Services) -> ConcernTalkService:
    """The service over the helper's store and clock."""
    return ConcernTalkService(s.store, today=lambda: TODAY)


def test_create_get_update_delete_round_trip_with_audit() -> None:
    s = services()
    person = s.young()
    service = talks(s)
    data = talk_input(person)
    talk = service.create_talk(data)
    assert talk.data == data
    assert service.get_talk(talk.id) == talk
    changed = replace(
        data,
        participants=(*data.participants[:2], TalkParticipant("Lo Lund", TalkRole.SCHOOL)),
        agreements=(),
        report=ReportCheckpoint(ReportStatus.NOT_NEEDED),
    )
    updated = service.update_talk(talk.id, changed)
    assert updated.data == changed and updated.id == talk.id
    assert service.get_talk(talk.id).data == changed
    with s.store.unit_of_work() as session:
        entries = list_entries(session, entity_type="concern_talk", entity_id=talk.id)
    actions = [e.action for e in reversed(entries)]
    assert actions[:2] == [AuditAction.INSERT, AuditAction.VIEW]
    assert AuditAction.UPDATE in actions
    service.delete_talk(talk.id)
    with pytest.raises(NotFoundError):
        service.get_talk(talk.id)
    with pytest.raises(NotFoundError):
        service.delete_talk(talk.id)
    with s.store.unit_of_work() as session:
        assert session.query(TalkParticipantRecord).count() == 0


def test_a_guardian_must_take_part_for_a_minor_on_the_day_of_the_talk() -> None:
    s = services()
    service = talks(s)
    turns_18 = s.young(birth_date=date(2007, 3, 10))
    with s.store.unit_of_work() as session:  # e.g. imported without a birth date
        record = young_record("Bo", "Ek", birth_date=None)
        session.add(record)
        session.flush()
        unknown = record.id
    before = talk_input(turns_18, held_on=date(2025, 3, 9), participants=YOUNG_ONLY)
    with pytest.raises(ValidationError) as caught:
        service.create_talk(before)
    assert set(caught.value.errors) == {"participants"}
    assert "Vårdnadshavare" in caught.value.errors["participants"]
    on_birthday = replace(before, held_on=date(2025, 3, 10))
    assert service.create_talk(on_birthday).data.held_on == date(2025, 3, 10)
    with pytest.raises(ValidationError) as caught:
        service.create_talk(talk_input(unknown, participants=YOUNG_ONLY))
    assert set(caught.value.errors) == {"participants"}


def test_field_errors_and_missing_records() -> None:
    s = services()
    service = talks(s)
    person = s.young()
    bad = talk_input(
        person,
        held_on=date(2025, 6, 2),
        follow_up_on=None,
        reason=" ",
        agreements=(Agreement("", "Mentor"),),
        report=ReportCheckpoint(),
        legal_ground=None,
    )
    with pytest.raises(ValidationError) as caught:
        service.create_talk(bad)
    assert set(caught.value.errors) == {
        "held_on",
        "reason",
        "agreements.0.what",
        "report.status",
        "legal_ground",
    }
    with pytest.raises(ValidationError) as caught:
        service.create_talk(talk_input(""))
    assert "young_person_id" in caught.value.errors
    with pytest.raises(NotFoundError):
        service.create_talk(talk_input("no-such-person"))
    with pytest.raises(NotFoundError):
        service.create_talk(talk_input(person, meeting_id="no-such-meeting"))
    with pytest.raises(NotFoundError):
        service.update_talk("no-such-talk", talk_input(person))
    assert service.list_talks() == []


def test_a_talk_may_be_booked_as_a_meeting() -> None:
    s = services()
    person = s.young()
    with s.store.unit_of_work() as session:
        meeting = MeetingRecord()
        meeting.apply(meeting_input())
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    talk = talks(s).create_talk(talk_input(person, meeting_id=meeting_id))
    assert talk.data.meeting_id == meeting_id
    assert [row.meeting_id for row in talks(s).list_talks()] == [meeting_id]


def test_lists_are_newest_first_hide_protected_names_and_audit_a_persons_list() -> None:
    s = services()
    service = talks(s)
    ada = s.young()
    hidden = s.young("Bo", "Ek", protected_identity=True)
    first = service.create_talk(talk_input(ada, held_on=date(2025, 1, 10), follow_up_on=None))
    second = service.create_talk(talk_input(hidden, held_on=date(2025, 2, 10)))
    rows = service.list_talks()
    assert rows == [
        ConcernTalkRow(
            second.id,
            hidden,
            "Skyddade personuppgifter",
            date(2025, 2, 10),
            "Polisstationen",
            ReportStatus.MADE,
            date(2025, 4, 4),
            None,
        ),
        ConcernTalkRow(
            first.id, ada, "Ada Berg", date(2025, 1, 10), "Polisstationen", ReportStatus.MADE,
            None, None,
        ),
    ]  # fmt: skip
    assert [row.id for row in service.list_talks(ada)] == [first.id]
    with s.store.unit_of_work() as session:
        (entry,) = list_entries(session, entity_type="young_person", entity_id=ada, limit=1)
    assert (entry.action, entry.fields) == (AuditAction.VIEW, ("talks",))
    with pytest.raises(NotFoundError):
        service.list_talks("no-such-person")


def test_suggested_participants_are_the_person_and_guardians_with_custody() -> None:
    s = services()
    person = s.young("Ada", "Berg")
    s.guardian(person, "Eva", CustodyType.SOLE)
    s.persons.add_related_person(
        person, RelatedPersonInput("Per", "Berg"), Relationship.PARENT, CustodyType.NONE
    )
    s.persons.add_related_person(
        person, RelatedPersonInput("Lisa", "Ahl"), Relationship.SIBLING, CustodyType.NONE
    )
    assert talks(s).suggested_participants(person) == (
        TalkParticipant("Ada Berg", TalkRole.YOUNG_PERSON),
        TalkParticipant("Eva Berg", TalkRole.GUARDIAN),
    )
    with pytest.raises(NotFoundError):
        talks(s).suggested_participants("no-such-person")


def test_no_new_talk_about_an_anonymised_person() -> None:
    s = services()
    person = s.young()
    AnonymiseService(s.store).anonymise_young_person(person, reason=str(AnonymisationReason.OTHER))
    with pytest.raises(ValidationError) as caught:
        talks(s).create_talk(talk_input(person))
    assert "anonymiserade" in caught.value.errors["young_person_id"]


def test_the_workspace_serves_talks_and_saves_them(tmp_path: Path) -> None:
    ws, _ = create_workspace(tmp_path)
    person = ws.persons.create_young_person(young_input()).id
    talk = ws.concern_talks.create_talk(talk_input(person))
    ws.close()
    again = open_workspace(tmp_path / "vault.sspf")
    try:
        assert again.concern_talks.get_talk(talk.id) == talk
    finally:
        again.close()
