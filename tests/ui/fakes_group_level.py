"""Fake of the group-level service for the Platser och grupper page and dialog tests."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sspf_desk.domain.enums import ActionStatus
from sspf_desk.domain.group_level import (
    Measure,
    MeasureInput,
    Observation,
    ObservationInput,
    Site,
    SiteInput,
    validate_measure,
    validate_observation,
    validate_site,
)
from sspf_desk.domain.text import swedish_sort_key
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.group_level_rows import SiteRow

OPEN = (ActionStatus.PLANNED, ActionStatus.ONGOING)


def _new_id() -> str:
    return uuid.uuid4().hex


class FakeGroupLevel:
    """In-memory group-level service applying the domain's validation, like the real one."""

    def __init__(self) -> None:
        self.sites: dict[str, Site] = {}
        self.observations_by_id: dict[str, Observation] = {}
        self.measures_by_id: dict[str, Measure] = {}
        self.calls: list[str] = []

    # -- sites -------------------------------------------------------------------------------

    def list_sites(self) -> list[SiteRow]:
        self.calls.append("list_sites")
        rows = []
        for site in self.sites.values():
            seen = [o for o in self.observations_by_id.values() if o.data.site_id == site.id]
            open_ = [
                m
                for m in self.measures_by_id.values()
                if m.data.site_id == site.id and m.data.status in OPEN
            ]
            follow = [m.data.follow_up_on for m in open_ if m.data.follow_up_on is not None]
            rows.append(
                SiteRow(
                    site.id,
                    site.data.name,
                    site.data.kind,
                    site.data.area,
                    site.data.active,
                    len(seen),
                    max((o.data.observed_on for o in seen), default=None),
                    len(open_),
                    min(follow, default=None),
                )
            )
        return rows

    def get_site(self, site_id: str) -> Site:
        self.calls.append(f"get_site {site_id}")
        if site_id not in self.sites:
            raise NotFoundError("group_site")
        return self.sites[site_id]

    def create_site(self, data: SiteInput) -> Site:
        errors = validate_site(data)
        if errors:
            raise ValidationError(errors)
        now = datetime.now(UTC)
        site = Site(_new_id(), data, now, now)
        self.sites[site.id] = site
        self.calls.append("create_site")
        return site

    def update_site(self, site_id: str, data: SiteInput) -> Site:
        errors = validate_site(data)
        if errors:
            raise ValidationError(errors)
        old = self.get_site(site_id)
        site = Site(site_id, data, old.created_at, datetime.now(UTC))
        self.sites[site_id] = site
        self.calls.append("update_site")
        return site

    def delete_site(self, site_id: str) -> None:
        self.get_site(site_id)
        del self.sites[site_id]
        for store in (self.observations_by_id, self.measures_by_id):
            for key in [k for k, v in store.items() if v.data.site_id == site_id]:
                del store[key]
        self.calls.append(f"delete_site {site_id}")

    def areas(self) -> tuple[str, ...]:
        found = {s.data.area for s in self.sites.values() if s.data.area}
        return tuple(sorted(found, key=swedish_sort_key))

    # -- observations ------------------------------------------------------------------------

    def observations(self, site_id: str) -> list[Observation]:
        found = [o for o in self.observations_by_id.values() if o.data.site_id == site_id]
        return sorted(found, key=lambda o: (o.data.observed_on, o.created_at), reverse=True)

    def add_observation(self, data: ObservationInput) -> Observation:
        errors = validate_observation(data, today=date.today())
        if errors:
            raise ValidationError(errors)
        self.get_site(data.site_id)
        observation = Observation(_new_id(), data, datetime.now(UTC))
        self.observations_by_id[observation.id] = observation
        self.calls.append("add_observation")
        return observation

    def update_observation(self, observation_id: str, data: ObservationInput) -> Observation:
        errors = validate_observation(data, today=date.today())
        if errors:
            raise ValidationError(errors)
        old = self.observations_by_id[observation_id]
        observation = Observation(observation_id, data, old.created_at)
        self.observations_by_id[observation_id] = observation
        self.calls.append("update_observation")
        return observation

    def delete_observation(self, observation_id: str) -> None:
        del self.observations_by_id[observation_id]
        self.calls.append("delete_observation")

    # -- measures ----------------------------------------------------------------------------

    def measures(self, site_id: str) -> list[Measure]:
        found = [m for m in self.measures_by_id.values() if m.data.site_id == site_id]
        found.sort(key=lambda m: m.created_at, reverse=True)
        return sorted(found, key=lambda m: m.data.status not in OPEN)

    def add_measure(self, data: MeasureInput) -> Measure:
        errors = validate_measure(data, today=date.today())
        if errors:
            raise ValidationError(errors)
        self.get_site(data.site_id)
        now = datetime.now(UTC)
        measure = Measure(_new_id(), data, now, now)
        self.measures_by_id[measure.id] = measure
        self.calls.append("add_measure")
        return measure

    def update_measure(self, measure_id: str, data: MeasureInput) -> Measure:
        errors = validate_measure(data, today=date.today())
        if errors:
            raise ValidationError(errors)
        old = self.measures_by_id[measure_id]
        measure = Measure(measure_id, data, old.created_at, datetime.now(UTC))
        self.measures_by_id[measure_id] = measure
        self.calls.append("update_measure")
        return measure

    def delete_measure(self, measure_id: str) -> None:
        del self.measures_by_id[measure_id]
        self.calls.append("delete_measure")
