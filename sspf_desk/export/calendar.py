"""Meeting invitations as an iCalendar file (.ics) that holds no personal data.

A :class:`CalendarMeeting` has no field for a name, a participant or agenda content: only a
uid, a summary (the meeting type label, e.g. "SSPF operativ grupp"), the times, the place and
an optional recurrence. Events are marked ``CLASS:CONFIDENTIAL`` and carry no description,
organizer or attendees, so an invite that leaks into a shared calendar says only that a
meeting of that type takes place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from icalendar import Calendar, Event, vRecur

PRODID = "-//SSPF Desk//Mötesinbjudan//SV"


@dataclass(frozen=True, slots=True)
class CalendarMeeting:
    """One meeting or a recurring series, without personal data.

    Attributes:
        uid: a stable, opaque id (e.g. "meeting-42@sspf-desk"), never derived from a name.
        summary: the meeting type label only, e.g. "SSPF operativ grupp".
        start / end: timezone-aware datetimes (end after start).
        location: the meeting room or place (not a private address).
        recurrence: an RRULE as a dict, e.g. ``{"FREQ": "WEEKLY", "INTERVAL": 2,
            "BYDAY": "TU"}`` for every other Tuesday; ``None`` for a single meeting.
    """

    uid: str
    summary: str
    start: dt.datetime
    end: dt.datetime
    location: str = ""
    recurrence: Mapping[str, Any] | None = field(default=None)

    def __post_init__(self) -> None:
        """Refuse naive times and an end that is not after the start."""
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("start and end must be timezone-aware")
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if not self.uid.strip() or not self.summary.strip():
            raise ValueError("uid and summary are required")


def meeting_ics(meetings: Sequence[CalendarMeeting], *, stamp: dt.datetime | None = None) -> bytes:
    """Return an iCalendar file with one event per meeting (or series).

    Args:
        meetings: the meetings to export.
        stamp: the DTSTAMP of every event (default: now, UTC); fixed in tests.
    """
    when = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for meeting in meetings:
        event = Event()
        event.add("uid", meeting.uid)
        event.add("dtstamp", when)
        event.add("dtstart", meeting.start)
        event.add("dtend", meeting.end)
        event.add("summary", meeting.summary)
        if meeting.location.strip():
            event.add("location", meeting.location)
        event.add("class", "CONFIDENTIAL")
        event.add("transp", "OPAQUE")
        if meeting.recurrence:
            event.add("rrule", vRecur(dict(meeting.recurrence)))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
