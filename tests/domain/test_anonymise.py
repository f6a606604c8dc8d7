"""The pure anonymisation rule: the neutral label, gender, texts and related persons."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from sspf_desk.domain import Gender, IdKind, YoungPerson
from sspf_desk.domain.anonymise import (
    REFERENCE_ALPHABET,
    REMOVED_TEXT,
    anonymised_label,
    is_anonymised,
    kept_gender,
    new_reference,
    parse_reason,
    plan_anonymisation,
    redacted,
)


def young_person(gender: Gender) -> YoungPerson:
    """A young person with every identifying field filled in."""
    now = datetime(2025, 6, 1, tzinfo=UTC)
    return YoungPerson(
        id="p1",
        first_name="Ada",
        last_name="Berg",
        id_number="20110714-4823",
        id_kind=IdKind.PERSONNUMMER,
        protected_identity=True,
        birth_date=date(2011, 7, 14),
        gender=gender,
        school="Kvarnbyskolan",
        school_class="8B",
        area="Kvarnby",
        home_municipality="Mölndal",
        interpreter_language="Tigrinja",
        created_at=now,
        updated_at=now,
    )


def test_reference_is_random_and_unambiguous() -> None:
    refs = {new_reference() for _ in range(50)}
    assert len(refs) > 40
    assert all(len(ref) == 4 and set(ref) <= set(REFERENCE_ALPHABET) for ref in refs)
    assert not set("IO01") & set(REFERENCE_ALPHABET)
    assert new_reference(lambda alphabet: alphabet[0]) == "AAAA"


def test_plan_removes_identity_and_splits_related_persons() -> None:
    person = young_person(gender=Gender.OTHER)
    plan = plan_anonymisation(person, [("mother", 1), ("shared", 2)], "A7K2")
    assert plan.label == anonymised_label("A7K2") == "Anonymiserad ungdom A7K2"
    values = plan.person_values
    assert values["first_name"] == "" and values["id_number"] is None
    assert values["birth_date"] is None and values["id_kind"] is IdKind.NONE
    assert values["gender"] is Gender.UNKNOWN
    assert all(values[name] == "" for name in ("school", "school_class", "area"))
    assert (plan.related_to_delete, plan.related_to_unlink) == (("mother",), ("shared",))
    anonymous = replace(person, **values)  # type: ignore[arg-type]
    assert is_anonymised(anonymous) and not is_anonymised(person)
    assert anonymous.full_name == "Anonymiserad ungdom A7K2"


def test_gender_texts_and_reasons() -> None:
    assert kept_gender(Gender.FEMALE) is Gender.FEMALE
    assert kept_gender(Gender.MALE) is Gender.MALE
    assert kept_gender(Gender.OTHER) is Gender.UNKNOWN
    assert (redacted("Ada syns ofta"), redacted("  "), redacted("")) == (REMOVED_TEXT, "", "")
    assert parse_reason("consent_withdrawn") is not None
    assert parse_reason("") is None and parse_reason("Ada bad om det") is None
