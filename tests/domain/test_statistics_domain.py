"""The lägesbild's periods, buckets and bands (domain/statistics.py)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sspf_desk.domain.statistics import (
    NO_MEETING_YET,
    UNKNOWN_AGE,
    Granularity,
    StatsQuery,
    age_band,
    age_on,
    bucket_of,
    buckets,
    lead_time_band,
    validate_query,
)


def test_month_buckets_are_clipped_to_the_period() -> None:
    found = buckets(StatsQuery(date(2024, 1, 15), date(2024, 3, 3)))
    assert [b.key for b in found] == ["2024-01", "2024-02", "2024-03"]
    assert [b.label for b in found] == ["jan 2024", "feb 2024", "mar 2024"]
    assert (found[0].start, found[0].end) == (date(2024, 1, 15), date(2024, 1, 31))
    assert (found[1].start, found[1].end) == (date(2024, 2, 1), date(2024, 2, 29))
    assert (found[2].start, found[2].end) == (date(2024, 3, 1), date(2024, 3, 3))


def test_quarter_and_year_buckets() -> None:
    query = StatsQuery(date(2023, 11, 1), date(2024, 5, 31), Granularity.QUARTER)
    assert [(b.key, b.label) for b in buckets(query)] == [
        ("2023Q4", "kv 4 2023"),
        ("2024Q1", "kv 1 2024"),
        ("2024Q2", "kv 2 2024"),
    ]
    years = buckets(StatsQuery(date(2022, 6, 1), date(2024, 1, 1), Granularity.YEAR))
    assert [b.key for b in years] == ["2022", "2023", "2024"]
    assert years[-1].end == date(2024, 1, 1)


@given(
    start=st.dates(date(2000, 1, 1), date(2030, 12, 31)),
    length=st.integers(0, 800),
    granularity=st.sampled_from(Granularity),
)
def test_buckets_cover_every_day_once(start: date, length: int, granularity: Granularity) -> None:
    end = start + timedelta(days=length)
    found = buckets(StatsQuery(start, end, granularity))
    assert found[0].start == start
    assert found[-1].end == end
    for before, after in itertools.pairwise(found):
        assert after.start == before.end + timedelta(days=1)
    for bucket in found:
        assert bucket_of(bucket.start, granularity).key == bucket.key
        assert bucket_of(bucket.end, granularity).key == bucket.key
    assert len({b.key for b in found}) == len(found)


def test_age_on_counts_completed_years() -> None:
    assert age_on(date(2010, 3, 15), date(2024, 3, 14)) == 13
    assert age_on(date(2010, 3, 15), date(2024, 3, 15)) == 14
    assert age_on(date(2008, 2, 29), date(2024, 2, 28)) == 15


@pytest.mark.parametrize(
    ("birth", "day", "band"),
    [
        (date(2013, 1, 2), date(2025, 1, 1), "under 12 år"),
        (date(2013, 1, 1), date(2025, 1, 1), "12–14 år"),
        (date(2010, 1, 1), date(2025, 1, 1), "15–17 år"),
        (date(2007, 1, 1), date(2025, 1, 1), "18–20 år"),
        (date(2004, 1, 1), date(2025, 1, 1), "21 år och äldre"),
        (None, date(2025, 1, 1), UNKNOWN_AGE),
        (date(2026, 1, 1), date(2025, 1, 1), UNKNOWN_AGE),
    ],
)
def test_age_bands(birth: date | None, day: date, band: str) -> None:
    assert age_band(birth, day) == band


@pytest.mark.parametrize(
    ("days", "band"),
    [
        (0, "0–7 dagar"),
        (7, "0–7 dagar"),
        (8, "8–14 dagar"),
        (30, "15–30 dagar"),
        (31, "31–60 dagar"),
        (61, "mer än 60 dagar"),
        (None, NO_MEETING_YET),
    ],
)
def test_lead_time_bands(days: int | None, band: str) -> None:
    assert lead_time_band(days) == band


def test_validate_query() -> None:
    assert validate_query(StatsQuery(date(2024, 1, 1), date(2024, 12, 31))) == {}
    assert "end" in validate_query(StatsQuery(date(2024, 1, 2), date(2024, 1, 1)))
    assert "end" in validate_query(StatsQuery(date(2000, 1, 1), date(2024, 1, 1)))


def test_validate_query_refuses_dates_far_out() -> None:
    far = StatsQuery(date(9999, 12, 1), date(9999, 12, 31))
    assert validate_query(far) == {
        "start": "Ange ett datum mellan år 1900 och 2100.",
        "end": "Ange ett datum mellan år 1900 och 2100.",
    }
    assert "start" in validate_query(StatsQuery(date(1899, 12, 31), date(1900, 1, 2)))
