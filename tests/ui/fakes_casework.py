"""In-memory consent service and record set-up for the record's GUI tests (no vault).

They apply the same domain rules as the real services (``validate_consent``,
``may_share``, ``check_transition``, ``validate_action_item``) and report each change to
``notify`` with the tables it touched, like the workspace's change listeners.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from sspf_desk.domain import (
    AgeRules,
    CaseStatus,
    Consent,
    ConsenterRole,
    ConsentInput,
    ConsentSettings,
    CustodyType,
    GuardianRef,
    InformationCategory,
    Party,
    Relationship,
    SharingDecision,
    YoungPerson,
    YoungPersonInput,
    may_share,
    validate_age_rules,
    validate_consent,
    validate_consent_settings,
)
from sspf_desk.domain.anonymise import (
    OPEN_CASE_MESSAGE,
    REASON_MISSING,
    AnonymisationResult,
    parse_reason,
    plan_anonymisation,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.changes import ChangeSet
from sspf_desk.services.consent_rows import (
    ConsentRow,
    WithdrawalEffects,
    consent_row,
)
from sspf_desk.ui.record.context import RecordContext
from tests.ui.fakes import FakePersons
from tests.ui.fakes_cases import FakeCases

TODAY = date(2025, 3, 10)
Notify = Callable[[ChangeSet], None]


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Hub:
    """Forwards change notifications to whoever listens (the record window)."""

    listeners: list[Notify] = field(default_factory=list)

    def __call__(self, changes: ChangeSet) -> None:
        """Tell every listener."""
        for listener in list(self.listeners):
            listener(changes)

    def tables(self, *names: str) -> None:
        """Notify a change of ``names``."""
        self(ChangeSet(frozenset(names)))


class FakeConsents:
    """Consents, the sharing check (THE domain rule), signed forms and the settings."""

    def __init__(self, persons: FakePersons, hub: Hub, today: date = TODAY) -> None:
        self.persons = persons
        self.hub = hub
        self.today = today
        self.consents: dict[str, Consent] = {}
        self.forms: dict[str, tuple[bytes, str]] = {}
        self.exported: list[str] = []
        self.rules = AgeRules()
        self.settings = ConsentSettings()
        self.cases: FakeCases | None = None
        self.sharing_calls = 0

    def _name(self, consent: Consent) -> str:
        if consent.consenter_role is ConsenterRole.YOUNG_PERSON:
            return self.persons.get_young_person(consent.young_person_id).full_name
        related = self.persons.get_related_person(str(consent.consenter_related_person_id))
        return f"{related.first_name} {related.last_name}"

    def list_consents(self, young_person_id: str) -> list[ConsentRow]:
        """Rows of one person's consents."""
        return [
            consent_row(c, self._name(c), self.today)
            for c in self.consents.values()
            if c.young_person_id == young_person_id
        ]

    def get_consent(self, consent_id: str) -> Consent:
        """One consent."""
        return self.consents[consent_id]

    def _store(self, data: ConsentInput, consent_id: str | None = None) -> Consent:
        errors = validate_consent(data, today=self.today)
        if errors:
            raise ValidationError(errors)
        old = self.consents.get(consent_id or "")
        consent = Consent(
            id=consent_id or str(uuid.uuid4()),
            young_person_id=data.young_person_id,
            consenter_role=data.consenter_role,
            consenter_related_person_id=data.consenter_related_person_id,
            parties=data.parties,
            categories=data.categories,
            purpose=data.purpose,
            form=data.form,
            valid_from=data.valid_from,
            valid_to=data.valid_to,
            signed_attachment_id=old.signed_attachment_id if old else None,
            withdrawn_on=None,
            withdrawal_how="",
            created_at=_now(),
            updated_at=_now(),
        )
        self.consents[consent.id] = consent
        self.hub.tables("consent", "audit_entry")
        return consent

    def create_consent(self, data: ConsentInput) -> Consent:
        """Validate and store."""
        return self._store(data)

    def update_consent(self, consent_id: str, data: ConsentInput) -> Consent:
        """Validate and replace."""
        if self.consents[consent_id].withdrawn_on is not None:
            raise ValidationError({"consent": "Samtycket är återkallat och kan inte ändras."})
        return self._store(data, consent_id)

    def withdraw(self, consent_id: str, on: date, how: str) -> WithdrawalEffects:
        """Record a withdrawal and say which parties and cases it affects."""
        if not how.strip():
            raise ValidationError({"withdrawal_how": "Ange hur återkallelsen kom in."})
        consent = replace(self.consents[consent_id], withdrawn_on=on, withdrawal_how=how)
        self.consents[consent_id] = consent
        lost = tuple(
            p
            for p in consent.parties
            if not self.check_sharing(consent.young_person_id, p, consent.categories).allowed
        )
        kept = tuple(p for p in consent.parties if p not in lost)
        cases = self.cases.open_cases(consent.young_person_id) if self.cases and lost else ()
        self.hub.tables("consent")
        return WithdrawalEffects(consent, lost, kept, tuple(cases))

    def guardians(self, young_person_id: str) -> list[GuardianRef]:
        """The guardian links of a young person with their custody."""
        return [
            GuardianRef(row.id, row.custody_type)
            for row in self.persons.list_related_persons(young_person_id)
            if row.relationship is Relationship.GUARDIAN
        ]

    def check_sharing(
        self,
        young_person_id: str,
        recipient: Party,
        categories: Collection[InformationCategory] = (),
        day: date | None = None,
    ) -> SharingDecision:
        """THE domain rule over the fake's facts."""
        self.sharing_calls += 1
        return may_share(
            day=day or self.today,
            recipient=recipient,
            categories=frozenset(categories),
            birth_date=self.persons.get_young_person(young_person_id).birth_date,
            guardians=self.guardians(young_person_id),
            consents=[c for c in self.consents.values() if c.young_person_id == young_person_id],
            ground_records=[],
            rules=self.rules,
        )

    def attach_signed_form(self, consent_id: str, data: bytes, media_type: str) -> Consent:
        """Keep the bytes in memory."""
        self.forms[consent_id] = (data, media_type)
        consent = replace(self.consents[consent_id], signed_attachment_id=f"att-{consent_id}")
        self.consents[consent_id] = consent
        self.hub.tables("attachment", "consent")
        return consent

    def open_signed_form(self, consent_id: str) -> bytes:
        """The stored bytes."""
        return self.forms[consent_id][0]

    def signed_form_media_type(self, consent_id: str) -> str | None:
        """The stored media type."""
        found = self.forms.get(consent_id)
        return found[1] if found else None

    def record_form_export(self, consent_id: str) -> None:
        """Remember the export (the real service writes an audit entry)."""
        if consent_id not in self.consents:
            raise NotFoundError()
        self.exported.append(consent_id)

    def age_rules(self) -> AgeRules:
        """Current rules."""
        return self.rules

    def set_age_rules(self, rules: AgeRules) -> AgeRules:
        """Validate and store."""
        errors = validate_age_rules(rules)
        if errors:
            raise ValidationError(errors)
        self.rules = rules
        self.hub.tables("vault_setting")
        return rules

    def consent_settings(self) -> ConsentSettings:
        """Current settings."""
        return self.settings

    def set_consent_settings(self, settings: ConsentSettings) -> ConsentSettings:
        """Validate and store."""
        errors = validate_consent_settings(settings)
        if errors:
            raise ValidationError(errors)
        self.settings = settings
        self.hub.tables("vault_setting")
        return settings


