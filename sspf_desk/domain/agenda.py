"""The agenda: the standing agenda per meeting type, THE consent gate and carry-over.

The gate: a named young person may be on an agenda only if EVERY party present may
receive that person's information (:func:`sspf_desk.domain.sharing.may_share`, bound by
the service to the person and the day). Otherwise the item is discussed without
identifying details or left out. Attendance changes re-run the gate (:func:`regate_agenda`).

Over a meeting's attendees (:func:`gate_for_attendees`) the gate counts everyone present,
or everyone invited while attendance is not recorded yet; family attendees (a young person
or a guardian) never receive another young person's information, and are not asked about
their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Final, Literal

from sspf_desk.domain.consent import Party
from sspf_desk.domain.enums import AgendaSection, AttendanceStatus, MeetingType
from sspf_desk.domain.labels import SECTOR_LABELS
from sspf_desk.domain.meetings import AgendaItem, Attendee
from sspf_desk.domain.plans import OPEN_ACTION_STATUSES
from sspf_desk.domain.sharing import SharingDecision

GateOption = Literal["anonymise", "exclude"]
#: What the user may do with a blocked item.
GATE_OPTIONS: Final[tuple[GateOption, ...]] = ("anonymise", "exclude")
FAMILY_BLOCK_REASON = (
    "Den unge eller vårdnadshavare i ett annat ärende får inte ta del av uppgifterna."
)
_NOT_COVERED = "Mottagaren omfattas inte av samtycke eller rättslig grund."
SECRECY_REMINDER = (
    "Påminnelse om sekretess: enskilda ungdomar nämns vid namn bara om samtycke eller "
    "annan rättslig grund finns för alla närvarande."
)

#: Decides for one party whether the item's young person may be named to it.
Decide = Callable[[Party], SharingDecision]


@dataclass(frozen=True, slots=True)
class AgendaTemplateItem:
    """One item of a standing agenda.

    Attributes:
        section: The section it belongs to.
        title: Its heading (Swedish, no personal data).
        notes: Preset text, e.g. the secrecy reminder at the opening.
    """

    section: AgendaSection
    title: str
    notes: str = ""


def _t(section: AgendaSection, title: str, notes: str = "") -> AgendaTemplateItem:
    return AgendaTemplateItem(section, title, notes)


_S = AgendaSection
_OPENING = _t(_S.OPENING, "Mötets öppnande, närvaro, sekreterare och justerare", SECRECY_REMINDER)
_CLOSING = _t(_S.NEXT_MEETING, "Nästa möte och justering av protokollet")

#: The standing agendas (DOMAIN.md §1 typical agenda; §3 for the bekymringssamtal).
DEFAULT_AGENDAS: Mapping[MeetingType, tuple[AgendaTemplateItem, ...]] = MappingProxyType(
    {
        MeetingType.OPERATIONAL_GROUP: (
            _OPENING,
            _t(_S.PREVIOUS_MINUTES, "Föregående protokoll och öppna åtgärder"),
            _t(_S.SITUATION_PICTURE, "Lägesbild: skola"),
            _t(_S.SITUATION_PICTURE, "Lägesbild: socialtjänst"),
            _t(_S.SITUATION_PICTURE, "Lägesbild: polis"),
            _t(_S.SITUATION_PICTURE, "Lägesbild: fritid"),
            _t(_S.AREA_LEVEL, "Grupp- och områdesnivå (fältvandringar, närvaro, aktiviteter)"),
            _t(_S.INDIVIDUALS, "Nya ärenden och samtyckesstatus"),
            _t(_S.INDIVIDUALS, "Uppföljning av åtagandeplaner"),
            _t(_S.INDIVIDUALS, "Förslag till avslut"),
            _t(_S.DECISIONS, "Beslut och åtgärder"),
            _t(_S.OTHER, "Övriga frågor"),
            _CLOSING,
        ),
        MeetingType.NETWORK_MEETING: (
            _OPENING,
            _t(_S.PREVIOUS_MINUTES, "Uppföljning av tidigare åtgärder"),
            _t(_S.INDIVIDUALS, "Nuläge: familj, skola, fritid och kamrater"),
            _t(_S.INDIVIDUALS, "Åtagandeplan: mål, styrkor och insatser"),
            _t(_S.DECISIONS, "Beslut och åtgärder"),
            _t(_S.OTHER, "Övriga frågor"),
            _CLOSING,
        ),
        MeetingType.STEERING_GROUP: (
            _OPENING,
            _t(_S.PREVIOUS_MINUTES, "Föregående protokoll och öppna åtgärder"),
            _t(_S.SITUATION_PICTURE, "Lägesbild och statistik (avidentifierad)"),
            _t(_S.AREA_LEVEL, "Mål, strategi, resurser och uppdrag till arbetsgruppen"),
            _t(_S.DECISIONS, "Beslut och åtgärder"),
            _t(_S.OTHER, "Övriga frågor"),
            _CLOSING,
        ),
        MeetingType.CONCERN_TALK: (
            _OPENING,
            _t(_S.INDIVIDUALS, "Kartläggning: familj, skola, fritid och kamrater"),
            _t(_S.INDIVIDUALS, "Information om konsekvenser av brott"),
            _t(_S.DECISIONS, "Överenskommelser och vem som ansvarar"),
            _t(_S.NEXT_MEETING, "Uppföljning"),
        ),
    }
)


def standard_agenda(
    meeting_type: MeetingType,
    templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]] | None = None,
) -> tuple[AgendaTemplateItem, ...]:
    """Return the standing agenda of ``meeting_type``.

    Args:
        meeting_type: The kind of meeting.
        templates: The municipality's own agendas; types it lacks fall back to
            :data:`DEFAULT_AGENDAS`.
    """
    if templates is not None and meeting_type in templates:
        return tuple(templates[meeting_type])
    return DEFAULT_AGENDAS[meeting_type]


def agenda_from_template(
    template: Iterable[AgendaTemplateItem], *, start: int = 1
) -> tuple[AgendaItem, ...]:
    """Turn a standing agenda into numbered agenda items (§ ``start``, ``start`` + 1, …)."""
    return tuple(
        AgendaItem(number=number, section=entry.section, title=entry.title, notes=entry.notes)
        for number, entry in enumerate(template, start=start)
    )


@dataclass(frozen=True, slots=True)
class GateResult:
    """The consent gate's answer for one agenda item.

    Attributes:
        allowed: Whether the item may stay as it is (named, or not identifying anyone).
        blocked_parties: The present parties that may not receive the information.
        reasons: Swedish, one per blocked party and reason: "Polis: …".
        options: What the user may do instead (empty when allowed).
    """

    allowed: bool
    blocked_parties: tuple[Party, ...]
    reasons: tuple[str, ...]
    options: tuple[GateOption, ...]


ALLOWED = GateResult(allowed=True, blocked_parties=(), reasons=(), options=())


def gate_item(
    item_person_id: str | None, present_parties: Sequence[Party], decide: Decide
) -> GateResult:
    """May a named item about ``item_person_id`` be discussed with these parties present?

    Args:
        item_person_id: The young person (None: the item names nobody and is allowed).
        present_parties: The parties present (duplicates are asked once).
        decide: The sharing rule for this person and day, per party.

    Returns:
        Allowed only if ``decide(party).allowed`` for every present party; otherwise the
        blocked parties, the reasons and the options (anonymise or exclude).
    """
    if item_person_id is None:
        return ALLOWED
    blocked: list[Party] = []
    reasons: list[str] = []
    for party in dict.fromkeys(present_parties):
        decision = decide(party)
        if decision.allowed:
            continue
        blocked.append(party)
        why = decision.reasons or (_NOT_COVERED,)
        reasons.extend(f"{party.display()}: {reason}" for reason in why)
    if not blocked:
        return ALLOWED
    return GateResult(
        allowed=False, blocked_parties=tuple(blocked), reasons=tuple(reasons), options=GATE_OPTIONS
    )


def regate_agenda(
    items: Sequence[AgendaItem],
    present_parties: Sequence[Party],
    decide_for_person: Callable[[str], Decide],
) -> tuple[GateResult, ...]:
    """Re-run the gate over an agenda (e.g. after attendance changed), one result per item.

    Anonymised, excluded and person-less items are always allowed; each person's
    decision per party is asked once.
    """
    cache: dict[tuple[str, Party], SharingDecision] = {}

    def bound(person_id: str) -> Decide:
        decide = decide_for_person(person_id)

        def cached(party: Party) -> SharingDecision:
            key = (person_id, party)
            if key not in cache:
                cache[key] = decide(party)
            return cache[key]

        return cached

    results: list[GateResult] = []
    for item in items:
        if not item.is_named or item.young_person_id is None:
            results.append(ALLOWED)
        else:
            person = item.young_person_id
            results.append(gate_item(person, present_parties, bound(person)))
    return tuple(results)


def counted_attendees(attendees: Iterable[Attendee]) -> tuple[Attendee, ...]:
    """The attendees the gate counts: those present, and those whose attendance is not
    recorded yet (before the meeting everyone invited counts, to be on the safe side)."""
    return tuple(a for a in attendees if a.status in (None, AttendanceStatus.PRESENT))


def gate_for_attendees(
    item_person_id: str | None, attendees: Iterable[Attendee], decide: Decide
) -> GateResult:
    """:func:`gate_item` over the counted attendees (:func:`counted_attendees`).

    A family attendee (:attr:`Attendee.is_family`) of the item's own young person is
    skipped (it is their own information); a family attendee of another young person, or
    of none, blocks the item. Professional attendees are asked through ``decide`` once per
    party. Reasons carry the sector label only, never a name.
    """
    if item_person_id is None:
        return ALLOWED
    blocked: list[Party] = []
    reasons: list[str] = []
    asked: set[Party] = set()

    def block(party: Party, why: Iterable[str]) -> None:
        if party not in blocked:
            blocked.append(party)
        reasons.extend(reason for reason in why if reason not in reasons)

    for attendee in counted_attendees(attendees):
        party = attendee.party
        if attendee.is_family:
            if attendee.young_person_id != item_person_id:
                block(party, (f"{SECTOR_LABELS[attendee.sector]}: {FAMILY_BLOCK_REASON}",))
            continue
        if party in asked:
            continue
        asked.add(party)
        decision = decide(party)
        if not decision.allowed:
            block(party, (f"{party.display()}: {r}" for r in decision.reasons or (_NOT_COVERED,)))
    if not blocked:
        return ALLOWED
    return GateResult(
        allowed=False, blocked_parties=tuple(blocked), reasons=tuple(reasons), options=GATE_OPTIONS
    )


def regate_for_attendees(
    items: Sequence[AgendaItem],
    attendees: Sequence[Attendee],
    decide_for_person: Callable[[str], Decide],
) -> tuple[GateResult, ...]:
    """:func:`regate_agenda` over a meeting's attendees (:func:`gate_for_attendees`).

    Anonymised, excluded and person-less items are always allowed; each person's decision
    per party is asked once.
    """
    deciders: dict[str, Decide] = {}
    results: list[GateResult] = []
    for item in items:
        person = item.young_person_id
        if not item.is_named or person is None:
            results.append(ALLOWED)
            continue
        if person not in deciders:
            deciders[person] = decide_for_person(person)
        results.append(gate_for_attendees(person, attendees, deciders[person]))
    return tuple(results)


def _carries(item: AgendaItem, today: date) -> bool:
    """Whether ``item`` has an unfinished action or a follow-up due by ``today``."""
    if any(action.status in OPEN_ACTION_STATUSES for action in item.actions):
        return True
    return item.follow_up_on is not None and item.follow_up_on <= today


def carry_over(
    previous_items: Iterable[AgendaItem], today: date, *, start: int = 1
) -> tuple[AgendaItem, ...]:
    """The items to carry into the next meeting's agenda.

    An item is carried when it has an unfinished action (planned or ongoing) or a
    follow-up date on or before ``today`` (the new meeting's day); a follow-up dated later
    is not due yet and stays with its meeting. The carried item keeps the section, title,
    young person and visibility (the gate runs again), takes only the unfinished actions,
    starts with no notes or decisions, and points back via ``carried_from_item_id``.
    Excluded items carry too, still excluded. Numbers run from ``start``.
    """
    carried: list[AgendaItem] = []
    for item in previous_items:
        if not _carries(item, today):
            continue
        open_actions = tuple(a for a in item.actions if a.status in OPEN_ACTION_STATUSES)
        later = item.follow_up_on if item.follow_up_on and item.follow_up_on > today else None
        carried.append(
            replace(
                item,
                number=start + len(carried),
                notes="",
                decisions=(),
                actions=open_actions,
                carried_from_item_id=item.id,
                follow_up_on=later,
                id=None,
            )
        )
    return tuple(carried)
