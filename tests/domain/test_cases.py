"""Case life cycle: every pair of statuses, closing, reopening and read-only closed cases."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import product

import pytest

from sspf_desk.domain import (
    CASE_CLOSED_MESSAGE,
    CaseClosedError,
    CaseEvent,
    CaseStatus,
    ClosingReason,
    allowed_transitions,
    check_transition,
    ensure_editable,
    previous_open_status,
)
from sspf_desk.errors import ValidationError
from tests.domain.factories import case

S = CaseStatus
# (from, to) pairs allowed for an open case; every open status may also be closed.
FORWARD = {
    (S.INTAKE, S.CONSENT),
    (S.CONSENT, S.MAPPING),
    (S.MAPPING, S.ACTIVE_PLAN),
    (S.ACTIVE_PLAN, S.FOLLOW_UP),
    (S.FOLLOW_UP, S.ACTIVE_PLAN),
}
OPEN = [status for status in S if status is not S.CLOSED]
CLOSE_OK = {"closing_reason": ClosingReason.GOALS_REACHED, "outcome": "Går i skolan igen."}


def expected_open(current: CaseStatus, target: CaseStatus) -> bool:
    return (current, target) in FORWARD or target is S.CLOSED


@pytest.mark.parametrize(("current", "target"), list(product(OPEN, S)))
def test_every_pair_from_an_open_status(current: CaseStatus, target: CaseStatus) -> None:
    allowed = expected_open(current, target)
    assert (target in allowed_transitions(current)) is allowed
    errors = check_transition(current, target, **CLOSE_OK)  # type: ignore[arg-type]
    if allowed:
        assert errors == {}
    else:
        assert set(errors) == {"status"}


@pytest.mark.parametrize(("previous", "target"), list(product(OPEN, S)))
def test_every_pair_when_reopening(previous: CaseStatus, target: CaseStatus) -> None:
    allowed = target is previous
    assert allowed_transitions(S.CLOSED, previous_open_status=previous) == {previous}
    errors = check_transition(S.CLOSED, target, reason="Ny oro", previous_open_status=previous)
    assert (errors == {}) is allowed
    if not allowed:
        assert set(errors) == {"status"}


def test_refusal_message_uses_swedish_labels() -> None:
    assert check_transition(S.INTAKE, S.ACTIVE_PLAN) == {
        "status": "Ärendet kan inte gå från Aktualisering till Aktiv plan."
    }
    assert check_transition(S.MAPPING, S.MAPPING) == {
        "status": "Ärendet kan inte gå från Kartläggning till Kartläggning."
    }
    assert check_transition(S.CLOSED, S.CLOSED, reason="x") == {
        "status": "Ärendet kan inte gå från Avslutat till Avslutat."
    }


@pytest.mark.parametrize(
    ("closing_reason", "outcome", "errors"),
    [
        (ClosingReason.MOVED, "Flyttat till Malmö.", {}),
        (None, "Flyttat.", {"closing_reason": "Ange varför ärendet avslutas."}),
        (
            ClosingReason.MOVED,
            "  ",
            {"outcome": "Skriv en kort bedömning av hur det har gått."},
        ),
        (
            None,
            "",
            {
                "closing_reason": "Ange varför ärendet avslutas.",
                "outcome": "Skriv en kort bedömning av hur det har gått.",
            },
        ),
    ],
)
def test_closing_needs_reason_and_outcome(
    closing_reason: ClosingReason | None, outcome: str, errors: dict[str, str]
) -> None:
    for current in OPEN:
        result = check_transition(current, S.CLOSED, closing_reason=closing_reason, outcome=outcome)
        assert result == errors


def test_reopening_needs_a_reason() -> None:
    assert check_transition(S.CLOSED, S.MAPPING, reason=" ", previous_open_status=S.MAPPING) == {
        "reason": "Ange varför ärendet öppnas igen."
    }


def test_reopening_with_unknown_previous_status_allows_any_open_status() -> None:
    assert allowed_transitions(S.CLOSED) == frozenset(OPEN)
    assert check_transition(S.CLOSED, S.INTAKE, reason="Åter") == {}
    assert set(check_transition(S.CLOSED, S.CLOSED, reason="Åter")) == {"status"}


def event(minute: int, before: CaseStatus | None, after: CaseStatus) -> CaseEvent:
    at = datetime(2025, 1, 1, 12, minute, tzinfo=UTC)
    return CaseEvent(f"e{minute}", "case1", at, before, after, "", "u1")


def test_previous_open_status_from_the_trail() -> None:
    trail = [
        event(0, None, S.INTAKE),
        event(1, S.INTAKE, S.CONSENT),
        event(2, S.CONSENT, S.CLOSED),
        event(3, S.CLOSED, S.CONSENT),
        event(4, S.CONSENT, S.MAPPING),
        event(5, S.MAPPING, S.CLOSED),
    ]
    assert previous_open_status(trail) == S.MAPPING
    assert previous_open_status(reversed(trail)) == S.MAPPING
    assert previous_open_status(trail[:3]) == S.CONSENT
    assert previous_open_status(trail[:2]) is None
    assert previous_open_status([]) is None


def test_closed_case_is_read_only() -> None:
    ensure_editable(case())
    with pytest.raises(CaseClosedError) as caught:
        ensure_editable(case(status=S.CLOSED))
    assert isinstance(caught.value, ValidationError)
    assert caught.value.errors == {"case": CASE_CLOSED_MESSAGE}
    assert CASE_CLOSED_MESSAGE == "Ärendet är avslutat och kan inte ändras. Öppna det igen först."
    assert CASE_CLOSED_MESSAGE in caught.value.message("sv")