class FakeAnonymise:
    """Anonymises a fake young person the way the service does (refusals included)."""

    def __init__(self, persons: FakePersons, cases: FakeCases, hub: Hub) -> None:
        self.persons = persons
        self.cases = cases
        self.hub = hub
        self.reasons: list[str] = []

    def anonymise_young_person(self, person_id: str, *, reason: str) -> AnonymisationResult:
        """Replace the person's identifying fields; refuse like the real service."""
        if parse_reason(reason) is None:
            raise ValidationError({"reason": REASON_MISSING})
        if any(
            case.young_person_id == person_id and case.status is not CaseStatus.CLOSED
            for case in self.cases.cases.values()
        ):
            raise ValidationError({"case": OPEN_CASE_MESSAGE})
        person = self.persons.get_young_person(person_id)
        plan = plan_anonymisation(person, [], "T3ST")
        self.persons.people[person_id] = replace(person, **plan.person_values)  # type: ignore[arg-type]
        self.reasons.append(reason)
        self.hub.tables("young_person", "audit_entry")
        return AnonymisationResult(person_id, plan.label, 0, 0, 0, 0, 0, 0, 0)


@dataclass
class Casework:
    """A young person with the fake services around them."""

    persons: FakePersons
    consents: FakeConsents
    cases: FakeCases
    hub: Hub
    person: YoungPerson
    anonymise: FakeAnonymise | None = None

    def context(self) -> RecordContext:
        """A record context over the fakes (fixed day)."""
        return RecordContext(
            persons=self.persons,
            consents=self.consents,
            cases=self.cases,
            person=self.person,
            user_names=lambda: {"u1": "Kim Samordnare"},
            today=lambda: TODAY,
            anonymise=self.anonymise,
        )

    def add_guardian(self, first: str, last: str, custody: CustodyType) -> str:
        """Link a guardian; return their id."""
        from sspf_desk.domain import RelatedPersonInput

        related = self.persons.add_related_person(
            self.person.id,
            RelatedPersonInput(first_name=first, last_name=last),
            Relationship.GUARDIAN,
            custody,
        )
        return related.id


def casework(birth: date = date(2011, 5, 4), **person: object) -> Casework:
    """A minor (13 on TODAY by default) with no consents or cases yet."""
    hub = Hub()
    persons = FakePersons(lambda: hub.tables("related_person", "person_link", "young_person"))
    values: dict[str, object] = {"first_name": "Ali", "last_name": "Öberg", "birth_date": birth}
    values.update(person)
    stored = persons.create_young_person(YoungPersonInput(**values))  # type: ignore[arg-type]
    consents = FakeConsents(persons, hub)
    cases = FakeCases(persons, hub)
    consents.cases = cases
    return Casework(persons, consents, cases, hub, stored, FakeAnonymise(persons, cases, hub))


def guardian_consent(
    work: Casework, related_id: str | None, *, role: ConsenterRole = ConsenterRole.GUARDIAN
) -> Consent:
    """Store a consent covering the four SSPF parties and school information."""
    from sspf_desk.domain import SSPF_PARTIES, ConsentForm

    return work.consents.create_consent(
        ConsentInput(
            young_person_id=work.person.id,
            consenter_role=role,
            consenter_related_person_id=related_id,
            parties=SSPF_PARTIES,
            categories=(InformationCategory.SCHOOL,),
            purpose="Samordna stöd i skolan",
            form=ConsentForm.WRITTEN,
            valid_from=date(2025, 1, 1),
            valid_to=None,
        )
    )
