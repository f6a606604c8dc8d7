"""Tables of the group and area level: places and groups, observations and measures.

Nothing here refers to a young person: a site is described without names, an observation is
a sector's dated text about a site and a measure an agreed effort there (field walk, police
presence, …), optionally linked to the meeting that agreed it (``meeting_id``, set to NULL
when the meeting is deleted). Observations and measures go with their site (CASCADE).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sspf_desk.domain import ActionStatus, Sector
from sspf_desk.domain.group_level import (
    Measure,
    MeasureInput,
    MeasureKind,
    Observation,
    ObservationInput,
    Site,
    SiteInput,
    SiteKind,
)
from sspf_desk.store.base import ID_LENGTH, Base, Timestamps, UtcDateTime, enum_type, new_id, utcnow

SHORT_TEXT_LENGTH = 200


class GroupSiteRecord(Timestamps, Base):
    """A place or a group (described without names) followed at group and area level."""

    __tablename__ = "group_site"

    name: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    kind: Mapped[SiteKind] = mapped_column(enum_type(SiteKind))
    area: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), index=True, default="")
    time_pattern: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def apply(self, data: SiteInput) -> None:
        """Copy validated fields onto the record."""
        self.name = data.name
        self.kind = data.kind
        self.area = data.area
        self.time_pattern = data.time_pattern
        self.description = data.description
        self.active = data.active

    def to_domain(self) -> Site:
        """Return the domain object."""
        data = SiteInput(
            name=self.name,
            kind=self.kind,
            area=self.area,
            time_pattern=self.time_pattern,
            description=self.description,
            active=self.active,
        )
        return Site(id=self.id, data=data, created_at=self.created_at, updated_at=self.updated_at)


class GroupObservationRecord(Base):
    """What a sector observed at a site on a day (never edited into another site's)."""

    __tablename__ = "group_observation"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    site_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("group_site.id", ondelete="CASCADE"), index=True
    )
    observed_on: Mapped[date] = mapped_column(Date, index=True)
    sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)

    def apply(self, data: ObservationInput) -> None:
        """Copy validated fields onto the record."""
        self.site_id = data.site_id
        self.observed_on = data.observed_on
        self.sector = data.sector
        self.text = data.text

    def to_domain(self) -> Observation:
        """Return the domain object."""
        data = ObservationInput(
            site_id=self.site_id,
            observed_on=self.observed_on,
            sector=self.sector,
            text=self.text,
        )
        return Observation(id=self.id, data=data, created_at=self.created_at)


class GroupMeasureRecord(Timestamps, Base):
    """An agreed measure at a site, its status, hours and follow-up."""

    __tablename__ = "group_measure"

    site_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("group_site.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MeasureKind] = mapped_column(enum_type(MeasureKind), index=True)
    description: Mapped[str] = mapped_column(Text)
    sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    responsible: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    planned_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(enum_type(ActionStatus))
    hours: Mapped[float | None] = mapped_column(Float)
    meeting_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    follow_up: Mapped[str] = mapped_column(Text, default="")

    def apply(self, data: MeasureInput) -> None:
        """Copy validated fields onto the record."""
        self.site_id = data.site_id
        self.kind = data.kind
        self.description = data.description
        self.sector = data.sector
        self.responsible = data.responsible
        self.planned_on = data.planned_on
        self.done_on = data.done_on
        self.status = data.status
        self.hours = data.hours
        self.meeting_id = data.meeting_id
        self.follow_up_on = data.follow_up_on
        self.follow_up = data.follow_up

    def to_domain(self) -> Measure:
        """Return the domain object."""
        data = MeasureInput(
            site_id=self.site_id,
            kind=self.kind,
            description=self.description,
            sector=self.sector,
            responsible=self.responsible,
            planned_on=self.planned_on,
            done_on=self.done_on,
            status=self.status,
            hours=self.hours,
            meeting_id=self.meeting_id,
            follow_up_on=self.follow_up_on,
            follow_up=self.follow_up,
        )
        return Measure(
            id=self.id, data=data, created_at=self.created_at, updated_at=self.updated_at
        )
