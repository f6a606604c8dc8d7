"""What the Lägesbild page needs from the statistics service, as a ``Protocol`` type.

Like ``ui.ports`` this keeps the GUI off the storage layers: the real ``Workspace`` gives
``StatisticsService``; tests hand in a small fake that returns hand-made pictures. Every
figure that crosses this port is already published (small counts hidden): the page never
sees a raw count.
"""

from __future__ import annotations

from typing import Protocol

from sspf_desk.domain.statistics import SituationPicture, StatsQuery


class StatisticsPort(Protocol):
    """The statistics calls the Lägesbild page makes (each may take a moment: runner)."""

    def situation_picture(self, query: StatsQuery) -> SituationPicture:
        """The published lägesbild of ``query``; raises ``ValidationError`` on a bad query."""
        ...

    def areas(self) -> tuple[str, ...]:
        """The areas the filter offers (Swedish sort), without the whole municipality."""
        ...

    def report_pdf(self, query: StatsQuery) -> bytes:
        """The lägesbild of ``query`` as a PDF report."""
        ...

    def report_csv(self, query: StatsQuery) -> str:
        """The lägesbild of ``query`` as semicolon-separated text (published figures only)."""
        ...
