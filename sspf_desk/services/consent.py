"""Consents (samtycken): record, change, withdraw, signed forms, and the consent settings.

``ConsentService`` also offers the sharing use cases of :class:`SharingChecks`: THE
sharing check (``check_sharing``), legal-ground records and the disclosure log. A
withdrawal takes effect on its own day and reports what it changed. Opening a consent is
audited as a view, and so is listing a young person's consents, grounds or disclosures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    AgeRules,
    AuditAction,
    CaseStatus,
    Consent,
    ConsenterRole,
    ConsentInput,
    ConsentSettings,
    Party,
    Relationship,
)
from sspf_desk.domain.checks import FUTURE_DATE
from sspf_desk.domain.consent_rules import validate_consent
from sspf_desk.errors import ValidationError
from sspf_desk.services import vault_settings
from sspf_desk.services.consent_rows import (
    ConsentRow,
    OpenCaseRef,
    WithdrawalEffects,
    consent_row,
)
from sspf_desk.services.sharing import PartySharing, SharingChecks
from sspf_desk.services.sharing_facts import decide, load_facts
from sspf_desk.services.signed_forms import SignedForms
from sspf_desk.store import audit, repo_cases, repo_consent, repositories
from sspf_desk.store.models_consent import ConsentRecord
from sspf_desk.store.uow import Store
from sspf_desk.vault.attachments import AttachmentStore

log = logging.getLogger(__name__)

WITHDRAWN = "Samtycket är återkallat och kan inte ändras."
NOT_LINKED = "Personen är inte kopplad till den unge."
NOT_GUARDIAN = "Personen är inte registrerad som vårdnadshavare till den unge."
OTHER_PERSON = "Samtycket kan inte flyttas till en annan ungdom."

__all__ = ["ConsentRow", "ConsentService", "PartySharing", "WithdrawalEffects"]


def _normalized(data: ConsentInput) -> ConsentInput:
    """Strip texts and drop repeated parties and categories (order kept)."""
    parties = tuple(dict.fromkeys(Party(p.sector, p.organisation.strip()) for p in data.parties))
    return replace(
        data,
        parties=parties,
        categories=tuple(dict.fromkeys(data.categories)),
        purpose=data.purpose.strip(),
    )


class ConsentService(SharingChecks):
    """Use cases for consents, legal-ground records, disclosures and the consent settings."""

    def __init__(
        self,
        store: Store,
        *,
        attachments: AttachmentStore | None = None,
        flush: Callable[[], None] = lambda: None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """Serve consents from ``store``; signed forms go to ``attachments``.

        Args:
            store: The open store.
            attachments: The vault's attachment blobs (None: signed forms unavailable).
            flush: Waits until committed changes are saved (before blobs are deleted).
            today: The clock used by validation and "today" defaults.
        """
        super().__init__(store, today=today)
        self._forms = SignedForms(store, attachments, flush)

    # -- consents --------------------------------------------------------------------------

    def list_consents(self, young_person_id: str) -> list[ConsentRow]:
        """Return a young person's consents (withdrawn and expired too), oldest first.

        Raises:
            NotFoundError: No such young person.
        """
        today = self._today()
        with self._store.unit_of_work() as session:
            repositories.get_young_person(session, young_person_id)
            consents = [r.to_domain() for r in repo_consent.consents_of(session, [young_person_id])]
            related = {c.consenter_related_person_id for c in consents} - {None}
            names = repo_consent.related_names(session, [str(r) for r in related])
            person = repositories.get_young_person(session, young_person_id).to_domain()
            audit.record(session, AuditAction.VIEW, "young_person", young_person_id, ("consents",))
        return [
            consent_row(
                consent,
                person.full_name
                if consent.consenter_role is ConsenterRole.YOUNG_PERSON
                else names.get(str(consent.consenter_related_person_id), ""),
                today,
            )
            for consent in consents
        ]

    def get_consent(self, consent_id: str) -> Consent:
        """Return one consent and record the view.

        Raises:
            NotFoundError: No such consent.
        """
        with self._store.unit_of_work() as session:
            consent = repo_consent.get_consent(session, consent_id).to_domain()
            audit.record_view(session, "consent", consent_id)
        return consent

    def _check_consenter(
        self, session: Session, data: ConsentInput, errors: dict[str, str]
    ) -> None:
        """The young person must exist; a consenter must be linked (a guardian as guardian)."""
        young = repositories.get_young_person(session, data.young_person_id)
        related_id = data.consenter_related_person_id
        if related_id is None or "consenter_related_person_id" in errors:
            return
        link = next((x for x in young.links if x.related_person_id == related_id), None)
        if link is None:
            errors["consenter_related_person_id"] = NOT_LINKED
        elif data.consenter_role is ConsenterRole.GUARDIAN and (
            link.relationship is not Relationship.GUARDIAN
        ):
            errors["consenter_related_person_id"] = NOT_GUARDIAN

    def create_consent(self, data: ConsentInput) -> Consent:
        """Validate and add a consent (a signed form is attached separately).

        Raises:
            ValidationError: Fields of ``data``.
            NotFoundError: No such young person.
        """
        data = replace(_normalized(data), signed_attachment_id=None)
        errors = validate_consent(data, today=self._today())
        with self._store.unit_of_work() as session:
            self._check_consenter(session, data, errors)
            if errors:
                raise ValidationError(errors)
            record = ConsentRecord(withdrawn_on=None, withdrawal_how="")
            record.apply(data)
            session.add(record)
            session.flush()
            consent = record.to_domain()
        log.info("consent created")
        return consent

    def update_consent(self, consent_id: str, data: ConsentInput) -> Consent:
        """Validate and save new values; not allowed once the consent is withdrawn.

        Raises:
            ValidationError: Fields of ``data``; ``consent`` when withdrawn.
            NotFoundError: No such consent.
        """
        data = _normalized(data)
        errors = validate_consent(data, today=self._today())
        with self._store.unit_of_work() as session:
            record = repo_consent.get_consent(session, consent_id)
            if record.withdrawn_on is not None:
                raise ValidationError({"consent": WITHDRAWN})
            if data.young_person_id != record.young_person_id:
                errors["young_person_id"] = OTHER_PERSON
            self._check_consenter(session, data, errors)
            if errors:
                raise ValidationError(errors)
            changed = record.apply(replace(data, signed_attachment_id=record.signed_attachment_id))
            if changed:
                audit.record(session, AuditAction.UPDATE, "consent", consent_id, changed)
            session.flush()
            return record.to_domain()

    def withdraw(self, consent_id: str, on: date, how: str) -> WithdrawalEffects:
        """Record that a consent was withdrawn; it stops counting from ``on`` (inclusive).

        Returns:
            What changed: the parties no longer covered today and, if any, the young
            person's open cases for the coordinator to close or anonymise.

        Raises:
            ValidationError: ``withdrawn_on`` (in the future, or already withdrawn),
                ``withdrawal_how`` (empty).
            NotFoundError: No such consent.
        """
        today = self._today()
        errors: dict[str, str] = {}
        if on > today:
            errors["withdrawn_on"] = FUTURE_DATE
        if not how.strip():
            errors["withdrawal_how"] = "Ange hur återkallelsen kom in (t.ex. muntligt, brev)."
        with self._store.unit_of_work() as session:
            record = repo_consent.get_consent(session, consent_id)
            if record.withdrawn_on is not None:
                errors["withdrawn_on"] = "Samtycket är redan återkallat."
            if errors:
                raise ValidationError(errors)
            record.withdrawn_on, record.withdrawal_how = on, how.strip()
            session.flush()
            consent = record.to_domain()
            facts = load_facts(session, [consent.young_person_id])[consent.young_person_id]
            rules = vault_settings.AGE_RULES.read(session)
            lost: list[Party] = []
            kept: list[Party] = []
            for party in consent.parties:
                decision = decide(facts, party, consent.categories, today, rules)
                (kept if decision.allowed else lost).append(party)
            cases = [] if not lost else repo_cases.cases_of(session, consent.young_person_id)
            review = tuple(
                OpenCaseRef(case.id, case.status, case.opened_on)
                for case in cases
                if case.status is not CaseStatus.CLOSED
            )
        log.info("consent withdrawn")
        return WithdrawalEffects(consent, tuple(lost), tuple(kept), review)

    def record_form_export(self, consent_id: str) -> None:
        """Record in the audit trail that the consent's printable form left the program.

        The form names the young person and the consenter, so writing it to a file is an
        export of their record; call this before the file is written.

        Raises:
            NotFoundError: No such consent.
        """
        with self._store.unit_of_work() as session:
            record = repo_consent.get_consent(session, consent_id)
            audit.record_export(session, "consent", consent_id, ("consent_form",))
            audit.record_export(session, "young_person", record.young_person_id, ("consent_form",))
        log.info("consent form exported")

    # -- signed forms ----------------------------------------------------------------------

    def attach_signed_form(self, consent_id: str, data: bytes, media_type: str) -> Consent:
        """Store the scan of the signed form (encrypted), replacing an earlier one.

        Raises:
            ValidationError: ``data`` (empty, over 50 MB) or ``media_type``.
            NotFoundError: No such consent.
        """
        self._forms.attach(consent_id, data, media_type)
        with self._store.unit_of_work() as session:
            return repo_consent.get_consent(session, consent_id).to_domain()

    def open_signed_form(self, consent_id: str) -> bytes:
        """Return the signed form's bytes (from memory, never a temp file); audited.

        Raises:
            ValidationError: The consent has no signed form.
            NotFoundError: No such consent.
            AttachmentMissingError, DamagedAttachmentError: The blob is gone or damaged.
        """
        return self._forms.open(consent_id)[0]

    def signed_form_media_type(self, consent_id: str) -> str | None:
        """Return the media type of the consent's signed form (None when there is none)."""
        with self._store.unit_of_work() as session:
            record = repo_consent.get_consent(session, consent_id)
            if record.signed_attachment_id is None:
                return None
            return repo_consent.get_attachment(session, record.signed_attachment_id).media_type

    def remove_signed_form(self, consent_id: str) -> None:
        """Remove the signed form (the row at once, the blob after the next save)."""
        self._forms.remove(consent_id)

    # -- settings --------------------------------------------------------------------------

    def age_rules(self) -> AgeRules:
        """Return the age rules in force (defaults: own consent from 15, only self from 18)."""
        with self._store.unit_of_work() as session:
            return vault_settings.AGE_RULES.read(session)

    def set_age_rules(self, rules: AgeRules) -> AgeRules:
        """Store new age rules (audited).

        Raises:
            ValidationError: ``own_consent_from`` / ``only_self_from``.
        """
        with self._store.unit_of_work() as session:
            return vault_settings.AGE_RULES.write(session, rules)

    def consent_settings(self) -> ConsentSettings:
        """Return the consent settings (default expiry lead time 30 days)."""
        with self._store.unit_of_work() as session:
            return vault_settings.CONSENT_SETTINGS.read(session)

    def set_consent_settings(self, settings: ConsentSettings) -> ConsentSettings:
        """Store new consent settings (audited).

        Raises:
            ValidationError: ``expiry_lead_days``.
        """
        with self._store.unit_of_work() as session:
            return vault_settings.CONSENT_SETTINGS.write(session, settings)
