"""Tables of meetings: series, meetings, attendance, agenda items, their actions, versions.

An agenda item's decisions are stored as a JSON array of strings in ``agenda_item.decisions``;
its actions are rows of ``meeting_action`` (in order), each optionally linked to the
action-plan item it created (``action_item_id``). A reopened meeting keeps the earlier
minutes as a JSON snapshot in ``meeting_version``. Names of young persons are never stored
in agenda items: an item refers to its young person by id only.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    Meeting,
    MeetingInput,
    MeetingStatus,
    MeetingType,
    MeetingVersion,
    Sector,
)
from sspf_desk.errors import BugError
from sspf_desk.store.base import ID_LENGTH, Base, Timestamps, UtcDateTime, enum_type, new_id
from sspf_desk.store.models_cases import ActionFields

SHORT_TEXT_LENGTH = 200
ACTOR_LENGTH = 64


class MeetingSeriesRecord(Timestamps, Base):
    """A recurring series of meetings (e.g. the operational group every other week)."""

    __tablename__ = "meeting_series"

    meeting_type: Mapped[MeetingType] = mapped_column(enum_type(MeetingType))
    title: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    place: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    first_on: Mapped[date] = mapped_column(Date)
    interval_weeks: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[time] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)


class MeetingRecord(Timestamps, Base):
    """A meeting and the state of its minutes."""

    __tablename__ = "meeting"

    meeting_type: Mapped[MeetingType] = mapped_column(enum_type(MeetingType), index=True)
    title: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    series_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("meeting_series.id", ondelete="SET NULL"), index=True
    )
    chair: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    secretary: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    approver: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    status: Mapped[MeetingStatus] = mapped_column(
        enum_type(MeetingStatus), index=True, default=MeetingStatus.PLANNED
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
    approved_on: Mapped[date | None] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(ACTOR_LENGTH), default="")

    def apply(self, data: MeetingInput) -> None:
        """Copy validated fields onto the record (status and version are left alone)."""
        self.meeting_type = data.meeting_type
        self.title = data.title
        self.held_on = data.held_on
        self.starts_at = data.starts_at
        self.ends_at = data.ends_at
        self.place = data.place
        self.series_id = data.series_id
        self.chair = data.chair
        self.secretary = data.secretary
        self.approver = data.approver

    def to_domain(self) -> Meeting:
        """Return the domain object."""
        return Meeting(
            id=self.id,
            meeting_type=self.meeting_type,
            title=self.title,
            held_on=self.held_on,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            place=self.place,
            series_id=self.series_id,
            chair=self.chair,
            secretary=self.secretary,
            approver=self.approver,
            status=self.status,
            version=self.version,
            approved_on=self.approved_on,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )


class MeetingAttendeeRecord(Base):
    """An invited attendee of a meeting, in the order of the attendance list."""

    __tablename__ = "meeting_attendee"
    __table_args__ = (Index("ix_meeting_attendee_meeting_position", "meeting_id", "position"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("meeting.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    organisation: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    role: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    status: Mapped[AttendanceStatus | None] = mapped_column(enum_type(AttendanceStatus))
    young_person_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="SET NULL"), index=True
    )

    def to_domain(self) -> Attendee:
        """Return the domain object."""
        return Attendee(
            name=self.name,
            sector=self.sector,
            role=self.role,
            status=self.status,
            organisation=self.organisation,
            young_person_id=self.young_person_id,
        )

    @classmethod
    def from_domain(
        cls, meeting_id: str, position: int, attendee: Attendee
    ) -> MeetingAttendeeRecord:
        """Build the record of ``attendee`` at ``position`` of the meeting's list."""
        return cls(
            meeting_id=meeting_id,
            position=position,
            name=attendee.name,
            sector=attendee.sector,
            organisation=attendee.organisation,
            role=attendee.role,
            status=attendee.status,
            young_person_id=attendee.young_person_id,
        )


def _decode_decisions(text: str) -> tuple[str, ...]:
    """The decisions stored as a JSON array of strings."""
    value = json.loads(text) if text else []
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        raise BugError("agenda_item.decisions is not a JSON array of strings")
    return tuple(value)


class AgendaItemRecord(Base):
    """One numbered item (§) of a meeting's agenda and minutes."""

    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting_number", "meeting_id", "number"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("meeting.id", ondelete="CASCADE")
    )
    number: Mapped[int] = mapped_column(Integer)
    section: Mapped[AgendaSection] = mapped_column(enum_type(AgendaSection))
    title: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    young_person_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="SET NULL"), index=True
    )
    visibility: Mapped[ItemVisibility] = mapped_column(enum_type(ItemVisibility))
    notes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="[]")
    carried_from_item_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    follow_up_on: Mapped[date | None] = mapped_column(Date)

    @property
    def decision_texts(self) -> tuple[str, ...]:
        """The decisions (beslut), in order."""
        return _decode_decisions(self.decisions)

    def apply(self, item: AgendaItem) -> None:
        """Copy an item's fields onto the record (not its id, meeting or actions)."""
        self.number = item.number
        self.section = item.section
        self.title = item.title
        self.young_person_id = item.young_person_id
        self.visibility = item.visibility
        self.notes = item.notes
        self.decisions = json.dumps(list(item.decisions), ensure_ascii=False)
        self.carried_from_item_id = item.carried_from_item_id
        self.follow_up_on = item.follow_up_on

    def to_domain(self, actions: tuple[ActionItemInput, ...] = ()) -> AgendaItem:
        """Return the domain object with the given actions."""
        return AgendaItem(
            number=self.number,
            section=self.section,
            title=self.title,
            young_person_id=self.young_person_id,
            visibility=self.visibility,
            notes=self.notes,
            decisions=self.decision_texts,
            actions=actions,
            carried_from_item_id=self.carried_from_item_id,
            follow_up_on=self.follow_up_on,
            id=self.id,
        )


class MeetingActionRecord(ActionFields, Base):
    """An action decided under an agenda item (linked to a plan item when it created one)."""

    __tablename__ = "meeting_action"
    __table_args__ = (Index("ix_meeting_action_item_position", "agenda_item_id", "position"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    agenda_item_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("agenda_item.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    responsible: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    start_on: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(enum_type(ActionStatus))
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    action_item_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("action_item.id", ondelete="SET NULL"), index=True
    )


class MeetingVersionRecord(Base):
    """An earlier version of a meeting's minutes, kept when they were reopened."""

    __tablename__ = "meeting_version"
    __table_args__ = (Index("ix_meeting_version_meeting_number", "meeting_id", "number"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("meeting.id", ondelete="CASCADE")
    )
    number: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    reopened_at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(ACTOR_LENGTH))
    snapshot: Mapped[str] = mapped_column(Text)

    def to_domain(self) -> MeetingVersion:
        """Return the domain object (without the snapshot)."""
        return MeetingVersion(
            meeting_id=self.meeting_id,
            number=self.number,
            reason=self.reason,
            reopened_at=self.reopened_at,
            actor=self.actor,
            id=self.id,
        )
