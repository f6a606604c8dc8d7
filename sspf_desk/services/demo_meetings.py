"""Demo meetings and bekymringssamtal, built on the demo case work.

Called by ``demo.generate`` after the case work, with the same seeded generator, so the
whole document stays deterministic. Each district's operational group meets every other
week as a series (no meetings in the summer and Christmas breaks); network meetings follow
cases from the day their plan was made; the steering groups meet a few times a year;
some bekymringssamtal are booked as meetings. Past meetings have attendance and minutes
(mostly approved, the latest ones held or finalized, a few reopened with the earlier version
kept), future ones are planned. Items about a young person are NAMED only where THE gate
allows it over the attendees on the meeting's day (:mod:`demo_agenda`), and the actions of a
case's plan meeting are the plan's items, linked (``meeting_action.action_item_id``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sspf_desk.domain import (
    AgendaSection,
    Attendee,
    CaseStatus,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.services import (
    demo_meeting_fill,
    demo_meeting_versions,
    demo_operational,
    demo_talks,
)
from sspf_desk.services import demo_meeting_texts as texts
from sspf_desk.services.demo_agenda import (
    MeetingDraft,
    apply_gate,
    record_attendance,
    scrub_hidden,
    template_items,
    weekday_from,
)
from sspf_desk.services.demo_agenda import rows_of as meeting_rows
from sspf_desk.services.demo_consent import DemoRandom
from sspf_desk.services.demo_facts import CaseTimeline, Records
from sspf_desk.services.demo_people import World

Row = dict[str, Any]
TABLES = (
    "meeting_series",
    "meeting",
    "meeting_attendee",
    "agenda_item",
    "meeting_action",
    "meeting_version",
    *demo_talks.TABLES,
)
_NETWORK_TIMES = ((time(9), time(10, 30)), (time(15), time(16, 30)))
_STEERING_TIMES = (time(8, 30), time(10))
_TALK_TIMES = (time(16), time(17, 30))
#: The standing items that are about the young person of a network meeting or a talk.
_NETWORK_PERSON_SECTIONS = frozenset(
    {AgendaSection.PREVIOUS_MINUTES, AgendaSection.INDIVIDUALS, AgendaSection.DECISIONS}
)
_TALK_PERSON_SECTIONS = frozenset({AgendaSection.INDIVIDUALS, AgendaSection.DECISIONS})


@dataclass(frozen=True)
class MeetingPlan:
    """How many meetings, agenda items and bekymringssamtal a reference size holds."""

    meetings: int
    agenda_items: int
    concern_talks: int
    districts: int


def _steering(world: World, count: int, *, earlier: int = 0) -> list[MeetingDraft]:
    """A few steering-group meetings a year per district (the last one ahead if many);
    ``earlier`` quarters are skipped (already planned)."""
    gen, made = world.gen, []
    for index, roster in enumerate(world.rosters):
        n = count // len(world.rosters) + (1 if index < count % len(world.rosters) else 0)
        anchor = world.reference + timedelta(days=16 if n >= 3 else -12)
        for i in range(n):
            day = weekday_from(anchor - timedelta(days=91 * (i + earlier)), 3)
            meeting = MeetingDraft(
                id=gen.new_id(),
                meeting_type=MeetingType.STEERING_GROUP,
                title=f"Styrgrupp SSPF {roster.name}".strip(),
                day=day,
                starts_at=_STEERING_TIMES[0],
                ends_at=_STEERING_TIMES[1],
                place=texts.STEERING_PLACE,
                attendees=list(world.chiefs),
                chair=world.chiefs[2].name,
                secretary=world.chiefs[4].name,
                approver=world.chiefs[1].name,
                district=index,
            )
            meeting.items = template_items(MeetingType.STEERING_GROUP, gen)
            made.append(meeting)
    return made


def _network_days(world: World, timeline: CaseTimeline) -> list[date]:
    """The plan meeting (before the plan's first item starts), then a follow-up every 8–12
    weeks while the case is open."""
    planned = timeline.reached(CaseStatus.ACTIVE_PLAN)
    if planned is None:
        return []
    items = world.plan_items.get(str(timeline.case["id"]), [])
    first = min([planned, *(date.fromisoformat(r["start_on"]) for r in items if r["start_on"])])
    closed = timeline.reached(CaseStatus.CLOSED)
    end = closed or world.reference + timedelta(days=60)
    days = [first - timedelta(days=max(0, first.weekday() - 4))]  # a weekend: the Friday
    while len(days) < 5:
        nxt = weekday_from(days[-1] + timedelta(days=world.gen.rng.randrange(56, 85)), 2)
        if nxt > end:
            break
        days.append(nxt)
    return days


def _network(world: World, count: int) -> list[MeetingDraft]:
    """Network meetings around cases with a plan, case by case, until ``count`` are made."""
    gen = world.gen
    made: list[MeetingDraft] = []
    order = list(world.timelines)
    gen.rng.shuffle(order)
    for timeline in order:
        if len(made) >= count:
            break
        person_id = timeline.person_id
        roster = world.rosters[world.district[person_id]]
        school = str(world.persons[person_id]["school"])
        for number, day in enumerate(_network_days(world, timeline)[: count - len(made)]):
            professionals = [
                roster.member("SSPF-samordnare"),
                Attendee(gen.rng.choice(roster.mentors), Sector.SCHOOL, "mentor", None, school),
                Attendee(
                    gen.rng.choice(roster.social_workers),
                    Sector.SOCIAL_SERVICES,
                    "socialsekreterare",
                    None,
                    "Socialtjänsten",
                ),
            ]
            if gen.rng.random() < 0.5:
                professionals.append(roster.member("fritidsledare"))
            if gen.rng.random() < 0.35:
                professionals.append(roster.member("kommunpolis"))
            starts, ends = gen.rng.choice(_NETWORK_TIMES)
            meeting = MeetingDraft(
                id=gen.new_id(),
                meeting_type=MeetingType.NETWORK_MEETING,
                title="Nätverksmöte SSPF",
                day=day,
                starts_at=starts,
                ends_at=ends,
                place=gen.rng.choice(texts.NETWORK_PLACES),
                attendees=professionals + world.family(person_id),
                chair=professionals[0].name,
                secretary=professionals[0].name,
                approver=professionals[1].name,
                person_id=person_id,
                case_id=str(timeline.case["id"]),
                first_of_case=number == 0,
            )
            meeting.items = template_items(MeetingType.NETWORK_MEETING, gen)
            _about(meeting, person_id, _NETWORK_PERSON_SECTIONS)
            made.append(meeting)
    return made


def _talk_meeting(world: World, booking: demo_talks.Booking) -> MeetingDraft:
    gen = world.gen
    police = next(a for a in booking.professionals if a.sector is Sector.POLICE)
    meeting = MeetingDraft(
        id=booking.meeting_id,
        meeting_type=MeetingType.CONCERN_TALK,
        title="Bekymringssamtal",
        day=booking.day,
        starts_at=_TALK_TIMES[0],
        ends_at=_TALK_TIMES[1],
        place=booking.place,
        attendees=[*booking.professionals, *world.family(booking.person_id)],
        chair=police.name,
        secretary=booking.professionals[-1].name,
        approver=police.name,
        person_id=booking.person_id,
        agreements=booking.agreements,
        follow_up_on=booking.follow_up_on,
    )
    meeting.items = template_items(MeetingType.CONCERN_TALK, gen)
    _about(meeting, booking.person_id, _TALK_PERSON_SECTIONS)
    return meeting


def _about(meeting: MeetingDraft, person_id: str, sections: frozenset[AgendaSection]) -> None:
    """Make the standing items of ``sections`` items about the meeting's young person."""
    for item in meeting.items:
        if item.section in sections:
            item.person_id = person_id


def build(
    gen: DemoRandom, reference: date, records: Records, plan: MeetingPlan
) -> dict[str, list[Row]]:
    """Return the rows of the meetings and bekymringssamtal, keyed by table."""
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    world = World(gen, reference, records, plan.districts)
    bookings = demo_talks.build(
        gen,
        reference,
        records,
        plan.concern_talks,
        decider=world.decider,
        staff=world.staff,
        out=out,
    )
    operational = demo_operational.schedule(world, round(plan.meetings * 0.3), out)
    steering = _steering(world, max(1, plan.meetings // 50))
    talks = [_talk_meeting(world, booking) for booking in bookings]
    network_count = plan.meetings - len(operational) - len(steering) - len(talks)
    network = _network(world, network_count)
    if len(network) < network_count:  # too few cases with a plan: more steering meetings
        earlier = -(-len(steering) // plan.districts)
        steering += _steering(world, network_count - len(network), earlier=earlier)
    meetings = operational + steering + talks + network
    standard = sum(len(m.items) for m in meetings)
    demo_operational.fill(world, operational, plan.agenda_items - standard)
    for meeting in meetings:
        demo_meeting_fill.set_status(gen, reference, meeting)
        if meeting.status is not MeetingStatus.PLANNED:
            record_attendance(gen, meeting)
        apply_gate(gen, meeting, world.decider)
        demo_meeting_fill.fill_texts(gen, reference, meeting, world.plan_items)
        scrub_hidden(meeting, world.names)
    demo_meeting_versions.reopen_some(gen, world, meetings, out)
    for meeting in meetings:
        meeting_rows(meeting, gen, out)
    return out
