"""Concerns (orosignaler): intake, list and search, the coordinator's decision, risk categories.

Every public method runs one unit of work, except :meth:`ConcernService.add_concern`,
which adds a concern inside the caller's unit of work (list import). Opening a concern
about a young person is audited as a view. Deciding that a concern becomes an SSPF case
opens the case (or links the young person's open case).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Set
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    CONCERN_OUTCOME_LABELS,
    AuditAction,
    Concern,
    ConcernInput,
    ConcernLevel,
    ConcernOutcome,
    RiskCategory,
)
from sspf_desk.domain.concern_rules import (
    risk_category_code,
    validate_concern,
    validate_risk_category,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.concern_index import ConcernIndex, Listed
from sspf_desk.services.concern_rows import ConcernFilter, ConcernRow
from sspf_desk.store import audit, repo_cases, repo_concerns
from sspf_desk.store.base import new_id
from sspf_desk.store.changes import tracker
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_concerns import ConcernRecord, RiskCategoryRecord
from sspf_desk.store.uow import Store

log = logging.getLogger(__name__)

LINKED_TO_CASE = "Orosignalen har blivit ett ärende; beslutet kan inte ändras."
MOVED_FROM_CASE = "Orosignalen hör till ett ärende och kan inte flyttas till någon annan."
CODE_IN_USE = "Riskkategorin används av orosignaler och kan inte tas bort; inaktivera den."

__all__ = ["ConcernFilter", "ConcernRow", "ConcernService"]


class ConcernService:
    """Use cases for concerns and the risk category list."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Serve concerns from ``store``; ``today`` is the clock used by validation."""
        self._store = store
        self._today = today
        self._index = ConcernIndex(self._load_rows, self._load_texts, self._load_labels)
        store.add_commit_listener(self._index.on_commit)

    # -- list and search -------------------------------------------------------------------

    def _load_rows(
        self, ids: Collection[str] | None, person_ids: Collection[str] | None
    ) -> list[Listed]:
        """Read concerns for the index (all when both are None)."""
        with self._store.unit_of_work() as session:
            return repo_concerns.concern_listing(session, ids=ids, young_person_ids=person_ids)

    def _load_texts(self, ids: Collection[str] | None) -> dict[str, str]:
        """Read observation texts for the index's search."""
        with self._store.unit_of_work() as session:
            return repo_concerns.concern_observations(session, ids)

    def _load_labels(self) -> dict[str, str]:
        """Read the labels of every risk category."""
        return {c.code: c.label for c in self.list_risk_categories(include_inactive=True)}

    def list_concerns(self, criteria: ConcernFilter | None = None) -> list[ConcernRow]:
        """Return the concerns meeting ``criteria`` (all when None), newest first."""
        return self._index.rows(criteria or ConcernFilter())

    def warm_up(self) -> None:
        """Read the concern list and its search texts now (call it in the background).

        At the large size this takes a second or two; done right after unlocking, the
        first list and the first search are then served from memory.
        """
        self._index.warm_up()

    def get_concern(self, concern_id: str) -> Concern:
        """Return one concern; a concern about a young person is recorded as a view.

        Raises:
            NotFoundError: No such concern.
        """
        with self._store.unit_of_work() as session:
            concern = repo_concerns.get_concern(session, concern_id).to_domain()
            if concern.young_person_id is not None:
                audit.record_view(session, "concern", concern_id)
        return concern

    # -- create and edit -------------------------------------------------------------------

    def _known_codes(self, session: Session, record: ConcernRecord | None = None) -> set[str]:
        """Codes a concern may use: the active ones plus those it already has."""
        codes = {
            c.code for c in repo_concerns.list_risk_categories(session, include_inactive=False)
        }
        if record is not None:
            codes.update(record.risk_codes)
        return codes

    def validate_concern(self, data: ConcernInput) -> dict[str, str]:
        """Check a new concern without saving it (``{field: Swedish message}``)."""
        with self._store.unit_of_work() as session:
            return validate_concern(
                data, today=self._today(), known_risk_codes=self._known_codes(session)
            )

    def add_concern(
        self, session: Session, data: ConcernInput, *, known_risk_codes: Set[str] | None = None
    ) -> str:
        """Add a pending concern inside the caller's unit of work; return its id.

        For batch work such as list import: call it inside ``store.unit_of_work()`` (the
        young person may be added in the same session). ``known_risk_codes`` saves a
        query per row. A decided outcome is not accepted here (use :meth:`set_outcome`).
        The young person is not looked up: a missing one fails the caller's commit.

        Raises:
            ValidationError: ``errors`` maps fields of ``data`` (report fields as
                ``report.<field>``) to Swedish messages.
        """
        codes = self._known_codes(session) if known_risk_codes is None else known_risk_codes
        errors = validate_concern(data, today=self._today(), known_risk_codes=codes)
        if data.outcome is not ConcernOutcome.PENDING:
            errors.setdefault("outcome", "En ny orosignal registreras först som inte beslutad.")
        if errors:
            raise ValidationError(errors)
        record = ConcernRecord(id=new_id())
        record.apply(data)
        session.add(record)
        return record.id

    def create_concern(self, data: ConcernInput) -> Concern:
        """Validate and add a concern; a decided outcome is applied as by :meth:`set_outcome`.

        Raises:
            ValidationError: As for :meth:`add_concern` (also ``young_person_id`` when the
                young person does not exist).
        """
        with self._store.unit_of_work() as session:
            codes = self._known_codes(session)
            errors = validate_concern(data, today=self._today(), known_risk_codes=codes)
            _check_person(session, data, errors)
            if errors:
                raise ValidationError(errors)
            record = ConcernRecord()
            record.apply(data)
            session.add(record)
            session.flush()
            self._apply_outcome(session, record)
            concern = record.to_domain()
        log.info("concern created")
        return concern

    def update_concern(self, concern_id: str, data: ConcernInput) -> Concern:
        """Validate and save new values for a concern.

        Raises:
            ValidationError: As for :meth:`create_concern`; ``outcome`` or
                ``young_person_id`` when a concern that became a case is changed so.
            NotFoundError: No such concern.
        """
        with self._store.unit_of_work() as session:
            record = repo_concerns.get_concern(session, concern_id)
            codes = self._known_codes(session, record)
            errors = validate_concern(data, today=self._today(), known_risk_codes=codes)
            _check_person(session, data, errors)
            _check_case_link(record, data, errors)
            if errors:
                raise ValidationError(errors)
            if record.apply(data):
                _note_child_change(session, record.id, "risk_codes")
            session.flush()
            self._apply_outcome(session, record)
            return record.to_domain()

    def set_outcome(
        self, concern_id: str, outcome: ConcernOutcome, on: date | None, reason: str = ""
    ) -> str | None:
        """Record the coordinator's decision about a concern.

        An SSPF case outcome opens a case in status intake (or links the young person's
        case that is still open) and returns its id; other outcomes return None.

        Raises:
            ValidationError: Fields ``outcome``, ``outcome_on``, ``outcome_reason``.
            NotFoundError: No such concern.
        """
        with self._store.unit_of_work() as session:
            record = repo_concerns.get_concern(session, concern_id)
            data = replace(
                record.to_domain().to_input(),
                outcome=outcome,
                outcome_on=on,
                outcome_reason=reason,
            )
            codes = self._known_codes(session, record)
            errors = validate_concern(data, today=self._today(), known_risk_codes=codes)
            _check_case_link(record, data, errors)
            if errors:
                raise ValidationError(errors)
            record.outcome, record.outcome_on, record.outcome_reason = outcome, on, reason
            session.flush()
            self._apply_outcome(session, record)
            return record.case_id if outcome is ConcernOutcome.SSPF_CASE else None

    def _apply_outcome(self, session: Session, record: ConcernRecord) -> None:
        """Open (or link) the case of a concern decided to be an SSPF case."""
        if record.outcome is not ConcernOutcome.SSPF_CASE or record.case_id is not None:
            return
        if record.young_person_id is None or record.outcome_on is None:  # validated before
            return
        case = repo_cases.open_case_of(session, record.young_person_id)
        if case is None:
            reason = (
                f"Orosignal {record.received_on.isoformat()}: "
                + (CONCERN_OUTCOME_LABELS[ConcernOutcome.SSPF_CASE])
            )
            case = repo_cases.create_case(
                session,
                record.young_person_id,
                record.outcome_on,
                actor=self._store.actor,
                reason=reason,
            )
        record.case_id = case.id
        session.flush()

    def delete_concern(self, concern_id: str) -> None:
        """Delete a concern entered by mistake (a case opened from it stays).

        Raises:
            NotFoundError: No such concern.
        """
        with self._store.unit_of_work() as session:
            session.delete(repo_concerns.get_concern(session, concern_id))
        log.info("concern deleted")

    # -- risk categories -------------------------------------------------------------------

    def list_risk_categories(self, *, include_inactive: bool = False) -> list[RiskCategory]:
        """Return the risk categories by position (only active ones unless asked)."""
        with self._store.unit_of_work() as session:
            records = repo_concerns.list_risk_categories(session, include_inactive=include_inactive)
            return [record.to_domain() for record in records]

    def add_risk_category(self, label: str) -> RiskCategory:
        """Add an active category at the end of the list, its code derived from ``label``.

        Raises:
            ValidationError: ``label`` empty, too long or already used.
        """
        with self._store.unit_of_work() as session:
            existing = repo_concerns.list_risk_categories(session, include_inactive=True)
            category = RiskCategory(
                code=risk_category_code(label, {c.code for c in existing}),
                label=label.strip(),
                active=True,
                position=max((c.position for c in existing), default=0) + 1,
            )
            _check_category(category, existing)
            session.add(RiskCategoryRecord.from_domain(category))
        return category

    def save_risk_category(self, category: RiskCategory) -> RiskCategory:
        """Add a category or change the label, position or active flag of one (by code).

        Raises:
            ValidationError: Fields ``code``, ``label``, ``position``.
        """
        category = RiskCategory(
            category.code, category.label.strip(), category.active, category.position
        )
        with self._store.unit_of_work() as session:
            existing = repo_concerns.list_risk_categories(session, include_inactive=True)
            _check_category(category, [c for c in existing if c.code != category.code])
            record = repo_concerns.get_risk_category(session, category.code)
            if record is None:
                session.add(RiskCategoryRecord.from_domain(category))
            else:
                record.label, record.active = category.label, category.active
                record.position = category.position
        return category

    def deactivate_risk_category(self, code: str) -> RiskCategory:
        """Stop offering a category for new concerns (it stays on old ones).

        Raises:
            NotFoundError: No such category.
        """
        with self._store.unit_of_work() as session:
            record = repo_concerns.get_risk_category(session, code)
            if record is None:
                raise NotFoundError()
            record.active = False
            return record.to_domain()

    def delete_risk_category(self, code: str) -> None:
        """Delete a category that no concern uses (a used one can only be deactivated).

        Raises:
            ValidationError: ``code`` is in use.
            NotFoundError: No such category.
        """
        with self._store.unit_of_work() as session:
            record = repo_concerns.get_risk_category(session, code)
            if record is None:
                raise NotFoundError()
            if repo_concerns.risk_code_in_use(session, code):
                raise ValidationError({"code": CODE_IN_USE})
            session.delete(record)


