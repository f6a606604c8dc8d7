"""The facts THE sharing rule needs about young persons, read from the store in bulk.

:func:`load_facts` reads birth dates, guardians with custody, every consent and every
legal-ground record of the given young persons; :func:`decide` hands them to
:func:`sspf_desk.domain.sharing.may_share`. Every sharing path goes through here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sspf_desk.domain import AgeRules, Consent, GroundRecord, InformationCategory, Party
from sspf_desk.domain.overview import ConsentSubject
from sspf_desk.domain.sharing import GuardianRef, SharingDecision, may_share
from sspf_desk.store import reads, repo_consent
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_consent import ConsentRecord, GroundRecordRecord


@dataclass(frozen=True, slots=True)
class SharingFacts:
    """Everything the sharing rule needs about one young person."""

    young_person_id: str
    birth_date: date | None
    guardians: tuple[GuardianRef, ...]
    consents: tuple[Consent, ...]
    grounds: tuple[GroundRecord, ...]

    def subject(self) -> ConsentSubject:
        """The consent-only view used by the overview rules."""
        return ConsentSubject(self.young_person_id, self.birth_date, self.guardians, self.consents)


def load_facts(
    session: Session, young_person_ids: Collection[str], *, grounds: bool = True
) -> dict[str, SharingFacts]:
    """Read the sharing facts of existing young persons (missing ids are left out)."""
    ids = list(dict.fromkeys(young_person_ids))
    births: dict[str, date | None] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(YoungPersonRecord.id, YoungPersonRecord.birth_date).where(
            YoungPersonRecord.id.in_(chunk)
        )
        births.update((str(pid), born) for pid, born in session.execute(query))
    guardians: dict[str, list[GuardianRef]] = defaultdict(list)
    for person_id, related_id, custody in repo_consent.guardians_of(session, births):
        guardians[person_id].append(GuardianRef(related_id, custody))
    consents: dict[str, list[Consent]] = defaultdict(list)
    records: dict[str, list[GroundRecord]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for consent in reads.read_consents(session, ConsentRecord.young_person_id.in_(chunk)):
            consents[consent.young_person_id].append(consent)
        if grounds:
            condition = GroundRecordRecord.young_person_id.in_(chunk)
            for ground in reads.read_grounds(session, condition):
                records[ground.young_person_id].append(ground)
    return {
        person_id: SharingFacts(
            young_person_id=person_id,
            birth_date=born,
            guardians=tuple(guardians[person_id]),
            consents=tuple(consents[person_id]),
            grounds=tuple(records[person_id]),
        )
        for person_id, born in births.items()
    }


def decide(
    facts: SharingFacts,
    recipient: Party,
    categories: Collection[InformationCategory],
    day: date,
    rules: AgeRules,
) -> SharingDecision:
    """Ask THE sharing rule about one young person, recipient, set of categories and day."""
    return may_share(
        day=day,
        recipient=recipient,
        categories=frozenset(categories),
        birth_date=facts.birth_date,
        guardians=facts.guardians,
        consents=facts.consents,
        ground_records=facts.grounds,
        rules=rules,
    )
