"""Queries over medborgarlöften and what their activities count; caller's session."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sspf_desk.domain import MeetingStatus, MeetingType
from sspf_desk.errors import NotFoundError
from sspf_desk.store.models_meetings import MeetingRecord
from sspf_desk.store.models_promises import (
    PromiseActivityRecord,
    PromiseProgressRecord,
    PromiseRecord,
)

#: Ids per ``IN (…)`` query (well below SQLite's limit on bound parameters).
_CHUNK = 500


def get_promise(session: Session, promise_id: str) -> PromiseRecord:
    """Return a promise or raise :class:`NotFoundError`."""
    record = session.get(PromiseRecord, promise_id)
    if record is None:
        raise NotFoundError()
    return record


def get_activity(session: Session, activity_id: str) -> PromiseActivityRecord:
    """Return an activity or raise :class:`NotFoundError`."""
    record = session.get(PromiseActivityRecord, activity_id)
    if record is None:
        raise NotFoundError()
    return record


def activities_of(session: Session, promise_id: str) -> list[PromiseActivityRecord]:
    """The promise's activities by position."""
    query = (
        select(PromiseActivityRecord)
        .where(PromiseActivityRecord.promise_id == promise_id)
        .order_by(PromiseActivityRecord.position, PromiseActivityRecord.created_at)
    )
    return list(session.scalars(query))


def progress_of(session: Session, activity_ids: Collection[str]) -> list[PromiseProgressRecord]:
    """The progress entries of the activities, by day (then as recorded)."""
    ids = list(activity_ids)
    found: list[PromiseProgressRecord] = []
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first : first + _CHUNK]
        query = select(PromiseProgressRecord).where(PromiseProgressRecord.activity_id.in_(chunk))
        found.extend(session.scalars(query))
    return sorted(found, key=lambda row: (row.on_day, row.created_at, row.id))


class ListedPromise(NamedTuple):
    """A promise and how many activities it has (one line of the list)."""

    id: str
    year: int
    title: str
    municipality: str
    police_area: str
    activities: int


def promise_rows(session: Session) -> list[ListedPromise]:
    """Every promise, newest year first, then by title."""
    counts = (
        select(PromiseActivityRecord.promise_id, func.count().label("n"))
        .group_by(PromiseActivityRecord.promise_id)
        .subquery()
    )
    promise = PromiseRecord
    query = (
        select(
            promise.id,
            promise.year,
            promise.title,
            promise.municipality,
            promise.police_area,
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(counts, counts.c.promise_id == promise.id)
        .order_by(promise.year.desc(), promise.title, promise.id)
    )
    return [ListedPromise(*row) for row in session.execute(query)]


def meetings_held(session: Session, meeting_type: MeetingType, start: date, end: date) -> int:
    """Meetings of ``meeting_type`` held in ``start``–``end`` (both included; not planned ones)."""
    query = select(func.count()).where(
        MeetingRecord.meeting_type == meeting_type,
        MeetingRecord.status != MeetingStatus.PLANNED,
        MeetingRecord.held_on >= start,
        MeetingRecord.held_on <= end,
    )
    return int(session.execute(query).scalar_one())
