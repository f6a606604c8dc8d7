"""ConsentService: consents, THE sharing check with data from the store, withdrawal, grounds,
disclosures and the consent settings."""

from __future__ import annotations

from datetime import date

import pytest

from sspf_desk.domain import (
    AgeRules,
    CaseStatus,
    ConsenterRole,
    ConsentSettings,
    CustodyType,
    GroundRecordInput,
    InformationCategory,
    LegalGround,
    Party,
    RelatedPersonInput,
    Relationship,
    Sector,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.consent_rows import ConsentState
from sspf_desk.store.audit import list_entries
from tests.helpers.casework import SCHOOL_INFO, TODAY, Services, consent_input, services

SCHOOL = Party(Sector.SCHOOL)
POLICE = Party(Sector.POLICE)


@pytest.fixture
def svc() -> Services:
    """Services over a fresh store, today = 2025-06-01."""
    return services()


def last_entry(svc: Services) -> tuple[str, str, str, tuple[str, ...]]:
    """(action, entity_type, entity_id, fields) of the newest audit entry."""
    with svc.store.unit_of_work() as session:
        entry = list_entries(session, limit=1)[0]
    return entry.action, entry.entity_type, entry.entity_id, entry.fields


def test_create_list_and_view(svc: Services) -> None:
    young = svc.young("Ada", "Berg")
    eva = svc.guardian(young, "Eva")
    own = svc.consents.create_consent(consent_input(young))
    mothers = svc.consents.create_consent(consent_input(young, eva, valid_from=date(2025, 7, 1)))
    assert svc.consents.get_consent(own.id) == own
    assert last_entry(svc)[:3] == ("view", "consent", own.id)
    rows = svc.consents.list_consents(young)
    assert [(r.id, r.consenter_name, r.state) for r in rows] == [
        (own.id, "Ada Berg", ConsentState.ACTIVE),
        (mothers.id, "Eva Berg", ConsentState.NOT_YET_VALID),
    ]
    assert last_entry(svc) == ("view", "young_person", young, ("consents",))


def test_validation_errors_use_field_keys(svc: Services) -> None:
    young = svc.young()
    with pytest.raises(ValidationError) as info:
        svc.consents.create_consent(
            consent_input(young, parties=(), categories=(), purpose=" ", valid_to=date(2025, 1, 1))
        )
    assert set(info.value.errors) == {"parties", "categories", "purpose", "valid_to"}
    with pytest.raises(ValidationError) as info:
        svc.consents.create_consent(
            consent_input(young, None, consenter_role=ConsenterRole.GUARDIAN)
        )
    assert set(info.value.errors) == {"consenter_related_person_id"}
    other = svc.young("Bo")
    stranger = svc.guardian(other, "Per")
    with pytest.raises(ValidationError) as info:
        svc.consents.create_consent(consent_input(young, stranger))
    assert info.value.errors == {
        "consenter_related_person_id": "Personen är inte kopplad till den unge."
    }
    sibling = svc.persons.add_related_person(
        young, RelatedPersonInput("Kim", "Berg"), Relationship.SIBLING, CustodyType.NONE
    )
    with pytest.raises(ValidationError) as info:
        svc.consents.create_consent(consent_input(young, sibling.id))
    assert "vårdnadshavare" in info.value.errors["consenter_related_person_id"]
    with pytest.raises(NotFoundError):
        svc.consents.create_consent(consent_input("no-such-person"))


def test_sharing_for_a_minor_needs_a_custodial_guardian_and_own_consent(svc: Services) -> None:
    young = svc.young()  # 15 on 2025-06-01
    eva = svc.guardian(young, "Eva")
    svc.guardian(young, "Olle")
    decision = svc.consents.check_sharing(young, SCHOOL, SCHOOL_INFO, TODAY)
    assert not decision.allowed and decision.ground is None
    assert decision.reasons
    mother = svc.consents.create_consent(consent_input(young, eva))
    assert not svc.consents.check_sharing(young, SCHOOL, SCHOOL_INFO, TODAY).allowed
    own = svc.consents.create_consent(consent_input(young))
    decision = svc.consents.check_sharing(young, SCHOOL, SCHOOL_INFO, TODAY)
    assert decision.allowed and decision.ground is LegalGround.CONSENT
    assert set(decision.consent_ids) == {mother.id, own.id}
    assert decision.warnings == (
        "Bara en av två vårdnadshavare med gemensam vårdnad har samtyckt.",
    )
    health = (InformationCategory.HEALTH,)
    assert not svc.consents.check_sharing(young, SCHOOL, health, TODAY).allowed
    status = svc.consents.sharing_status(young, TODAY)
    assert [s.party.sector for s in status] == [
        Sector.SCHOOL,
        Sector.SOCIAL_SERVICES,
        Sector.POLICE,
        Sector.LEISURE,
    ]
    assert all(s.decision.allowed for s in status)


def test_age_rules_come_from_the_vault_settings(svc: Services) -> None:
    young = svc.young()  # 15
    eva = svc.guardian(young, "Eva", CustodyType.SOLE)
    svc.consents.create_consent(consent_input(young, eva))
    assert not svc.consents.check_sharing(young, SCHOOL, SCHOOL_INFO, TODAY).allowed
    assert svc.consents.age_rules() == AgeRules()
    svc.consents.set_age_rules(AgeRules(own_consent_from=16, only_self_from=18))
    assert svc.consents.age_rules() == AgeRules(16, 18)
    assert last_entry(svc) == (
        "update",
        "vault_setting",
        "consent.age_rules",
        ("own_consent_from",),
    )
    assert svc.consents.check_sharing(young, SCHOOL, SCHOOL_INFO, TODAY).allowed
    with pytest.raises(ValidationError) as info:
        svc.consents.set_age_rules(AgeRules(own_consent_from=19, only_self_from=18))
    assert set(info.value.errors) == {"only_self_from"}
    assert svc.consents.consent_settings() == ConsentSettings()
    svc.consents.set_consent_settings(ConsentSettings(expiry_lead_days=45))
    assert svc.consents.consent_settings().expiry_lead_days == 45
    with pytest.raises(ValidationError) as info:
        svc.consents.set_consent_settings(ConsentSettings(expiry_lead_days=-1))
    assert set(info.value.errors) == {"expiry_lead_days"}


def test_an_adult_only_counts_their_own_consent(svc: Services) -> None:
    adult = svc.young("Vera", birth_date=date(2006, 1, 1))
    eva = svc.guardian(adult, "Eva")
    svc.consents.create_consent(consent_input(adult, eva))
    assert not svc.consents.check_sharing(adult, POLICE, SCHOOL_INFO, TODAY).allowed
    svc.consents.create_consent(consent_input(adult))
    assert svc.consents.check_sharing(adult, POLICE, SCHOOL_INFO, TODAY).allowed


def test_withdrawal_takes_effect_on_its_own_day(svc: Services) -> None:
    adult = svc.young("Vera", birth_date=date(2006, 1, 1))
    consent = svc.consents.create_consent(consent_input(adult))
    case = svc.cases.open_case(adult, date(2025, 5, 10))
    svc.consents.record_disclosure(adult, SCHOOL, SCHOOL_INFO, date(2025, 5, 30), "Operativ grupp")
    effects = svc.consents.withdraw(consent.id, TODAY, "Ringde koordinatorn")
    assert effects.consent.withdrawn_on == TODAY
    assert effects.sharing_lost and set(effects.lost_parties) == set(consent.parties)
    assert [(c.case_id, c.status) for c in effects.cases_to_review] == [
        (case.id, CaseStatus.INTAKE)
    ]
    assert svc.consents.check_sharing(adult, SCHOOL, SCHOOL_INFO, date(2025, 5, 31)).allowed
    assert not svc.consents.check_sharing(adult, SCHOOL, SCHOOL_INFO, TODAY).allowed
    with pytest.raises(ValidationError) as info:
        svc.consents.record_disclosure(adult, SCHOOL, SCHOOL_INFO, TODAY, "Operativ grupp")
    assert set(info.value.errors) == {"recipient"}
    assert info.value.errors["recipient"]
    with pytest.raises(ValidationError) as info:
        svc.consents.update_consent(consent.id, consent_input(adult))
    assert set(info.value.errors) == {"consent"}
    with pytest.raises(ValidationError) as info:
        svc.consents.withdraw(consent.id, TODAY, "igen")
    assert set(info.value.errors) == {"withdrawn_on"}
    assert svc.consents.list_consents(adult)[0].state is ConsentState.WITHDRAWN
    assert len(svc.consents.list_disclosures(adult)) == 1


def test_withdrawal_validation_and_kept_parties(svc: Services) -> None:
    adult = svc.young("Vera", birth_date=date(2006, 1, 1))
    first = svc.consents.create_consent(consent_input(adult, parties=(SCHOOL, POLICE)))
    svc.consents.create_consent(consent_input(adult, parties=(SCHOOL,)))
    with pytest.raises(ValidationError) as info:
        svc.consents.withdraw(first.id, date(2025, 6, 2), " ")
    assert set(info.value.errors) == {"withdrawn_on", "withdrawal_how"}
    effects = svc.consents.withdraw(first.id, TODAY, "Brev")
    assert effects.lost_parties == (POLICE,) and effects.kept_parties == (SCHOOL,)
    assert effects.cases_to_review == ()


def test_update_normalises_and_audits_scope_changes(svc: Services) -> None:
    young = svc.young("Vera", birth_date=date(2006, 1, 1))
    consent = svc.consents.create_consent(consent_input(young, parties=(SCHOOL, SCHOOL, POLICE)))
    assert consent.parties == (SCHOOL, POLICE)
    narrowed = svc.consents.update_consent(
        consent.id, consent_input(young, parties=(Party(Sector.SCHOOL, " Ekskolan "),))
    )
    assert narrowed.parties == (Party(Sector.SCHOOL, "Ekskolan"),)
    assert last_entry(svc) == ("update", "consent", consent.id, ("parties",))
    with pytest.raises(ValidationError) as info:
        svc.consents.update_consent(consent.id, consent_input(svc.young("Bo")))
    assert set(info.value.errors) == {"young_person_id"}
    ekskolan = Party(Sector.SCHOOL, "ekskolan")
    assert svc.consents.check_sharing(young, ekskolan, SCHOOL_INFO, TODAY).allowed
    assert not svc.consents.check_sharing(
        young, Party(Sector.SCHOOL, "Björkskolan"), (), TODAY
    ).allowed


def test_disclosure_on_a_recorded_legal_ground(svc: Services) -> None:
    young = svc.young()  # 15, no consents
    ground = svc.consents.record_ground(
        GroundRecordInput(
            young_person_id=young,
            recipient=POLICE,
            ground=LegalGround.OSL_10_18A,
            valid_from=date(2025, 5, 1),
            valid_to=date(2025, 10, 31),
            categories=(InformationCategory.SOCIAL_SERVICES,),
            justification="Risk för fortsatt brottslig verksamhet enligt polisens bedömning.",
            decided_by="Enhetschef socialtjänsten",
        )
    )
    assert svc.consents.list_grounds(young) == [ground]
    social = (InformationCategory.SOCIAL_SERVICES,)
    disclosure = svc.consents.record_disclosure(young, POLICE, social, TODAY, "Samråd polis")
    assert (disclosure.ground, disclosure.ground_record_id, disclosure.consent_ids) == (
        LegalGround.OSL_10_18A,
        ground.id,
        (),
    )
    with pytest.raises(ValidationError):
        svc.consents.record_disclosure(young, SCHOOL, social, TODAY, "Skolan")
    with pytest.raises(ValidationError) as info:
        svc.consents.record_disclosure(young, POLICE, social, TODAY, " ")
    assert set(info.value.errors) == {"context"}
    with pytest.raises(ValidationError) as info:
        svc.consents.record_ground(
            GroundRecordInput(young, SCHOOL, LegalGround.OSL_10_18A, TODAY, TODAY, social, "x", "y")
        )
    assert "recipient" in info.value.errors


def test_signed_forms_need_an_open_vault(svc: Services) -> None:
    young = svc.young("Vera", birth_date=date(2006, 1, 1))
    consent = svc.consents.create_consent(consent_input(young))
    with pytest.raises(ValidationError) as info:
        svc.consents.attach_signed_form(consent.id, b"", "text/plain")
    assert set(info.value.errors) == {"data", "media_type"}
    assert svc.consents.signed_form_media_type(consent.id) is None
    with pytest.raises(ValidationError):
        svc.consents.open_signed_form(consent.id)


def test_printing_the_consent_form_is_recorded_as_an_export(svc: Services) -> None:
    young = svc.young("Ada", "Berg")
    eva = svc.guardian(young, "Eva")
    consent = svc.consents.create_consent(consent_input(young, eva))
    svc.consents.record_form_export(consent.id)
    with svc.store.unit_of_work() as session:
        newest = [
            (e.action, e.entity_type, e.entity_id, e.fields) for e in list_entries(session, limit=2)
        ]
    assert newest == [
        ("export", "young_person", young, ("consent_form",)),
        ("export", "consent", consent.id, ("consent_form",)),
    ]
    with pytest.raises(NotFoundError):
        svc.consents.record_form_export("no-such-consent")
