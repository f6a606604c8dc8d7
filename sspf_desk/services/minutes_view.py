"""What the minutes (protokoll) and their excerpts (utdrag) show: a pure builder.

:func:`build_minutes_view` turns a :class:`MeetingDetail` into the PDF's
:class:`~sspf_desk.export.minutes_pdf.MinutesView` for one :class:`Audience`:

* Excluded items never appear, in any document.
* Full minutes: every other item. A named item's heading carries the young person's name
  ("§ 8 Uppföljning av åtagandeplan – Alva Berg"); a protected identity is shown as
  "Ungdom med skyddade personuppgifter", an anonymised item as "ungdom (avidentifierad)".
* Party excerpt: items about nobody, anonymised items, and named items only where
  ``may_see(person, party)`` (THE sharing rule, decided by the service). Family attendees
  (a young person or a guardian) are listed only when the party may see their young person.
  A family attendee of a young person with a protected identity is listed without a name.
* Person excerpt: only the items about that young person (named or anonymised, with the
  name unless protected); no family attendee of another young person.

Free texts are written by people and may mention someone by name, so words of names are
taken out of a document's free texts (meeting title, place, item titles, notes, decisions,
actions; see :mod:`sspf_desk.services.minutes_redaction`):

* always: the names of the meeting's young persons the document does not name (anonymised,
  excluded, not allowed, another person's), of the family attendees it does not list, and
  of every young person with a protected identity;
* in an excerpt also: the words of every other known young person's name (the service
  passes the whole vault) except words of names the excerpt itself shows (attendees, the
  persons it names, chair, secretary, approver).

Over-redaction is accepted; a leak is not. The full minutes, the official record, keep
mentions of persons unconnected to the meeting unless they are protected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from sspf_desk.domain import (
    MEETING_TYPE_LABELS,
    SECTOR_LABELS,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    MeetingStatus,
    Party,
)
from sspf_desk.domain.checks import MAX_SHORT_TEXT, check_length, looks_like_id_number, require
from sspf_desk.errors import BugError
from sspf_desk.export.minutes_pdf import ActionRow, AttendanceRow, MinutesItem, MinutesView
from sspf_desk.services.meeting_rows import PROTECTED_NAME, GatedItem, MeetingDetail
from sspf_desk.services.minutes_redaction import Redactor, name_phrases, name_words

PROTECTED_HEADING = "Ungdom med skyddade personuppgifter"
ANONYMISED_HEADING = "ungdom (avidentifierad)"
PERSON_EXCERPT_NOTE = "Utdrag med de paragrafer som gäller en enskild ungdom"
_STATUS_LABELS = {
    MeetingStatus.PLANNED: "Utkast",
    MeetingStatus.HELD: "Utkast",
    MeetingStatus.FINALIZED: "Färdigställt",
    MeetingStatus.APPROVED: "Justerat",
}

#: Whether THE sharing rule lets ``party`` see the young person ``person_id``.
MaySee = Callable[[str, Party], bool]


@dataclass(frozen=True, slots=True)
class MinutesSettings:
    """The vault's settings of the minutes.

    Attributes:
        municipality: Printed in the header and the facts box, e.g. "Norrby kommun".
        secrecy_marking: The header of every page.
    """

    municipality: str = "Kommunen"
    secrecy_marking: str = "Sekretess enligt OSL 26 kap. 1 §"


def validate_minutes_settings(settings: MinutesSettings) -> dict[str, str]:
    """Check the settings: both texts required, short, and without id numbers."""
    errors: dict[str, str] = {}
    require(errors, "municipality", settings.municipality, "Ange kommunens namn.")
    require(errors, "secrecy_marking", settings.secrecy_marking, "Ange sekretessmarkeringen.")
    for name in ("municipality", "secrecy_marking"):
        text = str(getattr(settings, name))
        check_length(errors, name, text, MAX_SHORT_TEXT)
        if looks_like_id_number(text):
            errors.setdefault(name, "Texten får inte innehålla personnummer.")
    return errors


@dataclass(frozen=True, slots=True)
class Audience:
    """Who a minutes document is for: everyone (full), one party, or one young person.

    Attributes:
        party: A party excerpt (utdrag) for this recipient.
        young_person_id: A person excerpt: only the items about this young person.
    """

    party: Party | None = None
    young_person_id: str | None = None

    def __post_init__(self) -> None:
        """Refuse an audience that is both a party and a young person."""
        if self.party is not None and self.young_person_id is not None:
            raise BugError("an excerpt is for a party or for a young person, not both")

    @property
    def is_full(self) -> bool:
        """Whether this is the full minutes."""
        return self.party is None and self.young_person_id is None


@dataclass(frozen=True, slots=True)
class PersonName:
    """What the minutes know about a young person's name.

    Attributes:
        name: The full name (used for redaction even when protected, never printed then).
        protected: A protected identity: the name is never printed.
    """

    name: str
    protected: bool = False


@dataclass(slots=True)
class _Plan:
    """Which items and attendees a document shows, and whose names it may print."""

    items: list[GatedItem] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    named: set[str] = field(default_factory=set)  # persons whose name the document prints


def _people_from_items(detail: MeetingDetail) -> dict[str, PersonName]:
    found: dict[str, PersonName] = {}
    for gated in detail.items:
        person = gated.item.young_person_id
        if person is not None and gated.young_person_name:
            protected = gated.young_person_name == PROTECTED_NAME
            name = "" if protected else gated.young_person_name
            found.setdefault(person, PersonName(name, protected))
    return found


def _plan(detail: MeetingDetail, audience: Audience, may_see: MaySee) -> _Plan:
    """Choose the items and attendees for ``audience`` (see the module docstring)."""
    plan = _Plan()
    kept = [g for g in detail.items if g.item.visibility is not ItemVisibility.EXCLUDED]
    attendees = [entry.attendee for entry in detail.attendees]
    if audience.young_person_id is not None:
        own = audience.young_person_id
        plan.items = [g for g in kept if g.item.young_person_id == own]
        plan.attendees = [a for a in attendees if not a.is_family or a.young_person_id == own]
        plan.named = {own}
        return plan
    party = audience.party
    seen: dict[str, bool] = {}

    def visible(person: str | None) -> bool:
        if party is None:
            return True
        if person is None:
            return False
        if person not in seen:
            seen[person] = may_see(person, party)
        return seen[person]

    for gated in kept:
        item = gated.item
        if item.young_person_id is None or item.visibility is ItemVisibility.ANONYMISED:
            plan.items.append(gated)
        elif party is None and not gated.gate.allowed:
            # Named on the agenda but blocked for someone present (not resolved yet): the
            # minutes show it without the name until the coordinator decides.
            plan.items.append(gated)
        elif visible(item.young_person_id):
            plan.items.append(gated)
            plan.named.add(item.young_person_id)
    plan.attendees = [a for a in attendees if not a.is_family or visible(a.young_person_id)]
    return plan


def _connected(detail: MeetingDetail, audience: Audience) -> set[str]:
    """The young persons the meeting (or the audience) is about."""
    found = {g.item.young_person_id for g in detail.items}
    found |= {entry.attendee.young_person_id for entry in detail.attendees}
    found.add(audience.young_person_id)
    return {person for person in found if person is not None}


def _redactor(
    detail: MeetingDetail,
    audience: Audience,
    plan: _Plan,
    people: Mapping[str, PersonName],
    shown_names: Iterable[str],
) -> Redactor:
    """What this document must take out of its free texts (see the module docstring)."""
    connected = _connected(detail, audience)
    strict = [
        people[p].name
        for p in connected
        if p in people and (p not in plan.named or people[p].protected)
    ]
    strict += [
        entry.attendee.name
        for entry in detail.attendees
        if entry.attendee.is_family
        and (entry.attendee not in plan.attendees or _masked(entry.attendee, people))
    ]
    loose = [
        person.name
        for pid, person in people.items()
        if pid not in connected and (person.protected or not audience.is_full)
    ]
    shown = [people[p].name for p in plan.named if p in people and not people[p].protected]
    shown += [a.name for a in plan.attendees if not _masked(a, people)]
    shown += list(shown_names)
    return Redactor(
        name_words(strict) | (name_words(loose) - name_words(shown)),
        name_phrases([*strict, *loose]),
    )


def _masked(attendee: Attendee, people: Mapping[str, PersonName]) -> bool:
    """Whether a family attendee's name is withheld: their young person is protected."""
    person = attendee.young_person_id
    return person is not None and person in people and people[person].protected


