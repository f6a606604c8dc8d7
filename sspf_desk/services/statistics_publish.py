"""From raw counts to the published lägesbild: suppression, titles, notes, key figures.

Pure (no storage): :func:`publish` turns :class:`RawCounts` into a
:class:`SituationPicture` in which every number has passed the small-count rules of
``domain.suppression``:

* the five tables over the same individual concerns (by sector, age, gender, area and lead
  time) are suppressed together (:func:`suppress_linked`): they share their column totals
  and grand total;
* closed cases are counted twice (the second row of ``cases`` and the columns of
  ``closing_reasons``): the closing reasons and the closed row are suppressed together as
  linked tables, the opened row as a line of its own, and a column total of ``cases`` is
  published only when both of its entries are;
* every other table on its own; key figures of 1–4 are hidden too;
* last, no line with a hidden total shows its zeros (``hide_profiles``): they would tell
  which sector, age band, gender or risk the few hidden records have; the risk marks hide
  the columns in which the concerns' total is hidden.
"""

from __future__ import annotations

import statistics as stats
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
    HIDDEN_LABEL,
    SUPPRESSED,
    PublishedCount,
    PublishedTable,
    Suppression,
    hide_profiles,
    suppress_line,
    suppress_linked,
    suppress_table,
)
from sspf_desk.services.statistics_queries import TABLE_KEYS, RawCounts

WHOLE_MUNICIPALITY = "Hela kommunen"
#: Concern tables over the same records (they share column totals and grand total).
LINKED_CONCERN_TABLES = (
    "concerns_by_sector",
    "concerns_by_age",
    "concerns_by_gender",
    "concerns_by_area",
    "lead_times",
)
#: The median lead time is shown only when at least this many concerns had a meeting.
MEDIAN_MINIMUM = 5

_SAME = "Samma orosignaler som i tabellen efter sektor."
#: key → (title, row heading, note)
TABLE_TEXTS: dict[str, tuple[str, str, str]] = {
    "concerns_by_sector": (
        "Nya orosignaler efter sektor",
        "Sektor",
        "Orosignaler på individnivå efter den sektor de kom från, räknade den dag de kom "
        "in; med områdesval efter den unges område.",
    ),
    "concerns_by_risk": (
        "Riskfaktorer i nya orosignaler",
        "Riskfaktor",
        "Markeringar av riskfaktorer på orosignalerna på individnivå. En orosignal kan ha "
        "flera riskfaktorer, så summan kan vara större än antalet orosignaler.",
    ),
    "concerns_by_age": (
        "Nya orosignaler efter ålder",
        "Åldersgrupp",
        f"Den unges ålder den dag orosignalen kom in. {_SAME}",
    ),
    "concerns_by_gender": (
        "Nya orosignaler efter kön",
        "Kön",
        f"Kön som det är registrerat för den unge. {_SAME}",
    ),
    "concerns_by_area": (
        "Nya orosignaler efter område",
        "Område",
        f"Den unges område. {_SAME}",
    ),
    "lead_times": (
        "Tid från orosignal till första möte",
        "Tid till första möte",
        "Dagar från att orosignalen kom in till det första genomförda mötet samma dag eller "
        f"senare med en punkt om den unge. {_SAME}",
    ),
    "consents": (
        "Samtycken",
        "Samtycken",
        "Lämnade samtycken räknas den dag de gäller från, återkallade den dag de återkallades.",
    ),
    "cases": (
        "Öppnade och avslutade ärenden",
        "Ärenden",
        "Ärenden räknas den dag de öppnades respektive avslutades. Totalt visas bara när "
        "båda raderna visas i kolumnen.",
    ),
    "closing_reasons": (
        "Avslutade ärenden efter skäl",
        "Skäl",
        "Avslutade ärenden efter skäl, den dag de avslutades (samma ärenden som raden "
        "Avslutade ärenden). Ett avslutat ärende utan angivet skäl räknas som Annat skäl.",
    ),
    "actions_by_sector": (
        "Insatser i åtagandeplaner efter sektor",
        "Sektor",
        "Punkter i åtagandeplanerna efter ansvarig sektor, räknade den dag de startar (eller "
        "den dag de lades in när startdag saknas).",
    ),
    "meetings_held": (
        "Genomförda möten",
        "Mötestyp",
        "Möten som har hållits (inte bara planerats), den dag de hölls. Möten räknas alltid "
        "för hela kommunen, också när ett område är valt.",
    ),
    "area_signals": (
        "Signaler på grupp- och områdesnivå",
        "Sektor",
        "Orosignaler på selektiv nivå (efter signalens område) och iakttagelser vid "
        "platser och grupper (efter platsens område), efter sektor.",
    ),
    "group_measures": (
        "Genomförda åtgärder på grupp- och områdesnivå",
        "Åtgärd",
        "Åtgärder vid platser och grupper som är genomförda, den dag de genomfördes.",
    ),
}


