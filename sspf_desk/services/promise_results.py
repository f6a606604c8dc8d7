"""The results of a medborgarlöfte's activities at a quarter (``PromiseService.follow_up``).

An activity's result at the end of a quarter is the sum of its progress entries dated from
1 January of the promise's year up to that day, plus, when it counts automatically, what
SSPF Desk recorded in the same period: operational-group (or other) meetings held (status
not planned), or group-level measures of a kind done (their number, or the sum of their
hours), at sites of the activity's area when it names one. The series per quarter is
cumulative, so the chart of quarter 3 shows the results at the ends of quarters 1, 2 and 3.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy.orm import Session

from sspf_desk.domain.promises import (
    Activity,
    ActivityCounting,
    ActivityResult,
    Progress,
    fulfilment,
    quarter_bounds,
)
from sspf_desk.errors import BugError
from sspf_desk.store import repo_group_level, repo_promises

#: What SSPF Desk counted for an activity from the first to the last day (inclusive).
Counter = Callable[[Activity, date, date], float]


def manual_sum(progress: Sequence[Progress], start: date, end: date) -> float:
    """The progress entries dated ``start``–``end`` (inclusive), added up."""
    return sum((p.data.amount for p in progress if start <= p.data.on <= end), 0.0)


def activity_result(
    activity: Activity,
    progress: Sequence[Progress],
    count: Counter,
    year: int,
    quarter: int,
) -> ActivityResult:
    """The follow-up of one activity of a promise of ``year`` at ``quarter`` (1–4).

    Args:
        activity: The activity.
        progress: Its progress entries (any order; entries outside the year are ignored).
        count: The automatic count over a period (not called for manual activities).
        year: The promise's year.
        quarter: The quarter followed up.
    """
    start = date(year, 1, 1)
    automatic = activity.data.counting is not ActivityCounting.MANUAL
    manual = counted = 0.0
    series: list[float] = []
    for q in range(1, quarter + 1):
        end = quarter_bounds(year, q)[1]
        manual = manual_sum(progress, start, end)
        counted = count(activity, start, end) if automatic else 0.0
        series.append(manual + counted)
    return ActivityResult(
        activity=activity,
        manual=manual,
        counted=counted,
        by_quarter=tuple(series),
        fulfilment=fulfilment(manual + counted, activity.data.target, quarter),
    )


def store_counter(session: Session) -> Counter:
    """A :data:`Counter` reading meetings and group-level measures in ``session``."""

    def count(activity: Activity, start: date, end: date) -> float:
        data = activity.data
        if data.counting is ActivityCounting.MEETINGS:
            if data.meeting_type is None:
                raise BugError("an activity counting meetings without a meeting type")
            return float(repo_promises.meetings_held(session, data.meeting_type, start, end))
        if data.measure_kind is None:
            raise BugError("an activity counting measures without a kind of measure")
        number, hours = repo_group_level.measure_totals(
            session, data.measure_kind, start, end, data.area or None
        )
        if data.counting is ActivityCounting.MEASURES:
            return float(number)
        return hours

    return count
