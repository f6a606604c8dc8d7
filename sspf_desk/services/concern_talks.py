"""Bekymringssamtal (concern talks): list, view, create, change, delete, suggested participants.

A talk is about one young person; whether a guardian must take part depends on the young
person's age on the day of the talk (``domain.concern_talk.validate_concern_talk``; an
unknown birth date counts as a minor). Viewing a talk and a young person's list of talks
are audited as views; every row change is audited automatically by the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    AuditAction,
    ConcernTalk,
    ConcernTalkInput,
    CustodyType,
    Relationship,
    TalkParticipant,
    TalkRole,
)
from sspf_desk.domain.anonymise import is_anonymised
from sspf_desk.domain.concern_talk import validate_concern_talk
from sspf_desk.domain.rules import age_on
from sspf_desk.errors import ValidationError
from sspf_desk.services.concern_talk_rows import ConcernTalkRow
from sspf_desk.services.meeting_rows import PROTECTED_NAME
from sspf_desk.services.persons import ANONYMISED_MESSAGE
from sspf_desk.store import audit, repo_meetings, repo_talks, repositories
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_talks import ConcernTalkRecord
from sspf_desk.store.repo_talks import ListedTalk
from sspf_desk.store.uow import Store

log = logging.getLogger(__name__)

ADULT_AGE = 18

__all__ = ["ConcernTalkRow", "ConcernTalkService"]


def _row(listed: ListedTalk) -> ConcernTalkRow:
    """The list row of a talk (the name hidden for a protected identity)."""
    name = f"{listed.first_name} {listed.last_name}".strip()
    return ConcernTalkRow(
        id=listed.id,
        young_person_id=listed.young_person_id,
        young_person_name=PROTECTED_NAME if listed.protected_identity else name,
        held_on=listed.held_on,
        place=listed.place,
        report_status=listed.report_status,
        follow_up_on=listed.follow_up_on,
        meeting_id=listed.meeting_id,
    )


def _is_minor(person: YoungPersonRecord, day: date) -> bool | None:
    """Whether the young person is under 18 on ``day`` (None when the birth date is unknown)."""
    if person.birth_date is None:
        return None
    return age_on(person.birth_date, day) < ADULT_AGE


class ConcernTalkService:
    """Use cases for bekymringssamtal."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Serve talks from ``store``; ``today`` is the latest day a talk may be dated."""
        self._store = store
        self._today = today

    def list_talks(self, young_person_id: str | None = None) -> list[ConcernTalkRow]:
        """Return the talks (only the young person's when given), newest first.

        A young person's list is recorded as a view of that person.

        Raises:
            NotFoundError: ``young_person_id`` given but no such young person.
        """
        with self._store.unit_of_work() as session:
            if young_person_id is None:
                listed = repo_talks.talk_listing(session)
            else:
                repositories.get_young_person(session, young_person_id)
                condition = ConcernTalkRecord.young_person_id == young_person_id
                listed = repo_talks.talk_listing(session, condition)
                audit.record(session, AuditAction.VIEW, "young_person", young_person_id, ("talks",))
        return [_row(item) for item in listed]

    def get_talk(self, talk_id: str) -> ConcernTalk:
        """Return one talk and record the view.

        Raises:
            NotFoundError: No such talk.
        """
        with self._store.unit_of_work() as session:
            talk = repo_talks.get_talk(session, talk_id).to_domain()
            audit.record_view(session, "concern_talk", talk_id)
        return talk

    def _check(self, session: Session, data: ConcernTalkInput) -> None:
        """Validate ``data`` against the rules and the stored young person and meeting.

        Raises:
            ValidationError: Field messages; ``young_person_id`` for an anonymised person.
            NotFoundError: The young person or the meeting does not exist.
        """
        person = None
        if data.young_person_id.strip():
            person = repositories.get_young_person(session, data.young_person_id)
        minor = None if person is None else _is_minor(person, data.held_on)
        errors = validate_concern_talk(data, today=self._today(), young_person_is_minor=minor)
        if person is not None and is_anonymised(person.to_domain()):
            errors["young_person_id"] = ANONYMISED_MESSAGE
        if errors:
            raise ValidationError(errors)
        if data.meeting_id is not None:
            repo_meetings.get_meeting(session, data.meeting_id)

    def create_talk(self, data: ConcernTalkInput) -> ConcernTalk:
        """Validate and store a new talk with its participants and agreements.

        Raises:
            ValidationError: Field messages (``participants.<i>.<field>``,
                ``agreements.<i>.<field>``, ``report.<field>`` for list and report fields).
            NotFoundError: The young person (or the meeting given) does not exist.
        """
        with self._store.unit_of_work() as session:
            self._check(session, data)
            record = ConcernTalkRecord()
            record.apply(data)
            session.add(record)
            session.flush()
            talk = record.to_domain()
        log.info("concern talk created")
        return talk

    def update_talk(self, talk_id: str, data: ConcernTalkInput) -> ConcernTalk:
        """Validate and save new values for a talk (participants and agreements replaced).

        Raises:
            ValidationError: As for :meth:`create_talk`.
            NotFoundError: No such talk, young person or meeting.
        """
        with self._store.unit_of_work() as session:
            record = repo_talks.get_talk(session, talk_id)
            self._check(session, data)
            record.apply(data)
            session.flush()
            talk = record.to_domain()
        log.info("concern talk updated")
        return talk

    def delete_talk(self, talk_id: str) -> None:
        """Delete a talk with its participants and agreements.

        Raises:
            NotFoundError: No such talk.
        """
        with self._store.unit_of_work() as session:
            session.delete(repo_talks.get_talk(session, talk_id))
        log.info("concern talk deleted")

    def suggested_participants(self, young_person_id: str) -> tuple[TalkParticipant, ...]:
        """The young person and their guardians with custody, as participants to start from.

        Raises:
            NotFoundError: No such young person.
        """
        with self._store.unit_of_work() as session:
            person = repositories.get_young_person(session, young_person_id)
            own_name = f"{person.first_name} {person.last_name}".strip()
            found = [TalkParticipant(own_name, TalkRole.YOUNG_PERSON)]
            for link in repositories.links_of(session, young_person_id):
                if link.relationship is not Relationship.GUARDIAN:
                    continue
                if link.custody_type is CustodyType.NONE:
                    continue
                related = link.related_person
                name = f"{related.first_name} {related.last_name}".strip()
                found.append(TalkParticipant(name, TalkRole.GUARDIAN))
        return tuple(found)
