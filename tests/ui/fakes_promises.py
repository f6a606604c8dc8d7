"""Fake of the promise service for the Medborgarlöften page and form tests."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sspf_desk.domain.promises import (
    QUARTERS,
    Activity,
    ActivityInput,
    ActivityResult,
    Progress,
    ProgressInput,
    Promise,
    PromiseInput,
    PromiseReport,
    fulfilment,
    quarter_bounds,
    validate_activity,
    validate_progress,
    validate_promise,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.promise_rows import PromiseRow


@dataclass
class FakePromises:
    """In-memory promise service applying the domain's validation, like the real one.

    ``counted[activity_id]`` is what SSPF Desk "counted automatically" by each quarter's end
    (cumulative, four values).
    """

    today: date = field(default_factory=date.today)
    promises: dict[str, Promise] = field(default_factory=dict)
    activity_list: dict[str, list[Activity]] = field(default_factory=dict)
    entries: dict[str, Progress] = field(default_factory=dict)
    counted: dict[str, tuple[float, ...]] = field(default_factory=dict)
    calls: list[tuple[object, ...]] = field(default_factory=list)
    pdf: bytes = b"%PDF-1.7 fake"
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def _id(self, kind: str) -> str:
        return f"{kind}{next(self._ids)}"

    @staticmethod
    def _now() -> datetime:
        return datetime.now(UTC)

    # -- promises --------------------------------------------------------------------------

    def list_promises(self) -> list[PromiseRow]:
        return [
            PromiseRow(
                p.id,
                p.data.year,
                p.data.title,
                p.data.municipality,
                p.data.police_area,
                len(self.activity_list.get(p.id, [])),
            )
            for p in self.promises.values()
        ]

    def get_promise(self, promise_id: str) -> Promise:
        if promise_id not in self.promises:
            raise NotFoundError
        return self.promises[promise_id]

    def create_promise(self, data: PromiseInput) -> Promise:
        self.calls.append(("create_promise", data))
        if errors := validate_promise(data):
            raise ValidationError(errors)
        promise = Promise(self._id("p"), data, self._now(), self._now())
        self.promises[promise.id] = promise
        self.activity_list[promise.id] = []
        return promise

    def update_promise(self, promise_id: str, data: PromiseInput) -> Promise:
        self.calls.append(("update_promise", promise_id, data))
        old = self.get_promise(promise_id)
        if errors := validate_promise(data):
            raise ValidationError(errors)
        promise = Promise(promise_id, data, old.created_at, self._now())
        self.promises[promise_id] = promise
        return promise

    def delete_promise(self, promise_id: str) -> None:
        self.calls.append(("delete_promise", promise_id))
        self.get_promise(promise_id)
        for activity in self.activity_list.pop(promise_id, []):
            self._drop_entries(activity.id)
        del self.promises[promise_id]

    # -- activities ------------------------------------------------------------------------

    def activities(self, promise_id: str) -> list[Activity]:
        return list(self.activity_list[promise_id])

    def _find(self, activity_id: str) -> tuple[list[Activity], int]:
        for activities in self.activity_list.values():
            for n, activity in enumerate(activities):
                if activity.id == activity_id:
                    return activities, n
        raise NotFoundError

    def _renumber(self, activities: list[Activity]) -> None:
        for n, a in enumerate(activities):
            activities[n] = Activity(a.id, n, a.data, a.created_at, a.updated_at)

    def add_activity(self, data: ActivityInput) -> Activity:
        self.calls.append(("add_activity", data))
        self.get_promise(data.promise_id)
        if errors := validate_activity(data):
            raise ValidationError(errors)
        activities = self.activity_list[data.promise_id]
        activity = Activity(self._id("a"), len(activities), data, self._now(), self._now())
        activities.append(activity)
        return activity

    def update_activity(self, activity_id: str, data: ActivityInput) -> Activity:
        self.calls.append(("update_activity", activity_id, data))
        activities, n = self._find(activity_id)
        if errors := validate_activity(data):
            raise ValidationError(errors)
        old = activities[n]
        activities[n] = Activity(activity_id, n, data, old.created_at, self._now())
        return activities[n]

    def delete_activity(self, activity_id: str) -> None:
        self.calls.append(("delete_activity", activity_id))
        activities, n = self._find(activity_id)
        del activities[n]
        self._renumber(activities)
        self._drop_entries(activity_id)

    def move_activity(self, activity_id: str, offset: int) -> None:
        self.calls.append(("move_activity", activity_id, offset))
        activities, n = self._find(activity_id)
        target = max(0, min(len(activities) - 1, n + offset))
        activities.insert(target, activities.pop(n))
        self._renumber(activities)

    # -- progress --------------------------------------------------------------------------

    def _drop_entries(self, activity_id: str) -> None:
        for key in [k for k, e in self.entries.items() if e.data.activity_id == activity_id]:
            del self.entries[key]

    def _year_of(self, activity_id: str) -> int:
        activities, n = self._find(activity_id)
        return self.promises[activities[n].data.promise_id].data.year

    def progress(self, activity_id: str) -> list[Progress]:
        found = [e for e in self.entries.values() if e.data.activity_id == activity_id]
        return sorted(found, key=lambda e: e.data.on)

    def add_progress(self, data: ProgressInput) -> Progress:
        self.calls.append(("add_progress", data))
        year = self._year_of(data.activity_id)
        if errors := validate_progress(data, year=year, today=self.today):
            raise ValidationError(errors)
        entry = Progress(self._id("g"), data, self._now())
        self.entries[entry.id] = entry
        return entry

    def update_progress(self, progress_id: str, data: ProgressInput) -> Progress:
        self.calls.append(("update_progress", progress_id, data))
        if progress_id not in self.entries:
            raise NotFoundError
        year = self._year_of(data.activity_id)
        if errors := validate_progress(data, year=year, today=self.today):
            raise ValidationError(errors)
        entry = Progress(progress_id, data, self.entries[progress_id].created_at)
        self.entries[progress_id] = entry
        return entry

    def delete_progress(self, progress_id: str) -> None:
        self.calls.append(("delete_progress", progress_id))
        if self.entries.pop(progress_id, None) is None:
            raise NotFoundError

    # -- follow-up -------------------------------------------------------------------------

    def follow_up(self, promise_id: str, quarter: int) -> PromiseReport:
        self.calls.append(("follow_up", promise_id, quarter))
        promise = self.get_promise(promise_id)
        results = []
        for activity in self.activity_list[promise_id]:
            by_quarter = []
            for q in range(1, quarter + 1):
                end = quarter_bounds(promise.data.year, q)[1]
                manual = sum(e.data.amount for e in self.progress(activity.id) if e.data.on <= end)
                counted = self.counted.get(activity.id, (0.0,) * QUARTERS)[q - 1]
                by_quarter.append((manual, counted))
            manual, counted = by_quarter[-1]
            results.append(
                ActivityResult(
                    activity,
                    manual,
                    counted,
                    tuple(m + c for m, c in by_quarter),
                    fulfilment(manual + counted, activity.data.target, quarter),
                )
            )
        return PromiseReport(promise, promise.data.year, quarter, self.today, tuple(results))

    def report_pdf(self, promise_id: str, quarter: int) -> bytes:
        self.calls.append(("report_pdf", promise_id, quarter))
        self.get_promise(promise_id)
        return self.pdf
