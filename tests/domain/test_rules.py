"""Validation rules for young persons, related persons and links; age."""

from __future__ import annotations

from datetime import date

import pytest

from sspf_desk.domain import (
    CustodyType,
    Gender,
    IdKind,
    RelatedPersonInput,
    Relationship,
    YoungPersonInput,
    age_on,
    normalize_related_person,
    normalize_young_person,
    validate_link,
    validate_related_person,
    validate_young_person,
)
from sspf_desk.errors import ValidationError
from tests.helpers.identity import make_identity

TODAY = date(2025, 6, 1)
PNR = make_identity(date(2010, 2, 15), 242)
NEXT_MONTH = make_identity(date(2025, 7, 1), 123)


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(2010, 6, 1), date(2025, 6, 1), 15),
        (date(2010, 6, 2), date(2025, 6, 1), 14),
        (date(2008, 2, 29), date(2025, 2, 28), 16),
        (date(2008, 2, 29), date(2025, 3, 1), 17),
        (date(2008, 2, 29), date(2024, 2, 29), 16),
        (date(2025, 6, 1), date(2025, 6, 1), 0),
    ],
)
def test_age_on(birth: date, day: date, age: int) -> None:
    assert age_on(birth, day) == age


def young(**changes: object) -> YoungPersonInput:
    base: dict[str, object] = {"first_name": "Ada", "last_name": "Berg", "id_number": PNR}
    base.update(changes)
    return YoungPersonInput(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        (young(), {}),
        (young(first_name=" "), {"first_name": "Förnamn måste anges."}),
        (young(last_name=""), {"last_name": "Efternamn måste anges."}),
        (young(first_name="x" * 101), {"first_name": "Förnamn får vara högst 100 tecken."}),
        (
            young(id_number="20100215-2420"),
            {"id_number": "Personnumret är inte giltigt (kontrollsiffran stämmer inte)."},
        ),
        (
            young(birth_date=date(2010, 2, 16)),
            {"birth_date": "Födelsedatumet stämmer inte med personnumret."},
        ),
        (young(birth_date=date(2010, 2, 15)), {}),
        (
            young(id_number="", birth_date=None),
            {"birth_date": "Ange personnummer eller födelsedatum."},
        ),
        (young(id_number="", birth_date=date(2011, 1, 1)), {}),
        (
            young(id_number="", birth_date=date(2025, 6, 2)),
            {"birth_date": "Födelsedatumet kan inte ligga i framtiden."},
        ),
        (
            young(id_number="", birth_date=date(1850, 1, 1)),
            {"birth_date": "Födelsedatumet är orimligt tidigt."},
        ),
        (
            young(id_number=NEXT_MONTH),
            {"birth_date": "Födelsedatumet kan inte ligga i framtiden."},
        ),
        (young(school="s" * 201), {"school": "Fältet får vara högst 200 tecken."}),
    ],
)
def test_validate_young_person(data: YoungPersonInput, errors: dict[str, str]) -> None:
    assert validate_young_person(data, today=TODAY) == errors


def test_several_errors_at_once() -> None:
    errors = validate_young_person(
        young(first_name="", last_name="", id_number="nonsense"), today=TODAY
    )
    assert set(errors) == {"first_name", "last_name", "id_number"}


def test_normalize_young_person_derives_fields() -> None:
    fields = normalize_young_person(young(id_number=PNR[2:], school=" Ekskolan "), today=TODAY)
    assert fields.id_number == PNR
    assert fields.id_kind is IdKind.PERSONNUMMER
    assert fields.birth_date == date(2010, 2, 15)
    assert fields.gender is Gender.FEMALE
    assert fields.school == "Ekskolan"


def test_recorded_gender_is_kept() -> None:
    fields = normalize_young_person(young(gender=Gender.OTHER), today=TODAY)
    assert fields.gender is Gender.OTHER


def test_no_id_means_kind_none() -> None:
    fields = normalize_young_person(
        young(id_number="", birth_date=date(2012, 1, 1), protected_identity=True), today=TODAY
    )
    assert fields.id_number is None
    assert fields.id_kind is IdKind.NONE
    assert fields.protected_identity


def test_normalize_raises_validation_error() -> None:
    with pytest.raises(ValidationError) as info:
        normalize_young_person(young(first_name=""), today=TODAY)
    assert info.value.errors == {"first_name": "Förnamn måste anges."}


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (RelatedPersonInput("Eva", "Berg"), set()),
        (RelatedPersonInput("", "Berg"), {"first_name"}),
        (RelatedPersonInput("Eva", "Berg", email="eva@example.se"), set()),
        (RelatedPersonInput("Eva", "Berg", email="eva.example.se"), {"email"}),
        (RelatedPersonInput("Eva", "Berg", phone="070-123 45 67"), set()),
        (RelatedPersonInput("Eva", "Berg", phone="+46 70 123 45 67"), set()),
        (RelatedPersonInput("Eva", "Berg", phone="ring mig"), {"phone"}),
        (RelatedPersonInput("Eva", "Berg", id_number="19121212-1212"), set()),
        (RelatedPersonInput("Eva", "Berg", id_number="19121212-1213"), {"id_number"}),
    ],
)
def test_validate_related_person(data: RelatedPersonInput, fields: set[str]) -> None:
    assert set(validate_related_person(data, today=TODAY)) == fields


def test_normalize_related_person() -> None:
    fields = normalize_related_person(
        RelatedPersonInput(" Eva ", "Berg", id_number="121212+1212", protected_address=True)
    )
    assert fields.first_name == "Eva"
    assert fields.id_number == "19121212-1212"
    assert fields.protected_address


@pytest.mark.parametrize(
    ("relationship", "custody", "ok"),
    [
        (Relationship.GUARDIAN, CustodyType.SOLE, True),
        (Relationship.GUARDIAN, CustodyType.JOINT, True),
        (Relationship.GUARDIAN, CustodyType.NONE, False),
        (Relationship.PARENT, CustodyType.NONE, True),
        (Relationship.PARENT, CustodyType.JOINT, False),
        (Relationship.SIBLING, CustodyType.NONE, True),
        (Relationship.OTHER, CustodyType.SOLE, False),
    ],
)
def test_validate_link(relationship: Relationship, custody: CustodyType, ok: bool) -> None:
    errors = validate_link(relationship, custody)
    assert (errors == {}) is ok
    assert set(errors) <= {"custody_type"}
