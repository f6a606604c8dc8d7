"""THE sharing rule: may information about a young person go to a party on a given day?

Every path that shares (agenda, minutes, exports, disclosures) asks :func:`may_share`.
Consent comes first (DOMAIN.md §2.2): from ``only_self_from`` only the young person's own
consent counts; below it a custodial guardian must consent, and from ``own_consent_from``
the young person as well (an unknown birth date is treated as a minor who must consent
too). Without such consent a recorded legal ground may apply (DOMAIN.md §2.1).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass
from datetime import date

from sspf_desk.domain.consent import Consent, GroundRecord, Party
from sspf_desk.domain.consent_rules import MIN_BALANCING_NOTE, OSL_10_18A_AGE_LIMIT
from sspf_desk.domain.enums import (
    ConsenterRole,
    CustodyType,
    InformationCategory,
    LegalGround,
    Sector,
)
from sspf_desk.domain.rules import age_on
from sspf_desk.domain.settings import AgeRules

ONE_OF_TWO_GUARDIANS = "Bara en av två vårdnadshavare med gemensam vårdnad har samtyckt."
NO_CUSTODIAL_GUARDIAN = "Ingen vårdnadshavare med vårdnad är registrerad."
NO_GUARDIAN_CONSENT = (
    "Det finns inget giltigt samtycke från en vårdnadshavare med vårdnad som omfattar "
    "mottagaren och uppgifterna."
)
NO_OWN_CONSENT = (
    "Det finns inget giltigt samtycke från den unge som omfattar mottagaren och uppgifterna."
)
UNKNOWN_BIRTH_DATE = (
    "Födelsedatum saknas, så samtycke behövs både från vårdnadshavare och från den unge."
)
NO_GROUND = "Ingen registrerad rättslig grund omfattar mottagaren, uppgifterna och dagen."
OSL_ONLY_POLICE = "10 kap. 18 a § OSL gäller bara uppgifter till polisen."
OSL_ONLY_UNDER_21 = "10 kap. 18 a § OSL gäller bara den som är under 21 år."
OSL_UNKNOWN_AGE = "Födelsedatum saknas, så 10 kap. 18 a § OSL kan inte tillämpas."
NO_BALANCING_NOTE = "Intresseavvägningen för den generella sekretessbrytande regeln saknas."

_CUSTODY = frozenset({CustodyType.SOLE, CustodyType.JOINT})


@dataclass(frozen=True, slots=True)
class GuardianRef:
    """A guardian of the young person and the custody they hold."""

    related_person_id: str
    custody: CustodyType


@dataclass(frozen=True, slots=True)
class SharingDecision:
    """The answer of :func:`may_share`.

    Attributes:
        allowed: Whether the information may be shared.
        ground: Consent, or the recorded ground used (None when not allowed).
        consent_ids: The consents relied on (when ``ground`` is consent).
        ground_record_id: The legal-ground record relied on (otherwise).
        reasons: Swedish: why sharing is not allowed (empty when allowed).
        warnings: Swedish: allowed, but something deserves attention.
    """

    allowed: bool
    ground: LegalGround | None
    consent_ids: tuple[str, ...]
    ground_record_id: str | None
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _ConsentCheck:
    """What the consents alone say."""

    consent_ids: tuple[str, ...]
    reasons: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def _own(counting: Sequence[Consent]) -> list[Consent]:
    """The young person's own consents among ``counting``."""
    return [c for c in counting if c.consenter_role is ConsenterRole.YOUNG_PERSON]


def _guardian_warning(custodial: Sequence[str], consented: set[str]) -> tuple[str, ...]:
    """Warn when some but not all custodial guardians have consented."""
    if len(custodial) < 2 or consented >= set(custodial):
        return ()
    if len(custodial) == 2:
        return (ONE_OF_TWO_GUARDIANS,)
    return (f"Bara {len(consented)} av {len(custodial)} vårdnadshavare med vårdnad har samtyckt.",)


