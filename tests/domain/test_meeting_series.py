"""Recurring meeting series: validation, the days and the weekly recurrence rule."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest

from sspf_desk.domain import MeetingType
from sspf_desk.domain.meeting_series import (
    MeetingSeriesInput,
    series_days,
    validate_meeting_series,
    weekly_rule,
)

SERIES = MeetingSeriesInput(
    meeting_type=MeetingType.OPERATIONAL_GROUP,
    title="Operativ grupp Centrum",
    place="Stadshuset",
    first_on=date(2026, 9, 1),  # a Tuesday
    interval_weeks=2,
    starts_at=time(13, 0),
    ends_at=time(15, 0),
    count=10,
)


def test_a_valid_series() -> None:
    assert validate_meeting_series(SERIES) == {}


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"title": " "}, {"title"}),
        ({"place": "Hos 120304-1234"}, {"place"}),
        ({"ends_at": time(12, 0)}, {"ends_at"}),
        ({"interval_weeks": 0}, {"interval_weeks"}),
        ({"interval_weeks": 53}, {"interval_weeks"}),
        ({"count": 0}, {"count"}),
        ({"count": 61}, {"count"}),
    ],
)
def test_invalid_series(changes: dict[str, object], fields: set[str]) -> None:
    assert set(validate_meeting_series(dataclasses.replace(SERIES, **changes))) == fields  # type: ignore[arg-type]


def test_the_meetings_of_a_series() -> None:
    meeting = SERIES.meeting_on(date(2026, 9, 15), "series-1")
    assert (meeting.held_on, meeting.series_id, meeting.starts_at, meeting.ends_at) == (
        date(2026, 9, 15),
        "series-1",
        time(13, 0),
        time(15, 0),
    )
    assert (meeting.title, meeting.place, meeting.meeting_type) == (
        SERIES.title,
        SERIES.place,
        SERIES.meeting_type,
    )


def test_days_and_rule() -> None:
    assert series_days(date(2026, 12, 22), 2, 3) == (
        date(2026, 12, 22),
        date(2027, 1, 5),
        date(2027, 1, 19),
    )
    assert series_days(date(2026, 9, 1), 1, 1) == (date(2026, 9, 1),)
    assert weekly_rule(date(2026, 9, 1), 2, 10) == {
        "FREQ": "WEEKLY",
        "INTERVAL": 2,
        "BYDAY": "TU",
        "COUNT": 10,
    }
    assert weekly_rule(date(2026, 9, 6), 1, 4)["BYDAY"] == "SU"
