"""Counting helpers of the lägesbild: months to buckets, GROUP BY month and category.

Every bucket of a query (month, quarter, year, clipped to the period) is a union of months,
so counts are grouped by the month of the record's date (``YYYY-MM``, the first seven
characters of a stored ``YYYY-MM-DD``) and added into the buckets here.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from sspf_desk.domain.statistics import StatsQuery, bucket_of, buckets
from sspf_desk.store.models import YoungPersonRecord

Matrix = list[list[int]]


@dataclass(frozen=True, slots=True)
class RawTable:
    """Unsuppressed counts: ``counts[row][bucket]``, rows labelled in order."""

    key: str
    row_labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]


class Counter:
    """Fills a rows × buckets matrix from (month ``YYYY-MM``, category, count) rows."""

    def __init__(self, query: StatsQuery, categories: Sequence[Hashable]) -> None:
        self.query = query
        self._row = {category: k for k, category in enumerate(categories)}
        self._column: dict[str, int] = {}
        keys = {bucket.key: k for k, bucket in enumerate(buckets(query))}
        year, month = query.start.year, query.start.month
        while (year, month) <= (query.end.year, query.end.month):
            first = date(year, month, 1)
            self._column[first.isoformat()[:7]] = keys[bucket_of(first, query.granularity).key]
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        self.counts: Matrix = [[0] * len(keys) for _ in categories]

    @property
    def column(self) -> dict[str, int]:
        """Bucket index by month (``YYYY-MM``)."""
        return self._column

    @property
    def rows(self) -> dict[Hashable, list[int]]:
        """The row of counts by category (to add to in place)."""
        return {category: self.counts[k] for category, k in self._row.items()}

    def add(self, rows: Iterable[Sequence[Any]]) -> Counter:
        for month, category, count in rows:
            self.counts[self._row[category]][self._column[month]] += count
        return self

    def table(self, key: str, labels: Sequence[str]) -> RawTable:
        return RawTable(key, tuple(labels), tuple(tuple(row) for row in self.counts))


def month_of(day: Any) -> ColumnElement[str]:
    """``YYYY-MM`` of a stored date (dates are ``YYYY-MM-DD`` text in SQLite)."""
    return func.substr(type_coerce(day, String), 1, 7)


def in_period(day: Any, query: StatsQuery) -> ColumnElement[bool]:
    text = type_coerce(day, String)
    return and_(text >= query.start.isoformat(), text <= query.end.isoformat())


def grouped(
    session: Session, day: Any, category: Any, base: Select[Any], query: StatsQuery
) -> list[Sequence[Any]]:
    """(month, category, count) of ``base``'s rows whose ``day`` is in the period."""
    month = month_of(day)
    stmt = (
        base.add_columns(month, category, func.count())
        .where(in_period(day, query))
        .group_by(month, category)
    )
    return [tuple(row) for row in session.execute(stmt)]


def person_area(query: StatsQuery) -> list[ColumnElement[bool]]:
    return [] if query.area is None else [YoungPersonRecord.area == query.area]


def as_text(column: Any) -> ColumnElement[str]:
    """A column read as its stored text (no per-value conversion by SQLAlchemy)."""
    return type_coerce(column, String)


class Days:
    """Stored ``YYYY-MM-DD`` text to dates, each distinct day parsed once."""

    def __init__(self) -> None:
        self._seen: dict[str, date] = {}

    def __call__(self, text: str | None) -> date | None:
        if text is None:
            return None
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = date.fromisoformat(text)
        return found


@dataclass(frozen=True, slots=True)
class Counted:
    """What a GROUP BY counts: rows of ``base`` by ``category``, dated by ``day``."""

    day: Any
    category: Any
    base: Select[Any]


def enum_table(
    session: Session, query: StatsQuery, key: str, labels: Mapping[Any, str], counted: Counted
) -> RawTable:
    """A table with one row per member of ``labels`` (in its order)."""
    rows = grouped(session, counted.day, counted.category, counted.base, query)
    members = list(labels)
    return Counter(query, members).add(rows).table(key, [labels[m] for m in members])
