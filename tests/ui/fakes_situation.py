"""Fake of the statistics service for the Lägesbild page tests: hand-made pictures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sspf_desk.domain.statistics import (
    KeyFigure,
    SituationPicture,
    SituationTable,
    StatsQuery,
    buckets,
)
from sspf_desk.domain.suppression import (
    SUPPRESSED,
    PublishedCount,
    PublishedTable,
    Suppression,
    suppress_table,
)
from sspf_desk.errors import KnownError

SECTORS = ("Skola", "Socialtjänst", "Polis", "Fritid")
AREAS = ("Centrum", "Norra Åby", "Östermalm", "Södra hamnen", "Väster", "Älvsjö", "Ängby")


def shown(value: int) -> PublishedCount:
    return PublishedCount(value)


def hidden(primary: bool = True) -> PublishedCount:
    return PublishedCount(SUPPRESSED, Suppression.PRIMARY if primary else Suppression.SECONDARY)


def hand_table() -> SituationTable:
    """Two sectors × three months; four hidden cells on a cycle (1–4 and one to protect)."""
    published = PublishedTable(
        cells=((shown(12), hidden(), hidden()), (shown(0), hidden(), hidden(False))),
        row_totals=(shown(16), shown(7)),
        column_totals=(shown(12), shown(5), shown(6)),
        grand_total=shown(23),
    )
    return SituationTable(
        key="concerns_by_sector",
        title="Nya orosignaler per sektor",
        row_heading="Sektor",
        row_labels=("Skola", "Socialtjänst"),
        column_labels=("jan 2026", "feb 2026", "mar 2026"),
        column_keys=("2026-01", "2026-02", "2026-03"),
        published=published,
        note="Orosignaler på individnivå efter den sektor som lämnade dem.",
    )


def table_of(
    key: str,
    title: str,
    heading: str,
    labels: Sequence[str],
    counts: list[list[int]],
    query: StatsQuery,
) -> SituationTable:
    columns = buckets(query)
    return SituationTable(
        key=key,
        title=title,
        row_heading=heading,
        row_labels=tuple(labels),
        column_labels=tuple(b.label for b in columns),
        column_keys=tuple(b.key for b in columns),
        published=suppress_table(counts),
        note=f"Räknat efter {heading.lower()}.",
    )


def make_picture(query: StatsQuery, made_on: date = date(2026, 5, 20)) -> SituationPicture:
    """A picture with a few-category table, a many-category one and key figures."""
    width = len(buckets(query))
    sectors = [[(7 * r + 3 * c) % 11 + 5 for c in range(width)] for r in range(4)]
    sectors[1][min(1, width - 1)] = 2  # one small count: a few cells hidden
    areas = [[(5 * r + 2 * c) % 13 for c in range(width)] for r in range(len(AREAS))]
    return SituationPicture(
        query=query,
        made_on=made_on,
        area_label=query.area or "Hela kommunen",
        tables=(
            table_of(
                "concerns_by_sector",
                "Nya orosignaler per sektor",
                "Sektor",
                SECTORS,
                sectors,
                query,
            ),
            table_of(
                "concerns_by_area", "Nya orosignaler per område", "Område", AREAS, areas, query
            ),
        ),
        key_figures=(
            KeyFigure("new_concerns", "Nya orosignaler", "128"),
            KeyFigure(
                "median_days",
                "Median antal dagar till första möte",
                "12",
                note="Räknat på ärenden som haft ett möte.",
            ),
            KeyFigure("open_cases", "Öppna ärenden vid periodens slut", ".."),
        ),
    )


class FakeStatistics:
    """Answers with ``make_picture``; records what was asked; fails on demand."""

    def __init__(self, areas: tuple[str, ...] = ("Centrum", "Östermalm")) -> None:
        self.area_names = areas
        self.queries: list[StatsQuery] = []
        self.pdf_queries: list[StatsQuery] = []
        self.csv_queries: list[StatsQuery] = []
        self.error: KnownError | None = None

    def situation_picture(self, query: StatsQuery) -> SituationPicture:
        self.queries.append(query)
        if self.error is not None:
            raise self.error
        return make_picture(query)

    def areas(self) -> tuple[str, ...]:
        return self.area_names

    def report_pdf(self, query: StatsQuery) -> bytes:
        self.pdf_queries.append(query)
        return b"%PDF-1.7 lagesbild"

    def report_csv(self, query: StatsQuery) -> str:
        self.csv_queries.append(query)
        return "key;title;category;jan 2026;Totalt\nconcerns_by_sector;Sektor;Skola;12;12\n"
