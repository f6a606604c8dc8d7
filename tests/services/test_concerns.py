"""ConcernService: intake, validation, list and search, outcome → case, risk categories."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sspf_desk.domain import (
    CaseStatus,
    ConcernLevel,
    ConcernOutcome,
    ReportCheckpoint,
    ReportStatus,
    RiskCategory,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.concern_rows import ConcernFilter
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models import YoungPersonRecord
from tests.helpers.casework import Services, concern_input, services
from tests.helpers.identity import make_identity


@pytest.fixture
def svc() -> Services:
    """Services over a fresh store, today = 2025-06-01."""
    return services()


def entries(svc: Services) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(action, entity_type, entity_id, fields), oldest first."""
    with svc.store.unit_of_work() as session:
        found = list_entries(session)
    return [(e.action, e.entity_type, e.entity_id, e.fields) for e in reversed(found)]


def test_create_get_and_list_an_individual_concern(svc: Services) -> None:
    young = svc.young("Åsa", "Öberg")
    concern = svc.concerns.create_concern(concern_input(young, risk_codes=("weapons", "threats")))
    assert concern.risk_codes == ("weapons", "threats")
    assert concern.outcome is ConcernOutcome.PENDING and concern.case_id is None
    assert svc.concerns.get_concern(concern.id) == concern
    assert entries(svc)[-1][:3] == ("view", "concern", concern.id)
    [row] = svc.concerns.list_concerns()
    assert (row.id, row.young_person_name, row.level) == (
        concern.id,
        "Åsa Öberg",
        ConcernLevel.INDIVIDUAL,
    )
    assert row.risk_labels == ("Vapen", "Hot")


def test_selective_concern_is_not_audited_as_a_view(svc: Services) -> None:
    concern = svc.concerns.create_concern(concern_input(None, area="Torget"))
    before = len(entries(svc))
    svc.concerns.get_concern(concern.id)
    assert len(entries(svc)) == before
    assert svc.concerns.list_concerns()[0].young_person_name == ""


def test_validation_errors_are_keyed_by_field(svc: Services) -> None:
    young = svc.young()
    with pytest.raises(ValidationError) as info:
        svc.concerns.create_concern(
            concern_input(
                young,
                observation=" ",
                risk_codes=("no_such_code",),
                received_on=date(2025, 7, 1),
                report=ReportCheckpoint(status=ReportStatus.MADE),
            )
        )
    assert {"observation", "risk_codes", "received_on", "report.agency"} <= set(info.value.errors)
    with pytest.raises(ValidationError) as info:
        svc.concerns.create_concern(concern_input(None, area="Gruppen kring 20100215-1234"))
    assert info.value.errors["area"] == "Områdes- och gruppnivå får inte innehålla personuppgifter."
    with pytest.raises(ValidationError) as info:
        svc.concerns.create_concern(concern_input("missing-person"))
    assert info.value.errors == {"young_person_id": "Ungdomen finns inte längre."}
    assert svc.concerns.list_concerns() == []


def test_filters_and_swedish_search(svc: Services) -> None:
    pnr = make_identity(date(2010, 2, 15), 242)
    asa = svc.young("Åsa", "Östlund", id_number=pnr, birth_date=None)
    hidden = svc.young(
        "Bo",
        "Ek",
        id_number=make_identity(date(2011, 3, 3), 113),
        birth_date=None,
        protected_identity=True,
    )
    svc.concerns.create_concern(concern_input(asa, observation="Kör moped utan hjälm."))
    svc.concerns.create_concern(concern_input(hidden))
    svc.concerns.create_concern(concern_input(None, area="Torget"))
    assert len(svc.concerns.list_concerns(ConcernFilter(level=ConcernLevel.SELECTIVE))) == 1
    assert [
        r.young_person_id for r in svc.concerns.list_concerns(ConcernFilter(text="ostlund"))
    ] == [asa]
    assert len(svc.concerns.list_concerns(ConcernFilter(text="moped hjälm"))) == 1
    assert len(svc.concerns.list_concerns(ConcernFilter(text=pnr[2:]))) == 1
    digits = make_identity(date(2011, 3, 3), 113).replace("-", "")
    assert svc.concerns.list_concerns(ConcernFilter(text=digits)) == []
    protected = svc.concerns.list_concerns(ConcernFilter(young_person_id=hidden))
    assert protected[0].protected_identity and protected[0].young_person_name == "Bo Ek"
    assert len(svc.concerns.list_concerns(ConcernFilter(text="vapen"))) == 0
    assert len(svc.concerns.list_concerns(ConcernFilter(text="frånvaro"))) == 3


