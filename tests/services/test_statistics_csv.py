"""The lägesbild as CSV (issue 6): one block per table, published labels only, the legend."""

from __future__ import annotations

import csv
import io
from datetime import date

from sspf_desk.domain.statistics import (
    Granularity,
    KeyFigure,
    SituationPicture,
    SituationTable,
    StatsQuery,
)
from sspf_desk.domain.suppression import LEGEND, suppress_table
from sspf_desk.export.statistics_csv import situation_csv


def picture() -> SituationPicture:
    query = StatsQuery(date(2025, 1, 1), date(2025, 6, 30), Granularity.QUARTER, "Norr")
    table = SituationTable(
        key="concerns_by_sector",
        title="Nya orosignaler efter sektor",
        row_heading="Sektor",
        row_labels=("Skola", "Polis; kommun"),
        column_labels=("kv 1 2025", "kv 2 2025"),
        column_keys=("2025Q1", "2025Q2"),
        published=suppress_table([[3, 9], [8, 12]]),
        note="En mening.",
    )
    return SituationPicture(
        query=query,
        made_on=date(2025, 7, 2),
        area_label="Norr",
        tables=(table,),
        key_figures=(KeyFigure("new_concerns", "Nya orosignaler (individnivå)", "32"),),
    )


def test_csv_blocks_hold_only_published_labels() -> None:
    text = situation_csv(picture())
    assert text == (
        "Lägesbild;2025-01-01;2025-06-30;Kvartal;Norr;2025-07-02\n"
        "\n"
        "key;title;Sektor;kv 1 2025;kv 2 2025;Totalt\n"
        "concerns_by_sector;Nya orosignaler efter sektor;Skola;..;..;12\n"
        'concerns_by_sector;Nya orosignaler efter sektor;"Polis; kommun";..;..;20\n'
        "concerns_by_sector;Nya orosignaler efter sektor;Totalt;11;21;32\n"
        "\n"
        "key;title;Nyckeltal;Värde\n"
        "key_figures;Nyckeltal;Nya orosignaler (individnivå);32\n"
        "\n"
        f"Förklaring;{LEGEND}\n"
    )
    parsed = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert parsed[4][2] == "Polis; kommun"
    assert "3" not in {cell for row in parsed for cell in row}
