"""Queries over bekymringssamtal (concern talks); every function takes the caller's session."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from sspf_desk.domain import ReportStatus
from sspf_desk.errors import NotFoundError
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_talks import (
    ConcernTalkRecord,
    TalkAgreementRecord,
    TalkParticipantRecord,
)


def get_talk(session: Session, talk_id: str) -> ConcernTalkRecord:
    """Return a concern talk or raise :class:`NotFoundError`."""
    record = session.get(ConcernTalkRecord, talk_id)
    if record is None:
        raise NotFoundError()
    return record


def participants_of(session: Session, talk_id: str) -> list[TalkParticipantRecord]:
    """Return the talk's participants in the order entered."""
    query = (
        select(TalkParticipantRecord)
        .where(TalkParticipantRecord.talk_id == talk_id)
        .order_by(TalkParticipantRecord.position)
    )
    return list(session.scalars(query))


def agreements_of(session: Session, talk_id: str) -> list[TalkAgreementRecord]:
    """Return the talk's agreements in the order entered."""
    query = (
        select(TalkAgreementRecord)
        .where(TalkAgreementRecord.talk_id == talk_id)
        .order_by(TalkAgreementRecord.position)
    )
    return list(session.scalars(query))


class ListedTalk(NamedTuple):
    """The columns of a concern talk (and its young person) a list row needs."""

    id: str
    young_person_id: str
    held_on: date
    place: str
    report_status: ReportStatus
    follow_up_on: date | None
    meeting_id: str | None
    first_name: str
    last_name: str
    protected_identity: bool


def talk_listing(session: Session, *conditions: ColumnElement[bool]) -> list[ListedTalk]:
    """Return the concern talks matching ``conditions``, newest first."""
    query = (
        select(
            ConcernTalkRecord.id,
            ConcernTalkRecord.young_person_id,
            ConcernTalkRecord.held_on,
            ConcernTalkRecord.place,
            ConcernTalkRecord.report_status,
            ConcernTalkRecord.follow_up_on,
            ConcernTalkRecord.meeting_id,
            YoungPersonRecord.first_name,
            YoungPersonRecord.last_name,
            YoungPersonRecord.protected_identity,
        )
        .join(YoungPersonRecord, YoungPersonRecord.id == ConcernTalkRecord.young_person_id)
        .where(*conditions)
        .order_by(
            ConcernTalkRecord.held_on.desc(),
            ConcernTalkRecord.created_at.desc(),
            ConcernTalkRecord.id,
        )
    )
    return [ListedTalk._make(row) for row in session.execute(query)]
