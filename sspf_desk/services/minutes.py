"""The minutes (protokoll) and their excerpts (utdrag) as PDF, with their audit trail.

:class:`MinutesService` reads the meeting through the meeting service, decides per young
person with THE sharing rule (:mod:`sspf_desk.services.sharing_facts`) which names a party
excerpt may carry, builds the view (:mod:`sspf_desk.services.minutes_view`) and renders it
(:mod:`sspf_desk.export.minutes_pdf`).

Excerpts take the names of every young person in the vault they do not show out of their
free texts; the full minutes those of the meeting's persons they do not name and of every
protected person (see :mod:`sspf_desk.services.minutes_view`).

A party may see a named item when the rule allows it on the meeting day AND on the day the
excerpt is made (handing out an excerpt is a disclosure today: a consent withdrawn since
the meeting takes the name out). Every PDF is an audited export of the meeting and of each
young person it names; a party excerpt also logs a disclosure per named young person.
The municipality and the secrecy marking are a vault setting (``minutes.settings``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from sspf_desk.domain import MEETING_TYPE_LABELS, SECTOR_LABELS, AgeRules, Party
from sspf_desk.errors import NotFoundError
from sspf_desk.export.minutes_pdf import MinutesView, minutes_file_name, minutes_pdf
from sspf_desk.services import vault_settings
from sspf_desk.services.meeting_rows import MeetingDetail
from sspf_desk.services.minutes_view import (
    Audience,
    MinutesSettings,
    PersonName,
    build_minutes_view,
    named_persons,
    validate_minutes_settings,
)
from sspf_desk.services.sharing import store_disclosure
from sspf_desk.services.sharing_facts import SharingFacts, decide, load_facts
from sspf_desk.store import audit, repo_meetings
from sspf_desk.store.models import UserRecord, YoungPersonRecord
from sspf_desk.store.uow import Store

MINUTES_SETTINGS: vault_settings.VaultSetting[MinutesSettings] = vault_settings.flat_setting(
    "minutes.settings", MinutesSettings(), validate_minutes_settings
)
FULL_MINUTES = Audience()
PERSON_EXCERPT_TAG = "ungdom"
_CHUNK = 500

__all__ = [
    "FULL_MINUTES",
    "MINUTES_SETTINGS",
    "Audience",
    "MeetingReader",
    "MinutesService",
    "MinutesSettings",
]


class MeetingReader(Protocol):
    """What the minutes need from the meeting service."""

    def get_meeting(self, meeting_id: str) -> MeetingDetail:
        """The meeting with attendees and gated items (an audited view)."""
        ...

    def version_detail(self, meeting_id: str, number: int) -> MeetingDetail:
        """An earlier version of the meeting, from the snapshot kept at reopening."""
        ...


class YoungPersonNotFoundError(NotFoundError):
    """A person excerpt was asked for a young person who does not exist."""

    message_sv = "Ungdomen finns inte."
    message_en = "The young person does not exist."


class MinutesVersionNotFoundError(NotFoundError):
    """The minutes have no such version."""

    message_sv = "Protokollet har ingen sådan version."
    message_en = "The minutes have no such version."


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A built view and the young persons it names."""

    view: MinutesView
    named: frozenset[str]


def _names(session: Session, ids: Collection[str], *, everyone: bool) -> dict[str, PersonName]:
    """Names and protected flags: of ``ids`` and every protected young person, or of all."""
    columns = (
        YoungPersonRecord.id,
        YoungPersonRecord.first_name,
        YoungPersonRecord.last_name,
        YoungPersonRecord.protected_identity,
    )
    queries = [select(*columns)]
    if not everyone:
        listed = list(ids)
        queries = [select(*columns).where(YoungPersonRecord.protected_identity.is_(True))]
        queries += [
            select(*columns).where(YoungPersonRecord.id.in_(listed[start : start + _CHUNK]))
            for start in range(0, len(listed), _CHUNK)
        ]
    found: dict[str, PersonName] = {}
    for query in queries:
        for pid, first, last, protected in session.execute(query):
            found[str(pid)] = PersonName(f"{first} {last}".strip(), bool(protected))
    return found


def _persons_of(detail: MeetingDetail) -> set[str]:
    """Every young person the meeting's items or family attendees are about."""
    ids = {g.item.young_person_id for g in detail.items if g.item.young_person_id}
    ids |= {e.attendee.young_person_id for e in detail.attendees if e.attendee.young_person_id}
    return {pid for pid in ids if pid is not None}


def _export_fields(audience: Audience) -> tuple[str, ...]:
    if audience.party is not None:
        return ("excerpt", str(audience.party.sector))
    return ("excerpt", "young_person") if audience.young_person_id else ("minutes",)


