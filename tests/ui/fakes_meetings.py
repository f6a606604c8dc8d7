"""In-memory fakes of the meeting, planning and minutes services for the Möten UI tests.

They apply the domain's rules like the real services do (validation, the life cycle, THE
consent gate over the attendees via ``gate_for_attendees``, carry-over by ``carry_over``
only — ``create_meeting`` gives the standing agenda alone) with a simple sharing rule:
``FakeMeetings.allow(person_id, *sectors)`` lets those sectors receive that young
person's information.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from sspf_desk.domain import (
    AgendaItem,
    AgendaSection,
    Attendee,
    CustodyType,
    ItemVisibility,
    Meeting,
    MeetingInput,
    MeetingLockedError,
    MeetingStatus,
    MeetingType,
    MeetingVersion,
    Party,
    Relationship,
    Sector,
    SharingDecision,
    YoungPerson,
    agenda_from_template,
    attendance_complete,
    carry_over,
    check_meeting_transition,
    validate_agenda_item,
    validate_attendee,
    validate_meeting,
)
from sspf_desk.domain import (
    standard_agenda as _standard,
)
from sspf_desk.domain.agenda import (
    AgendaTemplateItem,
    GateOption,
    GateResult,
    gate_for_attendees,
)
from sspf_desk.domain.meeting_series import (
    MeetingSeriesInput,
    series_days,
    validate_meeting_series,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.meeting_items import insertion_point
from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.services.meeting_rows import (
    AttendeeEntry,
    GateBlockedError,
    GatedItem,
    MeetingDetail,
    MeetingFilter,
    MeetingRow,
)
from sspf_desk.services.minutes_view import Audience, MinutesSettings, validate_minutes_settings
from sspf_desk.services.person_rows import RelatedPersonRow
from tests.ui.fakes_concerns import FakePersonSearch


class FakeMeetingPersons(FakePersonSearch):
    """Young persons with related persons, for the picker and the family attendees."""

    def __init__(self) -> None:
        super().__init__()
        self.related: dict[str, list[RelatedPersonRow]] = {}

    def get_young_person(self, person_id: str) -> YoungPerson:
        """One young person."""
        return self.people[person_id]

    def add_related(self, young_person_id: str, row: RelatedPersonRow) -> None:
        """Link a related person (as the list shows them)."""
        self.related.setdefault(young_person_id, []).append(row)

    def list_related_persons(self, young_person_id: str) -> list[RelatedPersonRow]:
        """The related persons of a young person."""
        return list(self.related.get(young_person_id, []))


def _not_allowed() -> SharingDecision:
    return SharingDecision(False, None, (), None, ("Samtycke saknas.",), ())


def _allowed() -> SharingDecision:
    return SharingDecision(True, None, (), None, (), ())


@dataclass
class Stored:
    """One fake meeting with its parts."""

    meeting: Meeting
    attendees: list[Attendee] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    versions: list[tuple[MeetingVersion, MeetingDetail]] = field(default_factory=list)
    approved_by: str = ""


class FakeMeetings:
    """In-memory meeting service."""

    def __init__(self, persons: FakeMeetingPersons) -> None:
        self.persons = persons
        self.stored: dict[str, Stored] = {}
        self.allowed: dict[str, set[Sector]] = {}
        self.suggestions: list[tuple[str, str, str]] = []
        self.calls: list[str] = []
        #: Carried named items the gate blocks stay named (as when a consent is withdrawn
        #: between the carry-over and the next read); the service anonymises them.
        self.carry_blocked_named = False

    # -- helpers for tests -------------------------------------------------------------

    def allow(self, person_id: str, *sectors: Sector) -> None:
        """Let ``sectors`` receive the information about ``person_id``."""
        self.allowed.setdefault(person_id, set()).update(sectors)

    def _decide(self, person_id: str) -> Callable[[Party], SharingDecision]:
        def decide(party: Party) -> SharingDecision:
            return (
                _allowed() if party.sector in self.allowed.get(person_id, set()) else _not_allowed()
            )

        return decide

    def _gate(self, stored: Stored, item: AgendaItem) -> GateResult:
        person = item.young_person_id if item.is_named else None
        return gate_for_attendees(person, stored.attendees, self._decide(person or ""))

    def _get(self, meeting_id: str) -> Stored:
        if meeting_id not in self.stored:
            raise NotFoundError
        return self.stored[meeting_id]

    def _item_home(self, item_id: str) -> tuple[Stored, int]:
        for stored in self.stored.values():
            for n, item in enumerate(stored.items):
                if item.id == item_id:
                    return stored, n
        raise NotFoundError

    def _gated(self, stored: Stored, item: AgendaItem) -> GatedItem:
        person = item.young_person_id
        name = self.persons.name(person) if person is not None else ""
        return GatedItem(item, self._gate(stored, item), name, has_open_case=person is not None)

    def _renumber(self, stored: Stored) -> None:
        stored.items = [replace(item, number=n) for n, item in enumerate(stored.items, start=1)]

    def _touch(self, stored: Stored, **changes: object) -> None:
        stored.meeting = replace(stored.meeting, updated_at=datetime.now(UTC), **changes)  # type: ignore[arg-type]

    # -- the port ----------------------------------------------------------------------

    def list_meetings(self, criteria: MeetingFilter | None = None) -> list[MeetingRow]:
        """Rows newest first."""
        self.calls.append("list")
        rows = []
        for stored in self.stored.values():
            m = stored.meeting
            if criteria is not None and (
                (criteria.meeting_type is not None and m.meeting_type is not criteria.meeting_type)
                or (criteria.status is not None and m.status is not criteria.status)
            ):
                continue
            named = sum(item.is_named for item in stored.items)
            rows.append(
                MeetingRow(
                    m.id,
                    m.meeting_type,
                    m.title,
                    m.held_on,
                    m.starts_at,
                    m.place,
                    m.status,
                    m.version,
                    m.series_id,
                    len(stored.items),
                    named,
                )
            )
        return sorted(rows, key=lambda row: row.held_on, reverse=True)

    def get_meeting(self, meeting_id: str) -> MeetingDetail:
        """The detail."""
        self.calls.append(f"view {meeting_id}")
        stored = self._get(meeting_id)
        return MeetingDetail(
            stored.meeting,
            tuple(AttendeeEntry(str(n), a) for n, a in enumerate(stored.attendees)),
            tuple(self._gated(stored, item) for item in stored.items),
            stored.approved_by,
            tuple(version for version, _detail in stored.versions),
        )

    def create_meeting(
        self,
        data: MeetingInput,
        attendees: Sequence[Attendee] = (),
        *,
        standard_agenda: bool = True,
    ) -> MeetingDetail:
        """A new planned meeting with the standing agenda."""
        errors = validate_meeting(data)
        if errors:
            raise ValidationError(errors)
        now = datetime.now(UTC)
        meeting = Meeting(
            str(uuid.uuid4()),
            data.meeting_type,
            data.title,
            data.held_on,
            data.starts_at,
            data.ends_at,
            data.place,
            data.series_id,
            data.chair,
            data.secretary,
            data.approver,
            MeetingStatus.PLANNED,
            1,
            None,
            now,
            now,
        )
        items = agenda_from_template(_standard(data.meeting_type)) if standard_agenda else ()
        stored = Stored(meeting, list(attendees), [replace(i, id=str(uuid.uuid4())) for i in items])
        self.stored[meeting.id] = stored
        self.calls.append("create")
        return self.get_meeting(meeting.id)

    def update_meeting(self, meeting_id: str, data: MeetingInput) -> Meeting:
        """Change the details."""
        stored = self._get(meeting_id)
        if stored.meeting.is_locked:
            raise MeetingLockedError
        errors = validate_meeting(data)
        if errors:
            raise ValidationError(errors)
        self._touch(stored, **{f: getattr(data, f) for f in MeetingInput.__dataclass_fields__})
        self.calls.append("update")
        return stored.meeting

    def _previous(self, meeting: Meeting) -> Stored | None:
        earlier = [
            other
            for other in self.stored.values()
            if other.meeting.meeting_type is meeting.meeting_type
            and other.meeting.status is not MeetingStatus.PLANNED
            and other.meeting.held_on < meeting.held_on
            and (meeting.series_id is None or other.meeting.series_id == meeting.series_id)
        ]
        return max(earlier, key=lambda other: other.meeting.held_on, default=None)

    def carry_over(self, meeting_id: str) -> int:
        """The previous held meeting's unfinished items the agenda lacks, after § previous
        minutes; blocked named ones anonymised (unless ``carry_blocked_named``)."""
        stored = self._get(meeting_id)
        if stored.meeting.is_locked:
            raise MeetingLockedError
        previous = self._previous(stored.meeting)
        present = {item.carried_from_item_id for item in stored.items}
        taken = [
            item
            for item in carry_over(previous.items if previous else (), stored.meeting.held_on)
            if item.carried_from_item_id not in present
        ]
        at = insertion_point(stored.items)
        for offset, item in enumerate(taken):
            hide = item.is_named and not self.carry_blocked_named
            blocked = hide and not self._gate(stored, item).allowed
            visibility = ItemVisibility.ANONYMISED if blocked else item.visibility
            new = replace(item, id=str(uuid.uuid4()), visibility=visibility)
            stored.items.insert(at + offset, new)
        self._renumber(stored)
        self.calls.append(f"carry {len(taken)}")
        return len(taken)

    def delete_meeting(self, meeting_id: str) -> None:
        """Delete a planned meeting."""
        stored = self._get(meeting_id)
        if stored.meeting.status is not MeetingStatus.PLANNED:
            raise ValidationError({"status": "Bara planerade möten kan tas bort."})
        del self.stored[meeting_id]
        self.calls.append("delete")

    def set_attendees(
        self, meeting_id: str, attendees: Sequence[Attendee]
    ) -> tuple[GatedItem, ...]:
        """Replace the attendees; the blocked items."""
        stored = self._get(meeting_id)
        if stored.meeting.is_locked:
            raise MeetingLockedError
        for attendee in attendees:
            errors = validate_attendee(attendee)
            if errors:
                raise ValidationError(errors)
        stored.attendees = list(attendees)
        self.calls.append("attendees")
        gated = [self._gated(stored, item) for item in stored.items]
        return tuple(row for row in gated if row.item.is_named and not row.gate.allowed)

    def _place(self, stored: Stored, item: AgendaItem, on_blocked: GateOption | None) -> AgendaItem:
        if stored.meeting.is_locked:
            raise MeetingLockedError
        errors = validate_agenda_item(item)
        if errors:
            raise ValidationError(errors)
        if item.is_named:
            gate = self._gate(stored, item)
            if not gate.allowed:
                if on_blocked is None:
                    raise GateBlockedError(gate)
                visibility = (
                    ItemVisibility.ANONYMISED
                    if on_blocked == "anonymise"
                    else ItemVisibility.EXCLUDED
                )
                item = replace(item, visibility=visibility)
        if item.visibility is ItemVisibility.ANONYMISED and item.young_person_id is not None:
            person = self.persons.people[item.young_person_id]
            for name, text in (("title", item.title), ("notes", item.notes)):
                if person.first_name.casefold() in text.casefold():
                    raise ValidationError({name: "Texten innehåller den unges namn."})
        return item

    def add_item(
        self, meeting_id: str, item: AgendaItem, *, on_blocked: GateOption | None = None
    ) -> GatedItem:
        """Insert an item."""
        stored = self._get(meeting_id)
        item = replace(self._place(stored, item, on_blocked), id=str(uuid.uuid4()))
        position = min(max(item.number, 1), len(stored.items) + 1) - 1
        stored.items.insert(position, item)
        self._renumber(stored)
        self.calls.append(f"add {item.visibility.value}")
        return self._gated(stored, stored.items[position])

    def update_item(
        self, item_id: str, item: AgendaItem, *, on_blocked: GateOption | None = None
    ) -> GatedItem:
        """Change an item."""
        stored, n = self._item_home(item_id)
        item = replace(self._place(stored, item, on_blocked), id=item_id)
        stored.items[n] = item
        self.calls.append(f"update item {item.visibility.value}")
        return self._gated(stored, item)

    def remove_item(self, item_id: str) -> None:
        """Remove an item."""
        stored, n = self._item_home(item_id)
        if stored.meeting.is_locked:
            raise MeetingLockedError
        del stored.items[n]
        self._renumber(stored)
        self.calls.append("remove item")

    def move_item(self, item_id: str, number: int) -> None:
        """Move an item."""
        stored, n = self._item_home(item_id)
        item = stored.items.pop(n)
        stored.items.insert(min(max(number, 1), len(stored.items) + 1) - 1, item)
        self._renumber(stored)
        self.calls.append("move item")

    def transition(
        self, meeting_id: str, target: MeetingStatus, *, reason: str = "", on: date | None = None
    ) -> Meeting:
        """The life cycle."""
        stored = self._get(meeting_id)
        m = stored.meeting
        errors = check_meeting_transition(
            m.status,
            target,
            reason=reason,
            has_secretary=bool(m.secretary),
            has_approver=bool(m.approver),
            all_attendance_set=attendance_complete(stored.attendees),
        )
        if not errors and target is MeetingStatus.FINALIZED:
            blocked = [
                f"§ {row.item.number}: {' '.join(row.gate.reasons)}"
                for row in (self._gated(stored, item) for item in stored.items)
                if row.item.is_named and not row.gate.allowed
            ]
            if blocked:
                errors["agenda"] = " ".join(blocked)
        if errors:
            raise ValidationError(errors)
        if m.is_locked and target is MeetingStatus.HELD:
            before = self.get_meeting(meeting_id)
            version = MeetingVersion(meeting_id, m.version, reason, datetime.now(UTC), "user-1")
            stored.versions.append((version, before))
            self._touch(stored, status=target, version=m.version + 1, approved_on=None)
            stored.approved_by = ""
        elif target is MeetingStatus.APPROVED:
            self._touch(stored, status=target, approved_on=on or date.today())
            stored.approved_by = "user-1"
        else:
            self._touch(stored, status=target)
        self.calls.append(f"transition {target.value}")
        return stored.meeting

    def version_detail(self, meeting_id: str, number: int) -> MeetingDetail:
        """An earlier version."""
        stored = self._get(meeting_id)
        return next(detail for version, detail in stored.versions if version.number == number)

    def due_items(self, meeting_id: str) -> list[AgendaSuggestion]:
        """The preset suggestions (kind, person id, title), gated."""
        stored = self._get(meeting_id)
        found = []
        for kind, person_id, title in self.suggestions:
            item = AgendaItem(1, AgendaSection.INDIVIDUALS, title, young_person_id=person_id)
            found.append(
                AgendaSuggestion(
                    kind,
                    person_id,
                    self.persons.name(person_id),
                    "case-" + person_id[:4],  # type: ignore[arg-type]
                    title,
                    "Uppföljning",
                    self._gate(stored, item),
                )
            )
        return found


class FakePlanning:
    """Series and calendar files."""

    def __init__(self, meetings: FakeMeetings) -> None:
        self.meetings = meetings
        self.exports: list[str] = []

    def agenda_templates(self) -> Mapping[MeetingType, tuple[AgendaTemplateItem, ...]]:
        """The built-in standing agendas."""
        return {kind: _standard(kind) for kind in MeetingType}

    def set_agenda_templates(
        self, templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]]
    ) -> None:
        """Not used by the meeting UI."""
        raise AssertionError("not used by the meeting UI")

    def reset_agenda_template(self, meeting_type: MeetingType) -> None:
        """Not used by the meeting UI."""
        raise AssertionError("not used by the meeting UI")

    def create_series(
        self, data: MeetingSeriesInput, attendees: Sequence[Attendee] = ()
    ) -> list[str]:
        """Planned meetings of the series."""
        errors = validate_meeting_series(data)
        if errors:
            raise ValidationError(errors)
        series_id = str(uuid.uuid4())
        return [
            self.meetings.create_meeting(data.meeting_on(day, series_id), attendees).meeting.id
            for day in series_days(data.first_on, data.interval_weeks, data.count)
        ]

    def meeting_ics(self, meeting_id: str) -> bytes:
        """A calendar file of one meeting."""
        self.exports.append(f"meeting {meeting_id}")
        return b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"

    def series_ics(self, series_id: str) -> bytes:
        """A calendar file of a series."""
        self.exports.append(f"series {series_id}")
        return b"BEGIN:VCALENDAR\r\nRRULE\r\nEND:VCALENDAR\r\n"


class FakeMinutes:
    """PDF bytes that say what they are for, and the minutes settings."""

    def __init__(self) -> None:
        self.printed: list[tuple[str, Audience, int | None]] = []
        self.settings = MinutesSettings()
        self.settings_saved = 0

    def minutes_settings(self) -> MinutesSettings:
        """The stored settings."""
        return self.settings

    def set_minutes_settings(self, settings: MinutesSettings) -> MinutesSettings:
        """Validate and store the settings."""
        errors = validate_minutes_settings(settings)
        if errors:
            raise ValidationError(errors)
        self.settings = settings
        self.settings_saved += 1
        return settings

    def minutes_pdf(self, meeting_id: str, audience: Audience, version: int | None = None) -> bytes:
        """Fake PDF bytes."""
        self.printed.append((meeting_id, audience, version))
        return b"%PDF-1.4 fake"

    def suggested_file_name(
        self, meeting_id: str, audience: Audience, version: int | None = None
    ) -> str:
        """Protokoll or utdrag, with the version (no personal data)."""
        suffix = f"-v{version}" if version is not None else ""
        if audience.party is not None:
            return f"utdrag-{audience.party.sector.value}{suffix}.pdf"
        kind = "utdrag" if audience.young_person_id else "protokoll"
        return f"{kind}{suffix}.pdf"


def related(first: str, last: str, **extra: object) -> RelatedPersonRow:
    """A related person's row (a guardian with joint custody unless told)."""
    values: dict[str, object] = {
        "id": str(uuid.uuid4()),
        "link_id": str(uuid.uuid4()),
        "first_name": first,
        "last_name": last,
        "relationship": Relationship.GUARDIAN,
        "custody_type": CustodyType.JOINT,
        "id_display": "",
        "phone": "",
        "email": "",
        "address_display": "",
        "protected_address": False,
        "interpreter_language": "",
    }
    values.update(extra)
    return RelatedPersonRow(**values)  # type: ignore[arg-type]


