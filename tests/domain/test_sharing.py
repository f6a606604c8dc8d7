"""THE sharing rule as a table of cases: ages, custody, withdrawal, scope, legal grounds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from sspf_desk.domain import (
    AgeRules,
    Consent,
    ConsenterRole,
    CustodyType,
    GroundRecord,
    GuardianRef,
    InformationCategory,
    LegalGround,
    Party,
    Sector,
    may_share,
)
from sspf_desk.domain.sharing import (
    NO_BALANCING_NOTE,
    NO_CUSTODIAL_GUARDIAN,
    NO_GROUND,
    NO_GUARDIAN_CONSENT,
    NO_OWN_CONSENT,
    ONE_OF_TWO_GUARDIANS,
    OSL_ONLY_POLICE,
    OSL_ONLY_UNDER_21,
    OSL_UNKNOWN_AGE,
    UNKNOWN_BIRTH_DATE,
)
from tests.domain.factories import consent, ground

DAY = date(2025, 6, 1)
BEFORE, AFTER = DAY - timedelta(days=1), DAY + timedelta(days=1)
SCHOOL, POLICE = Party(Sector.SCHOOL), Party(Sector.POLICE)
BJORK = Party(Sector.SCHOOL, "Björkskolan")
CAT_SCHOOL = frozenset({InformationCategory.SCHOOL})
CAT_FAMILY = frozenset({InformationCategory.FAMILY})
BALANCING = "Risken för fortsatt rekrytering väger tyngre än den unges intresse av sekretess."

# Birth dates giving an age on DAY.
AGE_14 = date(2011, 1, 1)
AGE_14_EVE_OF_15 = date(2010, 6, 2)
AGE_15_TODAY = date(2010, 6, 1)
AGE_17_EVE_OF_18 = date(2007, 6, 2)
AGE_18_TODAY = date(2007, 6, 1)
AGE_20_EVE_OF_21 = date(2004, 6, 2)
AGE_21_TODAY = date(2004, 6, 1)

G1_SOLE = (GuardianRef("g1", CustodyType.SOLE),)
JOINT = (GuardianRef("g1", CustodyType.JOINT), GuardianRef("g2", CustodyType.JOINT))
NO_CUSTODY = (GuardianRef("g3", CustodyType.NONE),)

OWN = consent(id="own", consenter_role=ConsenterRole.YOUNG_PERSON, consenter_related_person_id=None)
G1 = consent(id="g1c", consenter_related_person_id="g1")
G2 = consent(id="g2c", consenter_related_person_id="g2")
G3 = consent(id="g3c", consenter_related_person_id="g3")
OTHER = consent(id="oc", consenter_role=ConsenterRole.OTHER, consenter_related_person_id="sib")


@dataclass(frozen=True)
class Case:
    """One row of the table: the facts and the expected decision."""

    birth: date | None
    guardians: tuple[GuardianRef, ...]
    consents: tuple[Consent, ...]
    allowed: bool
    ground: LegalGround | None = None
    ids: tuple[str, ...] = ()
    record: str | None = None
    reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    grounds: tuple[GroundRecord, ...] = ()
    recipient: Party = SCHOOL
    categories: frozenset[InformationCategory] = field(default=CAT_SCHOOL)
    rules: AgeRules = field(default_factory=AgeRules)


def by_consent(
    birth: date | None,
    guardians: tuple[GuardianRef, ...],
    *consents: Consent,
    ids: tuple[str, ...],
    warnings: tuple[str, ...] = (),
    **kw: object,
) -> Case:
    return Case(birth, guardians, consents, True, LegalGround.CONSENT, ids, warnings=warnings, **kw)  # type: ignore[arg-type]


def refused(
    birth: date | None,
    guardians: tuple[GuardianRef, ...],
    *consents: Consent,
    reasons: tuple[str, ...],
    **kw: object,
) -> Case:
    return Case(birth, guardians, consents, False, reasons=reasons, **kw)  # type: ignore[arg-type]


def by_ground(record: GroundRecord, birth: date | None = AGE_14, **kw: object) -> Case:
    return Case(birth, (), (), True, record.ground, record=record.id, grounds=(record,), **kw)  # type: ignore[arg-type]


OSL = ground(id="osl", ground=LegalGround.OSL_10_18A, recipient=POLICE)
GCP = ground(id="gcp", ground=LegalGround.GENERAL_CRIME_PREVENTION, justification=BALANCING)
GUARDIAN_AND_NO_GROUND = (NO_GUARDIAN_CONSENT, NO_GROUND)

CASES: dict[str, Case] = {
    # Below 15: a custodial guardian's consent is enough.
    "14, sole custody, guardian consents": by_consent(AGE_14, G1_SOLE, G1, ids=("g1c",)),
    "14, the young person's consent is not needed": by_consent(
        AGE_14, G1_SOLE, G1, OWN, ids=("g1c",)
    ),
    "14, eve of 15th birthday": by_consent(AGE_14_EVE_OF_15, G1_SOLE, G1, ids=("g1c",)),
    "14, joint custody, one of two": by_consent(
        AGE_14, JOINT, G1, ids=("g1c",), warnings=(ONE_OF_TWO_GUARDIANS,)
    ),
    "14, joint custody, both": by_consent(AGE_14, JOINT, G2, G1, ids=("g2c", "g1c")),
    "14, joint, second guardian's consent withdrawn": by_consent(
        AGE_14,
        JOINT,
        G1,
        consent(id="g2c", consenter_related_person_id="g2", withdrawn_on=DAY),
        ids=("g1c",),
        warnings=(ONE_OF_TWO_GUARDIANS,),
    ),
    "14, three custodial guardians, one consents": by_consent(
        AGE_14,
        (*JOINT, GuardianRef("g4", CustodyType.JOINT)),
        G1,
        ids=("g1c",),
        warnings=("Bara 1 av 3 vårdnadshavare med vårdnad har samtyckt.",),
    ),
    "14, only the young person consents": refused(
        AGE_14, G1_SOLE, OWN, reasons=GUARDIAN_AND_NO_GROUND
    ),
    "14, no guardian recorded": refused(
        AGE_14, (), OWN, G1, reasons=(NO_CUSTODIAL_GUARDIAN, NO_GROUND)
    ),
    "14, guardian without custody consents": refused(
        AGE_14, NO_CUSTODY, G3, reasons=(NO_CUSTODIAL_GUARDIAN, NO_GROUND)
    ),
    "14, consent by a non-custodial person": refused(
        AGE_14, (*G1_SOLE, *NO_CUSTODY), G3, reasons=GUARDIAN_AND_NO_GROUND
    ),
    "14, another concerned person's consent does not count": refused(
        AGE_14, G1_SOLE, OTHER, reasons=GUARDIAN_AND_NO_GROUND
    ),
    # 15–17: guardian and the young person.
    "15 today, guardian only": refused(
        AGE_15_TODAY, G1_SOLE, G1, reasons=(NO_OWN_CONSENT, NO_GROUND)
    ),
    "15 today, guardian and own": by_consent(AGE_15_TODAY, G1_SOLE, G1, OWN, ids=("g1c", "own")),
    "15, own only": refused(AGE_15_TODAY, G1_SOLE, OWN, reasons=GUARDIAN_AND_NO_GROUND),
    "15, nothing": refused(
        AGE_15_TODAY, G1_SOLE, reasons=(NO_GUARDIAN_CONSENT, NO_OWN_CONSENT, NO_GROUND)
    ),
    "17, eve of 18th birthday, guardian and own": by_consent(
        AGE_17_EVE_OF_18, JOINT, G1, G2, OWN, ids=("g1c", "g2c", "own")
    ),
    "17, joint, one guardian and own": by_consent(
        AGE_17_EVE_OF_18, JOINT, OWN, G2, ids=("g2c", "own"), warnings=(ONE_OF_TWO_GUARDIANS,)
    ),
    # 18 and over: only the young person.
    "18 today, own only": by_consent(AGE_18_TODAY, (), OWN, ids=("own",)),
    "18 today, guardians' consents do not count": refused(
        AGE_18_TODAY, JOINT, G1, G2, reasons=(NO_OWN_CONSENT, NO_GROUND)
    ),
    "18, own plus guardian relies on own only": by_consent(
        AGE_18_TODAY, JOINT, G1, OWN, ids=("own",)
    ),
    # Unknown birth date: treated as a minor who must consent too.
    "unknown birth, guardian only": refused(
        None, G1_SOLE, G1, reasons=(NO_OWN_CONSENT, UNKNOWN_BIRTH_DATE, NO_GROUND)
    ),
    "unknown birth, own only": refused(
        None, G1_SOLE, OWN, reasons=(NO_GUARDIAN_CONSENT, UNKNOWN_BIRTH_DATE, NO_GROUND)
    ),
    "unknown birth, guardian and own": by_consent(None, G1_SOLE, G1, OWN, ids=("g1c", "own")),
    # Configurable age rules.
    "rules 13/16: 14 needs own consent": refused(
        AGE_14, G1_SOLE, G1, reasons=(NO_OWN_CONSENT, NO_GROUND), rules=AgeRules(13, 16)
    ),
    "rules 13/16: 17 is on their own": by_consent(
        AGE_17_EVE_OF_18, (), OWN, ids=("own",), rules=AgeRules(13, 16)
    ),
    # Withdrawal takes effect on its day; expiry and start are inclusive.
    "withdrawn the day after": by_consent(
        AGE_14, G1_SOLE, consent(id="g1c", withdrawn_on=AFTER), ids=("g1c",)
    ),
    "withdrawn on the day": refused(
        AGE_14, G1_SOLE, consent(withdrawn_on=DAY), reasons=GUARDIAN_AND_NO_GROUND
    ),
    "withdrawn the day before": refused(
        AGE_14, G1_SOLE, consent(withdrawn_on=BEFORE), reasons=GUARDIAN_AND_NO_GROUND
    ),
    "expired yesterday": refused(
        AGE_14, G1_SOLE, consent(valid_to=BEFORE), reasons=GUARDIAN_AND_NO_GROUND
    ),
    "last valid day": by_consent(AGE_14, G1_SOLE, consent(id="g1c", valid_to=DAY), ids=("g1c",)),
    "starts tomorrow": refused(
        AGE_14, G1_SOLE, consent(valid_from=AFTER), reasons=GUARDIAN_AND_NO_GROUND
    ),
    "starts today": by_consent(AGE_14, G1_SOLE, consent(id="g1c", valid_from=DAY), ids=("g1c",)),
    # Scope: parties and categories.
    "party not covered": refused(
        AGE_14, G1_SOLE, consent(parties=(POLICE,)), reasons=GUARDIAN_AND_NO_GROUND
    ),
    "category not covered": refused(
        AGE_14,
        G1_SOLE,
        consent(categories=(InformationCategory.SCHOOL,)),
        reasons=GUARDIAN_AND_NO_GROUND,
        categories=CAT_FAMILY,
    ),
    "one of two categories not covered": refused(
        AGE_14,
        G1_SOLE,
        consent(categories=(InformationCategory.SCHOOL,)),
        reasons=GUARDIAN_AND_NO_GROUND,
        categories=CAT_SCHOOL | CAT_FAMILY,
    ),
    "no categories: naming only": by_consent(
        AGE_14,
        G1_SOLE,
        consent(id="g1c", categories=(InformationCategory.POLICE,)),
        ids=("g1c",),
        categories=frozenset(),
    ),
    "sector consent covers one school": by_consent(
        AGE_14, G1_SOLE, G1, ids=("g1c",), recipient=BJORK
    ),
    "organisation consent, same school": by_consent(
        AGE_14,
        G1_SOLE,
        consent(id="g1c", parties=(BJORK,)),
        ids=("g1c",),
        recipient=Party(Sector.SCHOOL, " björkskolan "),
    ),
    "organisation consent, other school": refused(
        AGE_14,
        G1_SOLE,
        consent(parties=(BJORK,)),
        reasons=GUARDIAN_AND_NO_GROUND,
        recipient=Party(Sector.SCHOOL, "Ekskolan"),
    ),
    "organisation consent, whole sector asked": refused(
        AGE_14, G1_SOLE, consent(parties=(BJORK,)), reasons=GUARDIAN_AND_NO_GROUND
    ),
    "joint: second guardian's scope misses the party": by_consent(
        AGE_14,
        JOINT,
        G1,
        consent(id="g2c", consenter_related_person_id="g2", parties=(POLICE,)),
        ids=("g1c",),
        warnings=(ONE_OF_TWO_GUARDIANS,),
    ),
    # Legal grounds.
    "duty to inform, police": by_ground(ground(), recipient=POLICE),
    "duty to inform, last day": by_ground(ground(valid_to=DAY), recipient=POLICE),
    "duty to inform, expired": refused(
        AGE_14,
        G1_SOLE,
        grounds=(ground(valid_to=BEFORE),),
        recipient=POLICE,
        reasons=GUARDIAN_AND_NO_GROUND,
    ),
    "ground does not cover the category": refused(
        AGE_14,
        G1_SOLE,
        grounds=(ground(categories=(InformationCategory.POLICE,)),),
        recipient=POLICE,
        categories=CAT_FAMILY,
        reasons=GUARDIAN_AND_NO_GROUND,
    ),
    "ground for one police district, other asked": refused(
        AGE_14,
        G1_SOLE,
        grounds=(ground(recipient=Party(Sector.POLICE, "Polisen Syd")),),
        recipient=POLICE,
        reasons=GUARDIAN_AND_NO_GROUND,
    ),
    "ground for one police district, same asked": by_ground(
        ground(recipient=Party(Sector.POLICE, "Polisen Syd")),
        recipient=Party(Sector.POLICE, "polisen syd"),
    ),
    "ground record claiming consent is ignored": refused(
        AGE_14,
        G1_SOLE,
        grounds=(ground(ground=LegalGround.CONSENT),),
        recipient=POLICE,
        reasons=GUARDIAN_AND_NO_GROUND,
    ),
    "osl 10:18a, police, 20": by_ground(OSL, birth=AGE_20_EVE_OF_21, recipient=POLICE),
    "osl 10:18a, police, 21 today": refused(
        AGE_21_TODAY,
        (),
        grounds=(OSL,),
        recipient=POLICE,
        reasons=(NO_OWN_CONSENT, OSL_ONLY_UNDER_21),
    ),
    "osl 10:18a, unknown birth date": refused(
        None,
        G1_SOLE,
        grounds=(OSL,),
        recipient=POLICE,
        reasons=(NO_GUARDIAN_CONSENT, NO_OWN_CONSENT, UNKNOWN_BIRTH_DATE, OSL_UNKNOWN_AGE),
    ),
    "osl 10:18a recorded for a school": refused(
        AGE_14,
        G1_SOLE,
        grounds=(ground(ground=LegalGround.OSL_10_18A, recipient=SCHOOL),),
        reasons=(NO_GUARDIAN_CONSENT, OSL_ONLY_POLICE),
    ),
    "general crime prevention with balancing note": by_ground(GCP, recipient=POLICE),
    "general crime prevention without balancing note": refused(
        AGE_14,
        G1_SOLE,
        grounds=(
            ground(
                ground=LegalGround.GENERAL_CRIME_PREVENTION, justification="Brottsförebyggande."
            ),
        ),
        recipient=POLICE,
        reasons=(NO_GUARDIAN_CONSENT, NO_BALANCING_NOTE),
    ),
    "unusable ground, then a usable one": Case(
        AGE_14,
        (),
        (),
        True,
        LegalGround.DUTY_TO_INFORM,
        record="r1",
        grounds=(ground(id="bad", ground=LegalGround.OSL_10_18A, recipient=SCHOOL), ground()),
        recipient=POLICE,
    ),
    "consent is preferred to a ground": by_consent(
        AGE_14, G1_SOLE, G1, ids=("g1c",), grounds=(ground(),), recipient=POLICE
    ),
}


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_sharing_table(case: Case) -> None:
    decision = may_share(
        day=DAY,
        recipient=case.recipient,
        categories=case.categories,
        birth_date=case.birth,
        guardians=case.guardians,
        consents=case.consents,
        ground_records=case.grounds,
        rules=case.rules,
    )
    assert decision.allowed is case.allowed
    assert decision.ground == case.ground
    assert decision.consent_ids == case.ids
    assert decision.ground_record_id == case.record
    assert decision.reasons == case.reasons
    assert decision.warnings == case.warnings
