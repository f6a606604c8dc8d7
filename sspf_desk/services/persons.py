"""Young persons, their guardians and other related persons: list, search, view, edit.

Every method runs one unit of work and returns domain dataclasses or small frozen rows,
never ORM objects. Changes are audited automatically by the store; opening a record
(``get_*``) is audited here as a "view".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    CustodyType,
    PersonLink,
    RelatedPerson,
    RelatedPersonInput,
    Relationship,
    YoungPerson,
    YoungPersonInput,
    normalize_related_person,
    normalize_young_person,
    validate_link,
)
from sspf_desk.domain.anonymise import is_anonymised
from sspf_desk.domain.rules import RelatedPersonFields
from sspf_desk.errors import ValidationError
from sspf_desk.services.person_index import WATCHED_TABLES, PersonIndex
from sspf_desk.services.person_rows import RelatedPersonRow, YoungPersonRow, related_row
from sspf_desk.store import audit, repositories
from sspf_desk.store.changes import CommitInfo
from sspf_desk.store.models import PersonLinkRecord, RelatedPersonRecord, YoungPersonRecord
from sspf_desk.store.repositories import ListedYoungPerson
from sspf_desk.store.uow import Store

log = logging.getLogger(__name__)

DUPLICATE_ID_MESSAGE = "Det finns redan en ungdom med det personnumret."
ANONYMISED_MESSAGE = (
    "Uppgifterna om den unge är anonymiserade och kan inte ändras eller kompletteras."
)
ALREADY_LINKED_MESSAGE = "Personen är redan kopplad till ungdomen."

__all__ = ["PersonService", "RelatedPersonRow", "YoungPersonRow"]


class PersonService:
    """Use cases for young persons and the people related to them."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Serve persons from ``store``; ``today`` is the clock used by validation."""
        self._store = store
        self._today = today
        self._index = PersonIndex(self._load_index)
        store.add_commit_listener(self._on_commit)

    # -- young persons ---------------------------------------------------------------------

    def _load_index(self, ids: frozenset[str] | None) -> list[tuple[ListedYoungPerson, int]]:
        """Read the listed fields of young persons (all when ``ids`` is None), guardian counts."""
        with self._store.unit_of_work() as session:
            return repositories.young_person_listing(session, ids)

    def _on_commit(self, changed: CommitInfo) -> None:
        """Update the list cache for the young persons a commit touched."""
        if changed.tables.isdisjoint(WATCHED_TABLES):
            return
        if changed.bulk_tables & WATCHED_TABLES:
            self._index.refresh(None)
        else:
            self._index.refresh(changed.ids("young_person"))

    def list_young_persons(self) -> list[YoungPersonRow]:
        """Return every young person for the list view, sorted by name (Swedish order)."""
        return self._index.rows()

    def search_young_persons(self, text: str) -> list[YoungPersonRow]:
        """Find young persons by name, id number digits, school, class or area.

        Every word must match (case-insensitive; "ostlund" also finds "Östlund"; id
        numbers with or without century and dash). Hidden fields of a protected identity
        are not searched. An empty text returns everyone.
        """
        return self._index.search(text)

    def get_young_person(self, person_id: str) -> YoungPerson:
        """Return one young person and record the view in the audit trail.

        Raises:
            NotFoundError: No such young person.
        """
        with self._store.unit_of_work() as session:
            person = repositories.get_young_person(session, person_id).to_domain()
            audit.record_view(session, "young_person", person_id)
        return person

    def create_young_person(self, data: YoungPersonInput) -> YoungPerson:
        """Validate and add a young person.

        Raises:
            ValidationError: ``errors`` maps field names of ``data`` to Swedish messages.
        """
        fields = normalize_young_person(data, today=self._today())
        with self._store.unit_of_work() as session:
            if fields.id_number and repositories.young_person_with_id_number(
                session, fields.id_number
            ):
                raise ValidationError({"id_number": DUPLICATE_ID_MESSAGE})
            record = YoungPersonRecord()
            record.apply(fields)
            session.add(record)
            session.flush()
            person = record.to_domain()
        log.info("young person created")
        return person

    def update_young_person(self, person_id: str, data: YoungPersonInput) -> YoungPerson:
        """Validate and save new values for a young person.

        Raises:
            ValidationError: As for :meth:`create_young_person`.
            NotFoundError: No such young person.
        """
        fields = normalize_young_person(data, today=self._today())
        with self._store.unit_of_work() as session:
            record = repositories.get_young_person(session, person_id)
            _refuse_anonymised(record)
            if fields.id_number and repositories.young_person_with_id_number(
                session, fields.id_number, exclude_id=person_id
            ):
                raise ValidationError({"id_number": DUPLICATE_ID_MESSAGE})
            record.apply(fields)
            session.flush()
            person = record.to_domain()
        return person

    def delete_young_person(self, person_id: str) -> None:
        """Delete a young person, their links, and related persons left without any link.

        Raises:
            NotFoundError: No such young person.
        """
        with self._store.unit_of_work() as session:
            record = repositories.get_young_person(session, person_id)
            related = [link.related_person for link in record.links]
            session.delete(record)
            session.flush()
            for person in related:
                _delete_if_orphan(session, person)
        log.info("young person deleted")

    # -- related persons -------------------------------------------------------------------

    def list_related_persons(self, young_person_id: str) -> list[RelatedPersonRow]:
        """Return the guardians and other related persons of a young person.

        Raises:
            NotFoundError: No such young person.
        """
        with self._store.unit_of_work() as session:
            repositories.get_young_person(session, young_person_id)
            return [
                related_row(link.related_person, link)
                for link in repositories.links_of(session, young_person_id)
            ]

    def get_related_person(self, related_person_id: str) -> RelatedPerson:
        """Return one related person and record the view in the audit trail.

        Raises:
            NotFoundError: No such related person.
        """
        with self._store.unit_of_work() as session:
            person = repositories.get_related_person(session, related_person_id).to_domain()
            audit.record_view(session, "related_person", related_person_id)
        return person

    def _validated(
        self, data: RelatedPersonInput, relationship: Relationship, custody: CustodyType
    ) -> RelatedPersonFields:
        """Validate a related person and its link together (all errors at once)."""
        errors = validate_link(relationship, custody)
        try:
            fields = normalize_related_person(data, today=self._today())
        except ValidationError as exc:
            raise ValidationError({**exc.errors, **errors}) from None
        if errors:
            raise ValidationError(errors)
        return fields

    def add_related_person(
        self,
        young_person_id: str,
        data: RelatedPersonInput,
        relationship: Relationship,
        custody: CustodyType,
    ) -> RelatedPerson:
        """Add a new related person and link them to a young person.

        Raises:
            ValidationError: Fields of ``data``, or ``custody_type`` when the custody does
                not fit the relationship (only a guardian holds custody).
            NotFoundError: No such young person.
        """
        fields = self._validated(data, relationship, custody)
        with self._store.unit_of_work() as session:
            young = repositories.get_young_person(session, young_person_id)
            _refuse_anonymised(young)
            record = RelatedPersonRecord()
            record.apply(fields)
            session.add(
                PersonLinkRecord(
                    young_person=young,
                    related_person=record,
                    relationship=relationship,
                    custody_type=custody,
                )
            )
            session.flush()
            return record.to_domain()

    def link_related_person(
        self,
        young_person_id: str,
        related_person_id: str,
        relationship: Relationship,
        custody: CustodyType,
    ) -> PersonLink:
        """Link an existing related person (e.g. a sibling's guardian) to a young person.

        Raises:
            ValidationError: ``custody_type`` does not fit, or ``related_person`` is
                already linked.
            NotFoundError: Either person does not exist.
        """
        errors = validate_link(relationship, custody)
        if errors:
            raise ValidationError(errors)
        with self._store.unit_of_work() as session:
            young = repositories.get_young_person(session, young_person_id)
            related = repositories.get_related_person(session, related_person_id)
            if any(link.related_person_id == related_person_id for link in young.links):
                raise ValidationError({"related_person": ALREADY_LINKED_MESSAGE})
            link = PersonLinkRecord(
                young_person=young,
                related_person=related,
                relationship=relationship,
                custody_type=custody,
            )
            session.add(link)
            session.flush()
            return link.to_domain()

    def update_related_person(
        self,
        young_person_id: str,
        related_person_id: str,
        data: RelatedPersonInput,
        relationship: Relationship,
        custody: CustodyType,
    ) -> RelatedPerson:
        """Save new values for a related person and their link to a young person.

        Raises:
            ValidationError: As for :meth:`add_related_person`.
            NotFoundError: The persons are not linked.
        """
        fields = self._validated(data, relationship, custody)
        with self._store.unit_of_work() as session:
            link = repositories.get_link(session, young_person_id, related_person_id)
            link.relationship = relationship
            link.custody_type = custody
            link.related_person.apply(fields)
            session.flush()
            return link.related_person.to_domain()

    def unlink_related_person(self, young_person_id: str, related_person_id: str) -> None:
        """Remove the link; a related person left without any link is deleted.

        Raises:
            NotFoundError: The persons are not linked.
        """
        with self._store.unit_of_work() as session:
            link = repositories.get_link(session, young_person_id, related_person_id)
            related = link.related_person
            session.delete(link)
            session.flush()
            _delete_if_orphan(session, related)


def _delete_if_orphan(session: Session, person: RelatedPersonRecord) -> None:
    """Delete a related person who is no longer linked to any young person."""
    if repositories.link_count(session, person.id) == 0:
        session.delete(person)


def _refuse_anonymised(record: YoungPersonRecord) -> None:
    """An anonymised young person is never given identifying data again.

    Raises:
        ValidationError: ``{"person": ANONYMISED_MESSAGE}``.
    """
    if is_anonymised(record.to_domain()):
        raise ValidationError({"person": ANONYMISED_MESSAGE})
