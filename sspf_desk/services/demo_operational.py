"""The demo's operational groups: every other week per district, as a series.

There are no meetings in the summer and Christmas breaks. Individual items (new cases with
their consent status, plan follow-ups, closing proposals) are placed where the case stood on
the meeting's day, spread over the meetings until the size's number of agenda items is
reached; an item about the same person at the series' next meeting is carried over.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta
from typing import Any

from sspf_desk.domain import AgendaSection, CaseStatus, MeetingType
from sspf_desk.services import demo_meeting_texts as texts
from sspf_desk.services.demo_agenda import ItemDraft, MeetingDraft, template_items, weekday_from
from sspf_desk.services.demo_facts import CaseTimeline
from sspf_desk.services.demo_people import World

Row = dict[str, Any]
_OPS_TIMES = (time(13), time(15))
#: Where new cases, follow-ups, closing proposals and extra items go in the standing agenda.
_OPS_SLOTS = {"new_case": 7.5, "follow_up": 8.5, "closing": 9.5, "extra": 11.5}
_OPS_TITLES = {
    "new_case": "Nytt ärende – samtyckesstatus",
    "follow_up": "Uppföljning av åtagandeplan",
    "closing": "Förslag till avslut",
}


def _holiday(day: date) -> bool:
    """Summer and Christmas breaks, when the operational groups do not meet."""
    return (
        day.month == 7
        or (day.month == 8 and day.day <= 10)
        or (day.month == 12 and day.day >= 20)
        or (day.month == 1 and day.day <= 6)
    )


def _grid(start: date, step: int, count: int) -> list[date]:
    days: list[date] = []
    day = start
    while len(days) < count:
        if not _holiday(day):
            days.append(day)
        day += timedelta(days=step)
    return days


def schedule(world: World, count: int, out: dict[str, list[Row]]) -> list[MeetingDraft]:
    """Each district's group every other week, as a series."""
    gen, made = world.gen, []
    for index, roster in enumerate(world.rosters):
        n = count // len(world.rosters) + (1 if index < count % len(world.rosters) else 0)
        if n == 0:
            continue
        future = min(4, max(2, n // 10), n)
        first = weekday_from(world.reference + timedelta(days=1), 1 + index % 3)
        days = sorted(_grid(first - timedelta(days=14), -14, n - future) + _grid(first, 14, future))
        title = f"Operativ SSPF-grupp {roster.name}".strip()
        place = texts.OPERATIONAL_PLACES[index % len(texts.OPERATIONAL_PLACES)]
        series_id = gen.new_id()
        out["meeting_series"].append(
            {
                "id": series_id,
                "meeting_type": MeetingType.OPERATIONAL_GROUP.value,
                "title": title,
                "place": place,
                "first_on": days[0].isoformat(),
                "interval_weeks": 2,
                "starts_at": _OPS_TIMES[0].isoformat(),
                "ends_at": _OPS_TIMES[1].isoformat(),
                "created_at": gen.timestamp_on(days[0] - timedelta(days=14)),
                "updated_at": gen.timestamp_on(days[0] - timedelta(days=14)),
            }
        )
        for day, next_day in zip(days, [*days[1:], None], strict=True):
            meeting = MeetingDraft(
                id=gen.new_id(),
                meeting_type=MeetingType.OPERATIONAL_GROUP,
                title=title,
                day=day,
                starts_at=_OPS_TIMES[0],
                ends_at=_OPS_TIMES[1],
                place=place,
                attendees=list(roster.members),
                chair=roster.member("SSPF-samordnare").name,
                secretary=roster.member("fältassistent").name,
                approver=roster.member("kommunpolis").name,
                series_id=series_id,
                district=index,
                next_day=next_day,
            )
            meeting.items = template_items(MeetingType.OPERATIONAL_GROUP, gen)
            made.append(meeting)
    return made


def _ops_candidates(
    world: World, meeting: MeetingDraft, cases: list[CaseTimeline]
) -> list[ItemDraft]:
    """New cases, closing proposals and some plan follow-ups due at an operational meeting."""
    found: dict[str, list[ItemDraft]] = {kind: [] for kind in _OPS_TITLES}
    if meeting.day > world.reference + timedelta(days=14):
        return []  # far-off meetings have the standing agenda only
    for timeline in cases:
        status = timeline.status_on(meeting.day)
        if status is None or status is CaseStatus.CLOSED:
            continue
        closed = timeline.reached(CaseStatus.CLOSED)
        if status in (CaseStatus.INTAKE, CaseStatus.CONSENT):
            kind = "new_case"
        elif closed is not None and meeting.day < closed <= meeting.day + timedelta(days=28):
            kind = "closing"
        elif world.gen.rng.random() < 0.3:
            kind = "follow_up"
        else:
            continue
        found[kind].append(
            ItemDraft(
                section=AgendaSection.INDIVIDUALS,
                title=_OPS_TITLES[kind],
                person_id=timeline.person_id,
                kind=kind,
                slot=_OPS_SLOTS[kind],
            )
        )
    return [item for kind in _OPS_TITLES for item in found[kind]]


def fill(world: World, meetings: list[MeetingDraft], budget: int) -> None:
    """Spread ``budget`` individual items over the operational meetings (round robin by
    priority), fill the rest with person-less items, and carry follow-ups over."""
    by_district: dict[int, list[CaseTimeline]] = defaultdict(list)
    for timeline in world.timelines:
        by_district[world.district[timeline.person_id]].append(timeline)
    pools = [_ops_candidates(world, m, by_district[m.district]) for m in meetings]
    rank = 0
    while budget > 0 and any(rank < len(pool) for pool in pools):
        for meeting, pool in zip(meetings, pools, strict=True):
            if budget > 0 and rank < len(pool):
                item = pool[rank]
                item.id = world.gen.new_id()
                meeting.items.append(item)
                budget -= 1
        rank += 1
    for index in range(budget):
        meeting = meetings[index % len(meetings)]
        title, notes = texts.EXTRA_ITEMS[index % len(texts.EXTRA_ITEMS)]
        meeting.items.append(
            ItemDraft(AgendaSection.OTHER, title, notes=notes, kind="extra", slot=11.5)
        )
        meeting.items[-1].id = world.gen.new_id()
    for meeting in meetings:
        meeting.items.sort(key=lambda item: item.slot)
    _carry_over(world, meetings)


def _carry_over(world: World, meetings: list[MeetingDraft]) -> None:
    """An item about the same person and of the same kind at the series' next meeting is
    carried from the earlier one, which gets that meeting's day as its follow-up."""
    previous: dict[str | None, MeetingDraft] = {}
    for meeting in sorted(meetings, key=lambda m: (m.district, m.day)):
        before = previous.get(meeting.series_id)
        previous[meeting.series_id] = meeting
        if before is None or before.day >= world.reference:
            continue
        earlier: dict[tuple[str | None, str], ItemDraft] = {
            (i.person_id, i.kind): i for i in before.items if i.person_id is not None
        }
        for item in meeting.items:
            source = earlier.get((item.person_id, item.kind))
            if source is not None:
                source.follow_up_on = meeting.day
                item.carried_from = source.id
