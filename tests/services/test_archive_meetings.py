"""The JSON export with meetings and concern talks: byte-identical round trip, refusals."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pytest

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    CaseStatus,
    ItemVisibility,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.services.archive import (
    ImportRefusedError,
    dump_document,
    export_document,
    import_document,
)
from sspf_desk.store import Store
from sspf_desk.store.models_cases import ActionItemRecord, CaseRecord
from sspf_desk.store.models_meetings import (
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
    MeetingSeriesRecord,
    MeetingVersionRecord,
)
from sspf_desk.store.models_talks import ConcernTalkRecord
from tests.helpers.store import new_store, young_record
from tests.store.test_models_meetings import meeting_input
from tests.store.test_models_talks import talk_input

MEETING_TABLES = (
    "meeting_series",
    "meeting",
    "meeting_attendee",
    "agenda_item",
    "meeting_action",
    "meeting_version",
    "concern_talk",
    "concern_talk_participant",
    "concern_talk_agreement",
)
ACTION = ActionItemInput(
    "Läxhjälp", Sector.SCHOOL, "Mentor", None, date(2025, 4, 30), ActionStatus.ONGOING, None
)


@dataclass
class Holder:
    """Exposes a store like the Workspace does."""

    store: Store


def _item(
    meeting_id: str, item_id: str, person_id: str, carried_from: str | None
) -> AgendaItemRecord:
    """A named item with a given id (so the carried-over one can sort before its source)."""
    record = AgendaItemRecord(id=item_id, meeting_id=meeting_id)
    record.apply(
        AgendaItem(
            3,
            AgendaSection.INDIVIDUALS,
            "Uppföljning av åtagandeplan",
            person_id,
            ItemVisibility.NAMED,
            "Anteckningar med åäö",
            ("Beslut ett", "Beslut två"),
            carried_from_item_id=carried_from,
            follow_up_on=date(2025, 4, 3),
        )
    )
    return record


def filled_store() -> Store:
    """A store with every meeting and talk table filled."""
    store, _ = new_store()
    with store.unit_of_work() as session:
        young = young_record()
        session.add(young)
        series = MeetingSeriesRecord(
            meeting_type=MeetingType.OPERATIONAL_GROUP,
            title="Operativ grupp",
            place="Stadshuset",
            first_on=date(2025, 1, 9),
            interval_weeks=2,
            starts_at=time(9, 0),
            ends_at=time(10, 30),
        )
        session.add(series)
        session.flush()
        case = CaseRecord(
            young_person_id=young.id, status=CaseStatus.ACTIVE_PLAN, opened_on=date(2025, 1, 2)
        )
        session.add(case)
        session.flush()
        plan_item = ActionItemRecord(case_id=case.id)
        plan_item.apply(ACTION)
        session.add(plan_item)
        first = MeetingRecord(
            status=MeetingStatus.APPROVED,
            version=2,
            approved_on=date(2025, 2, 7),
            approved_by="user-1",
        )
        first.apply(meeting_input(date(2025, 2, 6), series_id=series.id))
        second = MeetingRecord()
        second.apply(meeting_input(date(2025, 2, 20), series_id=series.id, starts_at=None))
        session.add_all([first, second])
        session.flush()
        session.add(_item(first.id, "ffffffff-0000-4000-8000-000000000001", young.id, None))
        session.flush()
        session.add(
            _item(
                second.id,
                "00000000-0000-4000-8000-000000000002",
                young.id,
                "ffffffff-0000-4000-8000-000000000001",
            )
        )
        session.flush()
        action = MeetingActionRecord(
            agenda_item_id="ffffffff-0000-4000-8000-000000000001",
            position=0,
            action_item_id=plan_item.id,
        )
        action.apply(ACTION)
        guardian = Attendee(
            "Eva Berg", Sector.GUARDIAN, "vårdnadshavare", AttendanceStatus.PRESENT, "", young.id
        )
        session.add_all(
            [
                action,
                MeetingAttendeeRecord.from_domain(first.id, 0, guardian),
                MeetingAttendeeRecord.from_domain(first.id, 1, Attendee("Kim", Sector.POLICE)),
                MeetingVersionRecord(
                    meeting_id=first.id,
                    number=1,
                    reason="Fel i närvaron",
                    reopened_at=datetime(2025, 2, 8, 10, 30, tzinfo=UTC),
                    actor="user-1",
                    snapshot='{"meeting": {"title": "Operativ grupp"}}',
                ),
            ]
        )
        talk = ConcernTalkRecord()
        talk.apply(talk_input(young.id, meeting_id=second.id))
        session.add(talk)
    return store


def test_export_import_export_is_byte_identical_with_meetings_and_talks() -> None:
    source = filled_store()
    first = export_document(Holder(source))
    for table in MEETING_TABLES:
        assert first["records"][table], table
    (series,) = first["records"]["meeting_series"]
    assert (series["starts_at"], series["ends_at"]) == ("09:00:00", "10:30:00")
    target, _ = new_store()
    counts = import_document(Holder(target), copy.deepcopy(first))
    assert counts["agenda_item"] == 2 and counts["concern_talk_participant"] == 3
    second = export_document(Holder(target))
    assert dump_document(second) == dump_document(first)


def test_a_row_pointing_nowhere_is_refused_by_its_record_type_only() -> None:
    document = export_document(Holder(filled_store()))
    document["records"]["meeting_action"][0]["agenda_item_id"] = "saknas-Eva-Berg"
    target, _ = new_store()
    with pytest.raises(ImportRefusedError) as caught:
        import_document(Holder(target), document)
    assert "meeting_action" in caught.value.message()
    assert "Eva" not in caught.value.message()
    with target.unit_of_work() as session:
        assert session.get(MeetingRecord, document["records"]["meeting"][0]["id"]) is None