class MinutesService:
    """Use cases of the minutes: the settings, the view, the PDF and its file name."""

    def __init__(
        self, store: Store, meetings: MeetingReader, *, today: Callable[[], date] = date.today
    ) -> None:
        """Serve minutes from ``store`` and ``meetings``; ``today`` is the disclosure day."""
        self._store = store
        self._meetings = meetings
        self._today = today

    # -- settings --------------------------------------------------------------------------

    def minutes_settings(self) -> MinutesSettings:
        """The municipality and the secrecy marking printed on the minutes."""
        with self._store.unit_of_work() as session:
            return MINUTES_SETTINGS.read(session)

    def set_minutes_settings(self, settings: MinutesSettings) -> MinutesSettings:
        """Store the minutes settings (audited).

        Raises:
            ValidationError: ``municipality`` / ``secrecy_marking``.
        """
        with self._store.unit_of_work() as session:
            return MINUTES_SETTINGS.write(session, settings)

    # -- minutes ---------------------------------------------------------------------------

    def minutes_view(
        self, meeting_id: str, audience: Audience = FULL_MINUTES, version: int | None = None
    ) -> MinutesView:
        """What the minutes (or the excerpt for ``audience``) show.

        Args:
            meeting_id: The meeting.
            audience: Full minutes, a party excerpt or a person excerpt.
            version: An earlier version (None or the current number: the current minutes).

        Raises:
            MeetingNotFoundError, YoungPersonNotFoundError, MinutesVersionNotFoundError.
        """
        return self._prepare(meeting_id, audience, version).view

    def minutes_pdf(
        self, meeting_id: str, audience: Audience = FULL_MINUTES, version: int | None = None
    ) -> bytes:
        """The minutes or an excerpt as PDF bytes; an audited export (see the module).

        Raises:
            MeetingNotFoundError, YoungPersonNotFoundError, MinutesVersionNotFoundError.
        """
        prepared = self._prepare(meeting_id, audience, version)
        data = minutes_pdf(prepared.view)  # outside the unit of work: rendering is slow
        fields = _export_fields(audience)
        with self._store.unit_of_work() as session:
            audit.record_export(session, "meeting", meeting_id, fields)
            for person in sorted(prepared.named):
                audit.record_export(session, "young_person", person, fields)
            if audience.party is not None and prepared.named:
                self._disclose(session, prepared, audience.party)
        return data

    def suggested_file_name(
        self, meeting_id: str, audience: Audience = FULL_MINUTES, version: int | None = None
    ) -> str:
        """A file name without personal data; an excerpt adds the sector, never a person.

        Raises:
            MeetingNotFoundError: No such meeting.
        """
        with self._store.unit_of_work() as session:
            record = repo_meetings.get_meeting(session, meeting_id)
            label = MEETING_TYPE_LABELS[record.meeting_type]
            held_on, current = record.held_on, record.version
        tag: str | None = None
        if audience.party is not None:
            tag = SECTOR_LABELS[audience.party.sector]
        elif audience.young_person_id is not None:
            tag = PERSON_EXCERPT_TAG
        return minutes_file_name(label, held_on, version or current, excerpt=tag)

    # -- internals -------------------------------------------------------------------------

    def _detail(self, meeting_id: str, version: int | None) -> MeetingDetail:
        """The current minutes (``version`` None or current) or an earlier version."""
        if version is not None:
            with self._store.unit_of_work() as session:
                current = repo_meetings.get_meeting(session, meeting_id).version
            if not 1 <= version <= current:
                raise MinutesVersionNotFoundError()
            if version < current:
                return self._meetings.version_detail(meeting_id, version)
        return self._meetings.get_meeting(meeting_id)

    def _prepare(self, meeting_id: str, audience: Audience, version: int | None) -> _Prepared:
        detail = self._detail(meeting_id, version)
        persons = _persons_of(detail)
        with self._store.unit_of_work() as session:
            own = audience.young_person_id
            if own is not None and session.get(YoungPersonRecord, own) is None:
                raise YoungPersonNotFoundError()
            wanted = persons | ({own} if own else set())
            people = _names(session, wanted, everyone=not audience.is_full)
            facts = load_facts(session, persons) if audience.party is not None else {}
            may_see = self._may_see(facts, detail.meeting.held_on, self._rules(session))
            approver = session.get(UserRecord, detail.approved_by) if detail.approved_by else None
            view = build_minutes_view(
                detail,
                audience=audience,
                may_see=may_see,
                settings=MINUTES_SETTINGS.read(session),
                approved_by_name=approver.name if approver is not None else "",
                people=people,
            )
        return _Prepared(view, named_persons(detail, audience, may_see))

    @staticmethod
    def _rules(session: Session) -> AgeRules:
        return vault_settings.AGE_RULES.read(session)

    def _may_see(
        self, facts: dict[str, SharingFacts], held_on: date, rules: AgeRules
    ) -> Callable[[str, Party], bool]:
        """THE rule on the meeting day and on the day of the excerpt, asked once per pair."""
        days = tuple(dict.fromkeys((held_on, self._today())))
        cache: dict[tuple[str, Party], bool] = {}

        def may_see(person: str, party: Party) -> bool:
            key = (person, party)
            if key not in cache:
                known = facts.get(person)
                cache[key] = known is not None and all(
                    decide(known, party, (), day, rules).allowed for day in days
                )
            return cache[key]

        return may_see

    def _disclose(self, session: Session, prepared: _Prepared, party: Party) -> None:
        """Log one disclosure per named young person of a party excerpt (allowed today)."""
        view = prepared.view
        context = (
            f"Protokollsutdrag {view.meeting_type_label} {view.date.isoformat()}, "
            f"version {view.version}"
        )
        facts = load_facts(session, prepared.named)
        rules = self._rules(session)
        for person in sorted(prepared.named):
            store_disclosure(
                session,
                facts[person],
                party,
                categories=(),
                day=self._today(),
                context=context,
                rules=rules,
            )
