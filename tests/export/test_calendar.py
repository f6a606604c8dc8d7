"""Calendar export: parses with icalendar, round-trips times and rrule, holds no names."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from sspf_desk.export.calendar import CalendarMeeting, meeting_ics

TZ = ZoneInfo("Europe/Stockholm")
STAMP = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)
SERIES = CalendarMeeting(
    uid="meeting-series-7@sspf-desk",
    summary="SSPF operativ grupp",
    start=dt.datetime(2026, 11, 24, 13, 0, tzinfo=TZ),
    end=dt.datetime(2026, 11, 24, 15, 0, tzinfo=TZ),
    location="Stadshuset, rum Ljusnan",
    recurrence={"FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": "TU"},
)
SINGLE = CalendarMeeting(
    uid="meeting-12@sspf-desk",
    summary="SSPF styrgrupp",
    start=dt.datetime(2027, 3, 30, 9, 0, tzinfo=TZ),  # the day after the switch to summer time
    end=dt.datetime(2027, 3, 30, 10, 30, tzinfo=TZ),
)


def _events(data: bytes) -> list[object]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_parses_and_round_trips_times_and_rrule() -> None:
    data = meeting_ics([SERIES, SINGLE], stamp=STAMP)
    series, single = _events(data)
    assert str(series["uid"]) == SERIES.uid
    assert series.decoded("dtstart") == SERIES.start
    assert series.decoded("dtend") == SERIES.end
    assert series.decoded("dtstart").utcoffset() == dt.timedelta(hours=1)
    rrule = series["rrule"]
    assert rrule["FREQ"] == ["WEEKLY"] and rrule["INTERVAL"] == [2] and rrule["BYDAY"] == ["TU"]
    assert str(series["summary"]) == "SSPF operativ grupp"
    assert str(series["location"]) == SERIES.location
    assert str(series["class"]) == "CONFIDENTIAL"
    assert single.decoded("dtstart") == SINGLE.start
    assert single.decoded("dtstart").utcoffset() == dt.timedelta(hours=2)
    assert "rrule" not in single and "location" not in single
    assert b"BEGIN:VTIMEZONE" in data and b"TZID:Europe/Stockholm" in data
    assert data == meeting_ics([SERIES, SINGLE], stamp=STAMP)  # deterministic with a stamp


def test_no_personal_data_can_reach_the_invite() -> None:
    fields = {f.name for f in dataclasses.fields(CalendarMeeting)}
    assert fields == {"uid", "summary", "start", "end", "location", "recurrence"}
    with pytest.raises(TypeError):
        CalendarMeeting(**dataclasses.asdict(SINGLE), description="Åsa Lindqvist")  # type: ignore[call-arg]
    data = meeting_ics([SERIES, SINGLE], stamp=STAMP)
    for key in (b"DESCRIPTION", b"ATTENDEE", b"ORGANIZER", b"CONTACT", b"COMMENT:\xc3"):
        assert key not in data
    (event,) = _events(meeting_ics([SINGLE], stamp=STAMP))
    assert set(event.keys()) == {
        "UID",
        "DTSTAMP",
        "DTSTART",
        "DTEND",
        "SUMMARY",
        "CLASS",
        "TRANSP",
    }


def test_naive_or_backwards_times_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        dataclasses.replace(SINGLE, start=dt.datetime(2027, 3, 30, 9, 0))
    with pytest.raises(ValueError, match="after"):
        dataclasses.replace(SINGLE, end=SINGLE.start)
    with pytest.raises(ValueError, match="required"):
        dataclasses.replace(SINGLE, summary=" ")


def test_empty_calendar_is_valid() -> None:
    calendar = Calendar.from_ical(meeting_ics([], stamp=STAMP))
    assert str(calendar["version"]) == "2.0"
    assert list(calendar.walk("VEVENT")) == []
