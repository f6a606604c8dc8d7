"""View-model of the medborgarlöften list (light: imports nothing, so the GUI may use it)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PromiseRow"]


@dataclass(frozen=True, slots=True)
class PromiseRow:
    """One promise in the list.

    Attributes:
        id: The promise's id.
        year: Its year.
        title: Its heading.
        municipality: The municipality.
        police_area: The local police area.
        activities: How many activities it has.
    """

    id: str
    year: int
    title: str
    municipality: str
    police_area: str
    activities: int
