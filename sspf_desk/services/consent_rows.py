"""Row view-models of consents and of what a withdrawal affects (light: domain only).

The GUI may import this module directly; it pulls in neither the store nor the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sspf_desk.domain import (
    CaseStatus,
    Consent,
    ConsenterRole,
    ConsentForm,
    InformationCategory,
    Party,
)


class ConsentState(StrEnum):
    """Where a consent stands on a given day."""

    ACTIVE = "active"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


#: Swedish labels of the states.
CONSENT_STATE_LABELS = {
    ConsentState.ACTIVE: "Gäller",
    ConsentState.NOT_YET_VALID: "Gäller ännu inte",
    ConsentState.EXPIRED: "Har gått ut",
    ConsentState.WITHDRAWN: "Återkallat",
}


def consent_state(consent: Consent, day: date) -> ConsentState:
    """Return the state of ``consent`` on ``day`` (a withdrawal counts from its own day)."""
    if consent.withdrawn_on is not None and consent.withdrawn_on <= day:
        return ConsentState.WITHDRAWN
    if day < consent.valid_from:
        return ConsentState.NOT_YET_VALID
    if consent.valid_to is not None and day > consent.valid_to:
        return ConsentState.EXPIRED
    return ConsentState.ACTIVE


@dataclass(frozen=True, slots=True)
class ConsentRow:
    """One consent in a young person's list of consents.

    Attributes:
        consenter_name: The young person's or the related person's name ("" when the
            related person was removed).
        has_signed_form: A scan of the signed form is attached.
        state: The state today (see :class:`ConsentState`).
    """

    id: str
    young_person_id: str
    consenter_role: ConsenterRole
    consenter_related_person_id: str | None
    consenter_name: str
    parties: tuple[Party, ...]
    categories: tuple[InformationCategory, ...]
    purpose: str
    form: ConsentForm
    valid_from: date
    valid_to: date | None
    withdrawn_on: date | None
    withdrawal_how: str
    has_signed_form: bool
    state: ConsentState


def consent_row(consent: Consent, consenter_name: str, day: date) -> ConsentRow:
    """Build the list row of a consent."""
    return ConsentRow(
        id=consent.id,
        young_person_id=consent.young_person_id,
        consenter_role=consent.consenter_role,
        consenter_related_person_id=consent.consenter_related_person_id,
        consenter_name=consenter_name,
        parties=consent.parties,
        categories=consent.categories,
        purpose=consent.purpose,
        form=consent.form,
        valid_from=consent.valid_from,
        valid_to=consent.valid_to,
        withdrawn_on=consent.withdrawn_on,
        withdrawal_how=consent.withdrawal_how,
        has_signed_form=consent.signed_attachment_id is not None,
        state=consent_state(consent, day),
    )


@dataclass(frozen=True, slots=True)
class OpenCaseRef:
    """An open case of the young person, for the coordinator to close or anonymise."""

    case_id: str
    status: CaseStatus
    opened_on: date


@dataclass(frozen=True, slots=True)
class WithdrawalEffects:
    """What a withdrawal changed, so the GUI can lead the coordinator on.

    Attributes:
        consent: The consent as now stored (with its withdrawal).
        lost_parties: Parties of the consent that may no longer receive information
            about the young person (from the withdrawal day, for the consent's categories).
        kept_parties: Parties still covered (by other consents or a recorded ground).
        cases_to_review: The young person's open cases, to close or anonymise — given
            whenever some party was lost.
    """

    consent: Consent
    lost_parties: tuple[Party, ...]
    kept_parties: tuple[Party, ...]
    cases_to_review: tuple[OpenCaseRef, ...]

    @property
    def sharing_lost(self) -> bool:
        """Whether some party may no longer receive information."""
        return bool(self.lost_parties)
