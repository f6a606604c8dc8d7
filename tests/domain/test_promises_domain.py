"""Medborgarlöften: validation, quarters and Ja/Delvis/Nej (domain/promises.py)."""

from __future__ import annotations

from datetime import date

import pytest

from sspf_desk.domain import MeetingType
from sspf_desk.domain.group_level import MeasureKind
from sspf_desk.domain.promises import (
    NO_ID_NUMBERS,
    ActivityCounting,
    ActivityInput,
    Fulfilment,
    ProgressInput,
    PromiseInput,
    Signatory,
    amount_with_unit,
    due_share,
    format_amount,
    fulfilment,
    parse_quarter,
    quarter_bounds,
    validate_activity,
    validate_progress,
    validate_promise,
)


def _promise(**changes: object) -> PromiseInput:
    fields: dict[str, object] = {
        "year": 2024,
        "municipality": "Ängelholm",
        "police_area": "LPO Ängelholm",
        "title": "Tryggare centrum",
        "focus_areas": ("Centrum",),
        "signatories": (Signatory("Åsa Öberg", "KSO"),),
    }
    fields.update(changes)
    return PromiseInput(**fields)  # type: ignore[arg-type]


def test_a_complete_promise_passes() -> None:
    assert validate_promise(_promise()) == {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"year": 1999}, "year"),
        ({"municipality": " "}, "municipality"),
        ({"police_area": ""}, "police_area"),
        ({"title": ""}, "title"),
        ({"focus_areas": ("",)}, "focus_areas.0"),
        ({"signatories": (Signatory("", "KSO"),)}, "signatories.0.name"),
        ({"problem": "x" * 4001}, "problem"),
    ],
)
def test_promise_errors_name_the_field(changes: dict[str, object], field: str) -> None:
    assert field in validate_promise(_promise(**changes))


def _activity(**changes: object) -> ActivityInput:
    fields: dict[str, object] = {
        "promise_id": "p",
        "title": "Polisnärvaro",
        "owner": "Polisen",
        "target": 4000.0,
        "unit": "timmar",
    }
    fields.update(changes)
    return ActivityInput(**fields)  # type: ignore[arg-type]


def test_activity_counting_needs_what_it_counts() -> None:
    assert validate_activity(_activity()) == {}
    assert "meeting_type" in validate_activity(_activity(counting=ActivityCounting.MEETINGS))
    assert (
        validate_activity(
            _activity(
                counting=ActivityCounting.MEETINGS, meeting_type=MeetingType.OPERATIONAL_GROUP
            )
        )
        == {}
    )
    for counting in (ActivityCounting.MEASURES, ActivityCounting.MEASURE_HOURS):
        assert "measure_kind" in validate_activity(_activity(counting=counting))
        ok = _activity(counting=counting, measure_kind=MeasureKind.POLICE_PRESENCE)
        assert validate_activity(ok) == {}
    assert "target" in validate_activity(_activity(target=-1.0))
    assert "target" in validate_activity(_activity(target=0.0))
    for private in (MeetingType.NETWORK_MEETING, MeetingType.CONCERN_TALK):
        counted = _activity(counting=ActivityCounting.MEETINGS, meeting_type=private)
        assert "meeting_type" in validate_activity(counted)
    steering = _activity(
        counting=ActivityCounting.MEETINGS, meeting_type=MeetingType.STEERING_GROUP
    )
    assert validate_activity(steering) == {}
    assert "unit" in validate_activity(_activity(unit=""))


def test_progress_lies_in_the_promise_year_and_not_ahead() -> None:
    today = date(2024, 6, 30)
    ok = ProgressInput("a", date(2024, 2, 1), 12.5)
    assert validate_progress(ok, year=2024, today=today) == {}
    other_year = ProgressInput("a", date(2023, 12, 31), 1.0)
    assert "on" in validate_progress(other_year, year=2024, today=today)
    ahead = ProgressInput("a", date(2024, 7, 1), 1.0)
    assert "on" in validate_progress(ahead, year=2024, today=today)
    nothing = ProgressInput("a", date(2024, 2, 1), 0.0)
    assert "amount" in validate_progress(nothing, year=2024, today=today)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2024Q2", (2024, 2)), ("2024-q4", (2024, 4)), (" 2025 K1 ", (2025, 1))],
)
def test_parse_quarter(text: str, expected: tuple[int, int]) -> None:
    assert parse_quarter(text) == expected


@pytest.mark.parametrize("text", ["2024Q5", "2024", "Q2", "24Q1", ""])
def test_parse_quarter_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="2024Q2"):
        parse_quarter(text)


def test_quarter_bounds() -> None:
    assert quarter_bounds(2024, 1) == (date(2024, 1, 1), date(2024, 3, 31))
    assert quarter_bounds(2024, 2) == (date(2024, 4, 1), date(2024, 6, 30))
    assert quarter_bounds(2024, 4) == (date(2024, 10, 1), date(2024, 12, 31))
    with pytest.raises(ValueError, match="1–4"):
        quarter_bounds(2024, 0)


def test_fulfilment_against_the_due_share() -> None:
    assert due_share(4000, 2) == 2000
    assert fulfilment(2000, 4000, 2) is Fulfilment.YES
    assert fulfilment(1999.5, 4000, 2) is Fulfilment.PARTLY
    assert fulfilment(0, 4000, 2) is Fulfilment.NO
    assert fulfilment(4000, 4000, 4) is Fulfilment.YES
    assert fulfilment(3, 4, 4) is Fulfilment.PARTLY
    assert fulfilment(0, 0, 1) is Fulfilment.YES


def test_format_amount_is_swedish() -> None:
    assert format_amount(4000) == "4\u00a0000"
    assert format_amount(12.5) == "12,5"
    assert format_amount(2.0) == "2"
    assert format_amount(-3) == "−3"


def test_amount_with_unit_says_one_in_the_singular() -> None:
    assert amount_with_unit(1, "möten") == "1 möte"
    assert amount_with_unit(1.0, "Tillfällen") == "1 Tillfälle"
    assert amount_with_unit(1, "timmar") == "1 timme"
    assert amount_with_unit(2, "möten") == "2 möten"
    assert amount_with_unit(1.5, "timmar") == "1,5 timmar"
    assert amount_with_unit(1, "st") == "1 st"
    assert amount_with_unit(4000, "timmar") == "4\u00a0000 timmar"
    assert amount_with_unit(3, "") == "3"


def test_promise_texts_refuse_identity_numbers() -> None:
    assert validate_promise(_promise(problem="Gäller 200801011234")) == {"problem": NO_ID_NUMBERS}
    assert validate_promise(_promise(focus_areas=("080101-1234",))) == {
        "focus_areas.0": NO_ID_NUMBERS
    }
    assert validate_activity(_activity(owner="Polis 080101-1234")) == {"owner": NO_ID_NUMBERS}
    entry = ProgressInput("a", date(2024, 2, 1), 1.0, note="Med 080101-1234")
    assert validate_progress(entry, year=2024, today=date(2024, 6, 1)) == {"note": NO_ID_NUMBERS}
