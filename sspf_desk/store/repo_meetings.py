"""Queries over meetings, their attendance, agenda, actions and versions (caller's session)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date, time
from typing import NamedTuple

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from sspf_desk.domain import ItemVisibility, MeetingStatus, MeetingType
from sspf_desk.errors import NotFoundError
from sspf_desk.store.models_meetings import (
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
    MeetingSeriesRecord,
    MeetingVersionRecord,
)

#: Ids per ``IN (…)`` query (well below SQLite's limit on bound parameters).
_CHUNK = 500


class MeetingNotFoundError(NotFoundError):
    """A meeting asked for by id does not exist (any longer)."""

    message_sv = "Mötet finns inte."
    message_en = "The meeting does not exist."


def get_meeting(session: Session, meeting_id: str) -> MeetingRecord:
    """Return a meeting or raise :class:`MeetingNotFoundError` (a :class:`NotFoundError`)."""
    record = session.get(MeetingRecord, meeting_id)
    if record is None:
        raise MeetingNotFoundError()
    return record


def get_series(session: Session, series_id: str) -> MeetingSeriesRecord:
    """Return a meeting series or raise :class:`NotFoundError`."""
    record = session.get(MeetingSeriesRecord, series_id)
    if record is None:
        raise NotFoundError()
    return record


def get_item(session: Session, item_id: str) -> AgendaItemRecord:
    """Return an agenda item or raise :class:`NotFoundError`."""
    record = session.get(AgendaItemRecord, item_id)
    if record is None:
        raise NotFoundError()
    return record


def attendees_of(session: Session, meeting_id: str) -> list[MeetingAttendeeRecord]:
    """Return the meeting's attendees in the order of the list."""
    query = (
        select(MeetingAttendeeRecord)
        .where(MeetingAttendeeRecord.meeting_id == meeting_id)
        .order_by(MeetingAttendeeRecord.position)
    )
    return list(session.scalars(query))


def _chunks(ids: Collection[str]) -> Iterator[list[str]]:
    """The distinct ids, sorted, in chunks of at most ``_CHUNK``."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def items_of(session: Session, meeting_ids: Collection[str]) -> list[AgendaItemRecord]:
    """Return the agenda items of the meetings, ordered by meeting (id), then number."""
    found: list[AgendaItemRecord] = []
    for chunk in _chunks(meeting_ids):
        query = (
            select(AgendaItemRecord)
            .where(AgendaItemRecord.meeting_id.in_(chunk))
            .order_by(AgendaItemRecord.meeting_id, AgendaItemRecord.number, AgendaItemRecord.id)
        )
        found.extend(session.scalars(query))
    return found


def actions_of(session: Session, item_ids: Collection[str]) -> list[MeetingActionRecord]:
    """Return the actions of the agenda items, ordered by item (id), then position."""
    found: list[MeetingActionRecord] = []
    for chunk in _chunks(item_ids):
        query = (
            select(MeetingActionRecord)
            .where(MeetingActionRecord.agenda_item_id.in_(chunk))
            .order_by(MeetingActionRecord.agenda_item_id, MeetingActionRecord.position)
        )
        found.extend(session.scalars(query))
    return found


def versions_of(session: Session, meeting_id: str) -> list[MeetingVersionRecord]:
    """Return the kept earlier versions of a meeting's minutes, oldest first."""
    query = (
        select(MeetingVersionRecord)
        .where(MeetingVersionRecord.meeting_id == meeting_id)
        .order_by(MeetingVersionRecord.number)
    )
    return list(session.scalars(query))


def previous_meeting(
    session: Session, meeting_type: MeetingType, before: date, series_id: str | None
) -> MeetingRecord | None:
    """Return the latest meeting of ``meeting_type`` held strictly before ``before``.

    Only meetings that took place count (held, finalized or approved): a series plans its
    meetings ahead, and an earlier meeting still planned has nothing to carry. With a
    ``series_id`` only meetings of that series count.
    """
    query = (
        select(MeetingRecord)
        .where(MeetingRecord.meeting_type == meeting_type)
        .where(MeetingRecord.held_on < before)
        .where(MeetingRecord.status != MeetingStatus.PLANNED)
        .order_by(
            MeetingRecord.held_on.desc(),
            MeetingRecord.starts_at.desc(),
            MeetingRecord.created_at.desc(),
        )
        .limit(1)
    )
    if series_id is not None:
        query = query.where(MeetingRecord.series_id == series_id)
    return session.scalars(query).first()


class ListedMeeting(NamedTuple):
    """The columns of a meeting a list row needs, with counts of its agenda items.

    ``named_count`` counts the items that name a young person (visibility named).
    """

    id: str
    meeting_type: MeetingType
    title: str
    held_on: date
    starts_at: time | None
    place: str
    status: MeetingStatus
    version: int
    series_id: str | None
    item_count: int
    named_count: int


def meeting_listing(session: Session, *conditions: ColumnElement[bool]) -> list[ListedMeeting]:
    """Return the meetings matching ``conditions`` with item counts, newest first (one query)."""
    named = (AgendaItemRecord.young_person_id.is_not(None)) & (
        AgendaItemRecord.visibility == ItemVisibility.NAMED
    )
    counts = (
        select(
            AgendaItemRecord.meeting_id.label("meeting_id"),
            func.count().label("item_count"),
            func.sum(case((named, 1), else_=0)).label("named_count"),
        )
        .group_by(AgendaItemRecord.meeting_id)
        .subquery()
    )
    query = (
        select(
            MeetingRecord.id,
            MeetingRecord.meeting_type,
            MeetingRecord.title,
            MeetingRecord.held_on,
            MeetingRecord.starts_at,
            MeetingRecord.place,
            MeetingRecord.status,
            MeetingRecord.version,
            MeetingRecord.series_id,
            func.coalesce(counts.c.item_count, 0),
            func.coalesce(counts.c.named_count, 0),
        )
        .outerjoin(counts, counts.c.meeting_id == MeetingRecord.id)
        .where(*conditions)
        .order_by(
            MeetingRecord.held_on.desc(),
            MeetingRecord.starts_at.desc(),
            MeetingRecord.id,
        )
    )
    return [ListedMeeting(*row) for row in session.execute(query)]
