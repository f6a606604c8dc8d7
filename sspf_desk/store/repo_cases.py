"""Queries and writes for cases, their status trail and action plans (caller's session)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from sspf_desk.domain import CaseStatus, ClosingReason
from sspf_desk.domain.plans import OPEN_ACTION_STATUSES
from sspf_desk.errors import NotFoundError
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_cases import (
    ActionItemRecord,
    ActionPlanRecord,
    CaseEventRecord,
    CaseRecord,
)

_OPEN_ITEM = ActionItemRecord.status.in_(sorted(OPEN_ACTION_STATUSES))


def get_case(session: Session, case_id: str) -> CaseRecord:
    """Return a case or raise :class:`NotFoundError`."""
    record = session.get(CaseRecord, case_id)
    if record is None:
        raise NotFoundError()
    return record


def open_case_of(session: Session, young_person_id: str) -> CaseRecord | None:
    """Return the young person's newest case that is not closed, if any."""
    query = (
        select(CaseRecord)
        .where(CaseRecord.young_person_id == young_person_id)
        .where(CaseRecord.status != CaseStatus.CLOSED)
        .order_by(CaseRecord.opened_on.desc(), CaseRecord.created_at.desc())
    )
    return session.scalars(query).first()


def add_event(
    session: Session,
    case: CaseRecord,
    *,
    from_status: CaseStatus | None,
    reason: str,
    actor: str,
) -> CaseEventRecord:
    """Append a status event for the case's current status (``at`` = now, UTC)."""
    event = CaseEventRecord(
        case_id=case.id,
        at=datetime.now(UTC),
        from_status=from_status,
        to_status=case.status,
        reason=reason,
        actor=actor,
    )
    session.add(event)
    return event


def create_case(
    session: Session, young_person_id: str, opened_on: date, *, actor: str, reason: str
) -> CaseRecord:
    """Open a case in status intake, with its opening event; returns the (flushed) record."""
    case = CaseRecord(
        young_person_id=young_person_id,
        status=CaseStatus.INTAKE,
        opened_on=opened_on,
        closed_on=None,
        closing_reason=None,
        outcome="",
    )
    session.add(case)
    session.flush()
    add_event(session, case, from_status=None, reason=reason, actor=actor)
    return case


def events_of(session: Session, case_ids: Collection[str]) -> list[CaseEventRecord]:
    """Return the status events of the cases, oldest first."""
    query = (
        select(CaseEventRecord)
        .where(CaseEventRecord.case_id.in_(list(case_ids)))
        .order_by(CaseEventRecord.at, CaseEventRecord.id)
    )
    return list(session.scalars(query))


def cases_of(session: Session, young_person_id: str) -> list[CaseRecord]:
    """Return the young person's cases, newest first."""
    query = (
        select(CaseRecord)
        .where(CaseRecord.young_person_id == young_person_id)
        .order_by(CaseRecord.opened_on.desc(), CaseRecord.created_at.desc())
    )
    return list(session.scalars(query))


class ListedCase(NamedTuple):
    """A case with its young person's name and a summary of its action items."""

    id: str
    young_person_id: str
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    closing_reason: ClosingReason | None
    first_name: str
    last_name: str
    protected_identity: bool
    open_items: int
    overdue_items: int
    next_follow_up: date | None


def case_listing(session: Session, day: date, *conditions: ColumnElement[bool]) -> list[ListedCase]:
    """Return cases (meeting ``conditions``) with open/overdue item counts as of ``day``."""
    items = (
        select(
            ActionItemRecord.case_id.label("case_id"),
            func.count().label("open_items"),
            func.sum(case((ActionItemRecord.deadline < day, 1), else_=0)).label("overdue"),
            func.min(ActionItemRecord.follow_up_on).label("next_follow_up"),
        )
        .where(_OPEN_ITEM)
        .group_by(ActionItemRecord.case_id)
        .subquery()
    )
    query = (
        select(
            CaseRecord.id,
            CaseRecord.young_person_id,
            CaseRecord.status,
            CaseRecord.opened_on,
            CaseRecord.closed_on,
            CaseRecord.closing_reason,
            YoungPersonRecord.first_name,
            YoungPersonRecord.last_name,
            YoungPersonRecord.protected_identity,
            func.coalesce(items.c.open_items, 0),
            func.coalesce(items.c.overdue, 0),
            items.c.next_follow_up,
        )
        .join(YoungPersonRecord, YoungPersonRecord.id == CaseRecord.young_person_id)
        .outerjoin(items, items.c.case_id == CaseRecord.id)
        .where(*conditions)
        .order_by(CaseRecord.opened_on.desc(), CaseRecord.id)
    )
    return [ListedCase(*row) for row in session.execute(query)]


def plan_of(session: Session, case_id: str) -> ActionPlanRecord | None:
    """Return the case's action plan, if one was written."""
    query = select(ActionPlanRecord).where(ActionPlanRecord.case_id == case_id)
    return session.scalars(query).first()


def items_of(session: Session, case_ids: Collection[str]) -> list[ActionItemRecord]:
    """Return the action items of the cases, by start (undated last), then creation."""
    query = (
        select(ActionItemRecord)
        .where(ActionItemRecord.case_id.in_(list(case_ids)))
        .order_by(
            ActionItemRecord.start_on.is_(None),
            ActionItemRecord.start_on,
            ActionItemRecord.created_at,
        )
    )
    return list(session.scalars(query))


def get_item(session: Session, item_id: str) -> ActionItemRecord:
    """Return an action item or raise :class:`NotFoundError`."""
    record = session.get(ActionItemRecord, item_id)
    if record is None:
        raise NotFoundError()
    return record
