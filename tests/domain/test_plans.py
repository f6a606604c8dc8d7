"""Action plans: item validation and the overdue rule (boundary days)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sspf_desk.domain import (
    ActionItemInput,
    ActionPlanInput,
    ActionStatus,
    Sector,
    is_overdue,
    validate_action_item,
    validate_action_plan,
)
from tests.domain.factories import item

ITEM = ActionItemInput(
    what="Kontaktperson via socialtjänsten",
    sector=Sector.SOCIAL_SERVICES,
    responsible="Socialsekreterare",
    start_on=date(2025, 3, 1),
    deadline=date(2025, 4, 1),
    status=ActionStatus.PLANNED,
    follow_up_on=date(2025, 4, 15),
)


def item_input(**changes: object) -> ActionItemInput:
    return replace(ITEM, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        (ITEM, {}),
        (item_input(start_on=None, deadline=None, follow_up_on=None), {}),
        (item_input(start_on=None, deadline=date(2020, 1, 1)), {}),
        (item_input(sector=Sector.GUARDIAN, responsible="Mamma"), {}),
        (item_input(deadline=date(2025, 3, 1), follow_up_on=date(2025, 3, 1)), {}),
        (item_input(what=" "), {"what": "Beskriv vad som ska göras."}),
        (item_input(responsible=""), {"responsible": "Ange vem som är ansvarig."}),
        (
            item_input(responsible="x" * 201),
            {"responsible": "Fältet får vara högst 200 tecken."},
        ),
        (item_input(sector="nowhere"), {"sector": "Välj ansvarig sektor."}),
        (item_input(status="lost"), {"status": "Välj en status."}),
        (
            item_input(deadline=date(2025, 2, 28)),
            {"deadline": "Slutdatum kan inte ligga före startdatum."},
        ),
        (
            item_input(follow_up_on=date(2025, 2, 28)),
            {"follow_up_on": "Uppföljningen kan inte ligga före starten."},
        ),
    ],
)
def test_validate_action_item(data: ActionItemInput, errors: dict[str, str]) -> None:
    assert validate_action_item(data) == errors


def test_validate_action_plan() -> None:
    assert validate_action_plan(ActionPlanInput("", "")) == {}
    assert validate_action_plan(ActionPlanInput("Jag vill klara nian.", "Bra på fotboll")) == {}
    assert validate_action_plan(ActionPlanInput("x" * 4001, "y" * 4001)) == {
        "goals": "Fältet får vara högst 4000 tecken.",
        "strengths": "Fältet får vara högst 4000 tecken.",
    }


DEADLINE = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("status", "deadline", "day", "overdue"),
    [
        (ActionStatus.PLANNED, DEADLINE, date(2025, 2, 28), False),
        (ActionStatus.PLANNED, DEADLINE, DEADLINE, False),
        (ActionStatus.PLANNED, DEADLINE, date(2025, 3, 2), True),
        (ActionStatus.ONGOING, DEADLINE, date(2025, 3, 2), True),
        (ActionStatus.DONE, DEADLINE, date(2025, 3, 2), False),
        (ActionStatus.CANCELLED, DEADLINE, date(2025, 3, 2), False),
        (ActionStatus.PLANNED, None, date(2030, 1, 1), False),
    ],
)
def test_is_overdue(status: ActionStatus, deadline: date | None, day: date, overdue: bool) -> None:
    assert is_overdue(item(status=status, deadline=deadline), day) is overdue
