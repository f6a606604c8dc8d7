"""The lägesbild: a year of statistics by month, for the whole municipality and one area.

Set-up (untimed) opens the reference vault and makes the picture once (caches warm). Timed:
``StatisticsService.situation_picture`` as the dashboard calls it — every table counted in
SQL (the large vault holds 50 000 concerns), suppressed (the five concern tables linked)
and published. The vault is closed without saving.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from benchmarks.fixtures import Fixture, opened_workspace
from benchmarks.registry import Case, Operation, Target
from benchmarks.timing import Trial
from sspf_desk.domain.statistics import Granularity, StatsQuery
from sspf_desk.services.demo import REFERENCE_DAY

#: Twelve months up to the demo's reference day.
YEAR = StatsQuery(REFERENCE_DAY - timedelta(days=364), REFERENCE_DAY, Granularity.MONTH)


def _stats_case(by_area: bool, doc: str) -> Case:
    @contextmanager
    def case(fixture: Fixture) -> Iterator[Trial]:
        with opened_workspace(fixture) as workspace:
            statistics = workspace.statistics
            areas = statistics.areas()
            area = areas[0] if by_area and areas else None
            query = StatsQuery(YEAR.start, YEAR.end, YEAR.granularity, area)
            statistics.situation_picture(query)

            def step() -> None:
                picture = statistics.situation_picture(query)
                if len(picture.tables[0].column_keys) < 12:
                    raise RuntimeError("not a year by month")

            yield Trial([step])

    case.__doc__ = doc
    return case


OPERATIONS = [
    Operation(
        name="stats_year_month",
        title="Lägesbild (year by month)",
        app=_stats_case(False, "A year by month for the whole municipality."),
        targets=(
            Target("≤ 1 500 ms", at_most=1500.0),
            Target("p95 ≤ 2 000 ms", at_most=2000.0, stat="p95"),
        ),
        note="situation_picture: 13 tables counted in SQL, suppressed and published.",
        warmup=1,
        repeat=9,
    ),
    Operation(
        name="stats_year_area",
        title="Lägesbild (year by month, one area)",
        app=_stats_case(True, "A year by month for the first area of the filter."),
        targets=(Target("≤ 1 000 ms", at_most=1000.0),),
        note="The same for one area (young persons', concerns' and sites' area filter).",
        warmup=1,
        repeat=9,
    ),
]
