"""The tables of the vault database and their converters to and from domain objects.

ORM records never leave the store and services layers: ``to_domain()`` returns the
frozen domain dataclass, ``from_domain()`` builds a record from one (ids and timestamps
kept, used by import), ``apply()`` copies validated fields onto a record. The case-work
tables live in ``models_concerns``, ``models_consent`` and ``models_cases``, meetings
in ``models_meetings``, concern talks in ``models_talks``, the group and area level in
``models_group_level`` and medborgarlöften in ``models_promises``; importing this
module registers them all, and ``AUDITED_RECORDS`` names the tables audited automatically.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    orm,
)
from sqlalchemy.orm import Mapped, mapped_column

from sspf_desk.domain import (
    CustodyType,
    Gender,
    IdKind,
    PersonLink,
    RelatedPerson,
    Relationship,
    Role,
    User,
    YoungPerson,
)
from sspf_desk.domain.rules import RelatedPersonFields, YoungPersonFields
from sspf_desk.store.base import ID_LENGTH, Base, Timestamps, enum_type
from sspf_desk.store.models_cases import (
    ActionItemRecord,
    ActionPlanRecord,
    CaseEventRecord,
    CaseRecord,
)
from sspf_desk.store.models_concerns import ConcernRecord
from sspf_desk.store.models_consent import (
    AttachmentRecord,
    ConsentRecord,
    DisclosureRecord,
    GroundRecordRecord,
)
from sspf_desk.store.models_group_level import (
    GroupMeasureRecord,
    GroupObservationRecord,
    GroupSiteRecord,
)
from sspf_desk.store.models_meetings import (
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
    MeetingSeriesRecord,
    MeetingVersionRecord,
)
from sspf_desk.store.models_promises import (
    PromiseActivityRecord,
    PromiseProgressRecord,
    PromiseRecord,
)
from sspf_desk.store.models_talks import (
    ConcernTalkRecord,
    TalkAgreementRecord,
    TalkParticipantRecord,
)

NAME_LENGTH = 100
TEXT_LENGTH = 200
ID_NUMBER_LENGTH = 13


class UserRecord(Timestamps, Base):
    """A user, bound to one passphrase key slot of the vault."""

    __tablename__ = "user"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    role: Mapped[Role] = mapped_column(enum_type(Role))
    slot_id: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def to_domain(self) -> User:
        """Return the domain object."""
        return User(
            id=self.id,
            name=self.name,
            role=self.role,
            slot_id=self.slot_id,
            active=self.active,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )

    @classmethod
    def from_domain(cls, user: User) -> UserRecord:
        """Build a record from a domain object (id and timestamps kept)."""
        return cls(
            id=user.id,
            name=user.name,
            role=user.role,
            slot_id=user.slot_id,
            active=user.active,
            created_at=user.created_at,
            updated_at=user.updated_at,
        )


class YoungPersonRecord(Timestamps, Base):
    """A young person (ungdom)."""

    __tablename__ = "young_person"
    __table_args__ = (Index("ix_young_person_name", "last_name", "first_name"),)

    first_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    last_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    id_number: Mapped[str | None] = mapped_column(String(ID_NUMBER_LENGTH), unique=True)
    id_kind: Mapped[IdKind] = mapped_column(enum_type(IdKind))
    protected_identity: Mapped[bool] = mapped_column(Boolean, default=False)
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[Gender] = mapped_column(enum_type(Gender))
    school: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    school_class: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    area: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    home_municipality: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    interpreter_language: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")

    links: Mapped[list[PersonLinkRecord]] = orm.relationship(
        back_populates="young_person", cascade="all, delete-orphan"
    )

    def apply(self, fields: YoungPersonFields) -> None:
        """Copy validated fields onto the record."""
        for name in YoungPersonFields.__slots__:
            setattr(self, name, getattr(fields, name))

    def to_domain(self) -> YoungPerson:
        """Return the domain object."""
        return YoungPerson(
            id=self.id,
            first_name=self.first_name,
            last_name=self.last_name,
            id_number=self.id_number,
            id_kind=self.id_kind,
            protected_identity=self.protected_identity,
            birth_date=self.birth_date,
            gender=self.gender,
            school=self.school,
            school_class=self.school_class,
            area=self.area,
            home_municipality=self.home_municipality,
            interpreter_language=self.interpreter_language,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )

    @classmethod
    def from_domain(cls, person: YoungPerson) -> YoungPersonRecord:
        """Build a record from a domain object (id and timestamps kept)."""
        record = cls(id=person.id, created_at=person.created_at, updated_at=person.updated_at)
        for name in YoungPersonFields.__slots__:
            setattr(record, name, getattr(person, name))
        return record


class RelatedPersonRecord(Timestamps, Base):
    """A guardian or another person related to one or more young persons."""

    __tablename__ = "related_person"
    __table_args__ = (Index("ix_related_person_name", "last_name", "first_name"),)

    first_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    last_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    id_number: Mapped[str | None] = mapped_column(String(ID_NUMBER_LENGTH), index=True)
    phone: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    email: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    address: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    protected_address: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")

    links: Mapped[list[PersonLinkRecord]] = orm.relationship(
        back_populates="related_person", cascade="all, delete-orphan"
    )

    def apply(self, fields: RelatedPersonFields) -> None:
        """Copy validated fields onto the record."""
        for name in RelatedPersonFields.__slots__:
            setattr(self, name, getattr(fields, name))

    def to_domain(self) -> RelatedPerson:
        """Return the domain object."""
        return RelatedPerson(
            id=self.id,
            first_name=self.first_name,
            last_name=self.last_name,
            id_number=self.id_number,
            phone=self.phone,
            email=self.email,
            address=self.address,
            protected_address=self.protected_address,
            interpreter_language=self.interpreter_language,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )

    @classmethod
    def from_domain(cls, person: RelatedPerson) -> RelatedPersonRecord:
        """Build a record from a domain object (id and timestamps kept)."""
        record = cls(id=person.id, created_at=person.created_at, updated_at=person.updated_at)
        for name in RelatedPersonFields.__slots__:
            setattr(record, name, getattr(person, name))
        return record


class PersonLinkRecord(Timestamps, Base):
    """Links a related person to a young person, with relationship and custody."""

    __tablename__ = "person_link"
    __table_args__ = (UniqueConstraint("young_person_id", "related_person_id"),)

    young_person_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="CASCADE")
    )
    related_person_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("related_person.id", ondelete="CASCADE"), index=True
    )
    relationship: Mapped[Relationship] = mapped_column(enum_type(Relationship))
    custody_type: Mapped[CustodyType] = mapped_column(enum_type(CustodyType))

    young_person: Mapped[YoungPersonRecord] = orm.relationship(back_populates="links")
    related_person: Mapped[RelatedPersonRecord] = orm.relationship(back_populates="links")

    def to_domain(self) -> PersonLink:
        """Return the domain object."""
        return PersonLink(
            id=self.id,
            young_person_id=self.young_person_id,
            related_person_id=self.related_person_id,
            relationship=self.relationship,
            custody_type=self.custody_type,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )

    @classmethod
    def from_domain(cls, link: PersonLink) -> PersonLinkRecord:
        """Build a record from a domain object (id and timestamps kept)."""
        return cls(
            id=link.id,
            young_person_id=link.young_person_id,
            related_person_id=link.related_person_id,
            relationship=link.relationship,
            custody_type=link.custody_type,
            created_at=link.created_at,
            updated_at=link.updated_at,
        )


class AuditEntryRecord(Base):
    """One entry of the hash-chained audit trail (see ``store.audit``)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity_type", "entity_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    fields: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class MetaRecord(Base):
    """Key/value facts about the database itself (e.g. the audit chain head)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class VaultSettingRecord(Base):
    """A vault-wide setting (age rules, consent lead time, …) as JSON text."""

    __tablename__ = "vault_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


AUDITED_RECORDS: tuple[type[Base], ...] = (
    UserRecord,
    YoungPersonRecord,
    RelatedPersonRecord,
    PersonLinkRecord,
    ConcernRecord,
    ConsentRecord,
    GroundRecordRecord,
    DisclosureRecord,
    CaseRecord,
    CaseEventRecord,
    ActionPlanRecord,
    ActionItemRecord,
    AttachmentRecord,
    MeetingSeriesRecord,
    MeetingRecord,
    MeetingAttendeeRecord,
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingVersionRecord,
    ConcernTalkRecord,
    TalkParticipantRecord,
    TalkAgreementRecord,
    GroupSiteRecord,
    GroupObservationRecord,
    GroupMeasureRecord,
    PromiseRecord,
    PromiseActivityRecord,
    PromiseProgressRecord,
)