def _heading(title: str, gated: GatedItem, known: PersonName | None, *, named: bool) -> str:
    """The item's (cleaned) title with who it is about: name, protected or anonymised."""
    if gated.item.young_person_id is None:
        return title
    if not named:
        return f"{title} – {ANONYMISED_HEADING}"
    if known is not None and known.protected:
        return f"{title} – {PROTECTED_HEADING}"
    if known is not None and known.name.strip():
        return f"{title} – {known.name.strip()}"
    return title  # the name is not known: print none


def _minutes_item(
    gated: GatedItem, named: bool, people: Mapping[str, PersonName], clean: Callable[[str], str]
) -> MinutesItem:
    item = gated.item
    known = people.get(item.young_person_id) if item.young_person_id is not None else None
    return MinutesItem(
        number=item.number,
        title=_heading(clean(item.title), gated, known, named=named),
        notes=clean(item.notes),
        decisions=tuple(clean(text) for text in item.decisions),
        actions=tuple(
            ActionRow(clean(a.what), clean(a.responsible), SECTOR_LABELS[a.sector], a.deadline)
            for a in item.actions
        ),
    )


def _attendance_row(attendee: Attendee, people: Mapping[str, PersonName]) -> AttendanceRow:
    role = ", ".join(t for t in (attendee.role.strip(), attendee.organisation.strip()) if t)
    present = None if attendee.status is None else attendee.status is AttendanceStatus.PRESENT
    name = PROTECTED_NAME if _masked(attendee, people) else attendee.name
    return AttendanceRow(name, SECTOR_LABELS[attendee.sector], role, present)


