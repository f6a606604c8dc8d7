"""Validation of consents and legal-ground records (by field)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sspf_desk.domain import (
    ConsenterRole,
    ConsentForm,
    ConsentInput,
    GroundRecordInput,
    InformationCategory,
    LegalGround,
    Party,
    Sector,
    validate_consent,
    validate_ground_record,
)

TODAY = date(2025, 6, 1)
END_BEFORE_START = "Slutdatum kan inte ligga före startdatum."
CONSENT = ConsentInput(
    young_person_id="yp",
    consenter_role=ConsenterRole.GUARDIAN,
    consenter_related_person_id="g1",
    parties=(Party(Sector.SCHOOL), Party(Sector.POLICE, "Polisen Syd")),
    categories=(InformationCategory.SCHOOL, InformationCategory.FAMILY),
    purpose="Samordnat stöd genom SSPF",
    form=ConsentForm.WRITTEN,
    valid_from=date(2025, 6, 1),
    valid_to=date(2026, 5, 31),
)
BALANCING = "Risken för rekrytering väger tyngre än intresset av sekretess här."


def consent_input(**changes: object) -> ConsentInput:
    return replace(CONSENT, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        (CONSENT, {}),
        (consent_input(valid_to=None), {}),
        (consent_input(form=ConsentForm.ORAL, signed_attachment_id=None), {}),
        (
            consent_input(
                consenter_role=ConsenterRole.YOUNG_PERSON, consenter_related_person_id=None
            ),
            {},
        ),
        (
            consent_input(consenter_role=ConsenterRole.YOUNG_PERSON),
            {
                "consenter_related_person_id": "Den unges eget samtycke ska inte kopplas till "
                "någon annan person."
            },
        ),
        (
            consent_input(consenter_related_person_id=None),
            {"consenter_related_person_id": "Välj vem som har lämnat samtycket."},
        ),
        (
            consent_input(consenter_role=ConsenterRole.OTHER, consenter_related_person_id=""),
            {"consenter_related_person_id": "Välj vem som har lämnat samtycket."},
        ),
        (consent_input(young_person_id=""), {"young_person_id": "Välj den unge samtycket gäller."}),
        (
            consent_input(parties=()),
            {"parties": "Välj minst en part som får ta del av uppgifterna."},
        ),
        (
            consent_input(parties=(Party(Sector.GUARDIAN),)),
            {"parties": "Vårdnadshavare kan inte vara mottagare av uppgifter här."},
        ),
        (
            consent_input(parties=(Party(Sector.SCHOOL, "x" * 201),)),
            {"parties": "Organisationens namn får vara högst 200 tecken."},
        ),
        (consent_input(categories=()), {"categories": "Välj minst en typ av uppgifter."}),
        (consent_input(purpose=" "), {"purpose": "Ange syftet med samtycket."}),
        (consent_input(purpose="x" * 4001), {"purpose": "Fältet får vara högst 4000 tecken."}),
        (consent_input(valid_to=date(2025, 6, 1)), {}),
        (consent_input(valid_to=date(2025, 5, 31)), {"valid_to": END_BEFORE_START}),
        (consent_input(valid_from=date(2026, 6, 2), valid_to=None), {}),
        (
            consent_input(valid_from=date(2026, 6, 3), valid_to=None),
            {"valid_from": "Startdatum ligger för långt fram i tiden."},
        ),
        (consent_input(valid_from=date(2000, 1, 1)), {}),
        (
            consent_input(valid_from=date(1999, 12, 31)),
            {"valid_from": "Startdatum är orimligt tidigt."},
        ),
    ],
)
def test_validate_consent(data: ConsentInput, errors: dict[str, str]) -> None:
    assert validate_consent(data, today=TODAY) == errors


GROUND = GroundRecordInput(
    young_person_id="yp",
    recipient=Party(Sector.POLICE),
    ground=LegalGround.OSL_10_18A,
    valid_from=date(2025, 6, 1),
    valid_to=date(2025, 8, 31),
    categories=(InformationCategory.SOCIAL_SERVICES,),
    justification="Särskilda omständigheter talar för att han kommer att begå brott.",
    decided_by="Enhetschef socialtjänsten",
)
BORN_2008 = date(2008, 3, 1)
OSL_AGE = "10 kap. 18 a § OSL gäller bara den som är under 21 år."


def ground_input(**changes: object) -> GroundRecordInput:
    return replace(GROUND, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "birth", "errors"),
    [
        (GROUND, BORN_2008, {}),
        (GROUND, date(2004, 6, 2), {}),
        (GROUND, date(2004, 6, 1), {"ground": OSL_AGE}),
        (GROUND, date(1990, 1, 1), {"ground": OSL_AGE}),
        (
            GROUND,
            None,
            {"ground": "Födelsedatum behövs för att pröva 10 kap. 18 a § OSL."},
        ),
        (
            ground_input(recipient=Party(Sector.SCHOOL)),
            BORN_2008,
            {"recipient": "10 kap. 18 a § OSL gäller bara uppgifter till polisen."},
        ),
        (ground_input(recipient=Party(Sector.POLICE, "Polisen Syd")), BORN_2008, {}),
        (
            ground_input(ground=LegalGround.CONSENT),
            BORN_2008,
            {"ground": "Ett samtycke registreras som samtycke, inte som rättslig grund."},
        ),
        (
            ground_input(ground=LegalGround.DUTY_TO_INFORM, recipient=Party(Sector.SCHOOL)),
            None,
            {},
        ),
        (
            ground_input(ground=LegalGround.DUTY_TO_REPORT, justification=""),
            BORN_2008,
            {"justification": "Skriv varför grunden är tillämplig."},
        ),
        (
            ground_input(ground=LegalGround.GENERAL_CRIME_PREVENTION, justification="Risk."),
            BORN_2008,
            {"justification": "Skriv ned intresseavvägningen (minst 40 tecken)."},
        ),
        (
            ground_input(ground=LegalGround.GENERAL_CRIME_PREVENTION, justification="x" * 39),
            BORN_2008,
            {"justification": "Skriv ned intresseavvägningen (minst 40 tecken)."},
        ),
        (
            ground_input(ground=LegalGround.GENERAL_CRIME_PREVENTION, justification="x" * 40),
            BORN_2008,
            {},
        ),
        (
            ground_input(
                ground=LegalGround.GENERAL_CRIME_PREVENTION,
                justification=BALANCING,
                recipient=Party(Sector.SCHOOL),
            ),
            None,
            {},
        ),
        (
            ground_input(recipient=Party(Sector.GUARDIAN), ground=LegalGround.DUTY_TO_INFORM),
            None,
            {"recipient": "Vårdnadshavare kan inte vara mottagare av uppgifter här."},
        ),
        (
            ground_input(decided_by=""),
            BORN_2008,
            {"decided_by": "Ange vem som har fattat beslutet."},
        ),
        (
            ground_input(categories=()),
            BORN_2008,
            {"categories": "Välj minst en typ av uppgifter."},
        ),
        (ground_input(valid_to=date(2025, 6, 1)), BORN_2008, {}),
        (ground_input(valid_to=date(2025, 5, 31)), BORN_2008, {"valid_to": END_BEFORE_START}),
        (ground_input(valid_to=date(2026, 6, 2)), BORN_2008, {}),
        (
            ground_input(valid_to=date(2026, 6, 3)),
            BORN_2008,
            {"valid_to": "Beslutet kan gälla högst ett år (366 dagar)."},
        ),
        (
            ground_input(valid_from=date(2026, 6, 3), valid_to=date(2026, 7, 1)),
            BORN_2008,
            {"valid_from": "Startdatum ligger för långt fram i tiden."},
        ),
    ],
)
def test_validate_ground_record(
    data: GroundRecordInput, birth: date | None, errors: dict[str, str]
) -> None:
    assert validate_ground_record(data, subject_birth_date=birth, today=TODAY) == errors
