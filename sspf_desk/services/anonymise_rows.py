"""Row-level steps of anonymising a young person: redacting texts, meetings and talks.

Used by :mod:`sspf_desk.services.anonymise` inside its unit of work; the rule of what is
kept and removed is in :mod:`sspf_desk.domain.anonymise`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from sspf_desk.domain.anonymise import (
    REDACTED_TEXT_FIELDS,
    family_role_label,
    participant_label,
    redact_snapshot,
    redacted,
    redacted_all,
)
from sspf_desk.store.base import Base
from sspf_desk.store.models_meetings import (
    AgendaItemRecord,
    MeetingAttendeeRecord,
    MeetingVersionRecord,
)
from sspf_desk.store.models_talks import ConcernTalkRecord
from sspf_desk.store.repo_meetings import actions_of

_R = TypeVar("_R", bound=Base)
#: Ids per ``IN (…)`` query.
_CHUNK = 500


def rows(session: Session, model: type[_R], condition: ColumnElement[bool]) -> list[_R]:
    """Every row of ``model`` matching ``condition``."""
    return list(session.scalars(select(model).where(condition)))


def redact_rows(found: Iterable[Base], table: str) -> int:
    """Replace the identifying texts of ``found``; return how many texts held content."""
    replaced = 0
    for row in found:
        for name in REDACTED_TEXT_FIELDS[table]:
            old = getattr(row, name)
            new = redacted(old or "")
            if old and new != old:
                setattr(row, name, new)
                replaced += 1
    return replaced


def _talks(session: Session, person_id: str) -> int:
    """Redact the young person's bekymringssamtal; participants keep only their roles."""
    talks = rows(session, ConcernTalkRecord, ConcernTalkRecord.young_person_id == person_id)
    replaced = redact_rows(talks, "concern_talk")
    for talk in talks:
        replaced += redact_rows(talk.agreements, "concern_talk_agreement")
        for participant in talk.participants:
            label = participant_label(participant.role)
            if participant.name != label:
                participant.name = label
                replaced += 1
            participant.title = ""
    return replaced


def _agenda(session: Session, person_id: str) -> tuple[int, set[str]]:
    """Redact the agenda items about the young person and their actions.

    Returns:
        The number of texts replaced and the ids of the meetings touched.
    """
    items = rows(session, AgendaItemRecord, AgendaItemRecord.young_person_id == person_id)
    replaced = redact_rows(items, "agenda_item")
    for item in items:
        decisions = item.decision_texts
        if any(text.strip() for text in decisions):
            item.decisions = json.dumps(list(redacted_all(decisions)), ensure_ascii=False)
            replaced += 1
    replaced += redact_rows(actions_of(session, [item.id for item in items]), "meeting_action")
    return replaced, {item.meeting_id for item in items}


def _family(session: Session, person_id: str) -> tuple[int, set[str]]:
    """Family attendees of the young person keep only their role label.

    Returns:
        The number of names removed and the ids of the meetings touched.
    """
    attendees = rows(
        session, MeetingAttendeeRecord, MeetingAttendeeRecord.young_person_id == person_id
    )
    replaced = 0
    for attendee in attendees:
        replaced += bool(attendee.name)
        attendee.name = ""
        attendee.organisation = ""
        attendee.role = family_role_label(attendee.sector)
    return replaced, {attendee.meeting_id for attendee in attendees}


def anonymise_meeting_rows(session: Session, person_id: str) -> int:
    """Remove the young person's traces from talks, agendas, attendance and kept versions.

    Returns:
        How many texts (names included) were replaced.
    """
    replaced = _talks(session, person_id)
    agenda_count, meeting_ids = _agenda(session, person_id)
    family_count, family_meetings = _family(session, person_id)
    replaced += agenda_count + family_count
    meeting_ids |= family_meetings
    ordered = sorted(meeting_ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        versions = rows(session, MeetingVersionRecord, MeetingVersionRecord.meeting_id.in_(chunk))
        for version in versions:
            document = json.loads(version.snapshot)
            cleaned = redact_snapshot(document, person_id)
            if cleaned != document:
                version.snapshot = json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
    return replaced