def _excerpt_note(audience: Audience) -> str:
    if audience.party is not None:
        return f"Utdrag för {audience.party.display()}"
    return PERSON_EXCERPT_NOTE if audience.young_person_id is not None else ""


def named_persons(detail: MeetingDetail, audience: Audience, may_see: MaySee) -> frozenset[str]:
    """The young persons whose items a document for ``audience`` shows as named.

    For a person excerpt this is that person (the whole excerpt is about them).
    """
    return frozenset(_plan(detail, audience, may_see).named)


def build_minutes_view(
    detail: MeetingDetail,
    *,
    audience: Audience,
    may_see: MaySee,
    settings: MinutesSettings,
    approved_by_name: str = "",
    people: Mapping[str, PersonName] | None = None,
) -> MinutesView:
    """Return what the minutes show for ``audience`` (see the module docstring).

    Args:
        detail: The meeting with its attendees and gated items.
        audience: Full minutes, a party excerpt or a person excerpt.
        may_see: THE sharing rule for a party excerpt (asked once per young person).
        settings: Municipality and secrecy marking.
        approved_by_name: The name of whoever recorded the approval (shown when approved).
        people: The young persons' names and protected flags; defaults to the names the
            meeting service put on the items. Give every young person of the meeting's
            items and family attendees, so their names are redacted where not shown.
    """
    known = dict(people) if people is not None else _people_from_items(detail)
    plan = _plan(detail, audience, may_see)
    meeting = detail.meeting
    officers = (meeting.chair, meeting.secretary, meeting.approver, approved_by_name)
    clean = _redactor(detail, audience, plan, known, officers).clean

    def _names_it(gated: GatedItem) -> bool:
        if audience.young_person_id is not None:
            return True
        return gated.item.is_named and gated.item.young_person_id in plan.named

    approved = meeting.status is MeetingStatus.APPROVED
    return MinutesView(
        municipality=settings.municipality,
        secrecy_marking=settings.secrecy_marking,
        meeting_type_label=MEETING_TYPE_LABELS[meeting.meeting_type],
        title=clean(meeting.title),
        date=meeting.held_on,
        start_time=meeting.starts_at,
        end_time=meeting.ends_at,
        place=clean(meeting.place),
        chair=meeting.chair,
        secretary=meeting.secretary,
        approver=meeting.approver,
        attendance=tuple(_attendance_row(a, known) for a in plan.attendees),
        items=tuple(_minutes_item(g, _names_it(g), known, clean) for g in plan.items),
        version=meeting.version,
        status_label=_STATUS_LABELS[meeting.status],
        approved_by=(approved_by_name or meeting.approver) if approved else "",
        approved_on=meeting.approved_on if approved else None,
        excerpt_note=_excerpt_note(audience),
    )
