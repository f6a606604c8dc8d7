"""The lägesbild's vocabulary: periods, buckets, bands and the published tables.

A query names a period (first and last day, inclusive), a granularity (month, quarter or
year) and optionally an area. Every table of the lägesbild is *categories × time buckets*
with row totals, column totals and a grand total; what leaves the statistics service is
only the *published* form (``PublishedTable`` from ``domain.suppression``), never the raw
counts. Pure code: no storage, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sspf_desk.domain.suppression import PublishedTable

MONTHS_SV = (
    "jan",
    "feb",
    "mar",
    "apr",
    "maj",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)
#: The longest period a query may span (the tables stay readable, the queries quick).
MAX_PERIOD_DAYS = 366 * 10
#: The years a query may cover.
FIRST_YEAR = 1900
LAST_YEAR = 2100
#: Age bands (lower bound, label); a band runs to the next band's lower bound.
AGE_BANDS: tuple[tuple[int, str], ...] = (
    (0, "under 12 år"),
    (12, "12–14 år"),
    (15, "15–17 år"),
    (18, "18–20 år"),
    (21, "21 år och äldre"),
)
UNKNOWN_AGE = "okänd ålder"
#: Lead-time bands, days from a concern to the first meeting that took it up.
LEAD_TIME_BANDS: tuple[tuple[int, str], ...] = (
    (0, "0–7 dagar"),
    (8, "8–14 dagar"),
    (15, "15–30 dagar"),
    (31, "31–60 dagar"),
    (61, "mer än 60 dagar"),
)
NO_MEETING_YET = "inget möte ännu"
UNKNOWN_AREA = "område ej angivet"


class Granularity(StrEnum):
    """The time buckets of the tables."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


GRANULARITY_LABELS: dict[Granularity, str] = {
    Granularity.MONTH: "Månad",
    Granularity.QUARTER: "Kvartal",
    Granularity.YEAR: "År",
}


@dataclass(frozen=True, slots=True)
class StatsQuery:
    """What the lägesbild covers.

    Attributes:
        start: First day (inclusive).
        end: Last day (inclusive).
        granularity: Month, quarter or year columns.
        area: Only this area (a young person's area, a concern's or a site's area);
            None for the whole municipality.
    """

    start: date
    end: date
    granularity: Granularity = Granularity.MONTH
    area: str | None = None


def validate_query(query: StatsQuery) -> dict[str, str]:
    """Check a query; returns ``{field: Swedish message}``."""
    errors: dict[str, str] = {}
    for field, day in (("start", query.start), ("end", query.end)):
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            errors[field] = f"Ange ett datum mellan år {FIRST_YEAR} och {LAST_YEAR}."
    if errors:
        return errors
    if query.end < query.start:
        errors["end"] = "Periodens slut kan inte ligga före dess början."
    elif (query.end - query.start).days >= MAX_PERIOD_DAYS:
        errors["end"] = "Perioden får vara högst tio år."
    return errors


@dataclass(frozen=True, slots=True)
class Bucket:
    """One column of time: its key (``2024-03``, ``2024Q1``, ``2024``), label and days."""

    key: str
    label: str
    start: date
    end: date


def _month_bucket(year: int, month: int) -> Bucket:
    start = date(year, month, 1)
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    end = date.fromordinal(nxt.toordinal() - 1)
    return Bucket(f"{year}-{month:02d}", f"{MONTHS_SV[month - 1]} {year}", start, end)


def bucket_of(day: date, granularity: Granularity) -> Bucket:
    """The bucket that ``day`` falls in (not clipped to any period)."""
    if granularity is Granularity.MONTH:
        return _month_bucket(day.year, day.month)
    if granularity is Granularity.QUARTER:
        quarter = (day.month - 1) // 3 + 1
        start = date(day.year, 3 * quarter - 2, 1)
        last = _month_bucket(day.year, 3 * quarter)
        return Bucket(f"{day.year}Q{quarter}", f"kv {quarter} {day.year}", start, last.end)
    return Bucket(str(day.year), str(day.year), date(day.year, 1, 1), date(day.year, 12, 31))


def buckets(query: StatsQuery) -> tuple[Bucket, ...]:
    """The buckets of a query's period in order; the first and last clipped to the period."""
    found: list[Bucket] = []
    day = query.start
    while day <= query.end:
        bucket = bucket_of(day, query.granularity)
        clipped = Bucket(bucket.key, bucket.label, max(bucket.start, query.start), bucket.end)
        if clipped.end > query.end:
            clipped = Bucket(clipped.key, clipped.label, clipped.start, query.end)
        found.append(clipped)
        day = date.fromordinal(bucket.end.toordinal() + 1)
    return tuple(found)


def age_on(birth_date: date, day: date) -> int:
    """Completed years on ``day``."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def age_band(birth_date: date | None, day: date) -> str:
    """The age band label on ``day`` (``okänd ålder`` without a birth date)."""
    if birth_date is None or birth_date > day:
        return UNKNOWN_AGE
    age = age_on(birth_date, day)
    label = AGE_BANDS[0][1]
    for lower, band in AGE_BANDS:
        if age >= lower:
            label = band
    return label


def lead_time_band(days: int | None) -> str:
    """The lead-time band of ``days`` (``inget möte ännu`` for None)."""
    if days is None:
        return NO_MEETING_YET
    label = LEAD_TIME_BANDS[0][1]
    for lower, band in LEAD_TIME_BANDS:
        if days >= lower:
            label = band
    return label


@dataclass(frozen=True, slots=True)
class SituationTable:
    """One published table of the lägesbild: categories × buckets, margins included.

    Attributes:
        key: Code name (``concerns_by_sector``); CSV and JSON use it.
        title: Swedish heading.
        row_heading: Heading of the category column ("Sektor", "Åldersgrupp").
        row_labels: The categories, in order.
        column_labels: The bucket labels, in order.
        column_keys: The bucket keys, in order.
        published: The suppressed figures: ``published.cells[r][c]``, row/column totals.
        note: One Swedish sentence on what is counted (shown under the table).
    """

    key: str
    title: str
    row_heading: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    column_keys: tuple[str, ...]
    published: PublishedTable
    note: str = ""


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A single published figure ("Median antal dagar till första möte": "12")."""

    key: str
    label: str
    value: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class SituationPicture:
    """The whole published lägesbild of one query (what the dashboard, PDF, CSV and CLI show)."""

    query: StatsQuery
    made_on: date
    area_label: str
    tables: tuple[SituationTable, ...]
    key_figures: tuple[KeyFigure, ...]

    def table(self, key: str) -> SituationTable:
        """The table with code name ``key``; raises KeyError."""
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)
