"""Case-work tables: converters to and from the domain, cascades, automatic audit."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    CaseStatus,
    ConcernInput,
    ConcernLevel,
    ConsenterRole,
    ConsentForm,
    ConsentInput,
    GroundRecordInput,
    InformationCategory,
    LegalGround,
    Party,
    ReportCheckpoint,
    ReportStatus,
    Sector,
    Urgency,
)
from sspf_desk.store import Store
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_cases import ActionItemRecord, CaseEventRecord, CaseRecord
from sspf_desk.store.models_concerns import ConcernRecord, ConcernRiskRecord
from sspf_desk.store.models_consent import ConsentPartyRecord, ConsentRecord, GroundRecordRecord
from tests.helpers.store import new_store, young_record


def concern_input(person_id: str, codes: tuple[str, ...]) -> ConcernInput:
    """An individual concern about ``person_id``."""
    return ConcernInput(
        received_on=date(2025, 3, 1),
        source_sector=Sector.SCHOOL,
        reporter_role="Mentor",
        level=ConcernLevel.INDIVIDUAL,
        young_person_id=person_id,
        area="",
        group_description="",
        risk_codes=codes,
        observation="Hög frånvaro sedan januari.",
        assessment="Oro för skolsituationen.",
        urgency=Urgency.HIGH,
        report=ReportCheckpoint(ReportStatus.MADE, "Skolan", "Rektor", date(2025, 3, 2), "Dnr 1"),
    )


def consent_input(person_id: str) -> ConsentInput:
    """The young person's own consent for two parties."""
    return ConsentInput(
        young_person_id=person_id,
        consenter_role=ConsenterRole.YOUNG_PERSON,
        consenter_related_person_id=None,
        parties=(Party(Sector.SCHOOL, "Ekskolan"), Party(Sector.POLICE)),
        categories=(InformationCategory.SCHOOL, InformationCategory.FAMILY),
        purpose="SSPF",
        form=ConsentForm.WRITTEN,
        valid_from=date(2025, 3, 1),
        valid_to=date(2026, 2, 28),
    )


def person(store: Store) -> str:
    """Add a young person; return the id."""
    with store.unit_of_work() as session:
        record = young_record()
        session.add(record)
        session.flush()
        return record.id


def test_concern_round_trip_keeps_risk_order_and_checkpoint() -> None:
    store, _ = new_store()
    person_id = person(store)
    data = concern_input(person_id, ("weapons", "high_absence", "threats"))
    with store.unit_of_work() as session:
        record = ConcernRecord()
        record.apply(data)
        session.add(record)
        session.flush()
        concern_id = record.id
    with store.unit_of_work() as session:
        stored = session.get(ConcernRecord, concern_id)
        assert stored is not None
        concern = stored.to_domain()
        assert concern.to_input() == data
        assert stored.set_risk_codes(("threats", "weapons"))
        assert not stored.set_risk_codes(("threats", "weapons"))
    with store.unit_of_work() as session:
        stored = session.get(ConcernRecord, concern_id)
        assert stored is not None
        assert stored.risk_codes == ("threats", "weapons")
        copy = ConcernRecord.from_domain(stored.to_domain())
        assert copy.to_domain().to_input() == stored.to_domain().to_input()


def test_consent_and_ground_round_trip() -> None:
    store, _ = new_store()
    person_id = person(store)
    data = consent_input(person_id)
    with store.unit_of_work() as session:
        record = ConsentRecord(withdrawn_on=None, withdrawal_how="")
        assert record.apply(data) == ("parties", "categories")
        ground = GroundRecordRecord.from_input(
            GroundRecordInput(
                person_id,
                Party(Sector.POLICE),
                LegalGround.DUTY_TO_INFORM,
                date(2025, 1, 1),
                date(2025, 6, 30),
                (InformationCategory.SOCIAL_SERVICES,),
                "Begäran från polisen.",
                "Enhetschef",
            )
        )
        session.add_all([record, ground])
        session.flush()
        assert record.to_domain().to_input() == data
        assert record.apply(data) == ()
        assert ground.to_domain().recipient == Party(Sector.POLICE)
        assert ground.to_domain().categories == (InformationCategory.SOCIAL_SERVICES,)


def test_deleting_a_young_person_cascades_to_case_work() -> None:
    store, _ = new_store()
    person_id = person(store)
    with store.unit_of_work() as session:
        concern = ConcernRecord()
        concern.apply(concern_input(person_id, ("weapons",)))
        consent = ConsentRecord(withdrawn_on=None, withdrawal_how="")
        consent.apply(consent_input(person_id))
        case = CaseRecord(
            young_person_id=person_id, status=CaseStatus.INTAKE, opened_on=date(2025, 3, 2)
        )
        session.add_all([concern, consent, case])
        session.flush()
        session.add(
            CaseEventRecord(
                case_id=case.id,
                at=datetime.now(UTC),
                from_status=None,
                to_status=CaseStatus.INTAKE,
                actor="tester",
            )
        )
        item = ActionItemRecord(case_id=case.id)
        item.apply(
            ActionItemInput(
                "Läxhjälp", Sector.SCHOOL, "Mentor", None, None, ActionStatus.PLANNED, None
            )
        )
        session.add(item)
    with store.unit_of_work() as session:
        young = session.get(YoungPersonRecord, person_id)
        session.delete(young)
    with store.unit_of_work() as session:
        for table in (
            ConcernRecord,
            ConcernRiskRecord,
            ConsentRecord,
            ConsentPartyRecord,
            CaseRecord,
            CaseEventRecord,
            ActionItemRecord,
        ):
            assert session.execute(select(func.count()).select_from(table)).scalar_one() == 0


def test_case_work_rows_are_audited_automatically() -> None:
    store, _ = new_store(actor="user-1")
    person_id = person(store)
    with store.unit_of_work() as session:
        concern = ConcernRecord()
        concern.apply(concern_input(person_id, ()))
        session.add(concern)
    with store.unit_of_work() as session:
        found = [(e.action, e.entity_type) for e in list_entries(session, limit=1)]
    assert found == [("insert", "concern")]