@dataclass
class World:
    """The fakes of one test: Ada (school and social services may know about her), Bo
    (nobody may), Ada's guardian Eva Berg."""

    persons: FakeMeetingPersons
    meetings: FakeMeetings
    planning: FakePlanning
    minutes: FakeMinutes
    ada: YoungPerson
    bo: YoungPerson


def meeting_world() -> World:
    """Fresh fakes with two young persons."""
    persons = FakeMeetingPersons()
    ada = persons.add("Ada", "Berg", birth_date=date(2011, 5, 4))
    bo = persons.add("Bo", "Ek", birth_date=date(2010, 2, 3))
    persons.add_related(ada.id, related("Eva", "Berg"))
    persons.add_related(ada.id, related("Nils", "Berg", relationship=Relationship.SIBLING))
    meetings = FakeMeetings(persons)
    meetings.allow(ada.id, Sector.SCHOOL, Sector.SOCIAL_SERVICES)
    return World(persons, meetings, FakePlanning(meetings), FakeMinutes(), ada, bo)


def planned(world: World, **changes: object) -> MeetingDetail:
    """A planned operational group meeting on 2026-03-03 13:00 with the standing agenda."""
    values: dict[str, object] = {
        "meeting_type": MeetingType.OPERATIONAL_GROUP,
        "title": "Operativ grupp",
        "held_on": date(2026, 3, 3),
        "chair": "Kim Koordinator",
    }
    values.update(changes)
    return world.meetings.create_meeting(MeetingInput(**values))  # type: ignore[arg-type]
