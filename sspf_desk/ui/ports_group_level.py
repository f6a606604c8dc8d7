"""What the Platser och grupper page and its dialogs need from the services (``Protocol`` types).

Like ``ui.ports`` these keep the GUI off the storage layers: the real ``Workspace`` gives
``GroupLevelService`` (checked by mypy in ``sspf_desk.app``), tests hand in a small fake.
Nothing at group and area level is personal data: sites, observations and measures name
no one.
"""

from __future__ import annotations

from typing import Protocol

from sspf_desk.domain.group_level import (
    Measure,
    MeasureInput,
    Observation,
    ObservationInput,
    Site,
    SiteInput,
)
from sspf_desk.services.group_level_rows import SiteRow


class ObservationPort(Protocol):
    """The calls the observation form makes."""

    def add_observation(self, data: ObservationInput) -> Observation:
        """Store a new observation; raises ``ValidationError`` (messages by field)."""
        ...

    def update_observation(self, observation_id: str, data: ObservationInput) -> Observation:
        """Change an observation; raises ``ValidationError``."""
        ...


class MeasurePort(Protocol):
    """The calls the measure form makes."""

    def add_measure(self, data: MeasureInput) -> Measure:
        """Store a new measure; raises ``ValidationError`` (messages by field)."""
        ...

    def update_measure(self, measure_id: str, data: MeasureInput) -> Measure:
        """Change a measure; raises ``ValidationError``."""
        ...


class SiteEditorPort(ObservationPort, MeasurePort, Protocol):
    """The calls the site dialog makes (its details, observations and measures)."""

    def create_site(self, data: SiteInput) -> Site:
        """Store a new place or group; raises ``ValidationError``."""
        ...

    def update_site(self, site_id: str, data: SiteInput) -> Site:
        """Change a place or group; raises ``ValidationError`` or ``NotFoundError``."""
        ...

    def areas(self) -> tuple[str, ...]:
        """The areas sites already have (distinct, non-empty, Swedish sort)."""
        ...

    def observations(self, site_id: str) -> list[Observation]:
        """The observations of a site, newest first."""
        ...

    def delete_observation(self, observation_id: str) -> None:
        """Delete one observation."""
        ...

    def measures(self, site_id: str) -> list[Measure]:
        """The measures of a site, open ones first, then newest."""
        ...

    def delete_measure(self, measure_id: str) -> None:
        """Delete one measure."""
        ...


class GroupLevelPort(SiteEditorPort, Protocol):
    """The group-level service calls the Platser och grupper page makes."""

    def list_sites(self) -> list[SiteRow]:
        """Every place and group with its counts."""
        ...

    def get_site(self, site_id: str) -> Site:
        """One place or group; raises ``NotFoundError``."""
        ...

    def delete_site(self, site_id: str) -> None:
        """Delete a place or group with its observations and measures."""
        ...
