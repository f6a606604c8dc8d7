"""Fake of the bekymringssamtal service for the Bekymringssamtal page and form tests."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from sspf_desk.domain import (
    ConcernTalk,
    ConcernTalkInput,
    TalkParticipant,
    TalkRole,
    validate_concern_talk,
)
from sspf_desk.domain.rules import age_on
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.concern_talk_rows import ConcernTalkRow
from tests.ui.fakes_concerns import FakePersonSearch


class FakeTalks:
    """In-memory talk service applying the domain's validation, like the real one."""

    def __init__(self, persons: FakePersonSearch, notify: Callable[[], None] | None = None) -> None:
        self.persons = persons
        self.talks: dict[str, ConcernTalk] = {}
        self.guardians: dict[str, list[str]] = {}
        self.created: list[ConcernTalkInput] = []
        self.updated: list[tuple[str, ConcernTalkInput]] = []
        self.deleted: list[str] = []
        self.viewed: list[str] = []
        self._notify = notify or (lambda: None)

    def _check(self, data: ConcernTalkInput) -> None:
        person = self.persons.people.get(data.young_person_id)
        minor = (
            age_on(person.birth_date, data.held_on) < 18
            if person is not None and person.birth_date is not None
            else None
        )
        errors = validate_concern_talk(data, today=date.today(), young_person_is_minor=minor)
        if errors:
            raise ValidationError(errors)

    def _store(self, talk_id: str, data: ConcernTalkInput) -> ConcernTalk:
        now = datetime.now(UTC)
        created = self.talks[talk_id].created_at if talk_id in self.talks else now
        talk = ConcernTalk(talk_id, data, created, now)
        self.talks[talk_id] = talk
        self._notify()
        return talk

    def _row(self, talk: ConcernTalk) -> ConcernTalkRow:
        data = talk.data
        person = self.persons.people[data.young_person_id]
        return ConcernTalkRow(
            id=talk.id,
            young_person_id=data.young_person_id,
            young_person_name=f"{person.first_name} {person.last_name}",
            held_on=data.held_on,
            place=data.place,
            report_status=data.report.status,
            follow_up_on=data.follow_up_on,
            meeting_id=data.meeting_id,
        )

    def list_talks(self, young_person_id: str | None = None) -> list[ConcernTalkRow]:
        """Rows of every talk (or of one young person's), newest first."""
        rows = [
            self._row(talk)
            for talk in self.talks.values()
            if young_person_id in (None, talk.data.young_person_id)
        ]
        return sorted(rows, key=lambda row: row.held_on, reverse=True)

    def get_talk(self, talk_id: str) -> ConcernTalk:
        """One talk (a view)."""
        self.viewed.append(talk_id)
        if talk_id not in self.talks:
            raise NotFoundError("Samtalet finns inte.")
        return self.talks[talk_id]

    def create_talk(self, data: ConcernTalkInput) -> ConcernTalk:
        """Validate and store."""
        self.created.append(data)
        self._check(data)
        return self._store(str(uuid.uuid4()), data)

    def update_talk(self, talk_id: str, data: ConcernTalkInput) -> ConcernTalk:
        """Validate and replace."""
        self.updated.append((talk_id, data))
        self._check(data)
        return self._store(talk_id, data)

    def delete_talk(self, talk_id: str) -> None:
        """Forget a talk."""
        self.deleted.append(talk_id)
        del self.talks[talk_id]
        self._notify()

    def suggested_participants(self, young_person_id: str) -> tuple[TalkParticipant, ...]:
        """The young person and the guardians registered with ``guardians``."""
        person = self.persons.people[young_person_id]
        young = TalkParticipant(f"{person.first_name} {person.last_name}", TalkRole.YOUNG_PERSON)
        guardians = (
            TalkParticipant(name, TalkRole.GUARDIAN, "vårdnadshavare")
            for name in self.guardians.get(young_person_id, [])
        )
        return (young, *guardians)
