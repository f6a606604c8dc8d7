"""The lägesbild as CSV: semicolon-separated, one block per table, published labels only.

Layout (UTF-8 text; a spreadsheet opens it with ``;`` as separator)::

    Lägesbild;2025-01-01;2025-12-31;Månad;Hela kommunen;2026-01-10
    <blank>
    key;title;<row heading>;jan 2025;…;Totalt
    concerns_by_sector;Nya orosignaler efter sektor;Skola;12;..;…;40
    …
    concerns_by_sector;Nya orosignaler efter sektor;Totalt;…
    <blank>
    … one block per table …
    key;title;Nyckeltal;Värde
    key_figures;Nyckeltal;Nya orosignaler (individnivå);123
    <blank>
    Förklaring;.. = uppgiften visas inte: …

Hidden entries are ``..`` (LEGEND); no raw count is ever written.
"""

from __future__ import annotations

import csv
import io

from sspf_desk.domain.statistics import GRANULARITY_LABELS, SituationPicture, SituationTable
from sspf_desk.domain.suppression import LEGEND

TOTAL = "Totalt"


def _table_rows(table: SituationTable) -> list[list[str]]:
    head = [table.key, table.title]
    published = table.published
    rows = [["key", "title", table.row_heading, *table.column_labels, TOTAL]]
    for label, cells, total in zip(
        table.row_labels, published.cells, published.row_totals, strict=True
    ):
        rows.append([*head, label, *(c.label for c in cells), total.label])
    rows.append(
        [*head, TOTAL, *(c.label for c in published.column_totals), published.grand_total.label]
    )
    return rows


def situation_csv(picture: SituationPicture) -> str:
    """The picture as CSV text (see the module text)."""
    query = picture.query
    rows: list[list[str]] = [
        [
            "Lägesbild",
            query.start.isoformat(),
            query.end.isoformat(),
            GRANULARITY_LABELS[query.granularity],
            picture.area_label,
            picture.made_on.isoformat(),
        ],
        [],
    ]
    for table in picture.tables:
        rows.extend(_table_rows(table))
        rows.append([])
    rows.append(["key", "title", "Nyckeltal", "Värde"])
    rows.extend(["key_figures", "Nyckeltal", f.label, f.value] for f in picture.key_figures)
    rows.append([])
    rows.append(["Förklaring", LEGEND])
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()
