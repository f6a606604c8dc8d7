"""Action plans (åtagandeplaner) of cases and their items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sspf_desk.domain.enums import ActionStatus, Sector

#: Statuses of an item that is still to be done.
OPEN_ACTION_STATUSES = frozenset({ActionStatus.PLANNED, ActionStatus.ONGOING})


@dataclass(frozen=True, slots=True)
class ActionPlanInput:
    """The editable fields of a case's action plan.

    Attributes:
        goals: The goals, in the young person's own words where possible.
        strengths: The young person's strengths and protective factors.
    """

    goals: str
    strengths: str


@dataclass(frozen=True, slots=True)
class ActionPlan:
    """An action plan as stored (one per case)."""

    id: str
    case_id: str
    goals: str
    strengths: str
    created_at: datetime
    updated_at: datetime

    def to_input(self) -> ActionPlanInput:
        """Return the editable fields."""
        return ActionPlanInput(goals=self.goals, strengths=self.strengths)


@dataclass(frozen=True, slots=True)
class ActionItemInput:
    """The editable fields of one item (insats/åtgärd) of an action plan.

    Attributes:
        what: What is to be done.
        sector: The responsible sector.
        responsible: The responsible person (name or role).
        start_on: When it starts.
        deadline: When it should be done.
        status: Planned, ongoing, done or cancelled.
        follow_up_on: When it is to be followed up.
    """

    what: str
    sector: Sector
    responsible: str
    start_on: date | None
    deadline: date | None
    status: ActionStatus
    follow_up_on: date | None


@dataclass(frozen=True, slots=True)
class ActionItem:
    """An item of an action plan as stored."""

    id: str
    case_id: str
    what: str
    sector: Sector
    responsible: str
    start_on: date | None
    deadline: date | None
    status: ActionStatus
    follow_up_on: date | None
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        """Whether the item is still planned or ongoing."""
        return self.status in OPEN_ACTION_STATUSES

    def to_input(self) -> ActionItemInput:
        """Return the editable fields."""
        return ActionItemInput(
            what=self.what,
            sector=self.sector,
            responsible=self.responsible,
            start_on=self.start_on,
            deadline=self.deadline,
            status=self.status,
            follow_up_on=self.follow_up_on,
        )
