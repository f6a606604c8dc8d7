"""Consents, legal-ground records and the log of disclosures (records and their own checks).

A consent (samtycke) is a secrecy waiver given by one person — the young person, a
guardian or another person concerned — for named parties, information categories, a
purpose and a period. A legal-ground record documents a disclosure resting on another
ground (DOMAIN.md §2.1). Validation lives in :mod:`sspf_desk.domain.consent_rules`;
whether sharing is allowed is decided only by :func:`sspf_desk.domain.sharing.may_share`.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from datetime import date, datetime

from sspf_desk.domain.enums import (
    ConsenterRole,
    ConsentForm,
    InformationCategory,
    LegalGround,
    Sector,
)
from sspf_desk.domain.labels import SECTOR_LABELS, SECTOR_LABELS_EN


@dataclass(frozen=True, slots=True)
class Party:
    """A party information may go to: a sector, optionally narrowed to one organisation.

    Attributes:
        sector: The sector (school, social services, police, leisure or other).
        organisation: A named organisation within the sector (e.g. one school); empty means
            the whole sector's SSPF representation.
    """

    sector: Sector
    organisation: str = ""

    def covers(self, recipient: Party) -> bool:
        """Whether a consent or ground naming this party covers ``recipient``.

        Same sector, and either this party names no organisation or the same one
        (compared case-insensitively, surrounding spaces ignored).
        """
        if self.sector is not recipient.sector:
            return False
        own = self.organisation.strip().casefold()
        return not own or own == recipient.organisation.strip().casefold()

    def display(self, lang: str = "sv") -> str:
        """Return e.g. ``"Skola"`` or ``"Skola (Björkskolan)"``."""
        labels = SECTOR_LABELS_EN if lang == "en" else SECTOR_LABELS
        name = labels[self.sector]
        organisation = self.organisation.strip()
        return f"{name} ({organisation})" if organisation else name


#: The four SSPF parties, each as the whole sector's representation.
SSPF_PARTIES: tuple[Party, ...] = (
    Party(Sector.SCHOOL),
    Party(Sector.SOCIAL_SERVICES),
    Party(Sector.POLICE),
    Party(Sector.LEISURE),
)


def _covers_all(
    parties: tuple[Party, ...],
    covered: tuple[InformationCategory, ...],
    recipient: Party,
    categories: Set[InformationCategory],
) -> bool:
    """Whether one of ``parties`` covers ``recipient`` and ``covered`` ⊇ ``categories``."""
    return any(party.covers(recipient) for party in parties) and set(categories) <= set(covered)


@dataclass(frozen=True, slots=True)
class ConsentInput:
    """The editable fields of a consent.

    Attributes:
        young_person_id: The young person the information is about.
        consenter_role: Who consented (the young person, a guardian or another person).
        consenter_related_person_id: The related person who consented; None when the
            young person did.
        parties: Parties that may receive information.
        categories: Kinds of information covered.
        purpose: What the information may be used for.
        form: Written or oral.
        valid_from: First day the consent applies.
        valid_to: Last day it applies; None = until withdrawn.
        signed_attachment_id: The encrypted scan of the signed form, if any.
    """

    young_person_id: str
    consenter_role: ConsenterRole
    consenter_related_person_id: str | None
    parties: tuple[Party, ...]
    categories: tuple[InformationCategory, ...]
    purpose: str
    form: ConsentForm
    valid_from: date
    valid_to: date | None
    signed_attachment_id: str | None = None


@dataclass(frozen=True, slots=True)
class Consent:
    """A consent as stored, with its withdrawal (if any)."""

    id: str
    young_person_id: str
    consenter_role: ConsenterRole
    consenter_related_person_id: str | None
    parties: tuple[Party, ...]
    categories: tuple[InformationCategory, ...]
    purpose: str
    form: ConsentForm
    valid_from: date
    valid_to: date | None
    signed_attachment_id: str | None
    withdrawn_on: date | None
    withdrawal_how: str
    created_at: datetime
    updated_at: datetime

    def is_valid_on(self, day: date) -> bool:
        """Whether the consent applies on ``day`` (a withdrawal takes effect on its own day)."""
        if day < self.valid_from:
            return False
        if self.valid_to is not None and day > self.valid_to:
            return False
        return self.withdrawn_on is None or day < self.withdrawn_on

    def covers(self, recipient: Party, categories: Set[InformationCategory]) -> bool:
        """Whether the scope covers ``recipient`` and every one of ``categories`` (dates aside)."""
        return _covers_all(self.parties, self.categories, recipient, categories)

    @property
    def is_withdrawn(self) -> bool:
        """Whether a withdrawal has been recorded."""
        return self.withdrawn_on is not None

    def to_input(self) -> ConsentInput:
        """Return the editable fields (e.g. to pre-fill a form)."""
        return ConsentInput(
            young_person_id=self.young_person_id,
            consenter_role=self.consenter_role,
            consenter_related_person_id=self.consenter_related_person_id,
            parties=self.parties,
            categories=self.categories,
            purpose=self.purpose,
            form=self.form,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            signed_attachment_id=self.signed_attachment_id,
        )


@dataclass(frozen=True, slots=True)
class GroundRecordInput:
    """A decision to disclose on a legal ground other than consent.

    Attributes:
        young_person_id: The young person the information is about.
        recipient: Who may receive it.
        ground: The legal ground (never ``consent``).
        valid_from: First day the decision applies.
        valid_to: Last day it applies (at most a year after ``valid_from``).
        categories: Kinds of information covered.
        justification: Why the ground applies; for the general crime-prevention rule this
            is the written balancing of interests (intresseavvägning).
        decided_by: Who decided (name and role).
    """

    young_person_id: str
    recipient: Party
    ground: LegalGround
    valid_from: date
    valid_to: date
    categories: tuple[InformationCategory, ...]
    justification: str
    decided_by: str


@dataclass(frozen=True, slots=True)
class GroundRecord:
    """A legal-ground record as stored."""

    id: str
    young_person_id: str
    recipient: Party
    ground: LegalGround
    valid_from: date
    valid_to: date
    categories: tuple[InformationCategory, ...]
    justification: str
    decided_by: str
    created_at: datetime

    def is_valid_on(self, day: date) -> bool:
        """Whether ``day`` lies within the record's period (both ends included)."""
        return self.valid_from <= day <= self.valid_to

    def covers(self, recipient: Party, categories: Set[InformationCategory]) -> bool:
        """Whether the recipient covers ``recipient`` and the categories ⊇ ``categories``."""
        return _covers_all((self.recipient,), self.categories, recipient, categories)

    def to_input(self) -> GroundRecordInput:
        """Return the fields as entered."""
        return GroundRecordInput(
            young_person_id=self.young_person_id,
            recipient=self.recipient,
            ground=self.ground,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            categories=self.categories,
            justification=self.justification,
            decided_by=self.decided_by,
        )


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One actual disclosure of information about a young person (agenda, minutes, export).

    Attributes:
        id: Record id.
        young_person_id: Whom the information was about.
        recipient: Who received it.
        disclosed_on: When.
        categories: Kinds of information disclosed.
        ground: The ground it rested on.
        consent_ids: The consents relied on (when ``ground`` is consent).
        ground_record_id: The legal-ground record relied on (otherwise).
        context: Where it happened, e.g. "Dagordning operativ grupp 2025-03-04".
        created_at: When it was logged (UTC).
    """

    id: str
    young_person_id: str
    recipient: Party
    disclosed_on: date
    categories: tuple[InformationCategory, ...]
    ground: LegalGround
    consent_ids: tuple[str, ...]
    ground_record_id: str | None
    context: str
    created_at: datetime
