"""View-model of the group and area level: one line of the list of places and groups.

Light (imports only the domain), so the GUI may import it directly. Nothing here names a
person: a site is a place or a group described without names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sspf_desk.domain.group_level import SiteKind

__all__ = ["SiteRow"]


@dataclass(frozen=True, slots=True)
class SiteRow:
    """A place or group in the list, with what its observations and measures add up to.

    Attributes:
        id: The site's id.
        name: What the operational group calls it.
        kind: Place or group.
        area: Its district or area ("" when not given).
        active: Still followed.
        observations: How many observations it has.
        last_observed_on: The day of its latest observation (None: none yet).
        open_measures: Measures planned or ongoing.
        next_follow_up: The earliest follow-up day of a measure not yet followed up
            (planned or ongoing, or done without a follow-up text; cancelled ones never).
    """

    id: str
    name: str
    kind: SiteKind
    area: str
    active: bool
    observations: int
    last_observed_on: date | None
    open_measures: int
    next_follow_up: date | None
