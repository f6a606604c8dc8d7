"""Sharing decisions, legal-ground records and the log of disclosures.

:class:`SharingChecks` holds THE entry point of every sharing check
(:meth:`SharingChecks.check_sharing`): it loads the young person's birth date, guardians
with custody, consents and legal-ground records and asks the domain rule ``may_share``.
:meth:`SharingChecks.record_disclosure` logs a disclosure only when that check allows it.
``ConsentService`` builds on this class.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    SSPF_PARTIES,
    AgeRules,
    AuditAction,
    Disclosure,
    GroundRecord,
    GroundRecordInput,
    InformationCategory,
    Party,
)
from sspf_desk.domain.consent_rules import validate_ground_record
from sspf_desk.domain.sharing import SharingDecision
from sspf_desk.errors import ValidationError
from sspf_desk.services import vault_settings
from sspf_desk.services.sharing_facts import SharingFacts, decide, load_facts
from sspf_desk.store import audit, repo_consent, repositories
from sspf_desk.store.models_consent import (
    DisclosureCategoryRecord,
    DisclosureConsentRecord,
    DisclosureRecord,
    GroundRecordRecord,
)
from sspf_desk.store.uow import Store


@dataclass(frozen=True, slots=True)
class PartySharing:
    """Whether one party may receive information about the young person, and why."""

    party: Party
    decision: SharingDecision


class SharingChecks:
    """Use cases of sharing: the check, legal-ground records, disclosures."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Check sharing against ``store``; ``today`` is the clock of defaults and validation."""
        self._store = store
        self._today = today

    def record_ground(self, data: GroundRecordInput) -> GroundRecord:
        """Record a decision to disclose on a legal ground other than consent.

        Raises:
            ValidationError: Fields of ``data``.
            NotFoundError: No such young person.
        """
        data = replace(
            data, recipient=Party(data.recipient.sector, data.recipient.organisation.strip())
        )
        data = replace(data, categories=tuple(dict.fromkeys(data.categories)))
        with self._store.unit_of_work() as session:
            born = repositories.get_young_person(session, data.young_person_id).birth_date
            errors = validate_ground_record(data, subject_birth_date=born, today=self._today())
            if errors:
                raise ValidationError(errors)
            record = GroundRecordRecord.from_input(data)
            session.add(record)
            session.flush()
            return record.to_domain()

    def list_grounds(self, young_person_id: str) -> list[GroundRecord]:
        """Return a young person's legal-ground records, oldest first (audited view)."""
        with self._store.unit_of_work() as session:
            repositories.get_young_person(session, young_person_id)
            found = [r.to_domain() for r in repo_consent.grounds_of(session, [young_person_id])]
            audit.record(session, AuditAction.VIEW, "young_person", young_person_id, ("grounds",))
        return found

    def _facts(self, session: Session, young_person_id: str) -> SharingFacts:
        """Load the sharing facts of an existing young person."""
        repositories.get_young_person(session, young_person_id)
        return load_facts(session, [young_person_id])[young_person_id]

    def check_sharing(
        self,
        young_person_id: str,
        recipient: Party,
        categories: Collection[InformationCategory] = (),
        day: date | None = None,
    ) -> SharingDecision:
        """THE sharing check: may information about the young person go to ``recipient``?

        Args:
            young_person_id: Whom the information is about.
            recipient: Who would receive it.
            categories: Which kinds of information (empty: only that the person is named).
            day: The day of the disclosure (default today).

        Raises:
            NotFoundError: No such young person.
        """
        when = day or self._today()
        with self._store.unit_of_work() as session:
            facts = self._facts(session, young_person_id)
            rules = vault_settings.AGE_RULES.read(session)
        return decide(facts, recipient, categories, when, rules)

    def sharing_status(
        self,
        young_person_id: str,
        day: date | None = None,
        parties: tuple[Party, ...] = SSPF_PARTIES,
    ) -> list[PartySharing]:
        """The sharing check for each party (default: the four SSPF sectors), no categories."""
        when = day or self._today()
        with self._store.unit_of_work() as session:
            facts = self._facts(session, young_person_id)
            rules = vault_settings.AGE_RULES.read(session)
        return [PartySharing(party, decide(facts, party, (), when, rules)) for party in parties]

    def record_disclosure(
        self,
        young_person_id: str,
        recipient: Party,
        categories: Collection[InformationCategory],
        day: date,
        context: str,
    ) -> Disclosure:
        """Log a disclosure, only if :meth:`check_sharing` allows it on ``day``.

        Raises:
            ValidationError: ``recipient`` with the Swedish reasons when sharing is not
                allowed; ``context`` when empty.
            NotFoundError: No such young person.
        """
        if not context.strip():
            raise ValidationError({"context": "Ange i vilket sammanhang uppgifterna lämnades."})
        with self._store.unit_of_work() as session:
            facts = self._facts(session, young_person_id)
            rules = vault_settings.AGE_RULES.read(session)
            return store_disclosure(
                session,
                facts,
                recipient,
                categories=categories,
                day=day,
                context=context,
                rules=rules,
            )

    def list_disclosures(self, young_person_id: str) -> list[Disclosure]:
        """Return the disclosures logged about a young person, newest first (audited view)."""
        with self._store.unit_of_work() as session:
            repositories.get_young_person(session, young_person_id)
            found = [r.to_domain() for r in repo_consent.disclosures_of(session, young_person_id)]
            tag = ("disclosures",)
            audit.record(session, AuditAction.VIEW, "young_person", young_person_id, tag)
        return found


def store_disclosure(  # noqa: PLR0913 - the facts of one disclosure
    session: Session,
    facts: SharingFacts,
    recipient: Party,
    *,
    categories: Collection[InformationCategory],
    day: date,
    context: str,
    rules: AgeRules,
) -> Disclosure:
    """Log a disclosure in the caller's session, only if THE rule allows it on ``day``.

    Raises:
        ValidationError: ``recipient`` with the Swedish reasons when sharing is not allowed.
    """
    kinds = tuple(dict.fromkeys(categories))
    decision = decide(facts, recipient, kinds, day, rules)
    if not decision.allowed or decision.ground is None:
        raise ValidationError({"recipient": " ".join(decision.reasons)})
    record = DisclosureRecord(
        young_person_id=facts.young_person_id,
        recipient_sector=recipient.sector,
        recipient_organisation=recipient.organisation.strip(),
        disclosed_on=day,
        ground=decision.ground,
        ground_record_id=decision.ground_record_id,
        context=context.strip(),
        category_rows=[
            DisclosureCategoryRecord(position=i, category=c) for i, c in enumerate(kinds)
        ],
        consent_rows=[
            DisclosureConsentRecord(position=i, consent_id=c)
            for i, c in enumerate(decision.consent_ids)
        ],
    )
    session.add(record)
    session.flush()
    return record.to_domain()
