"""Behaviour of the case-work records: party coverage, consent validity, defaults."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sspf_desk.domain import (
    DEFAULT_RISK_CATEGORIES,
    SSPF_PARTIES,
    ActionStatus,
    AgeRules,
    CaseStatus,
    ConsentSettings,
    InformationCategory,
    Party,
    Sector,
    validate_age_rules,
    validate_consent_settings,
)
from tests.domain.factories import case, concern, consent, ground, item

SCHOOL = Party(Sector.SCHOOL)
BJORK = Party(Sector.SCHOOL, "Björkskolan")
FAMILY = frozenset({InformationCategory.FAMILY})


@pytest.mark.parametrize(
    ("party", "recipient", "covered"),
    [
        (SCHOOL, SCHOOL, True),
        (SCHOOL, BJORK, True),
        (BJORK, BJORK, True),
        (BJORK, Party(Sector.SCHOOL, "  björkskolan "), True),
        (Party(Sector.SCHOOL, " BJÖRKSKOLAN"), BJORK, True),
        (BJORK, SCHOOL, False),
        (BJORK, Party(Sector.SCHOOL, "Ekskolan"), False),
        (SCHOOL, Party(Sector.POLICE), False),
        (Party(Sector.SCHOOL, "   "), Party(Sector.SCHOOL, "Ekskolan"), True),
        (Party(Sector.OTHER, "Idrottsklubben"), Party(Sector.OTHER, "Idrottsklubben"), True),
    ],
)
def test_party_covers(party: Party, recipient: Party, covered: bool) -> None:
    assert party.covers(recipient) is covered


def test_party_display() -> None:
    assert SCHOOL.display() == "Skola"
    assert BJORK.display() == "Skola (Björkskolan)"
    assert Party(Sector.POLICE, " Polisen Nord ").display("en") == "Police (Polisen Nord)"
    assert [party.sector for party in SSPF_PARTIES] == [
        Sector.SCHOOL,
        Sector.SOCIAL_SERVICES,
        Sector.POLICE,
        Sector.LEISURE,
    ]


@pytest.mark.parametrize(
    ("valid_to", "withdrawn_on", "day", "valid"),
    [
        (date(2025, 12, 31), None, date(2024, 12, 31), False),
        (date(2025, 12, 31), None, date(2025, 1, 1), True),
        (date(2025, 12, 31), None, date(2025, 12, 31), True),
        (date(2025, 12, 31), None, date(2026, 1, 1), False),
        (None, None, date(2099, 1, 1), True),
        (None, date(2025, 6, 1), date(2025, 5, 31), True),
        (None, date(2025, 6, 1), date(2025, 6, 1), False),
        (None, date(2025, 6, 1), date(2025, 6, 2), False),
        (date(2025, 12, 31), date(2025, 1, 1), date(2025, 1, 1), False),
    ],
)
def test_consent_is_valid_on(
    valid_to: date | None, withdrawn_on: date | None, day: date, valid: bool
) -> None:
    record = consent(valid_to=valid_to, withdrawn_on=withdrawn_on)
    assert record.is_valid_on(day) is valid
    assert record.is_withdrawn is (withdrawn_on is not None)


@pytest.mark.parametrize(
    ("parties", "categories", "recipient", "wanted", "covered"),
    [
        ((SCHOOL,), (InformationCategory.SCHOOL,), BJORK, {InformationCategory.SCHOOL}, True),
        ((BJORK,), (InformationCategory.SCHOOL,), SCHOOL, {InformationCategory.SCHOOL}, False),
        ((SCHOOL,), (InformationCategory.SCHOOL,), SCHOOL, FAMILY, False),
        ((SCHOOL,), (InformationCategory.SCHOOL,), SCHOOL, set(), True),
        (
            (SCHOOL, Party(Sector.POLICE)),
            (InformationCategory.SCHOOL, InformationCategory.FAMILY),
            Party(Sector.POLICE),
            {InformationCategory.SCHOOL, InformationCategory.FAMILY},
            True,
        ),
        ((), (InformationCategory.SCHOOL,), SCHOOL, set(), False),
    ],
)
def test_consent_covers(
    parties: tuple[Party, ...],
    categories: tuple[InformationCategory, ...],
    recipient: Party,
    wanted: set[InformationCategory],
    covered: bool,
) -> None:
    record = consent(parties=parties, categories=categories)
    assert record.covers(recipient, frozenset(wanted)) is covered


def test_ground_record_period_and_scope() -> None:
    record = ground(categories=(InformationCategory.POLICE,))
    assert record.is_valid_on(date(2025, 1, 1))
    assert record.is_valid_on(date(2025, 12, 31))
    assert not record.is_valid_on(date(2024, 12, 31))
    assert not record.is_valid_on(date(2026, 1, 1))
    assert record.covers(Party(Sector.POLICE, "Polisen Syd"), {InformationCategory.POLICE})
    assert not record.covers(Party(Sector.POLICE), FAMILY)
    assert not record.covers(SCHOOL, {InformationCategory.POLICE})


def test_to_input_round_trips() -> None:
    assert consent().to_input().parties == consent().parties
    assert consent(signed_attachment_id="a1").to_input().signed_attachment_id == "a1"
    assert ground().to_input().ground is ground().ground
    assert concern().to_input().observation == concern().observation
    assert item().to_input().deadline == item().deadline


def test_open_and_closed_flags() -> None:
    assert not case().is_closed
    assert case(status=CaseStatus.CLOSED).is_closed
    assert item().is_open
    assert item(status=ActionStatus.ONGOING).is_open
    assert not item(status=ActionStatus.DONE).is_open
    assert not item(status=ActionStatus.CANCELLED).is_open


def test_default_risk_categories() -> None:
    codes = [category.code for category in DEFAULT_RISK_CATEGORIES]
    assert len(codes) == len(set(codes)) >= 20
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", code) for code in codes)
    assert [category.position for category in DEFAULT_RISK_CATEGORIES] == list(
        range(1, len(codes) + 1)
    )
    assert all(category.active and category.label for category in DEFAULT_RISK_CATEGORIES)
    labels = {category.label for category in DEFAULT_RISK_CATEGORIES}
    assert {"Hög frånvaro/skolk", "Vapen", "Motorrelaterad störning"} <= labels


@pytest.mark.parametrize(
    ("rules", "errors"),
    [
        (AgeRules(), {}),
        (AgeRules(15, 15), {}),
        (AgeRules(1, 25), {}),
        (AgeRules(0, 18), {"own_consent_from": "Åldern måste vara mellan 1 och 25 år."}),
        (AgeRules(15, 26), {"only_self_from": "Åldern måste vara mellan 1 och 25 år."}),
        (
            AgeRules(18, 15),
            {
                "only_self_from": "Åldern då bara den unge samtycker kan inte vara lägre än "
                "åldern för eget samtycke."
            },
        ),
    ],
)
def test_validate_age_rules(rules: AgeRules, errors: dict[str, str]) -> None:
    assert validate_age_rules(rules) == errors


@pytest.mark.parametrize(
    ("days", "ok"), [(0, True), (30, True), (365, True), (-1, False), (366, False)]
)
def test_validate_consent_settings(days: int, ok: bool) -> None:
    errors = validate_consent_settings(ConsentSettings(days))
    assert (errors == {}) is ok
    if not ok:
        assert errors == {"expiry_lead_days": "Ange ett antal dagar mellan 0 och 365."}
