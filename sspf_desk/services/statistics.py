"""The lägesbild (situation picture): aggregated, small-count-protected statistics.

Counts are made in SQL (``statistics_queries``) and pass the suppression rules
(``statistics_publish``) before anything leaves this service: callers only ever get a
:class:`SituationPicture` of published figures, its CSV or its PDF. Nothing here is about
one person, so reading statistics is not audited as a view of anyone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from sspf_desk.domain.statistics import SituationPicture, StatsQuery, validate_query
from sspf_desk.errors import ValidationError
from sspf_desk.export.situation_pdf import situation_pdf
from sspf_desk.export.statistics_csv import situation_csv
from sspf_desk.services.minutes import MINUTES_SETTINGS
from sspf_desk.services.statistics_publish import publish
from sspf_desk.services.statistics_queries import areas, count_tables
from sspf_desk.store.uow import Store

log = logging.getLogger(__name__)


class StatisticsService:
    """Use cases of the lägesbild: the picture, the areas to choose from, CSV and PDF."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Count from ``store``; ``today`` dates the picture."""
        self._store = store
        self._today = today

    def situation_picture(
        self, query: StatsQuery, *, today: date | None = None
    ) -> SituationPicture:
        """The published lägesbild of ``query``.

        Raises:
            ValidationError: ``start``/``end`` (before the start, a period of more than ten
                years, outside 1900–2100) or ``area`` (no record has that area; a name that
                differs only in case is taken as the area it names).
        """
        errors = validate_query(query)
        if errors:
            raise ValidationError(errors)
        with self._store.unit_of_work() as session:
            query = _known_area(query, areas(session))
            raw = count_tables(session, query)
        picture = publish(query, raw, today or self._today())
        log.info("situation picture made (%d buckets)", len(picture.tables[0].column_keys))
        return picture

    def areas(self) -> tuple[str, ...]:
        """Areas to filter on: those of young persons, concerns and group sites (Swedish order)."""
        with self._store.unit_of_work() as session:
            return areas(session)

    def report_csv(self, query: StatsQuery) -> str:
        """The lägesbild as semicolon-separated text (see ``export.statistics_csv``)."""
        return situation_csv(self.situation_picture(query))

    def report_pdf(self, query: StatsQuery) -> bytes:
        """The lägesbild as a PDF/A report, with the municipality of the minutes settings."""
        picture = self.situation_picture(query)
        with self._store.unit_of_work() as session:
            municipality = MINUTES_SETTINGS.read(session).municipality
        return situation_pdf(picture, municipality=municipality)


def _known_area(query: StatsQuery, known: Sequence[str]) -> StatsQuery:
    """``query`` with its area spelt as stored; an area no record has is refused.

    Without this a mistyped area ("centrum", "Nowhere") would give a lägesbild of zeros that
    looks like a real answer.
    """
    if query.area is None:
        return query
    wanted = query.area.strip().casefold()
    for area in known:
        if area.casefold() == wanted:
            return replace(query, area=area)
    names = ", ".join(known) or "inga"
    raise ValidationError({"area": f"Okänt område: {query.area}. Områden i valvet: {names}."})
