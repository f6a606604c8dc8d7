"""Tables of bekymringssamtal (concern talks), their participants and agreements.

The talk's orosanmälan checkpoint is flattened into ``report_*`` columns exactly like
``concern`` (converted by :class:`ReportColumns`). Participants and agreements are child
rows in the order entered; replacing them reuses the rows by position, so the audit trail
shows what changed rather than a delete and insert of every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, orm
from sqlalchemy.orm import Mapped, mapped_column

from sspf_desk.domain import (
    Agreement,
    ConcernTalk,
    ConcernTalkInput,
    LegalGround,
    ReportStatus,
    TalkParticipant,
    TalkRole,
)
from sspf_desk.store.base import ID_LENGTH, Base, Timestamps, enum_type, new_id
from sspf_desk.store.models_concerns import ReportColumns

SHORT_TEXT_LENGTH = 200


class TalkParticipantRecord(Base):
    """A participant of a bekymringssamtal."""

    __tablename__ = "concern_talk_participant"
    __table_args__ = (Index("ix_concern_talk_participant_talk_position", "talk_id", "position"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    talk_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("concern_talk.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))
    role: Mapped[TalkRole] = mapped_column(enum_type(TalkRole))
    title: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")

    def to_domain(self) -> TalkParticipant:
        """Return the domain object."""
        return TalkParticipant(name=self.name, role=self.role, title=self.title)


class TalkAgreementRecord(Base):
    """An agreed next step of a bekymringssamtal."""

    __tablename__ = "concern_talk_agreement"
    __table_args__ = (Index("ix_concern_talk_agreement_talk_position", "talk_id", "position"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    talk_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("concern_talk.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH))

    def to_domain(self) -> Agreement:
        """Return the domain object."""
        return Agreement(what=self.what, responsible=self.responsible)


class ConcernTalkRecord(ReportColumns, Timestamps, Base):
    """A bekymringssamtal about one young person."""

    __tablename__ = "concern_talk"

    young_person_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    called_by: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    reason: Mapped[str] = mapped_column(Text)
    risk_factors: Mapped[str] = mapped_column(Text, default="")
    protective_factors: Mapped[str] = mapped_column(Text, default="")
    information_given: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    report_status: Mapped[ReportStatus] = mapped_column(enum_type(ReportStatus))
    report_agency: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    report_reporter: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    report_reported_on: Mapped[date | None] = mapped_column(Date)
    report_reference: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    report_feedback_received: Mapped[bool] = mapped_column(Boolean, default=False)
    report_feedback_on: Mapped[date | None] = mapped_column(Date)
    legal_ground: Mapped[LegalGround | None] = mapped_column(enum_type(LegalGround))
    consent_reference: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    meeting_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )

    participants: Mapped[list[TalkParticipantRecord]] = orm.relationship(
        cascade="all, delete-orphan",
        order_by=TalkParticipantRecord.position,
        passive_deletes=True,
    )
    agreements: Mapped[list[TalkAgreementRecord]] = orm.relationship(
        cascade="all, delete-orphan",
        order_by=TalkAgreementRecord.position,
        passive_deletes=True,
    )

    def apply(self, data: ConcernTalkInput) -> None:
        """Copy validated fields onto the record, participants and agreements included."""
        self.young_person_id = data.young_person_id
        self.held_on = data.held_on
        self.place = data.place
        self.called_by = data.called_by
        self.reason = data.reason
        self.risk_factors = data.risk_factors
        self.protective_factors = data.protective_factors
        self.information_given = data.information_given
        self.follow_up_on = data.follow_up_on
        self.apply_report(data.report)
        self.legal_ground = data.legal_ground
        self.consent_reference = data.consent_reference
        self.meeting_id = data.meeting_id
        self.set_participants(data.participants)
        self.set_agreements(data.agreements)

    def set_participants(self, participants: Sequence[TalkParticipant]) -> None:
        """Replace the participants (rows reused by position, extra rows deleted)."""
        rows = list(self.participants)
        for position, participant in enumerate(participants):
            if position < len(rows):
                row = rows[position]
            else:
                row = TalkParticipantRecord(position=position)
                rows.append(row)
            row.name = participant.name
            row.role = participant.role
            row.title = participant.title
        self.participants = rows[: len(participants)]

    def set_agreements(self, agreements: Sequence[Agreement]) -> None:
        """Replace the agreements (rows reused by position, extra rows deleted)."""
        rows = list(self.agreements)
        for position, agreement in enumerate(agreements):
            if position < len(rows):
                row = rows[position]
            else:
                row = TalkAgreementRecord(position=position)
                rows.append(row)
            row.what = agreement.what
            row.responsible = agreement.responsible
        self.agreements = rows[: len(agreements)]

    def to_input(self) -> ConcernTalkInput:
        """Return the editable fields."""
        return ConcernTalkInput(
            young_person_id=self.young_person_id,
            held_on=self.held_on,
            place=self.place,
            called_by=self.called_by,
            participants=tuple(row.to_domain() for row in self.participants),
            reason=self.reason,
            risk_factors=self.risk_factors,
            protective_factors=self.protective_factors,
            information_given=self.information_given,
            agreements=tuple(row.to_domain() for row in self.agreements),
            follow_up_on=self.follow_up_on,
            report=self.report,
            legal_ground=self.legal_ground,
            consent_reference=self.consent_reference,
            meeting_id=self.meeting_id,
        )

    def to_domain(self) -> ConcernTalk:
        """Return the domain object."""
        return ConcernTalk(
            id=self.id,
            data=self.to_input(),
            created_at=self.created_at,
            updated_at=self.updated_at,
        )
