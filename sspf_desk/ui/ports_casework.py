"""What the young person's record needs from the consent and case services (``Protocol``).

Like ``ui.ports``, these structural types keep the GUI off the storage layers and let
tests hand in small fakes; ``sspf_desk.app`` passes the real ``ConsentService`` and
``CaseService`` (through ``WorkspacePort.consents`` / ``.cases``) and mypy checks them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Protocol

from sspf_desk.domain import (
    ActionItem,
    ActionItemInput,
    ActionPlan,
    ActionPlanInput,
    AgeRules,
    Case,
    CaseEvent,
    CaseStatus,
    ClosingReason,
    Consent,
    ConsentInput,
    ConsentSettings,
    InformationCategory,
    Party,
    SharingDecision,
)
from sspf_desk.domain.anonymise import AnonymisationResult
from sspf_desk.services.case_rows import CaseRow, TimelineEntry
from sspf_desk.services.consent_rows import ConsentRow, WithdrawalEffects


class AnonymisePort(Protocol):
    """The anonymisation call the GUI makes (irreversible)."""

    def anonymise_young_person(self, person_id: str, *, reason: str) -> AnonymisationResult:
        """Remove everything identifying; raises ``ValidationError`` (open case, reason)."""
        ...


class ConsentsPort(Protocol):
    """The consent service calls the GUI makes."""

    def list_consents(self, young_person_id: str) -> Sequence[ConsentRow]:
        """A young person's consents (withdrawn and expired too); audited."""
        ...

    def get_consent(self, consent_id: str) -> Consent:
        """One consent (recorded as a view in the audit trail)."""
        ...

    def create_consent(self, data: ConsentInput) -> Consent:
        """Store a new consent; raises ``ValidationError``."""
        ...

    def update_consent(self, consent_id: str, data: ConsentInput) -> Consent:
        """Change a consent that is not withdrawn; raises ``ValidationError``."""
        ...

    def withdraw(self, consent_id: str, on: date, how: str) -> WithdrawalEffects:
        """Record a withdrawal (effective at once) and report what it changed."""
        ...

    def check_sharing(
        self,
        young_person_id: str,
        recipient: Party,
        categories: Collection[InformationCategory] = (),
        day: date | None = None,
    ) -> SharingDecision:
        """THE sharing check for one recipient."""
        ...

    def attach_signed_form(self, consent_id: str, data: bytes, media_type: str) -> Consent:
        """Store the scan of the signed form (encrypted); raises ``ValidationError``."""
        ...

    def open_signed_form(self, consent_id: str) -> bytes:
        """The signed form's bytes, from memory (audited)."""
        ...

    def signed_form_media_type(self, consent_id: str) -> str | None:
        """The signed form's media type (None when there is none)."""
        ...

    def record_form_export(self, consent_id: str) -> None:
        """Record that the printable consent form was saved (an export, audited)."""
        ...

    def age_rules(self) -> AgeRules:
        """The age rules in force."""
        ...

    def set_age_rules(self, rules: AgeRules) -> AgeRules:
        """Store new age rules; raises ``ValidationError``."""
        ...

    def consent_settings(self) -> ConsentSettings:
        """The consent settings (expiry lead time)."""
        ...

    def set_consent_settings(self, settings: ConsentSettings) -> ConsentSettings:
        """Store new consent settings; raises ``ValidationError``."""
        ...


class CasesPort(Protocol):
    """The case service calls the GUI makes."""

    def cases_for_person(self, young_person_id: str) -> Sequence[CaseRow]:
        """A young person's cases, newest first."""
        ...

    def get_case(self, case_id: str) -> Case:
        """One case (recorded as a view in the audit trail)."""
        ...

    def case_events(self, case_id: str) -> Sequence[CaseEvent]:
        """The status trail of a case, oldest first."""
        ...

    def open_case(
        self, young_person_id: str, opened_on: date | None = None, reason: str = ""
    ) -> Case:
        """Open a case in status intake; raises ``ValidationError`` if one is open."""
        ...

    def allowed_transitions(self, case_id: str) -> frozenset[CaseStatus]:
        """The statuses the case may move to now (reopening: the status before closing)."""
        ...

    def transition(
        self,
        case_id: str,
        target: CaseStatus,
        *,
        reason: str = "",
        closing_reason: ClosingReason | None = None,
        outcome: str = "",
    ) -> Case:
        """Change a case's status; raises ``ValidationError``."""
        ...

    def get_plan(self, case_id: str) -> ActionPlan | None:
        """The case's action plan, if written."""
        ...

    def save_plan(self, case_id: str, data: ActionPlanInput) -> ActionPlan:
        """Store the plan's goals and strengths; raises ``ValidationError``."""
        ...

    def list_items(self, case_id: str) -> Sequence[ActionItem]:
        """The items of the case's action plan."""
        ...

    def add_item(self, case_id: str, data: ActionItemInput) -> ActionItem:
        """Add an item; raises ``ValidationError``."""
        ...

    def update_item(self, item_id: str, data: ActionItemInput) -> ActionItem:
        """Change an item; raises ``ValidationError``."""
        ...

    def remove_item(self, item_id: str) -> None:
        """Remove an item; raises ``ValidationError`` on a closed case."""
        ...

    def timeline(self, young_person_id: str) -> Sequence[TimelineEntry]:
        """What happened around the young person, in date order."""
        ...