def test_list_follows_edits_renames_and_deletions(svc: Services) -> None:
    young = svc.young()
    concern = svc.concerns.create_concern(concern_input(young))
    assert svc.concerns.list_concerns()[0].risk_codes == ("high_absence",)
    svc.concerns.update_concern(concern.id, concern_input(young, risk_codes=("weapons",)))
    assert svc.concerns.list_concerns()[0].risk_codes == ("weapons",)
    assert ("update", "concern", concern.id, ("risk_codes",)) in entries(svc)
    person = svc.persons.get_young_person(young)
    svc.persons.update_young_person(young, replace(person.to_input(), first_name="Alva"))
    assert svc.concerns.list_concerns()[0].young_person_name == "Alva Berg"
    svc.persons.delete_young_person(young)
    assert svc.concerns.list_concerns() == []
    with pytest.raises(NotFoundError):
        svc.concerns.get_concern(concern.id)


def test_sspf_case_outcome_opens_a_case_once_per_young_person(svc: Services) -> None:
    young = svc.young()
    first = svc.concerns.create_concern(concern_input(young))
    second = svc.concerns.create_concern(concern_input(young))
    case_id = svc.concerns.set_outcome(first.id, ConcernOutcome.SSPF_CASE, date(2025, 5, 22))
    assert case_id is not None
    case = svc.cases.get_case(case_id)
    assert (case.status, case.opened_on, case.young_person_id) == (
        CaseStatus.INTAKE,
        date(2025, 5, 22),
        young,
    )
    [event] = svc.cases.case_events(case_id)
    assert (event.from_status, event.to_status, event.actor) == (None, CaseStatus.INTAKE, "user-1")
    assert (
        svc.concerns.set_outcome(second.id, ConcernOutcome.SSPF_CASE, date(2025, 5, 23)) == case_id
    )
    assert svc.concerns.get_concern(first.id).case_id == case_id
    with pytest.raises(ValidationError) as info:
        svc.concerns.set_outcome(first.id, ConcernOutcome.REFERRED, date(2025, 5, 24), "BUP")
    assert "outcome" in info.value.errors
    with pytest.raises(ValidationError) as info:
        svc.concerns.update_concern(
            first.id,
            concern_input(
                svc.young("Bo"), outcome=ConcernOutcome.SSPF_CASE, outcome_on=date(2025, 5, 22)
            ),
        )
    assert "young_person_id" in info.value.errors


def test_other_outcomes_need_date_and_reason(svc: Services) -> None:
    concern = svc.concerns.create_concern(concern_input(svc.young()))
    with pytest.raises(ValidationError) as info:
        svc.concerns.set_outcome(concern.id, ConcernOutcome.NOT_SUITABLE, None)
    assert set(info.value.errors) == {"outcome_on", "outcome_reason"}
    assert (
        svc.concerns.set_outcome(concern.id, ConcernOutcome.REFERRED, date(2025, 5, 21), "BUP")
        is None
    )
    row = svc.concerns.list_concerns(ConcernFilter(outcome=ConcernOutcome.REFERRED))[0]
    assert (row.outcome_on, row.case_id) == (date(2025, 5, 21), None)
    with pytest.raises(ValidationError) as info:
        svc.concerns.set_outcome(
            svc.concerns.create_concern(concern_input(None)).id,
            ConcernOutcome.SSPF_CASE,
            date(2025, 5, 21),
        )
    assert "outcome" in info.value.errors


