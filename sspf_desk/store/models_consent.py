"""Tables of consents, legal-ground records, disclosures and attachment metadata.

Parties and information categories are child rows (``consent_party``,
``consent_category``, …) kept in the order given; a party's recipient is stored as
``sector`` + ``organisation``. Attachment rows hold metadata only: the encrypted bytes
are blobs in the vault's attachment folder (``sspf_desk.vault.attachments``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, orm
from sqlalchemy.orm import Mapped, mapped_column

from sspf_desk.domain import (
    Consent,
    ConsenterRole,
    ConsentForm,
    ConsentInput,
    Disclosure,
    GroundRecord,
    GroundRecordInput,
    InformationCategory,
    LegalGround,
    Party,
    Sector,
)
from sspf_desk.store.base import ID_LENGTH, Base, Timestamps, UtcDateTime, enum_type, new_id, utcnow

ORGANISATION_LENGTH = 200
BLOB_NAME_LENGTH = 32
DIGEST_LENGTH = 64


class _Created:
    """Mixin: a UUID string primary key and a creation time (records never edited)."""

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class AttachmentRecord(_Created, Base):
    """Metadata of one encrypted attachment blob (e.g. a signed consent form)."""

    __tablename__ = "attachment"

    young_person_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    blob_name: Mapped[str] = mapped_column(String(BLOB_NAME_LENGTH), unique=True)
    sha256: Mapped[str] = mapped_column(String(DIGEST_LENGTH))


class ConsentPartyRecord(Base):
    """A party a consent covers."""

    __tablename__ = "consent_party"

    consent_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("consent.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    organisation: Mapped[str] = mapped_column(String(ORGANISATION_LENGTH), default="")


class ConsentCategoryRecord(Base):
    """An information category a consent covers."""

    __tablename__ = "consent_category"

    consent_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("consent.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[InformationCategory] = mapped_column(
        enum_type(InformationCategory), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


def _parties(rows: Sequence[ConsentPartyRecord]) -> tuple[Party, ...]:
    """Parties of child rows."""
    return tuple(Party(row.sector, row.organisation) for row in rows)


class ConsentRecord(Timestamps, Base):
    """A consent given by the young person, a guardian or another person."""

    __tablename__ = "consent"

    young_person_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="CASCADE"), index=True
    )
    consenter_role: Mapped[ConsenterRole] = mapped_column(enum_type(ConsenterRole))
    consenter_related_person_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("related_person.id", ondelete="SET NULL"), index=True
    )
    purpose: Mapped[str] = mapped_column(Text)
    form: Mapped[ConsentForm] = mapped_column(enum_type(ConsentForm))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, index=True)
    signed_attachment_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("attachment.id", ondelete="SET NULL")
    )
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawal_how: Mapped[str] = mapped_column(Text, default="")

    party_rows: Mapped[list[ConsentPartyRecord]] = orm.relationship(
        cascade="all, delete-orphan", order_by=ConsentPartyRecord.position, passive_deletes=True
    )
    category_rows: Mapped[list[ConsentCategoryRecord]] = orm.relationship(
        cascade="all, delete-orphan", order_by=ConsentCategoryRecord.position, passive_deletes=True
    )

    def apply(self, data: ConsentInput) -> tuple[str, ...]:
        """Copy validated fields; return the names of the changed child lists."""
        self.young_person_id = data.young_person_id
        self.consenter_role = data.consenter_role
        self.consenter_related_person_id = data.consenter_related_person_id
        self.purpose = data.purpose
        self.form = data.form
        self.valid_from = data.valid_from
        self.valid_to = data.valid_to
        self.signed_attachment_id = data.signed_attachment_id
        changed = []
        if _parties(self.party_rows) != data.parties:
            self.party_rows = [
                ConsentPartyRecord(position=i, sector=p.sector, organisation=p.organisation)
                for i, p in enumerate(data.parties)
            ]
            changed.append("parties")
        if tuple(row.category for row in self.category_rows) != data.categories:
            self.category_rows = [
                ConsentCategoryRecord(position=i, category=category)
                for i, category in enumerate(data.categories)
            ]
            changed.append("categories")
        return tuple(changed)

    def to_domain(self) -> Consent:
        """Return the domain object."""
        return Consent(
            id=self.id,
            young_person_id=self.young_person_id,
            consenter_role=self.consenter_role,
            consenter_related_person_id=self.consenter_related_person_id,
            parties=_parties(self.party_rows),
            categories=tuple(row.category for row in self.category_rows),
            purpose=self.purpose,
            form=self.form,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            signed_attachment_id=self.signed_attachment_id,
            withdrawn_on=self.withdrawn_on,
            withdrawal_how=self.withdrawal_how,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )

    @classmethod
    def from_domain(cls, consent: Consent) -> ConsentRecord:
        """Build a record from a domain object (id, withdrawal and timestamps kept)."""
        record = cls(
            id=consent.id,
            withdrawn_on=consent.withdrawn_on,
            withdrawal_how=consent.withdrawal_how,
            created_at=consent.created_at,
            updated_at=consent.updated_at,
        )
        record.apply(consent.to_input())
        return record


class GroundRecordCategoryRecord(Base):
    """An information category a legal-ground record covers."""

    __tablename__ = "ground_record_category"

    ground_record_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("ground_record.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[InformationCategory] = mapped_column(
        enum_type(InformationCategory), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class GroundRecordRecord(_Created, Base):
    """A decision to disclose on a legal ground other than consent (never edited)."""

    __tablename__ = "ground_record"

    young_person_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="CASCADE"), index=True
    )
    recipient_sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    recipient_organisation: Mapped[str] = mapped_column(String(ORGANISATION_LENGTH), default="")
    ground: Mapped[LegalGround] = mapped_column(enum_type(LegalGround))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    justification: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(ORGANISATION_LENGTH))

    category_rows: Mapped[list[GroundRecordCategoryRecord]] = orm.relationship(
        cascade="all, delete-orphan",
        order_by=GroundRecordCategoryRecord.position,
        passive_deletes=True,
    )

    @classmethod
    def from_input(cls, data: GroundRecordInput) -> GroundRecordRecord:
        """Build a new record from validated input."""
        return cls(
            young_person_id=data.young_person_id,
            recipient_sector=data.recipient.sector,
            recipient_organisation=data.recipient.organisation,
            ground=data.ground,
            valid_from=data.valid_from,
            valid_to=data.valid_to,
            justification=data.justification,
            decided_by=data.decided_by,
            category_rows=[
                GroundRecordCategoryRecord(position=i, category=category)
                for i, category in enumerate(data.categories)
            ],
        )

    def to_domain(self) -> GroundRecord:
        """Return the domain object."""
        return GroundRecord(
            id=self.id,
            young_person_id=self.young_person_id,
            recipient=Party(self.recipient_sector, self.recipient_organisation),
            ground=self.ground,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            categories=tuple(row.category for row in self.category_rows),
            justification=self.justification,
            decided_by=self.decided_by,
            created_at=self.created_at,
        )


class DisclosureCategoryRecord(Base):
    """An information category that was disclosed."""

    __tablename__ = "disclosure_category"

    disclosure_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("disclosure.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[InformationCategory] = mapped_column(
        enum_type(InformationCategory), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class DisclosureConsentRecord(Base):
    """A consent a disclosure relied on."""

    __tablename__ = "disclosure_consent"
    __table_args__ = (Index("ix_disclosure_consent_consent_id", "consent_id"),)

    disclosure_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("disclosure.id", ondelete="CASCADE"), primary_key=True
    )
    consent_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("consent.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class DisclosureRecord(_Created, Base):
    """One logged disclosure of information about a young person (never edited)."""

    __tablename__ = "disclosure"

    young_person_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="CASCADE"), index=True
    )
    recipient_sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    recipient_organisation: Mapped[str] = mapped_column(String(ORGANISATION_LENGTH), default="")
    disclosed_on: Mapped[date] = mapped_column(Date)
    ground: Mapped[LegalGround] = mapped_column(enum_type(LegalGround))
    ground_record_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("ground_record.id", ondelete="SET NULL")
    )
    context: Mapped[str] = mapped_column(Text, default="")

    category_rows: Mapped[list[DisclosureCategoryRecord]] = orm.relationship(
        cascade="all, delete-orphan",
        order_by=DisclosureCategoryRecord.position,
        passive_deletes=True,
    )
    consent_rows: Mapped[list[DisclosureConsentRecord]] = orm.relationship(
        cascade="all, delete-orphan",
        order_by=DisclosureConsentRecord.position,
        passive_deletes=True,
    )

    def to_domain(self) -> Disclosure:
        """Return the domain object."""
        return Disclosure(
            id=self.id,
            young_person_id=self.young_person_id,
            recipient=Party(self.recipient_sector, self.recipient_organisation),
            disclosed_on=self.disclosed_on,
            categories=tuple(row.category for row in self.category_rows),
            ground=self.ground,
            consent_ids=tuple(row.consent_id for row in self.consent_rows),
            ground_record_id=self.ground_record_id,
            context=self.context,
            created_at=self.created_at,
        )
