"""SSPF cases: life cycle with a status trail, the action plan and its items, the timeline.

Every status change leaves a ``CaseEvent`` naming the user. A closed case is read-only:
editing its plan or items raises ``ValidationError`` until it is reopened, and reopening
returns it to the status it had before closing. Opening a case is audited as a view, and
so are a young person's list of cases and timeline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from sspf_desk.domain import (
    CLOSING_REASON_LABELS,
    ActionItem,
    ActionItemInput,
    ActionPlan,
    ActionPlanInput,
    AuditAction,
    Case,
    CaseEvent,
    CaseStatus,
    ClosingReason,
)
from sspf_desk.domain.cases import (
    allowed_transitions,
    check_transition,
    ensure_editable,
    previous_open_status,
)
from sspf_desk.domain.checks import MAX_LONG_TEXT, check_length
from sspf_desk.domain.plans import validate_action_item, validate_action_plan
from sspf_desk.domain.text import SearchQuery, SearchText
from sspf_desk.errors import ValidationError
from sspf_desk.services.case_rows import CaseFilter, CaseRow, TimelineEntry
from sspf_desk.services.timeline import build_timeline
from sspf_desk.store import audit, repo_cases, repo_concerns, repo_consent, repositories
from sspf_desk.store.models_cases import ActionItemRecord, ActionPlanRecord, CaseRecord
from sspf_desk.store.models_concerns import ConcernRecord
from sspf_desk.store.repo_cases import ListedCase
from sspf_desk.store.uow import Store

log = logging.getLogger(__name__)

ALREADY_OPEN = "Den unge har redan ett öppet ärende."

__all__ = ["CaseFilter", "CaseRow", "CaseService", "TimelineEntry"]


def _row(listed: ListedCase) -> CaseRow:
    """The list row of a case."""
    return CaseRow(
        id=listed.id,
        young_person_id=listed.young_person_id,
        young_person_name=f"{listed.first_name} {listed.last_name}".strip(),
        protected_identity=listed.protected_identity,
        status=listed.status,
        opened_on=listed.opened_on,
        closed_on=listed.closed_on,
        closing_reason=listed.closing_reason,
        open_items=int(listed.open_items),
        overdue_items=int(listed.overdue_items),
        next_follow_up=listed.next_follow_up,
    )


class CaseService:
    """Use cases for cases, their status trail, action plans and timelines."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Serve cases from ``store``; ``today`` dates closings and overdue counts."""
        self._store = store
        self._today = today

    # -- lists and views -------------------------------------------------------------------

    def list_cases(self, criteria: CaseFilter | None = None) -> list[CaseRow]:
        """Return the cases meeting ``criteria`` (all when None), newest first."""
        criteria = criteria or CaseFilter()
        conditions: list[ColumnElement[bool]] = []
        if criteria.status is not None:
            conditions.append(CaseRecord.status == criteria.status)
        if criteria.open_only:
            conditions.append(CaseRecord.status != CaseStatus.CLOSED)
        if criteria.young_person_id is not None:
            conditions.append(CaseRecord.young_person_id == criteria.young_person_id)
        with self._store.unit_of_work() as session:
            listed = repo_cases.case_listing(session, self._today(), *conditions)
        rows = [_row(item) for item in listed]
        query = SearchQuery.parse(criteria.text)
        if not query.terms:
            return rows
        return [row for row in rows if query.matches(SearchText.of(row.young_person_name))]

    def cases_for_person(self, young_person_id: str) -> list[CaseRow]:
        """Return a young person's cases, newest first (audited view).

        Raises:
            NotFoundError: No such young person.
        """
        with self._store.unit_of_work() as session:
            repositories.get_young_person(session, young_person_id)
            condition = CaseRecord.young_person_id == young_person_id
            listed = repo_cases.case_listing(session, self._today(), condition)
            audit.record(session, AuditAction.VIEW, "young_person", young_person_id, ("cases",))
        return [_row(item) for item in listed]

    def get_case(self, case_id: str) -> Case:
        """Return one case and record the view.

        Raises:
            NotFoundError: No such case.
        """
        with self._store.unit_of_work() as session:
            case = repo_cases.get_case(session, case_id).to_domain()
            audit.record_view(session, "sspf_case", case_id)
        return case

    def case_events(self, case_id: str) -> list[CaseEvent]:
        """Return the status trail of a case, oldest first.

        Raises:
            NotFoundError: No such case.
        """
        with self._store.unit_of_work() as session:
            repo_cases.get_case(session, case_id)
            return [event.to_domain() for event in repo_cases.events_of(session, [case_id])]

    # -- life cycle ------------------------------------------------------------------------

    def open_case(
        self, young_person_id: str, opened_on: date | None = None, reason: str = ""
    ) -> Case:
        """Open a case in status intake directly (without a concern).

        Raises:
            ValidationError: ``young_person_id`` already has an open case; ``opened_on`` in
                the future.
            NotFoundError: No such young person.
        """
        day = opened_on or self._today()
        if day > self._today():
            raise ValidationError({"opened_on": "Datumet kan inte ligga i framtiden."})
        with self._store.unit_of_work() as session:
            repositories.get_young_person(session, young_person_id)
            if repo_cases.open_case_of(session, young_person_id) is not None:
                raise ValidationError({"young_person_id": ALREADY_OPEN})
            case = repo_cases.create_case(
                session, young_person_id, day, actor=self._store.actor, reason=reason.strip()
            )
            return case.to_domain()

    def allowed_transitions(self, case_id: str) -> frozenset[CaseStatus]:
        """Return the statuses the case may move to now (reopening: the status before)."""
        with self._store.unit_of_work() as session:
            case = repo_cases.get_case(session, case_id)
            previous = self._previous_open(session, case)
            return allowed_transitions(case.status, previous_open_status=previous)

    @staticmethod
    def _previous_open(session: Session, case: CaseRecord) -> CaseStatus | None:
        """The status a closed case had before its latest closing."""
        if case.status is not CaseStatus.CLOSED:
            return None
        events = [event.to_domain() for event in repo_cases.events_of(session, [case.id])]
        return previous_open_status(events)

    def transition(
        self,
        case_id: str,
        target: CaseStatus,
        *,
        reason: str = "",
        closing_reason: ClosingReason | None = None,
        outcome: str = "",
    ) -> Case:
        """Move a case to ``target``, leaving a status event with the current user.

        Closing needs ``closing_reason`` and ``outcome`` (dated today); reopening needs
        ``reason`` and returns to the status before closing.

        Raises:
            ValidationError: Fields ``status``, ``closing_reason``, ``outcome``, ``reason``.
            NotFoundError: No such case.
        """
        reason, outcome = reason.strip(), outcome.strip()
        with self._store.unit_of_work() as session:
            case = repo_cases.get_case(session, case_id)
            current = case.status
            errors = check_transition(
                current,
                target,
                reason=reason,
                closing_reason=closing_reason,
                outcome=outcome,
                previous_open_status=self._previous_open(session, case),
            )
            check_length(errors, "reason", reason, MAX_LONG_TEXT)
            check_length(errors, "outcome", outcome, MAX_LONG_TEXT)
            if errors:
                raise ValidationError(errors)
            case.status = target
            if target is CaseStatus.CLOSED and closing_reason is not None:
                case.closed_on, case.closing_reason, case.outcome = (
                    self._today(),
                    closing_reason,
                    outcome,
                )
                reason = reason or f"{CLOSING_REASON_LABELS[closing_reason]}: {outcome}"
            elif current is CaseStatus.CLOSED:
                case.closed_on, case.closing_reason, case.outcome = None, None, ""
            repo_cases.add_event(
                session, case, from_status=current, reason=reason, actor=self._store.actor
            )
            session.flush()
            result = case.to_domain()
        log.info("case status changed")
        return result

    # -- action plan -----------------------------------------------------------------------

    @staticmethod
    def _editable(session: Session, case_id: str) -> CaseRecord:
        """The case, if it may be edited (raises ``CaseClosedError`` when closed)."""
        case = repo_cases.get_case(session, case_id)
        ensure_editable(case.to_domain())
        return case

    def get_plan(self, case_id: str) -> ActionPlan | None:
        """Return the case's action plan, or None if none is written yet.

        Raises:
            NotFoundError: No such case.
        """
        with self._store.unit_of_work() as session:
            repo_cases.get_case(session, case_id)
            plan = repo_cases.plan_of(session, case_id)
            return None if plan is None else plan.to_domain()

    def save_plan(self, case_id: str, data: ActionPlanInput) -> ActionPlan:
        """Write or change the plan's goals and strengths.

        Raises:
            ValidationError: ``goals``/``strengths`` too long; ``case`` when closed.
            NotFoundError: No such case.
        """
        errors = validate_action_plan(data)
        if errors:
            raise ValidationError(errors)
        with self._store.unit_of_work() as session:
            self._editable(session, case_id)
            plan = repo_cases.plan_of(session, case_id)
            if plan is None:
                plan = ActionPlanRecord(case_id=case_id)
                session.add(plan)
            plan.goals, plan.strengths = data.goals.strip(), data.strengths.strip()
            session.flush()
            return plan.to_domain()

    def list_items(self, case_id: str) -> list[ActionItem]:
        """Return the items of the case's action plan (by start date).

        Raises:
            NotFoundError: No such case.
        """
        with self._store.unit_of_work() as session:
            repo_cases.get_case(session, case_id)
            return [item.to_domain() for item in repo_cases.items_of(session, [case_id])]

    def add_item(self, case_id: str, data: ActionItemInput) -> ActionItem:
        """Add an item to the case's action plan.

        Raises:
            ValidationError: Fields of ``data``; ``case`` when closed.
            NotFoundError: No such case.
        """
        errors = validate_action_item(data)
        with self._store.unit_of_work() as session:
            self._editable(session, case_id)
            if errors:
                raise ValidationError(errors)
            item = ActionItemRecord(case_id=case_id)
            item.apply(data)
            session.add(item)
            session.flush()
            return item.to_domain()

    def update_item(self, item_id: str, data: ActionItemInput) -> ActionItem:
        """Change an item of an action plan.

        Raises:
            ValidationError: Fields of ``data``; ``case`` when the case is closed.
            NotFoundError: No such item.
        """
        errors = validate_action_item(data)
        with self._store.unit_of_work() as session:
            item = repo_cases.get_item(session, item_id)
            self._editable(session, item.case_id)
            if errors:
                raise ValidationError(errors)
            item.apply(data)
            session.flush()
            return item.to_domain()

    def remove_item(self, item_id: str) -> None:
        """Remove an item of an action plan.

        Raises:
            ValidationError: ``case`` when the case is closed.
            NotFoundError: No such item.
        """
        with self._store.unit_of_work() as session:
            item = repo_cases.get_item(session, item_id)
            self._editable(session, item.case_id)
            session.delete(item)

    # -- timeline --------------------------------------------------------------------------

    def timeline(self, young_person_id: str) -> list[TimelineEntry]:
        """Concerns, consents, status changes and plan work about a young person, by date.

        Raises:
            NotFoundError: No such young person.
        """
        with self._store.unit_of_work() as session:
            repositories.get_young_person(session, young_person_id)
            concerns = repo_concerns.concerns_where(
                session, ConcernRecord.young_person_id == young_person_id
            )
            consents = repo_consent.consents_of(session, [young_person_id])
            cases = [case.to_domain() for case in repo_cases.cases_of(session, young_person_id)]
            case_ids = [case.id for case in cases]
            plans = [plan for case_id in case_ids if (plan := repo_cases.plan_of(session, case_id))]
            entries = build_timeline(
                concerns=[record.to_domain() for record in concerns],
                consents=[record.to_domain() for record in consents],
                cases=cases,
                events=[e.to_domain() for e in repo_cases.events_of(session, case_ids)],
                plans=[plan.to_domain() for plan in plans],
                items=[item.to_domain() for item in repo_cases.items_of(session, case_ids)],
            )
            audit.record(session, AuditAction.VIEW, "young_person", young_person_id, ("timeline",))
        return entries