def test_risk_categories_can_be_added_deactivated_and_deleted_when_unused(svc: Services) -> None:
    added = svc.concerns.add_risk_category("Skadegörelse")
    assert added.code == "skadegorelse" and added.active
    assert svc.concerns.list_risk_categories()[-1] == added
    with pytest.raises(ValidationError) as info:
        svc.concerns.add_risk_category("skadegörelse")
    assert "label" in info.value.errors
    young = svc.young()
    used = svc.concerns.create_concern(concern_input(young, risk_codes=("skadegorelse",)))
    with pytest.raises(ValidationError) as info:
        svc.concerns.delete_risk_category("skadegorelse")
    assert "code" in info.value.errors
    svc.concerns.deactivate_risk_category("skadegorelse")
    assert "skadegorelse" not in {c.code for c in svc.concerns.list_risk_categories()}
    assert "skadegorelse" in {
        c.code for c in svc.concerns.list_risk_categories(include_inactive=True)
    }
    with pytest.raises(ValidationError):
        svc.concerns.create_concern(concern_input(young, risk_codes=("skadegorelse",)))
    svc.concerns.update_concern(
        used.id, concern_input(young, risk_codes=("skadegorelse",), urgency=used.urgency)
    )
    renamed = svc.concerns.save_risk_category(RiskCategory("weapons", "Vapen och kniv", True, 10))
    assert svc.concerns.list_concerns(ConcernFilter(text="kniv")) == []
    assert renamed.label == "Vapen och kniv"
    svc.concerns.delete_risk_category("motor_disorder")
    assert "motor_disorder" not in {
        c.code for c in svc.concerns.list_risk_categories(include_inactive=True)
    }
    with pytest.raises(NotFoundError):
        svc.concerns.delete_risk_category("motor_disorder")


def test_add_concern_joins_the_callers_unit_of_work(svc: Services) -> None:
    with svc.store.unit_of_work() as session:
        person = YoungPersonRecord(
            first_name="Nils",
            last_name="Holm",
            id_kind="none",
            gender="unknown",
            birth_date=date(2011, 1, 1),
        )
        session.add(person)
        session.flush()
        concern_id = svc.concerns.add_concern(session, concern_input(person.id))
        with pytest.raises(ValidationError) as info:
            svc.concerns.add_concern(session, concern_input(person.id, observation=""))
        assert "observation" in info.value.errors
    assert svc.concerns.get_concern(concern_id).young_person_id == person.id
    assert svc.concerns.list_concerns()[0].young_person_name == "Nils Holm"


def test_typing_a_search_narrows_correctly_and_edits_reset_it(svc: Services) -> None:
    names = [("Åsa", "Östlund"), ("Osvald", "Berg"), ("Oskar", "Östman"), ("Ida", "Lund")]
    ids = {}
    for first, last in names:
        young = svc.young(first, last)
        ids[first] = svc.concerns.create_concern(concern_input(young)).id
    typed = ["o", "os", "ost", "ostl", "ostl ", "ostl å"]
    for text in typed:
        narrowed = {r.id for r in svc.concerns.list_concerns(ConcernFilter(text=text))}
        fresh = services_like(svc, text)
        assert narrowed == fresh, text
    assert {r.id for r in svc.concerns.list_concerns(ConcernFilter(text="ostl"))} == {ids["Åsa"]}
    ida = svc.persons.list_young_persons()[1]
    person = svc.persons.get_young_person(ida.id)
    svc.persons.update_young_person(ida.id, replace(person.to_input(), last_name="Östlund"))
    found = {r.id for r in svc.concerns.list_concerns(ConcernFilter(text="ostlu"))}
    assert found == {ids["Åsa"], ids["Ida"]}


def services_like(svc: Services, text: str) -> set[str]:
    """What a fresh service (no previous search) finds for ``text``."""
    from sspf_desk.services.concerns import ConcernService

    return {r.id for r in ConcernService(svc.store).list_concerns(ConcernFilter(text=text))}
