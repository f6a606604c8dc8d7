"""The lägesbild: a year of statistics by month, for the whole municipality and one area.

Set-up (untimed) opens the reference vault and makes the picture once (caches warm). Timed:
``StatisticsService.situation_picture`` as the dashboard calls it — every table counted in
SQL (the large vault holds 50 000 concerns), suppressed (the five concern tables linked)
and published. The vault is closed without saving.

Baselines, in the same run on the same data: the same service code on the plain SQLite and
SQLCipher copies of the vault (what our encrypted in-memory store costs against a mature
encrypted SQLite), and a *floor*: one hand-written ``GROUP BY`` (individual-level concerns
of the year by month and sector, the cheapest query any lägesbild needs) on the plain SQLite
copy (the app's own vault is open in the app case: one process holds it once).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import text

from benchmarks.fixtures import Fixture, opened_workspace, peer_store
from benchmarks.registry import FLOOR, SQLCIPHER, SQLITE, Case, Operation, Target
from benchmarks.timing import Trial
from sspf_desk.domain.statistics import Granularity, StatsQuery
from sspf_desk.services.demo import REFERENCE_DAY
from sspf_desk.services.statistics import StatisticsService

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


_FLOOR_SQL = text(
    "SELECT substr(received_on, 1, 7) AS month, source_sector, count(*) FROM concern "
    "WHERE level = 'individual' AND received_on BETWEEN :start AND :end "
    "GROUP BY month, source_sector"
)


@contextmanager
def _floor(fixture: Fixture) -> Iterator[Trial]:
    """One GROUP BY of the year's individual concerns by month and sector (plain SQLite)."""
    with peer_store(fixture, SQLITE) as store:
        params = {"start": YEAR.start.isoformat(), "end": YEAR.end.isoformat()}

        def step() -> None:
            with store.unit_of_work() as session:
                rows = session.execute(_FLOOR_SQL, params).all()
            if not rows:
                raise RuntimeError("no concerns in the year")

        yield Trial([step])


def _peer(kind: str, by_area: bool) -> Case:
    @contextmanager
    def case(fixture: Fixture) -> Iterator[Trial]:
        with peer_store(fixture, kind) as store:
            statistics = StatisticsService(store)
            areas = statistics.areas()
            area = areas[0] if by_area and areas else None
            query = StatsQuery(YEAR.start, YEAR.end, YEAR.granularity, area)
            statistics.situation_picture(query)

            def step() -> None:
                statistics.situation_picture(query)

            yield Trial([step])

    case.__doc__ = f"The same lägesbild code on {kind}."
    return case


def _baselines(by_area: bool) -> dict[str, Case]:
    return {FLOOR: _floor, SQLCIPHER: _peer(SQLCIPHER, by_area), SQLITE: _peer(SQLITE, by_area)}


OPERATIONS = [
    Operation(
        name="stats_year_month",
        title="Lägesbild (year by month)",
        app=_stats_case(False, "A year by month for the whole municipality."),
        baselines=_baselines(False),
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
        baselines=_baselines(True),
        targets=(Target("≤ 1 000 ms", at_most=1000.0),),
        note="The same for one area (young persons', concerns' and sites' area filter).",
        warmup=1,
        repeat=9,
    ),
]