def _check_category(category: RiskCategory, others: list[RiskCategoryRecord]) -> None:
    """Raise :class:`ValidationError` for a bad category (labels must stay unique)."""
    errors = validate_risk_category(category, other_labels=[other.label for other in others])
    if errors:
        raise ValidationError(errors)


def _check_person(session: Session, data: ConcernInput, errors: dict[str, str]) -> None:
    """An individual concern's young person must exist."""
    person_id = data.young_person_id
    if data.level is not ConcernLevel.INDIVIDUAL or not person_id or "young_person_id" in errors:
        return
    if session.get(YoungPersonRecord, person_id) is None:
        errors["young_person_id"] = "Ungdomen finns inte längre."


def _check_case_link(record: ConcernRecord, data: ConcernInput, errors: dict[str, str]) -> None:
    """A concern that became a case keeps its outcome and its young person."""
    if record.case_id is None:
        return
    if data.outcome is not ConcernOutcome.SSPF_CASE:
        errors.setdefault("outcome", LINKED_TO_CASE)
    if data.young_person_id != record.young_person_id:
        errors.setdefault("young_person_id", MOVED_FROM_CASE)


def _note_child_change(session: Session, concern_id: str, field: str) -> None:
    """Audit and track a change made only to a concern's child rows."""
    audit.record(session, AuditAction.UPDATE, "concern", concern_id, (field,))
    tracker(session).add_row("concern", concern_id)
