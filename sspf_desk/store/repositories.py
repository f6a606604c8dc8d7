"""Queries over the person and user tables; every function takes the caller's session.

Functions return ORM records for the services to change or convert; records never
leave the services layer.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sspf_desk.domain import Gender, Relationship
from sspf_desk.errors import NotFoundError
from sspf_desk.store.models import (
    PersonLinkRecord,
    RelatedPersonRecord,
    UserRecord,
    YoungPersonRecord,
)


def get_young_person(session: Session, person_id: str) -> YoungPersonRecord:
    """Return a young person or raise :class:`NotFoundError`."""
    record = session.get(YoungPersonRecord, person_id)
    if record is None:
        raise NotFoundError()
    return record


def young_person_with_id_number(
    session: Session, id_number: str, *, exclude_id: str | None = None
) -> YoungPersonRecord | None:
    """Return the young person holding ``id_number`` (other than ``exclude_id``), if any."""
    query = select(YoungPersonRecord).where(YoungPersonRecord.id_number == id_number)
    if exclude_id is not None:
        query = query.where(YoungPersonRecord.id != exclude_id)
    return session.scalars(query).first()


class ListedYoungPerson(NamedTuple):
    """The columns of a young person that the list and its search need (no timestamps)."""

    id: str
    first_name: str
    last_name: str
    id_number: str | None
    protected_identity: bool
    birth_date: date | None
    gender: Gender
    school: str
    school_class: str
    area: str


_LISTED_COLUMNS = tuple(getattr(YoungPersonRecord, name) for name in ListedYoungPerson._fields)


def young_person_listing(
    session: Session, ids: Collection[str] | None = None
) -> list[tuple[ListedYoungPerson, int]]:
    """Return young persons (all, or those in ``ids``) with their number of guardians.

    Only the listed columns are read: converting every column of 5 000 rows (timestamps
    above all) took most of the list's time. The count is a correlated subquery, so
    refreshing one person after an edit does not count the guardians of everyone.
    """
    guardians = (
        select(func.count())
        .where(
            PersonLinkRecord.young_person_id == YoungPersonRecord.id,
            PersonLinkRecord.relationship == Relationship.GUARDIAN,
        )
        .correlate(YoungPersonRecord)
        .scalar_subquery()
    )
    query = select(*_LISTED_COLUMNS, guardians)
    if ids is not None:
        query = query.where(YoungPersonRecord.id.in_(list(ids)))
    return [(ListedYoungPerson._make(row[:-1]), int(row[-1])) for row in session.execute(query)]


def get_related_person(session: Session, related_person_id: str) -> RelatedPersonRecord:
    """Return a related person or raise :class:`NotFoundError`."""
    record = session.get(RelatedPersonRecord, related_person_id)
    if record is None:
        raise NotFoundError()
    return record


def get_link(session: Session, young_person_id: str, related_person_id: str) -> PersonLinkRecord:
    """Return the link between two persons or raise :class:`NotFoundError`."""
    record = session.scalars(
        select(PersonLinkRecord).where(
            PersonLinkRecord.young_person_id == young_person_id,
            PersonLinkRecord.related_person_id == related_person_id,
        )
    ).first()
    if record is None:
        raise NotFoundError()
    return record


def links_of(session: Session, young_person_id: str) -> list[PersonLinkRecord]:
    """Return the links of a young person, with their related persons loaded."""
    query = (
        select(PersonLinkRecord)
        .join(PersonLinkRecord.related_person)
        .where(PersonLinkRecord.young_person_id == young_person_id)
        .order_by(RelatedPersonRecord.last_name, RelatedPersonRecord.first_name)
    )
    links = list(session.scalars(query))
    for link in links:
        _ = link.related_person
    return links


def link_count(session: Session, related_person_id: str) -> int:
    """Return how many young persons a related person is linked to."""
    query = select(func.count()).where(PersonLinkRecord.related_person_id == related_person_id)
    return int(session.execute(query).scalar_one())


def list_users(session: Session) -> list[UserRecord]:
    """Return every user, active first, by name."""
    query = select(UserRecord).order_by(UserRecord.active.desc(), UserRecord.name)
    return list(session.scalars(query))


def get_user(session: Session, user_id: str) -> UserRecord:
    """Return a user or raise :class:`NotFoundError`."""
    record = session.get(UserRecord, user_id)
    if record is None:
        raise NotFoundError()
    return record


def user_for_slot(session: Session, slot_id: str) -> UserRecord | None:
    """Return the user bound to a key slot, if any."""
    return session.scalars(select(UserRecord).where(UserRecord.slot_id == slot_id)).first()
