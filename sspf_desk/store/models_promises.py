"""Tables of medborgarlöften: promises, their activities and dated progress entries.

A promise's focus areas are stored as a JSON array of strings (``focus_areas``) and its
signatories as a JSON array of ``{"name", "title"}`` objects (``signatories``), both in the
order given. Activities keep their place in the promise in ``position``; progress entries
go with their activity and activities with their promise (CASCADE). Nothing here is
personal data of a young person: signatories are public officials.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sspf_desk.domain import MeetingType
from sspf_desk.domain.group_level import MeasureKind
from sspf_desk.domain.promises import (
    Activity,
    ActivityCounting,
    ActivityInput,
    Progress,
    ProgressInput,
    Promise,
    PromiseInput,
    Signatory,
)
from sspf_desk.errors import BugError
from sspf_desk.store.base import ID_LENGTH, Base, Timestamps, UtcDateTime, enum_type, new_id, utcnow

SHORT_TEXT_LENGTH = 200


def encode_focus_areas(areas: tuple[str, ...]) -> str:
    """The focus areas as a JSON array of strings."""
    return json.dumps(list(areas), ensure_ascii=False)


def decode_focus_areas(text: str) -> tuple[str, ...]:
    """The focus areas stored by :func:`encode_focus_areas`."""
    value = json.loads(text) if text else []
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        raise BugError("citizen_promise.focus_areas is not a JSON array of strings")
    return tuple(value)


def encode_signatories(signatories: tuple[Signatory, ...]) -> str:
    """The signatories as a JSON array of ``{"name", "title"}`` objects."""
    rows = [{"name": entry.name, "title": entry.title} for entry in signatories]
    return json.dumps(rows, ensure_ascii=False)


def decode_signatories(text: str) -> tuple[Signatory, ...]:
    """The signatories stored by :func:`encode_signatories`."""
    value = json.loads(text) if text else []
    if not isinstance(value, list):
        raise BugError("citizen_promise.signatories is not a JSON array")
    signatories: list[Signatory] = []
    for entry in value:
        if not isinstance(entry, dict):
            raise BugError("citizen_promise.signatories holds a non-object")
        name, title = entry.get("name"), entry.get("title", "")
        if not isinstance(name, str) or not isinstance(title, str):
            raise BugError("citizen_promise.signatories holds a non-text name or title")
        signatories.append(Signatory(name=name, title=title))
    return tuple(signatories)


class PromiseRecord(Timestamps, Base):
    """A medborgarlöfte of one year."""

    __tablename__ = "citizen_promise"

    year: Mapped[int] = mapped_column(Integer, index=True)
    municipality: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    police_area: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    title: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    problem: Mapped[str] = mapped_column(Text, default="")
    focus_areas: Mapped[str] = mapped_column(Text, default="[]")
    effects: Mapped[str] = mapped_column(Text, default="")
    signatories: Mapped[str] = mapped_column(Text, default="[]")

    def apply(self, data: PromiseInput) -> None:
        """Copy validated fields onto the record."""
        self.year = data.year
        self.municipality = data.municipality
        self.police_area = data.police_area
        self.title = data.title
        self.problem = data.problem
        self.focus_areas = encode_focus_areas(data.focus_areas)
        self.effects = data.effects
        self.signatories = encode_signatories(data.signatories)

    def to_domain(self) -> Promise:
        """Return the domain object."""
        data = PromiseInput(
            year=self.year,
            municipality=self.municipality,
            police_area=self.police_area,
            title=self.title,
            problem=self.problem,
            focus_areas=decode_focus_areas(self.focus_areas),
            effects=self.effects,
            signatories=decode_signatories(self.signatories),
        )
        return Promise(
            id=self.id, data=data, created_at=self.created_at, updated_at=self.updated_at
        )


class PromiseActivityRecord(Timestamps, Base):
    """An activity of a promise with its target and how its result is counted."""

    __tablename__ = "promise_activity"
    __table_args__ = (Index("ix_promise_activity_promise_position", "promise_id", "position"),)

    promise_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("citizen_promise.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    owner: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    unit: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    focus_area: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    area: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    target: Mapped[float] = mapped_column(Float)
    counting: Mapped[ActivityCounting] = mapped_column(enum_type(ActivityCounting))
    meeting_type: Mapped[MeetingType | None] = mapped_column(enum_type(MeetingType))
    measure_kind: Mapped[MeasureKind | None] = mapped_column(enum_type(MeasureKind))

    def apply(self, data: ActivityInput) -> None:
        """Copy validated fields onto the record (the position is left alone)."""
        self.promise_id = data.promise_id
        self.title = data.title
        self.owner = data.owner
        self.unit = data.unit
        self.focus_area = data.focus_area
        self.area = data.area
        self.target = data.target
        self.counting = data.counting
        self.meeting_type = data.meeting_type
        self.measure_kind = data.measure_kind

    def to_domain(self) -> Activity:
        """Return the domain object."""
        data = ActivityInput(
            promise_id=self.promise_id,
            title=self.title,
            owner=self.owner,
            target=self.target,
            unit=self.unit,
            focus_area=self.focus_area,
            counting=self.counting,
            meeting_type=self.meeting_type,
            measure_kind=self.measure_kind,
            area=self.area,
        )
        return Activity(
            id=self.id,
            position=self.position,
            data=data,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )


class PromiseProgressRecord(Base):
    """A dated progress entry of an activity."""

    __tablename__ = "promise_progress"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    activity_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("promise_activity.id", ondelete="CASCADE"), index=True
    )
    on_day: Mapped[date] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)

    def apply(self, data: ProgressInput) -> None:
        """Copy validated fields onto the record."""
        self.activity_id = data.activity_id
        self.on_day = data.on
        self.amount = data.amount
        self.note = data.note

    def to_domain(self) -> Progress:
        """Return the domain object."""
        data = ProgressInput(
            activity_id=self.activity_id, on=self.on_day, amount=self.amount, note=self.note
        )
        return Progress(id=self.id, data=data, created_at=self.created_at)
