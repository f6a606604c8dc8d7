"""Queries over the group and area level (sites, observations, measures); caller's session."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sspf_desk.domain import ActionStatus
from sspf_desk.domain.group_level import MeasureKind, SiteKind
from sspf_desk.errors import NotFoundError
from sspf_desk.store.models_group_level import (
    GroupMeasureRecord,
    GroupObservationRecord,
    GroupSiteRecord,
)

#: Statuses of a measure still to be carried out.
OPEN_STATUSES = (ActionStatus.PLANNED, ActionStatus.ONGOING)


def get_site(session: Session, site_id: str) -> GroupSiteRecord:
    """Return a site or raise :class:`NotFoundError`."""
    record = session.get(GroupSiteRecord, site_id)
    if record is None:
        raise NotFoundError()
    return record


def observations_of(session: Session, site_id: str) -> list[GroupObservationRecord]:
    """The site's observations, newest first (same day: latest recorded first)."""
    query = (
        select(GroupObservationRecord)
        .where(GroupObservationRecord.site_id == site_id)
        .order_by(
            GroupObservationRecord.observed_on.desc(),
            GroupObservationRecord.created_at.desc(),
            GroupObservationRecord.id,
        )
    )
    return list(session.scalars(query))


def measures_of(session: Session, site_id: str) -> list[GroupMeasureRecord]:
    """The site's measures: open ones (planned, ongoing) first, then newest first.

    "Newest" is the day done, else planned, else the day recorded.
    """
    record = GroupMeasureRecord
    closed = record.status.not_in(OPEN_STATUSES)
    day = func.coalesce(record.done_on, record.planned_on, func.date(record.created_at))
    query = (
        select(record)
        .where(record.site_id == site_id)
        .order_by(closed, day.desc(), record.created_at.desc(), record.id)
    )
    return list(session.scalars(query))


def site_areas(session: Session) -> list[str]:
    """The distinct non-empty areas of the sites (unsorted: callers sort the Swedish way)."""
    query = select(GroupSiteRecord.area).where(GroupSiteRecord.area != "").distinct()
    return list(session.scalars(query))


class ListedSite(NamedTuple):
    """A site with what its observations and measures add up to (one line of the list).

    ``open_measures`` counts measures planned or ongoing; ``next_follow_up`` is the earliest
    follow-up day of a measure not yet followed up: planned or ongoing, or done without a
    follow-up text (cancelled measures never).
    """

    id: str
    name: str
    kind: SiteKind
    area: str
    active: bool
    observations: int
    last_observed_on: date | None
    open_measures: int
    next_follow_up: date | None


def site_rows(session: Session) -> list[ListedSite]:
    """Every site with its counts (unsorted: callers sort the Swedish way)."""
    observed = (
        select(
            GroupObservationRecord.site_id,
            func.count().label("n"),
            func.max(GroupObservationRecord.observed_on).label("last"),
        )
        .group_by(GroupObservationRecord.site_id)
        .subquery()
    )
    measure = GroupMeasureRecord
    is_open = measure.status.in_(OPEN_STATUSES)
    awaiting = or_(is_open, and_(measure.status == ActionStatus.DONE, measure.follow_up == ""))
    measured = (
        select(
            measure.site_id,
            func.count().filter(is_open).label("open"),
            func.min(measure.follow_up_on).filter(awaiting).label("next"),
        )
        .group_by(measure.site_id)
        .subquery()
    )
    site = GroupSiteRecord
    query = (
        select(
            site.id,
            site.name,
            site.kind,
            site.area,
            site.active,
            func.coalesce(observed.c.n, 0),
            observed.c.last,
            func.coalesce(measured.c.open, 0),
            measured.c.next,
        )
        .outerjoin(observed, observed.c.site_id == site.id)
        .outerjoin(measured, measured.c.site_id == site.id)
        .order_by(site.name, site.id)
    )
    return [ListedSite(*row) for row in session.execute(query)]


def measure_totals(
    session: Session, kind: MeasureKind, start: date, end: date, area: str | None = None
) -> tuple[int, float]:
    """The number of measures of ``kind`` done in ``start``–``end`` and the sum of their hours.

    A measure counts when its status is done and its done day lies in the period (both days
    included; see ``domain.group_level.counts_as_done``); measures without hours add 0 hours.
    ``area`` keeps only measures at sites of that area ("" or None: every area).
    """
    measure = GroupMeasureRecord
    query = select(func.count(), func.coalesce(func.sum(measure.hours), 0.0)).where(
        measure.kind == kind,
        measure.status == ActionStatus.DONE,
        measure.done_on.is_not(None),
        measure.done_on >= start,
        measure.done_on <= end,
    )
    if area:
        query = query.join(GroupSiteRecord, GroupSiteRecord.id == measure.site_id).where(
            GroupSiteRecord.area == area
        )
    number, hours = session.execute(query).one()
    return int(number), float(hours or 0.0)