def _check_consent(
    counting: Sequence[Consent],
    age: int | None,
    guardians: Sequence[GuardianRef],
    rules: AgeRules,
) -> _ConsentCheck:
    """Apply the age rules to the consents that are valid and cover the request."""
    own = _own(counting)
    if age is not None and age >= rules.only_self_from:
        if own:
            return _ConsentCheck(tuple(c.id for c in own), ())
        return _ConsentCheck((), (NO_OWN_CONSENT,))
    custodial = list(dict.fromkeys(g.related_person_id for g in guardians if g.custody in _CUSTODY))
    from_guardians = [
        c
        for c in counting
        if c.consenter_role is ConsenterRole.GUARDIAN and c.consenter_related_person_id in custodial
    ]
    reasons: list[str] = []
    if not custodial:
        reasons.append(NO_CUSTODIAL_GUARDIAN)
    elif not from_guardians:
        reasons.append(NO_GUARDIAN_CONSENT)
    needs_own = age is None or age >= rules.own_consent_from
    if needs_own and not own:
        reasons.append(NO_OWN_CONSENT)
    if reasons:
        if age is None:
            reasons.append(UNKNOWN_BIRTH_DATE)
        return _ConsentCheck((), tuple(reasons))
    relied = [*from_guardians, *(own if needs_own else [])]
    consented = {str(c.consenter_related_person_id) for c in from_guardians}
    return _ConsentCheck(tuple(c.id for c in relied), (), _guardian_warning(custodial, consented))


def _ground_blockers(record: GroundRecord, recipient: Party, age: int | None) -> list[str]:
    """Why an otherwise matching ground record cannot be used (empty when it can)."""
    if record.ground is LegalGround.OSL_10_18A:
        blockers = [] if recipient.sector is Sector.POLICE else [OSL_ONLY_POLICE]
        if age is None:
            blockers.append(OSL_UNKNOWN_AGE)
        elif age >= OSL_10_18A_AGE_LIMIT:
            blockers.append(OSL_ONLY_UNDER_21)
        return blockers
    if (
        record.ground is LegalGround.GENERAL_CRIME_PREVENTION
        and len(record.justification.strip()) < MIN_BALANCING_NOTE
    ):
        return [NO_BALANCING_NOTE]
    return []


def _check_grounds(
    records: Sequence[GroundRecord],
    day: date,
    recipient: Party,
    categories: Set[InformationCategory],
    age: int | None,
) -> GroundRecord | list[str]:
    """Return the first usable ground record, or the reasons none is usable."""
    reasons: list[str] = []
    for record in records:
        if record.ground is LegalGround.CONSENT or not record.is_valid_on(day):
            continue
        if not record.covers(recipient, categories):
            continue
        blockers = _ground_blockers(record, recipient, age)
        if not blockers:
            return record
        reasons.extend(reason for reason in blockers if reason not in reasons)
    return reasons or [NO_GROUND]


def may_share(  # noqa: PLR0913 - the rule needs every one of these facts, all keyword-only
    *,
    day: date,
    recipient: Party,
    categories: frozenset[InformationCategory],
    birth_date: date | None,
    guardians: Sequence[GuardianRef],
    consents: Sequence[Consent],
    ground_records: Sequence[GroundRecord],
    rules: AgeRules,
) -> SharingDecision:
    """Decide whether information about one young person may go to ``recipient`` on ``day``.

    Args:
        day: The day of the disclosure.
        recipient: Who would receive the information.
        categories: Which kinds of information (empty: only that the person is discussed).
        birth_date: The young person's birth date (None when unknown: treated as a minor
            who must consent as well).
        guardians: The young person's guardians with their custody.
        consents: All consents of this young person (withdrawn and expired ones included).
        ground_records: All legal-ground records of this young person.
        rules: The configured age rules.

    Returns:
        The decision, with the ground relied on, or the reasons in Swedish.
    """
    age = age_on(birth_date, day) if birth_date is not None else None
    counting = [c for c in consents if c.is_valid_on(day) and c.covers(recipient, categories)]
    by_consent = _check_consent(counting, age, guardians, rules)
    if not by_consent.reasons:
        return SharingDecision(
            allowed=True,
            ground=LegalGround.CONSENT,
            consent_ids=by_consent.consent_ids,
            ground_record_id=None,
            reasons=(),
            warnings=by_consent.warnings,
        )
    found = _check_grounds(ground_records, day, recipient, categories, age)
    if isinstance(found, GroundRecord):
        return SharingDecision(
            allowed=True,
            ground=found.ground,
            consent_ids=(),
            ground_record_id=found.id,
            reasons=(),
            warnings=(),
        )
    return SharingDecision(
        allowed=False,
        ground=None,
        consent_ids=(),
        ground_record_id=None,
        reasons=(*by_consent.reasons, *found),
        warnings=(),
    )
