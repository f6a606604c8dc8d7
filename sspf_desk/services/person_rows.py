"""Row view-models of the person lists (light: imports only the domain).

The GUI may import this module directly; it pulls in neither the store nor the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sspf_desk.domain import (
    PROTECTED_ADDRESS_TEXT,
    PROTECTED_IDENTITY_TEXT,
    CustodyType,
    Gender,
    Relationship,
)


class YoungPersonLike(Protocol):
    """The young-person fields a list row needs (domain object or listing query row)."""

    @property
    def id(self) -> str:
        """Record id."""

    @property
    def first_name(self) -> str:
        """Given name(s)."""

    @property
    def last_name(self) -> str:
        """Family name."""

    @property
    def id_number(self) -> str | None:
        """Personnummer or samordningsnummer, if known."""

    @property
    def protected_identity(self) -> bool:
        """Skyddad identitet: identifying fields are hidden."""

    @property
    def birth_date(self) -> date | None:
        """Birth date, if known."""

    @property
    def gender(self) -> Gender:
        """Recorded gender."""

    @property
    def school(self) -> str:
        """School name."""

    @property
    def school_class(self) -> str:
        """Class or programme."""

    @property
    def area(self) -> str:
        """District or area."""


class RelatedPersonLike(Protocol):
    """The related-person fields a row needs (domain object or store record)."""

    id: str
    first_name: str
    last_name: str
    id_number: str | None
    phone: str
    email: str
    address: str
    protected_address: bool
    interpreter_language: str


class LinkLike(Protocol):
    """The link fields a row needs."""

    id: str
    relationship: Relationship
    custody_type: CustodyType


@dataclass(frozen=True, slots=True)
class YoungPersonRow:
    """One young person in the list view (identity fields hidden when protected)."""

    id: str
    first_name: str
    last_name: str
    id_display: str
    birth_date: date | None
    gender: Gender
    school: str
    school_class: str
    area: str
    protected_identity: bool
    guardian_count: int


def make_row(person: YoungPersonLike, guardian_count: int) -> YoungPersonRow:
    """Build the list row of a young person (identity fields hidden when protected)."""
    hidden = person.protected_identity
    return YoungPersonRow(
        id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        id_display=PROTECTED_IDENTITY_TEXT if hidden else person.id_number or "",
        birth_date=person.birth_date,
        gender=person.gender,
        school=PROTECTED_IDENTITY_TEXT if hidden else person.school,
        school_class=PROTECTED_IDENTITY_TEXT if hidden else person.school_class,
        area=PROTECTED_IDENTITY_TEXT if hidden else person.area,
        protected_identity=hidden,
        guardian_count=guardian_count,
    )


@dataclass(frozen=True, slots=True)
class RelatedPersonRow:
    """A guardian or other related person as listed under a young person."""

    id: str
    link_id: str
    first_name: str
    last_name: str
    relationship: Relationship
    custody_type: CustodyType
    id_display: str
    phone: str
    email: str
    address_display: str
    protected_address: bool
    interpreter_language: str


def related_row(person: RelatedPersonLike, link: LinkLike) -> RelatedPersonRow:
    """Build the row of a related person and their link to the young person."""
    return RelatedPersonRow(
        id=person.id,
        link_id=link.id,
        first_name=person.first_name,
        last_name=person.last_name,
        relationship=link.relationship,
        custody_type=link.custody_type,
        id_display=person.id_number or "",
        phone=person.phone,
        email=person.email,
        address_display=PROTECTED_ADDRESS_TEXT if person.protected_address else person.address,
        protected_address=person.protected_address,
        interpreter_language=person.interpreter_language,
    )
