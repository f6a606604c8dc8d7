"""PersonService: young persons, related persons, links, validation, views."""

from __future__ import annotations

from datetime import date

import pytest

from sspf_desk.domain import (
    PROTECTED_ADDRESS_TEXT,
    PROTECTED_IDENTITY_TEXT,
    CustodyType,
    Gender,
    IdKind,
    RelatedPersonInput,
    Relationship,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.persons import PersonService
from sspf_desk.store import Store
from sspf_desk.store.audit import list_entries
from tests.helpers.identity import make_identity
from tests.helpers.store import new_store
from tests.helpers.workspace import young_input as young

PNR = make_identity(date(2010, 2, 15), 242)
GUARDIAN = (Relationship.GUARDIAN, CustodyType.JOINT)


@pytest.fixture
def store() -> Store:
    """A migrated in-memory store."""
    return new_store(actor="user-1")[0]


@pytest.fixture
def persons(store: Store) -> PersonService:
    """The service under test, with a fixed clock."""
    return PersonService(store, today=lambda: date(2025, 6, 1))


def audit_log(store: Store) -> list[tuple[str, str, str]]:
    """(action, entity_type, actor) of every entry, oldest first."""
    with store.unit_of_work() as session:
        return [(e.action, e.entity_type, e.actor) for e in reversed(list_entries(session))]


def test_create_derives_identity_fields(persons: PersonService) -> None:
    person = persons.create_young_person(young(id_number=PNR[2:], birth_date=None))
    assert person.id_number == PNR
    assert person.id_kind is IdKind.PERSONNUMMER
    assert person.birth_date == date(2010, 2, 15)
    assert person.gender is Gender.FEMALE
    assert len(person.id) == 36
    assert person.created_at.tzinfo is not None


def test_validation_errors_use_field_keys(persons: PersonService) -> None:
    with pytest.raises(ValidationError) as info:
        persons.create_young_person(young(first_name="", id_number="19121212-1213"))
    assert set(info.value.errors) == {"first_name", "id_number"}
    assert persons.list_young_persons() == []


def test_duplicate_id_number_is_a_validation_error(persons: PersonService) -> None:
    first = persons.create_young_person(young(id_number=PNR, birth_date=None))
    with pytest.raises(ValidationError) as info:
        persons.create_young_person(young("Bo", id_number=PNR, birth_date=None))
    assert info.value.errors == {"id_number": "Det finns redan en ungdom med det personnumret."}
    second = persons.create_young_person(young("Bo"))
    with pytest.raises(ValidationError):
        persons.update_young_person(second.id, young("Bo", id_number=PNR, birth_date=None))
    persons.update_young_person(first.id, young("Ada", id_number=PNR, birth_date=None))


def test_update_changes_fields_and_list(persons: PersonService) -> None:
    person = persons.create_young_person(young())
    assert persons.list_young_persons()[0].school == ""
    updated = persons.update_young_person(person.id, young(school="Ekskolan"))
    assert updated.school == "Ekskolan"
    assert updated.updated_at >= person.updated_at
    assert persons.list_young_persons()[0].school == "Ekskolan"


def test_get_records_a_view(persons: PersonService, store: Store) -> None:
    person = persons.create_young_person(young())
    assert persons.get_young_person(person.id) == person
    assert audit_log(store)[-1] == ("view", "young_person", "user-1")


def test_missing_records_raise_not_found(persons: PersonService) -> None:
    with pytest.raises(NotFoundError):
        persons.get_young_person("nope")
    with pytest.raises(NotFoundError):
        persons.update_young_person("nope", young())
    with pytest.raises(NotFoundError):
        persons.delete_young_person("nope")
    with pytest.raises(NotFoundError):
        persons.list_related_persons("nope")
    with pytest.raises(NotFoundError):
        persons.add_related_person("nope", RelatedPersonInput("Eva", "Berg"), *GUARDIAN)
    with pytest.raises(NotFoundError):
        persons.unlink_related_person("nope", "nope")


def test_related_persons_lifecycle(persons: PersonService) -> None:
    child = persons.create_young_person(young())
    eva = persons.add_related_person(
        child.id,
        RelatedPersonInput("Eva", "Berg", phone="070-123 45 67", address="Storgatan 1"),
        *GUARDIAN,
    )
    persons.add_related_person(
        child.id,
        RelatedPersonInput("Åke", "Andersson", protected_address=True, address="Hemligt 2"),
        Relationship.PARENT,
        CustodyType.NONE,
    )
    rows = persons.list_related_persons(child.id)
    assert [(r.last_name, r.relationship) for r in rows] == [
        ("Andersson", Relationship.PARENT),
        ("Berg", Relationship.GUARDIAN),
    ]
    assert rows[0].address_display == PROTECTED_ADDRESS_TEXT
    assert rows[1].address_display == "Storgatan 1"
    assert persons.list_young_persons()[0].guardian_count == 1
    updated = persons.update_related_person(
        child.id, eva.id, RelatedPersonInput("Eva", "Berg", email="eva@example.se"), *GUARDIAN
    )
    assert updated.email == "eva@example.se"
    assert persons.get_related_person(eva.id) == updated
    persons.unlink_related_person(child.id, eva.id)
    with pytest.raises(NotFoundError):
        persons.get_related_person(eva.id)
    assert persons.list_young_persons()[0].guardian_count == 0


def test_link_validation_errors_combine(persons: PersonService) -> None:
    child = persons.create_young_person(young())
    with pytest.raises(ValidationError) as info:
        persons.add_related_person(
            child.id,
            RelatedPersonInput("", "Berg", email="fel"),
            Relationship.GUARDIAN,
            CustodyType.NONE,
        )
    assert set(info.value.errors) == {"first_name", "email", "custody_type"}
    assert persons.list_related_persons(child.id) == []


def test_shared_guardian_survives_deleting_one_sibling(persons: PersonService) -> None:
    first = persons.create_young_person(young("Ada"))
    second = persons.create_young_person(young("Bo"))
    shared = persons.add_related_person(first.id, RelatedPersonInput("Eva", "Berg"), *GUARDIAN)
    only_first = persons.add_related_person(
        first.id, RelatedPersonInput("Olle", "Berg"), Relationship.SIBLING, CustodyType.NONE
    )
    link = persons.link_related_person(second.id, shared.id, *GUARDIAN)
    assert (link.young_person_id, link.related_person_id) == (second.id, shared.id)
    with pytest.raises(ValidationError) as info:
        persons.link_related_person(second.id, shared.id, *GUARDIAN)
    assert set(info.value.errors) == {"related_person"}
    persons.delete_young_person(first.id)
    assert [r.id for r in persons.list_related_persons(second.id)] == [shared.id]
    with pytest.raises(NotFoundError):
        persons.get_related_person(only_first.id)
    assert [r.id for r in persons.list_young_persons()] == [second.id]


def test_delete_is_audited(persons: PersonService, store: Store) -> None:
    child = persons.create_young_person(young())
    persons.add_related_person(child.id, RelatedPersonInput("Eva", "Berg"), *GUARDIAN)
    persons.delete_young_person(child.id)
    deleted = sorted(t for a, t, _ in audit_log(store) if a == "delete")
    assert deleted == ["person_link", "related_person", "young_person"]


def test_protected_identity_hides_fields_in_rows(persons: PersonService) -> None:
    persons.create_young_person(
        young(id_number=PNR, birth_date=None, school="Ekskolan", protected_identity=True)
    )
    row = persons.list_young_persons()[0]
    assert row.id_display == PROTECTED_IDENTITY_TEXT
    assert (row.school, row.school_class, row.area) == (PROTECTED_IDENTITY_TEXT,) * 3
    assert row.protected_identity
    assert persons.search_young_persons("Ekskolan") == []
    assert persons.search_young_persons(PNR) == []
    assert persons.search_young_persons("berg") == [row]
    assert persons.get_young_person(row.id).id_number == PNR
