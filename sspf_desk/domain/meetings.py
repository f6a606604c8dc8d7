"""Meetings (operativ grupp, nätverksmöte, styrgrupp, bekymringssamtal), attendance, agenda
items and the minutes' life cycle.

Life cycle (:class:`MeetingStatus`)::

    planned ──► held ──► finalized ──► approved (justerat)
                 ▲           │             │
                 └───────────┴─────────────┘   reopen: needs a reason, version + 1

* planned → held: the meeting took place (minutes may now be written).
* held → finalized: needs a secretary and attendance recorded for every attendee; the
  minutes become read-only.
* finalized → approved: needs an approver (justerare); the service records who and when.
* finalized/approved → held (reopen): needs a reason; the service keeps the earlier
  version as a :class:`MeetingVersion` and the meeting's version goes up by one.

The consent gate, the standard agenda and carry-over live in
:mod:`sspf_desk.domain.agenda`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from sspf_desk.domain.checks import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    check_length,
    looks_like_id_number,
    require,
)
from sspf_desk.domain.concern_rules import NO_PERSONAL_DATA
from sspf_desk.domain.consent import Party
from sspf_desk.domain.enums import (
    AgendaSection,
    AttendanceStatus,
    ItemVisibility,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.domain.meeting_labels import MEETING_STATUS_LABELS
from sspf_desk.domain.plans import ActionItemInput, validate_action_item
from sspf_desk.errors import ValidationError

NAME_IN_TEXT = "Texten innehåller den unges namn."
MEETING_LOCKED_MESSAGE = "Protokollet är justerat och kan inte ändras. Öppna det igen först."
#: Statuses in which the minutes are read-only.
LOCKED_MEETING_STATUSES = frozenset({MeetingStatus.FINALIZED, MeetingStatus.APPROVED})
#: Sections that are kept non-identifying (no young person, no id numbers).
NON_IDENTIFYING_SECTIONS = frozenset({AgendaSection.SITUATION_PICTURE, AgendaSection.AREA_LEVEL})

_NEXT: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.PLANNED: frozenset({MeetingStatus.HELD}),
    MeetingStatus.HELD: frozenset({MeetingStatus.FINALIZED}),
    MeetingStatus.FINALIZED: frozenset({MeetingStatus.APPROVED, MeetingStatus.HELD}),
    MeetingStatus.APPROVED: frozenset({MeetingStatus.HELD}),
}
_MEETING_SHORT = ("title", "place", "chair", "secretary", "approver")


@dataclass(frozen=True, slots=True)
class MeetingInput:
    """The editable fields of a meeting (status and version change only by transitions).

    Attributes:
        meeting_type: Operational group, network meeting, steering group or concern talk.
        title: Short title, without personal data (it goes into calendar exports).
        held_on: The day of the meeting.
        starts_at: Start time (local), if set.
        ends_at: End time (local), if set.
        place: Where, without personal data.
        series_id: The recurring series the meeting belongs to, if any.
        chair: Ordförande (name or role).
        secretary: Sekreterare, the minute-taker.
        approver: Justerare.
    """

    meeting_type: MeetingType
    title: str
    held_on: date
    starts_at: time | None = None
    ends_at: time | None = None
    place: str = ""
    series_id: str | None = None
    chair: str = ""
    secretary: str = ""
    approver: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting as stored.

    Attributes:
        status: Where the minutes are in their life cycle.
        version: 1 for the first minutes; + 1 at every reopening.
        approved_on: When the minutes were approved (justerade), while approved.
    """

    id: str
    meeting_type: MeetingType
    title: str
    held_on: date
    starts_at: time | None
    ends_at: time | None
    place: str
    series_id: str | None
    chair: str
    secretary: str
    approver: str
    status: MeetingStatus
    version: int
    approved_on: date | None
    created_at: datetime
    updated_at: datetime

    @property
    def is_locked(self) -> bool:
        """Whether the minutes are finalized or approved (read-only)."""
        return self.status in LOCKED_MEETING_STATUSES

    def to_input(self) -> MeetingInput:
        """Return the editable fields."""
        return MeetingInput(
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
        )


