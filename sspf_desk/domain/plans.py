"""Action plans (åtagandeplaner) of cases and their items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sspf_desk.domain.checks import (
    END_BEFORE_START,
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    check_length,
    require,
)
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


def validate_action_plan(data: ActionPlanInput) -> dict[str, str]:
    """Check the plan's texts (both may be empty while the plan is being written)."""
    errors: dict[str, str] = {}
    check_length(errors, "goals", data.goals, MAX_LONG_TEXT)
    check_length(errors, "strengths", data.strengths, MAX_LONG_TEXT)
    return errors


def validate_action_item(data: ActionItemInput) -> dict[str, str]:
    """Check an item: what, sector and responsible are required; no end before the start."""
    errors: dict[str, str] = {}
    require(errors, "what", data.what, "Beskriv vad som ska göras.")
    check_length(errors, "what", data.what, MAX_LONG_TEXT)
    if data.sector not in set(Sector):
        errors["sector"] = "Välj ansvarig sektor."
    require(errors, "responsible", data.responsible, "Ange vem som är ansvarig.")
    check_length(errors, "responsible", data.responsible, MAX_SHORT_TEXT)
    if data.status not in set(ActionStatus):
        errors["status"] = "Välj en status."
    if data.start_on is not None:
        if data.deadline is not None and data.deadline < data.start_on:
            errors["deadline"] = END_BEFORE_START
        if data.follow_up_on is not None and data.follow_up_on < data.start_on:
            errors["follow_up_on"] = "Uppföljningen kan inte ligga före starten."
    return errors


def is_overdue(item: ActionItem, day: date) -> bool:
    """Whether ``item`` is planned or ongoing after its deadline (not on the deadline day)."""
    return item.deadline is not None and item.deadline < day and item.is_open
