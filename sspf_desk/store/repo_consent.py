"""Queries over consents, legal-ground records, disclosures, attachments and settings.

Every function takes the caller's session. Functions that serve many young persons at
once (the overview) take collections of ids and read in a few flat queries.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from sspf_desk.domain import CustodyType, Relationship
from sspf_desk.errors import NotFoundError
from sspf_desk.store.models import PersonLinkRecord, RelatedPersonRecord, VaultSettingRecord
from sspf_desk.store.models_consent import (
    AttachmentRecord,
    ConsentRecord,
    DisclosureRecord,
    GroundRecordRecord,
)

_CHUNK = 500


def _chunks(values: Collection[str]) -> Iterable[list[str]]:
    """Split ids into lists small enough for an ``IN`` clause."""
    items = list(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def get_consent(session: Session, consent_id: str) -> ConsentRecord:
    """Return a consent or raise :class:`NotFoundError`."""
    record = session.get(ConsentRecord, consent_id)
    if record is None:
        raise NotFoundError()
    return record


def _consents(session: Session, condition: ColumnElement[bool]) -> list[ConsentRecord]:
    """Consents meeting ``condition`` (parties and categories loaded), oldest first."""
    query = (
        select(ConsentRecord)
        .where(condition)
        .options(selectinload(ConsentRecord.party_rows), selectinload(ConsentRecord.category_rows))
        .order_by(ConsentRecord.valid_from, ConsentRecord.created_at, ConsentRecord.id)
    )
    return list(session.scalars(query))


def consents_of(session: Session, young_person_ids: Collection[str]) -> list[ConsentRecord]:
    """Return every consent (withdrawn and expired included) of these young persons."""
    found: list[ConsentRecord] = []
    for chunk in _chunks(young_person_ids):
        found.extend(_consents(session, ConsentRecord.young_person_id.in_(chunk)))
    return found


def consents_ending_between(session: Session, first: date, last: date) -> list[ConsentRecord]:
    """Consents with a last day in ``[first, last]`` and no withdrawal before ``first``."""
    return _consents(
        session,
        ConsentRecord.valid_to.between(first, last)
        & or_(ConsentRecord.withdrawn_on.is_(None), ConsentRecord.withdrawn_on > first),
    )


def grounds_of(session: Session, young_person_ids: Collection[str]) -> list[GroundRecordRecord]:
    """Return the legal-ground records of these young persons, oldest first."""
    found: list[GroundRecordRecord] = []
    for chunk in _chunks(young_person_ids):
        query = (
            select(GroundRecordRecord)
            .where(GroundRecordRecord.young_person_id.in_(chunk))
            .options(selectinload(GroundRecordRecord.category_rows))
            .order_by(GroundRecordRecord.valid_from, GroundRecordRecord.created_at)
        )
        found.extend(session.scalars(query))
    return found


def guardians_of(
    session: Session, young_person_ids: Collection[str]
) -> list[tuple[str, str, CustodyType]]:
    """Return ``(young_person_id, related_person_id, custody)`` of every guardian link."""
    found: list[tuple[str, str, CustodyType]] = []
    for chunk in _chunks(young_person_ids):
        query = select(
            PersonLinkRecord.young_person_id,
            PersonLinkRecord.related_person_id,
            PersonLinkRecord.custody_type,
        ).where(
            PersonLinkRecord.young_person_id.in_(chunk),
            PersonLinkRecord.relationship == Relationship.GUARDIAN,
        )
        found.extend((str(a), str(b), CustodyType(c)) for a, b, c in session.execute(query))
    return found


def related_names(session: Session, related_ids: Collection[str]) -> dict[str, str]:
    """Return the full names of related persons by id."""
    names: dict[str, str] = {}
    for chunk in _chunks(related_ids):
        query = select(
            RelatedPersonRecord.id, RelatedPersonRecord.first_name, RelatedPersonRecord.last_name
        ).where(RelatedPersonRecord.id.in_(chunk))
        names.update(
            (rid, f"{first} {last}".strip()) for rid, first, last in session.execute(query)
        )
    return names


def disclosures_of(session: Session, young_person_id: str) -> list[DisclosureRecord]:
    """Return the logged disclosures about a young person, newest first."""
    query = (
        select(DisclosureRecord)
        .where(DisclosureRecord.young_person_id == young_person_id)
        .options(
            selectinload(DisclosureRecord.category_rows),
            selectinload(DisclosureRecord.consent_rows),
        )
        .order_by(DisclosureRecord.disclosed_on.desc(), DisclosureRecord.created_at.desc())
    )
    return list(session.scalars(query))


def get_attachment(session: Session, attachment_id: str) -> AttachmentRecord:
    """Return an attachment's metadata or raise :class:`NotFoundError`."""
    record = session.get(AttachmentRecord, attachment_id)
    if record is None:
        raise NotFoundError()
    return record


def get_setting(session: Session, key: str) -> str | None:
    """Return the stored JSON text of a vault setting, if set."""
    record = session.get(VaultSettingRecord, key)
    return None if record is None else record.value


def put_setting(session: Session, key: str, value: str) -> None:
    """Store the JSON text of a vault setting (insert or replace)."""
    record = session.get(VaultSettingRecord, key)
    if record is None:
        session.add(VaultSettingRecord(key=key, value=value))
    else:
        record.value = value