@dataclass(frozen=True, slots=True)
class Attendee:
    """An invited attendee and whether they took part.

    Attributes:
        name: The person's name.
        sector: The party they represent.
        role: Their role (e.g. "rektor", "kommunpolis").
        status: Present, absent or excused; None until attendance is recorded.
        organisation: The organisation within the sector (e.g. one school), if any.
        young_person_id: Set when the attendee is a young person or one of their guardians
            (a "family attendee": sector GUARDIAN for guardians, OTHER for the young person).
    """

    name: str
    sector: Sector
    role: str = ""
    status: AttendanceStatus | None = None
    organisation: str = ""
    young_person_id: str | None = None

    @property
    def party(self) -> Party:
        """The party this attendee represents (what the consent gate checks)."""
        return Party(self.sector, self.organisation)

    @property
    def is_family(self) -> bool:
        """Whether this is a young person or a guardian rather than a professional party.

        Linked to a young person, or a guardian not linked to anyone (who then counts as
        the family of some other case).
        """
        return self.young_person_id is not None or self.sector is Sector.GUARDIAN


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One numbered item (§) of a meeting's agenda and minutes.

    Attributes:
        number: The paragraph number (1, 2, …).
        section: The section of the standing agenda.
        title: Heading of the item.
        young_person_id: The young person the item is about, if any.
        visibility: Named, anonymised (discussed without identifying details) or excluded.
        notes: Notes / background.
        decisions: The decisions (beslut).
        actions: Actions (what, owner, sector, deadline), flowing into the person's plan.
        carried_from_item_id: The earlier meeting's item this one was carried over from.
        follow_up_on: When the item is to be followed up again (carried over when due).
        id: Record id (None until stored).
    """

    number: int
    section: AgendaSection
    title: str
    young_person_id: str | None = None
    visibility: ItemVisibility = ItemVisibility.NAMED
    notes: str = ""
    decisions: tuple[str, ...] = ()
    actions: tuple[ActionItemInput, ...] = ()
    carried_from_item_id: str | None = None
    follow_up_on: date | None = None
    id: str | None = None

    @property
    def is_named(self) -> bool:
        """Whether the item identifies a young person (and so must pass the consent gate)."""
        return self.young_person_id is not None and self.visibility is ItemVisibility.NAMED


@dataclass(frozen=True, slots=True)
class MeetingVersion:
    """An earlier version of a meeting's minutes, kept when they are reopened.

    Attributes:
        meeting_id: The meeting.
        number: The version that was reopened (the snapshot's version number).
        reason: Why the minutes were reopened.
        reopened_at: When (UTC).
        actor: Id of the user who reopened them.
        id: Record id (None until stored); the store keeps the snapshot itself.
    """

    meeting_id: str
    number: int
    reason: str
    reopened_at: datetime
    actor: str
    id: str | None = None


class MeetingLockedError(ValidationError):
    """A change was attempted on finalized or approved minutes (read-only until reopened)."""

    def __init__(self) -> None:
        super().__init__({"meeting": MEETING_LOCKED_MESSAGE})


def allowed_meeting_transitions(status: MeetingStatus) -> frozenset[MeetingStatus]:
    """Return the statuses a meeting in ``status`` may move to."""
    return _NEXT[status]


def is_reopening(current: MeetingStatus, target: MeetingStatus) -> bool:
    """Whether moving from ``current`` to ``target`` reopens locked minutes."""
    return current in LOCKED_MEETING_STATUSES and target is MeetingStatus.HELD


def version_after(current: MeetingStatus, target: MeetingStatus, version: int) -> int:
    """The version after the transition: one more when reopening, otherwise unchanged."""
    return version + 1 if is_reopening(current, target) else version


def check_meeting_transition(
    current: MeetingStatus,
    target: MeetingStatus,
    *,
    reason: str = "",
    has_secretary: bool = False,
    has_approver: bool = False,
    all_attendance_set: bool = False,
) -> dict[str, str]:
    """Check a change of a meeting's status (see the module docstring for the life cycle).

    Returns:
        ``{field: Swedish message}`` with fields ``status``, ``secretary``, ``attendance``,
        ``approver`` or ``reason``; empty when the change is allowed.
    """
    if target not in _NEXT[current]:
        before, after = MEETING_STATUS_LABELS[current], MEETING_STATUS_LABELS[target]
        return {"status": f"Mötet kan inte gå från {before} till {after}."}
    errors: dict[str, str] = {}
    if target is MeetingStatus.FINALIZED:
        if not has_secretary:
            errors["secretary"] = "Ange sekreterare innan protokollet färdigställs."
        if not all_attendance_set:
            errors["attendance"] = "Ange närvaro för alla deltagare innan protokollet färdigställs."
    elif target is MeetingStatus.APPROVED:
        if not has_approver:
            errors["approver"] = "Ange justerare innan protokollet justeras."
    elif is_reopening(current, target) and not reason.strip():
        errors["reason"] = "Ange varför protokollet öppnas igen."
    return errors


def ensure_editable(meeting: Meeting) -> None:
    """Raise :class:`MeetingLockedError` if the minutes are finalized or approved."""
    if meeting.is_locked:
        raise MeetingLockedError


def attendance_complete(attendees: Iterable[Attendee]) -> bool:
    """Whether attendance is recorded for every attendee (and there is at least one)."""
    listed = list(attendees)
    return bool(listed) and all(a.status is not None for a in listed)


def present_parties(attendees: Iterable[Attendee]) -> tuple[Party, ...]:
    """The distinct parties of the attendees marked present, in order of first appearance."""
    return tuple(dict.fromkeys(a.party for a in attendees if a.status is AttendanceStatus.PRESENT))


def validate_meeting(data: MeetingInput) -> dict[str, str]:
    """Check a meeting: a title; no end before the start; no id numbers in title or place."""
    errors: dict[str, str] = {}
    if data.meeting_type not in set(MeetingType):
        errors["meeting_type"] = "Välj mötestyp."
    require(errors, "title", data.title, "Ange en rubrik för mötet.")
    for field in ("title", "place"):
        if looks_like_id_number(str(getattr(data, field))):
            errors[field] = NO_PERSONAL_DATA
    for field in _MEETING_SHORT:
        check_length(errors, field, str(getattr(data, field)), MAX_SHORT_TEXT)
    if data.starts_at is not None and data.ends_at is not None and data.ends_at <= data.starts_at:
        errors["ends_at"] = "Sluttiden måste ligga efter starttiden."
    return errors


def validate_attendee(data: Attendee) -> dict[str, str]:
    """Check an attendee: a name and a sector."""
    errors: dict[str, str] = {}
    require(errors, "name", data.name, "Ange deltagarens namn.")
    if data.sector not in set(Sector):
        errors["sector"] = "Välj sektor."
    for field in ("name", "role", "organisation"):
        check_length(errors, field, str(getattr(data, field)), MAX_SHORT_TEXT)
    return errors


def _item_texts(item: AgendaItem) -> list[tuple[str, str]]:
    """Every free text of an item, keyed by its field (``decisions.0``, ``actions.1.what``)."""
    texts = [("title", item.title), ("notes", item.notes)]
    texts += [(f"decisions.{i}", text) for i, text in enumerate(item.decisions)]
    for i, action in enumerate(item.actions):
        texts.append((f"actions.{i}.what", action.what))
        texts.append((f"actions.{i}.responsible", action.responsible))
    return texts


def validate_agenda_item(item: AgendaItem) -> dict[str, str]:
    """Check an agenda item.

    A number from 1 and a title are required; decisions are not empty. Situation-picture
    and area-level items are non-identifying (no young person); an anonymised item must
    be about a young person, and none of its free text may contain an id number.
    Actions are checked like action-plan items, as ``actions.<i>.<field>``.
    """
    errors: dict[str, str] = {}
    if item.number < 1:
        errors["number"] = "Paragrafnumret måste vara minst 1."
    if item.section not in set(AgendaSection):
        errors["section"] = "Välj avsnitt."
    require(errors, "title", item.title, "Ange en rubrik.")
    check_length(errors, "title", item.title, MAX_SHORT_TEXT)
    check_length(errors, "notes", item.notes, MAX_LONG_TEXT)
    for i, text in enumerate(item.decisions):
        require(errors, f"decisions.{i}", text, "Skriv beslutet eller ta bort raden.")
        check_length(errors, f"decisions.{i}", text, MAX_LONG_TEXT)
    if item.section in NON_IDENTIFYING_SECTIONS and item.young_person_id is not None:
        errors["young_person_id"] = "Lägesbild och områdesnivå får inte gälla en enskild ungdom."
    if item.visibility is ItemVisibility.ANONYMISED and item.young_person_id is None:
        errors["visibility"] = "Bara ärenden om en ungdom kan avidentifieras."
    if item.visibility is ItemVisibility.ANONYMISED or item.section in NON_IDENTIFYING_SECTIONS:
        for field, text in _item_texts(item):
            if looks_like_id_number(text):
                errors[field] = NO_PERSONAL_DATA
    for i, action in enumerate(item.actions):
        for field, message in validate_action_item(action).items():
            errors.setdefault(f"actions.{i}.{field}", message)
    return errors


def name_parts(*names: str) -> tuple[str, ...]:
    """The words of a person's names (split at spaces), at least two characters long."""
    parts = (part for name in names for part in name.split())
    return tuple(dict.fromkeys(part for part in parts if len(part) >= 2))


def names_in_item(item: AgendaItem, names: Iterable[str]) -> dict[str, str]:
    """Check that no free text of an (anonymised) item contains one of ``names``.

    Every word of the names counts (see :func:`name_parts`), matched as a whole word and
    case-insensitively: "Berg" is found in "Familjen berg" but not in "Bergsskolan".

    Returns:
        ``{field: NAME_IN_TEXT}`` for each text that contains a name (fields as in
        :func:`validate_agenda_item`); empty when none does.
    """
    parts = name_parts(*names)
    if not parts:
        return {}
    alternatives = "|".join(re.escape(part) for part in parts)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return {field: NAME_IN_TEXT for field, text in _item_texts(item) if pattern.search(text)}
