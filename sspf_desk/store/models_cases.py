"""Tables of SSPF cases, their status trail and their action plans.

The case table is called ``sspf_case`` ("case" is an SQL keyword). Items of the action
plan belong to the case directly (``action_item.case_id``); the plan row holds the
goals and strengths.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sspf_desk.domain import (
    ActionItem,
    ActionItemInput,
    ActionPlan,
    ActionStatus,
    Case,
    CaseEvent,
    CaseStatus,
    ClosingReason,
    Sector,
)
from sspf_desk.store.base import ID_LENGTH, Base, Timestamps, UtcDateTime, enum_type, new_id

RESPONSIBLE_LENGTH = 200
ACTOR_LENGTH = 64


class CaseRecord(Timestamps, Base):
    """An SSPF case about one young person."""

    __tablename__ = "sspf_case"

    young_person_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus), index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closing_reason: Mapped[ClosingReason | None] = mapped_column(enum_type(ClosingReason))
    outcome: Mapped[str] = mapped_column(Text, default="")

    def to_domain(self) -> Case:
        """Return the domain object."""
        return Case(
            id=self.id,
            young_person_id=self.young_person_id,
            status=self.status,
            opened_on=self.opened_on,
            closed_on=self.closed_on,
            closing_reason=self.closing_reason,
            outcome=self.outcome,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )

    @classmethod
    def from_domain(cls, case: Case) -> CaseRecord:
        """Build a record from a domain object (id and timestamps kept)."""
        return cls(
            id=case.id,
            young_person_id=case.young_person_id,
            status=case.status,
            opened_on=case.opened_on,
            closed_on=case.closed_on,
            closing_reason=case.closing_reason,
            outcome=case.outcome,
            created_at=case.created_at,
            updated_at=case.updated_at,
        )


class CaseEventRecord(Base):
    """One change of a case's status, with who made it and why."""

    __tablename__ = "case_event"
    __table_args__ = (Index("ix_case_event_case_at", "case_id", "at"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("sspf_case.id", ondelete="CASCADE")
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    from_status: Mapped[CaseStatus | None] = mapped_column(enum_type(CaseStatus))
    to_status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus))
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(ACTOR_LENGTH))

    def to_domain(self) -> CaseEvent:
        """Return the domain object."""
        return CaseEvent(
            id=self.id,
            case_id=self.case_id,
            at=self.at,
            from_status=self.from_status,
            to_status=self.to_status,
            reason=self.reason,
            actor=self.actor,
        )

    @classmethod
    def from_domain(cls, event: CaseEvent) -> CaseEventRecord:
        """Build a record from a domain object."""
        return cls(
            id=event.id,
            case_id=event.case_id,
            at=event.at,
            from_status=event.from_status,
            to_status=event.to_status,
            reason=event.reason,
            actor=event.actor,
        )


class ActionPlanRecord(Timestamps, Base):
    """The action plan (åtagandeplan) of a case: goals and strengths."""

    __tablename__ = "action_plan"

    case_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("sspf_case.id", ondelete="CASCADE"), unique=True
    )
    goals: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")

    def to_domain(self) -> ActionPlan:
        """Return the domain object."""
        return ActionPlan(
            id=self.id,
            case_id=self.case_id,
            goals=self.goals,
            strengths=self.strengths,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )


class ActionFields:
    """Mixin: reads and writes the fields of an action (what, sector, responsible, dates,
    status) on a record that declares them as columns itself (each table keeps its column
    order). Used by action-plan items and by the actions decided in meetings.
    """

    if TYPE_CHECKING:
        what: Mapped[str]
        sector: Mapped[Sector]
        responsible: Mapped[str]
        start_on: Mapped[date | None]
        deadline: Mapped[date | None]
        status: Mapped[ActionStatus]
        follow_up_on: Mapped[date | None]

    def apply(self, data: ActionItemInput) -> None:
        """Copy validated fields onto the record."""
        self.what = data.what
        self.sector = data.sector
        self.responsible = data.responsible
        self.start_on = data.start_on
        self.deadline = data.deadline
        self.status = data.status
        self.follow_up_on = data.follow_up_on

    def to_input(self) -> ActionItemInput:
        """Return the action's editable fields."""
        return ActionItemInput(
            what=self.what,
            sector=self.sector,
            responsible=self.responsible,
            start_on=self.start_on,
            deadline=self.deadline,
            status=self.status,
            follow_up_on=self.follow_up_on,
        )


class ActionItemRecord(ActionFields, Timestamps, Base):
    """One item of a case's action plan."""

    __tablename__ = "action_item"
    __table_args__ = (
        Index("ix_action_item_deadline", "deadline"),
        Index("ix_action_item_follow_up_on", "follow_up_on"),
    )

    case_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("sspf_case.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    responsible: Mapped[str] = mapped_column(String(RESPONSIBLE_LENGTH))
    start_on: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(enum_type(ActionStatus))
    follow_up_on: Mapped[date | None] = mapped_column(Date)

    def to_domain(self) -> ActionItem:
        """Return the domain object."""
        return ActionItem(
            id=self.id,
            case_id=self.case_id,
            what=self.what,
            sector=self.sector,
            responsible=self.responsible,
            start_on=self.start_on,
            deadline=self.deadline,
            status=self.status,
            follow_up_on=self.follow_up_on,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )
