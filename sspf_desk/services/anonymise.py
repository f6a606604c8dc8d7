"""Anonymising a young person (irreversible): the rule of ``domain.anonymise``, applied.

One unit of work changes the young person's row, deletes or unlinks their related
persons, replaces the identifying free texts of every row about them, detaches their
scanned signed forms, redacts their bekymringssamtal, the agenda items about them and
their family's attendance (``anonymise_rows``) and appends one explicit "anonymise" audit
entry (with the reason as a code). Every row change is also audited automatically, by
field name. After the commit the vault is saved and only then are the encrypted blobs of
the forms deleted (DESIGN.md §2 "Attachments": row, save, blob); a blob left behind by a
crash is unreferenced and encrypted.

Refused while the young person has an open case, without a reason, and a second time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sspf_desk.domain import AuditAction, CaseStatus
from sspf_desk.domain.anonymise import (
    ALREADY_ANONYMISED,
    OPEN_CASE_MESSAGE,
    REASON_MISSING,
    AnonymisationPlan,
    AnonymisationReason,
    AnonymisationResult,
    new_reference,
    parse_reason,
    plan_anonymisation,
)
from sspf_desk.errors import ValidationError
from sspf_desk.services.anonymise_rows import anonymise_meeting_rows, redact_rows, rows
from sspf_desk.store import audit, repositories
from sspf_desk.store.models import (
    AuditEntryRecord,
    PersonLinkRecord,
    YoungPersonRecord,
)
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
from sspf_desk.store.uow import Store
from sspf_desk.vault.attachments import AttachmentStore

log = logging.getLogger(__name__)

__all__ = ["AnonymisationReason", "AnonymisationResult", "AnonymiseService"]


class AnonymiseService:
    """The use case "anonymise a young person"."""

    def __init__(
        self,
        store: Store,
        *,
        attachments: AttachmentStore | None = None,
        flush: Callable[[], None] = lambda: None,
        today: Callable[[], date] = date.today,
        reference: Callable[[], str] = new_reference,
    ) -> None:
        """Anonymise in ``store``; signed-form blobs are deleted from ``attachments``.

        Args:
            store: The open store.
            attachments: The vault's attachment blobs (None: only rows are removed).
            flush: Waits until committed changes are saved (before blobs are deleted).
            today: The clock.
            reference: Makes the random reference of the neutral label (tests fix it).
        """
        self._store = store
        self._attachments = attachments
        self._flush = flush
        self._today = today
        self._reference = reference

    def is_anonymised(self, person_id: str) -> bool:
        """Whether the audit trail records that ``person_id`` was anonymised."""
        with self._store.unit_of_work() as session:
            return _was_anonymised(session, person_id)

    def anonymise_young_person(self, person_id: str, *, reason: str) -> AnonymisationResult:
        """Remove everything that identifies the young person; keep countable rows.

        Irreversible. See ``sspf_desk.domain.anonymise`` for what is kept and removed.

        Args:
            person_id: The young person.
            reason: An :class:`AnonymisationReason` code (kept in the audit trail).

        Raises:
            ValidationError: ``reason`` missing or unknown; ``case`` while a case is open;
                ``person`` when already anonymised.
            NotFoundError: No such young person.
        """
        code = parse_reason(reason)
        if code is None:
            raise ValidationError({"reason": REASON_MISSING})
        with self._store.unit_of_work() as session:
            record = repositories.get_young_person(session, person_id)
            if _was_anonymised(session, person_id):
                raise ValidationError({"person": ALREADY_ANONYMISED})
            cases = rows(session, CaseRecord, CaseRecord.young_person_id == person_id)
            if any(case.status is not CaseStatus.CLOSED for case in cases):
                raise ValidationError({"case": OPEN_CASE_MESSAGE})
            links = list(record.links)
            counts = [
                (link.related_person_id, repositories.link_count(session, link.related_person_id))
                for link in links
            ]
            plan = plan_anonymisation(record.to_domain(), counts, self._reference())
            result, blobs = _apply(session, record, plan, links, cases)
            audit.record(
                session, AuditAction.ANONYMISE, "young_person", person_id, (f"reason={code}",)
            )
        log.info("young person anonymised")
        self._delete_blobs(blobs)
        return result

    def _delete_blobs(self, blob_names: list[str]) -> None:
        """Wait until the vault without the rows is saved, then delete the blobs."""
        if not blob_names or self._attachments is None:
            return
        self._flush()
        for name in blob_names:
            try:
                self._attachments.delete(name)
            except OSError as exc:  # an orphan blob is harmless (encrypted, unreferenced)
                log.warning("attachment blob not removed: %s", type(exc).__name__)


def _was_anonymised(session: Session, person_id: str) -> bool:
    """Whether the audit trail holds an "anonymise" entry for the young person."""
    query = select(AuditEntryRecord.seq).where(
        AuditEntryRecord.entity_type == "young_person",
        AuditEntryRecord.entity_id == person_id,
        AuditEntryRecord.action == str(AuditAction.ANONYMISE),
    )
    return session.execute(query.limit(1)).first() is not None


def _apply(
    session: Session,
    record: YoungPersonRecord,
    plan: AnonymisationPlan,
    links: list[PersonLinkRecord],
    cases: list[CaseRecord],
) -> tuple[AnonymisationResult, list[str]]:
    """Carry out ``plan`` in the session; return the result and the blobs to delete."""
    pid = plan.person_id
    case_ids = [case.id for case in cases]
    concerns = rows(session, ConcernRecord, ConcernRecord.young_person_id == pid)
    consents = rows(session, ConsentRecord, ConsentRecord.young_person_id == pid)
    texts = redact_rows(concerns, "concern") + redact_rows(consents, "consent")
    texts += redact_rows(
        rows(session, GroundRecordRecord, GroundRecordRecord.young_person_id == pid),
        "ground_record",
    )
    texts += redact_rows(
        rows(session, DisclosureRecord, DisclosureRecord.young_person_id == pid), "disclosure"
    )
    texts += redact_rows(cases, "sspf_case")
    if case_ids:
        texts += redact_rows(
            rows(session, CaseEventRecord, CaseEventRecord.case_id.in_(case_ids)), "case_event"
        )
        texts += redact_rows(
            rows(session, ActionPlanRecord, ActionPlanRecord.case_id.in_(case_ids)),
            "action_plan",
        )
        texts += redact_rows(
            rows(session, ActionItemRecord, ActionItemRecord.case_id.in_(case_ids)),
            "action_item",
        )
    texts += anonymise_meeting_rows(session, pid)
    for consent in consents:
        consent.consenter_related_person_id = None
        consent.signed_attachment_id = None
    session.flush()
    attachments = rows(session, AttachmentRecord, AttachmentRecord.young_person_id == pid)
    blobs = [row.blob_name for row in attachments]
    for row in attachments:
        session.delete(row)
    related = [link.related_person for link in links]
    for link in links:
        session.delete(link)
    record.links.clear()
    session.flush()
    for person in related:
        if person.id in plan.related_to_delete:
            session.delete(person)
    for name, value in plan.person_values.items():
        setattr(record, name, value)
    session.flush()
    result = AnonymisationResult(
        person_id=pid,
        label=plan.label,
        related_deleted=len(plan.related_to_delete),
        related_unlinked=len(plan.related_to_unlink),
        texts_replaced=texts,
        attachments_deleted=len(blobs),
        cases_kept=len(cases),
        concerns_kept=len(concerns),
        consents_kept=len(consents),
    )
    return result, blobs
