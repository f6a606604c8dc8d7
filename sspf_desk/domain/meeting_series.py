"""Recurring meetings (e.g. the operational group every other Tuesday at 13:00).

A series is planned from its first day, an interval in weeks and a number of meetings; its
calendar form is one weekly recurrence rule (``FREQ=WEEKLY;INTERVAL=n;BYDAY=..;COUNT=c``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Final

from sspf_desk.domain.enums import MeetingType
from sspf_desk.domain.meetings import MeetingInput, validate_meeting

#: Most meetings one series may create at once.
MAX_SERIES_COUNT: Final = 60
#: Longest interval between the meetings of a series, in weeks.
MAX_INTERVAL_WEEKS: Final = 52
_WEEKDAYS: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True, slots=True)
class MeetingSeriesInput:
    """A recurring series of meetings to plan.

    Attributes:
        meeting_type: The kind of meeting.
        title: Short title of every meeting, without personal data.
        place: Where, without personal data.
        first_on: The day of the first meeting (later ones fall on the same weekday).
        interval_weeks: Weeks between two meetings (1 = every week).
        starts_at: Start time (local).
        ends_at: End time (local), if set.
        count: How many meetings to plan.
    """

    meeting_type: MeetingType
    title: str
    place: str
    first_on: date
    interval_weeks: int
    starts_at: time
    ends_at: time | None
    count: int

    def meeting_on(self, day: date, series_id: str | None) -> MeetingInput:
        """The input of the series' meeting on ``day``."""
        return MeetingInput(
            meeting_type=self.meeting_type,
            title=self.title.strip(),
            held_on=day,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            place=self.place.strip(),
            series_id=series_id,
        )


def validate_meeting_series(data: MeetingSeriesInput) -> dict[str, str]:
    """Check a series: the meeting fields (as :func:`validate_meeting`), the interval
    (1–52 weeks) and the number of meetings (1–60).

    Returns:
        ``{field: Swedish message}`` keyed by the fields of :class:`MeetingSeriesInput`.
    """
    errors = validate_meeting(data.meeting_on(data.first_on, None))
    errors.pop("held_on", None)
    if not 1 <= data.interval_weeks <= MAX_INTERVAL_WEEKS:
        errors["interval_weeks"] = f"Ange ett intervall mellan 1 och {MAX_INTERVAL_WEEKS} veckor."
    if not 1 <= data.count <= MAX_SERIES_COUNT:
        errors["count"] = f"Ange ett antal möten mellan 1 och {MAX_SERIES_COUNT}."
    return errors


def series_days(first_on: date, interval_weeks: int, count: int) -> tuple[date, ...]:
    """The days of a series: ``first_on`` and every ``interval_weeks`` weeks after, ``count``
    days in all."""
    step = timedelta(weeks=interval_weeks)
    return tuple(first_on + step * index for index in range(count))


def weekly_rule(first_on: date, interval_weeks: int, count: int) -> dict[str, object]:
    """The recurrence rule of a series, e.g. ``{"FREQ": "WEEKLY", "INTERVAL": 2,
    "BYDAY": "TU", "COUNT": 10}``."""
    return {
        "FREQ": "WEEKLY",
        "INTERVAL": interval_weeks,
        "BYDAY": _WEEKDAYS[first_on.weekday()],
        "COUNT": count,
    }
