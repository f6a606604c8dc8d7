"""Concern-talk tables: round trip, child rows reused by position, cascades, listing, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from sspf_desk.domain import (
    Agreement,
    ConcernTalkInput,
    LegalGround,
    ReportCheckpoint,
    ReportStatus,
    TalkParticipant,
    TalkRole,
)
from sspf_desk.errors import NotFoundError
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_concerns import ConcernRecord
from sspf_desk.store.models_meetings import MeetingRecord
from sspf_desk.store.models_talks import (
    ConcernTalkRecord,
    TalkAgreementRecord,
    TalkParticipantRecord,
)
from sspf_desk.store.repo_talks import (
    agreements_of,
    get_talk,
    participants_of,
    talk_listing,
)
from tests.helpers.store import new_store, young_record
from tests.store.test_models_meetings import meeting_input

PARTICIPANTS = (
    TalkParticipant("Ada Berg", TalkRole.YOUNG_PERSON),
    TalkParticipant("Eva Berg", TalkRole.GUARDIAN, "mamma"),
    TalkParticipant("Kim Polis", TalkRole.POLICE, "kommunpolis"),
)


def talk_input(person_id: str, **extra: object) -> ConcernTalkInput:
    """A complete talk about ``person_id``."""
    values: dict[str, object] = {
        "young_person_id": person_id,
        "held_on": date(2025, 3, 4),
        "place": "Polisstationen",
        "called_by": "Kommunpolis",
        "participants": PARTICIPANTS,
        "reason": "Ertappad med snatteri.",
        "risk_factors": "Umgås med äldre kamrater.",
        "protective_factors": "Fotboll två kvällar i veckan.",
        "information_given": "Konsekvenser av brott.",
        "agreements": (Agreement("Hemma senast 21", "Vårdnadshavare"),),
        "follow_up_on": date(2025, 4, 4),
        "report": ReportCheckpoint(ReportStatus.MADE, "Polisen", "Kim Polis", date(2025, 3, 4)),
        "legal_ground": LegalGround.CONSENT,
        "consent_reference": "Samtycke 2025-03-01",
    }
    values.update(extra)
    return ConcernTalkInput(**values)  # type: ignore[arg-type]


def test_talk_round_trip_and_child_rows_reused_by_position() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        young = young_record()
        session.add(young)
        session.flush()
        data = talk_input(young.id)
        record = ConcernTalkRecord()
        record.apply(data)
        session.add(record)
        session.flush()
        talk_id = record.id
        first_ids = [row.id for row in participants_of(session, talk_id)]
    with store.unit_of_work() as session:
        assert get_talk(session, talk_id).to_domain().to_input() == data
        changed = talk_input(
            data.young_person_id,
            participants=(TalkParticipant("Ada Berg", TalkRole.YOUNG_PERSON),),
            agreements=(Agreement("A", "B"), Agreement("C", "D")),
            report=ReportCheckpoint(ReportStatus.NOT_NEEDED),
            legal_ground=None,
        )
        get_talk(session, talk_id).apply(changed)
    with store.unit_of_work() as session:
        assert get_talk(session, talk_id).to_domain().data == changed
        assert [row.id for row in participants_of(session, talk_id)] == first_ids[:1]
        assert [row.what for row in agreements_of(session, talk_id)] == ["A", "C"]
        total = session.execute(select(func.count()).select_from(TalkParticipantRecord))
        assert total.scalar_one() == 1


def test_report_columns_are_shared_with_concerns() -> None:
    report = ReportCheckpoint(ReportStatus.MADE, "Skolan", "Rektor", date(2025, 3, 2), "Dnr 1")
    talk, concern = ConcernTalkRecord(), ConcernRecord()
    talk.apply_report(report)
    concern.apply_report(report)
    assert talk.report == concern.report == report


def test_deleting_the_person_cascades_and_the_meeting_unlinks() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        young = young_record()
        meeting = MeetingRecord()
        meeting.apply(meeting_input())
        session.add_all([young, meeting])
        session.flush()
        record = ConcernTalkRecord()
        record.apply(talk_input(young.id, meeting_id=meeting.id))
        session.add(record)
        session.flush()
        young_id, meeting_id, talk_id = young.id, meeting.id, record.id
    with store.unit_of_work() as session:
        session.delete(session.get(MeetingRecord, meeting_id))
    with store.unit_of_work() as session:
        assert get_talk(session, talk_id).meeting_id is None
        session.delete(session.get(YoungPersonRecord, young_id))
    with store.unit_of_work() as session:
        for table in (ConcernTalkRecord, TalkParticipantRecord, TalkAgreementRecord):
            assert session.execute(select(func.count()).select_from(table)).scalar_one() == 0
        with pytest.raises(NotFoundError):
            get_talk(session, talk_id)


def test_listing_joins_the_person_newest_first() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        ada = young_record()
        bo = young_record("Bo", "Ek", protected_identity=True)
        session.add_all([ada, bo])
        session.flush()
        for person, day in ((ada, date(2025, 1, 5)), (bo, date(2025, 2, 5))):
            record = ConcernTalkRecord()
            record.apply(talk_input(person.id, held_on=day))
            session.add(record)
        ada_id = ada.id
    with store.unit_of_work() as session:
        rows = talk_listing(session)
        only_ada = talk_listing(session, ConcernTalkRecord.young_person_id == ada_id)
    assert [(r.first_name, r.protected_identity, r.held_on) for r in rows] == [
        ("Bo", True, date(2025, 2, 5)),
        ("Ada", False, date(2025, 1, 5)),
    ]
    assert [r.young_person_id for r in only_ada] == [ada_id]
    assert only_ada[0].report_status is ReportStatus.MADE


def test_talk_rows_are_audited_automatically() -> None:
    store, _ = new_store(actor="user-1")
    with store.unit_of_work() as session:
        young = young_record()
        session.add(young)
        session.flush()
        record = ConcernTalkRecord()
        record.apply(talk_input(young.id))
        session.add(record)
    with store.unit_of_work() as session:
        found = [(e.action, e.entity_type) for e in list_entries(session, limit=5)]
    assert sorted(found) == sorted(
        [("insert", "concern_talk")]
        + [("insert", "concern_talk_participant")] * 3
        + [("insert", "concern_talk_agreement")]
    )