#: A total hidden because one of the entries it adds up is (never a zero: that entry is ≥ 1).
_HIDDEN_TOTAL = PublishedCount(SUPPRESSED, Suppression.SECONDARY)


def _cases(opened: Sequence[int], closed: Sequence[int], reasons: Sequence[Sequence[int]]) -> tuple[
    PublishedTable, PublishedTable
]:  # fmt: skip
    """(cases, closing_reasons): see the module text."""
    closing, closed_table = suppress_linked([reasons, [list(closed)]])
    opened_line = suppress_line(opened)
    rows = (opened_line.cells, closed_table.cells[0])
    totals = (opened_line.total, closed_table.row_totals[0])

    def column(entries: Sequence[PublishedCount], values: Sequence[int]) -> PublishedCount:
        hidden = any(e.is_suppressed for e in entries)
        return _HIDDEN_TOTAL if hidden else PublishedCount(sum(values))

    column_totals = tuple(
        column((opened_line.cells[j], closed_table.cells[0][j]), (opened[j], closed[j]))
        for j in range(len(opened))
    )
    grand = column(totals, (sum(opened), sum(closed)))
    return PublishedTable(rows, totals, column_totals, grand), closing


def _published_tables(raw: RawCounts, width: int) -> dict[str, PublishedTable]:
    counts = {key: [list(row) for row in table.counts] for key, table in raw.tables.items()}
    published: dict[str, PublishedTable] = {}
    linked = suppress_linked([counts[key] for key in LINKED_CONCERN_TABLES])
    published.update(zip(LINKED_CONCERN_TABLES, linked, strict=True))
    published["cases"], published["closing_reasons"] = _cases(
        counts["cases"][0], counts["cases"][1], counts["closing_reasons"]
    )
    for key in TABLE_KEYS:
        if key not in published:
            published[key] = _single(counts[key], width)
    # The risk marks describe the same concerns: where the concerns' column (or grand) total
    # is hidden, so are the marks; then no line with a hidden total shows its zeros.
    concerns = published["concerns_by_sector"]
    hidden_columns = frozenset(j for j, t in enumerate(concerns.column_totals) if t.is_suppressed)
    published["concerns_by_risk"] = hide_profiles(
        published["concerns_by_risk"],
        hidden_columns,
        hide_all=concerns.grand_total.is_suppressed,
    )
    return {key: hide_profiles(table) for key, table in published.items()}


def _single(counts: list[list[int]], width: int) -> PublishedTable:
    """A table on its own; one without categories (no risk categories) has only zeros."""
    if counts:
        return suppress_table(counts)
    return PublishedTable((), (), (PublishedCount(0),) * width, PublishedCount(0))


def _median_label(days: Sequence[int]) -> str:
    if len(days) < MEDIAN_MINIMUM:
        return HIDDEN_LABEL
    value = stats.median(days)
    return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")


def _key_figures(raw: RawCounts, concerns: PublishedTable) -> tuple[KeyFigure, ...]:
    open_cases = suppress_line([raw.open_cases]).total.label
    return (
        KeyFigure(
            "new_concerns",
            "Nya orosignaler (individnivå)",
            concerns.grand_total.label,
            "Samma antal som Totalt i tabellerna över orosignaler.",
        ),
        KeyFigure(
            "median_days_to_meeting",
            "Median antal dagar till första möte",
            _median_label(raw.lead_days),
            f"Visas när minst {MEDIAN_MINIMUM} av periodens orosignaler har tagits upp på "
            "ett möte.",
        ),
        KeyFigure(
            "open_cases",
            "Öppna ärenden vid periodens slut",
            open_cases,
            "Ärenden som var öppnade och inte avslutade periodens sista dag.",
        ),
    )


def publish(query: StatsQuery, raw: RawCounts, made_on: date) -> SituationPicture:
    """The published lägesbild of ``raw`` (counted for ``query``)."""
    columns = buckets(query)
    published = _published_tables(raw, len(columns))
    tables = []
    for key in TABLE_KEYS:
        title, heading, note = TABLE_TEXTS[key]
        tables.append(
            SituationTable(
                key=key,
                title=title,
                row_heading=heading,
                row_labels=raw.tables[key].row_labels,
                column_labels=tuple(b.label for b in columns),
                column_keys=tuple(b.key for b in columns),
                published=published[key],
                note=note,
            )
        )
    return SituationPicture(
        query=query,
        made_on=made_on,
        area_label=WHOLE_MUNICIPALITY if query.area is None else query.area,
        tables=tuple(tables),
        key_figures=_key_figures(raw, published["concerns_by_sector"]),
    )
