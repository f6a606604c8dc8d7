"""Group and area level (selektiv nivå): places and groups, their observations and measures.

Nothing at this level names a person (``domain.group_level`` refuses identity numbers in
every text), so reading is not audited as a view; every row change is audited by the
store. Deleting a site deletes its observations and measures row by row, so the audit
trail names each row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from sspf_desk.store import repo_group_level, repo_meetings
from sspf_desk.store.models_group_level import (
    GroupMeasureRecord,
    GroupObservationRecord,
    GroupSiteRecord,
)
from sspf_desk.store.uow import Store

log = logging.getLogger(__name__)

__all__ = ["GroupLevelService", "SiteRow"]

OTHER_SITE = "Posten kan inte flyttas till en annan plats eller grupp."


def _observation(session: Session, observation_id: str) -> GroupObservationRecord:
    record = session.get(GroupObservationRecord, observation_id)
    if record is None:
        raise NotFoundError()
    return record


def _measure(session: Session, measure_id: str) -> GroupMeasureRecord:
    record = session.get(GroupMeasureRecord, measure_id)
    if record is None:
        raise NotFoundError()
    return record


class GroupLevelService:
    """Use cases for places and groups, their observations and measures."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Serve the group level from ``store``; ``today`` is the latest day a date may be."""
        self._store = store
        self._today = today

    # -- sites -----------------------------------------------------------------------------

    def list_sites(self) -> list[SiteRow]:
        """Every place and group with its counts, in Swedish name order."""
        with self._store.unit_of_work() as session:
            rows = repo_group_level.site_rows(session)
        found = [SiteRow(*row) for row in rows]
        return sorted(found, key=lambda row: (swedish_sort_key(row.name), row.id))

    def get_site(self, site_id: str) -> Site:
        """Return one place or group.

        Raises:
            NotFoundError: No such site.
        """
        with self._store.unit_of_work() as session:
            return repo_group_level.get_site(session, site_id).to_domain()

    def create_site(self, data: SiteInput) -> Site:
        """Validate and store a new place or group.

        Raises:
            ValidationError: Field messages (identity numbers are refused in every text).
        """
        errors = validate_site(data)
        if errors:
            raise ValidationError(errors)
        with self._store.unit_of_work() as session:
            record = GroupSiteRecord()
            record.apply(data)
            session.add(record)
            session.flush()
            site = record.to_domain()
        log.info("group site created")
        return site

    def update_site(self, site_id: str, data: SiteInput) -> Site:
        """Validate and save new values for a place or group.

        Raises:
            ValidationError: As for :meth:`create_site`.
            NotFoundError: No such site.
        """
        errors = validate_site(data)
        with self._store.unit_of_work() as session:
            record = repo_group_level.get_site(session, site_id)
            if errors:
                raise ValidationError(errors)
            record.apply(data)
            session.flush()
            site = record.to_domain()
        log.info("group site updated")
        return site

    def delete_site(self, site_id: str) -> None:
        """Delete a place or group with its observations and measures.

        Raises:
            NotFoundError: No such site.
        """
        with self._store.unit_of_work() as session:
            record = repo_group_level.get_site(session, site_id)
            for child in (GroupObservationRecord, GroupMeasureRecord):
                for row in session.scalars(select(child).where(child.site_id == site_id)):
                    session.delete(row)
            session.flush()
            session.delete(record)
        log.info("group site deleted")

    def areas(self) -> tuple[str, ...]:
        """The distinct non-empty areas of the sites, in Swedish order."""
        with self._store.unit_of_work() as session:
            found = {area.strip() for area in repo_group_level.site_areas(session)} - {""}
        return tuple(sorted(found, key=lambda area: (swedish_sort_key(area), area)))

    # -- observations ----------------------------------------------------------------------

    def observations(self, site_id: str) -> list[Observation]:
        """The observations of a site, newest first.

        Raises:
            NotFoundError: No such site.
        """
        with self._store.unit_of_work() as session:
            repo_group_level.get_site(session, site_id)
            return [r.to_domain() for r in repo_group_level.observations_of(session, site_id)]

    def _check_observation(self, session: Session, data: ObservationInput) -> None:
        errors = validate_observation(data, today=self._today())
        if errors:
            raise ValidationError(errors)
        repo_group_level.get_site(session, data.site_id)

    def add_observation(self, data: ObservationInput) -> Observation:
        """Validate and record an observation.

        Raises:
            ValidationError: Field messages (a day in the future, no text, an identity
                number in the text).
            NotFoundError: No such site.
        """
        with self._store.unit_of_work() as session:
            self._check_observation(session, data)
            record = GroupObservationRecord()
            record.apply(data)
            session.add(record)
            session.flush()
            observation = record.to_domain()
        log.info("group observation added")
        return observation

    def update_observation(self, observation_id: str, data: ObservationInput) -> Observation:
        """Validate and save new values for an observation (it stays at its site).

        Raises:
            ValidationError: As for :meth:`add_observation`; ``site_id`` when ``data``
                names another site.
            NotFoundError: No such observation.
        """
        with self._store.unit_of_work() as session:
            record = _observation(session, observation_id)
            if data.site_id != record.site_id:
                raise ValidationError({"site_id": OTHER_SITE})
            self._check_observation(session, data)
            record.apply(data)
            session.flush()
            observation = record.to_domain()
        log.info("group observation updated")
        return observation

    def delete_observation(self, observation_id: str) -> None:
        """Delete an observation.

        Raises:
            NotFoundError: No such observation.
        """
        with self._store.unit_of_work() as session:
            session.delete(_observation(session, observation_id))
        log.info("group observation deleted")

    # -- measures --------------------------------------------------------------------------

    def measures(self, site_id: str) -> list[Measure]:
        """The measures of a site: open ones (planned, ongoing) first, then the newest.

        Raises:
            NotFoundError: No such site.
        """
        with self._store.unit_of_work() as session:
            repo_group_level.get_site(session, site_id)
            return [r.to_domain() for r in repo_group_level.measures_of(session, site_id)]

    def _check_measure(self, session: Session, data: MeasureInput) -> None:
        errors = validate_measure(data, today=self._today())
        if errors:
            raise ValidationError(errors)
        repo_group_level.get_site(session, data.site_id)
        if data.meeting_id is not None:
            repo_meetings.get_meeting(session, data.meeting_id)

    def add_measure(self, data: MeasureInput) -> Measure:
        """Validate and store a measure.

        Raises:
            ValidationError: Field messages (``done_on`` required once done and not in the
                future, ``hours`` 0–9 000, ``follow_up_on`` not before ``planned_on``, no
                identity numbers).
            NotFoundError: No such site, or no such meeting when one is given.
        """
        with self._store.unit_of_work() as session:
            self._check_measure(session, data)
            record = GroupMeasureRecord()
            record.apply(data)
            session.add(record)
            session.flush()
            measure = record.to_domain()
        log.info("group measure added")
        return measure

    def update_measure(self, measure_id: str, data: MeasureInput) -> Measure:
        """Validate and save new values for a measure (it stays at its site).

        Raises:
            ValidationError: As for :meth:`add_measure`; ``site_id`` when ``data`` names
                another site.
            NotFoundError: No such measure (or meeting).
        """
        with self._store.unit_of_work() as session:
            record = _measure(session, measure_id)
            if data.site_id != record.site_id:
                raise ValidationError({"site_id": OTHER_SITE})
            self._check_measure(session, data)
            record.apply(data)
            session.flush()
            measure = record.to_domain()
        log.info("group measure updated")
        return measure

    def delete_measure(self, measure_id: str) -> None:
        """Delete a measure.

        Raises:
            NotFoundError: No such measure.
        """
        with self._store.unit_of_work() as session:
            session.delete(_measure(session, measure_id))
        log.info("group measure deleted")
