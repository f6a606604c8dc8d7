"""Demo group and area level: places and groups per district, observations and measures.

Called by ``demo.generate`` after the meetings, with the same seeded generator. Each district
follows four sites (places, and groups described without names) in its areas; the first
also has a fifth site no longer followed. The four SSPF sectors record observations spread
over the demo's two years, with a seasonal rhythm and a trend of their own per site. The
operational groups agree measures of every kind (police presence and field work with their
hours), many of them at a held meeting of the district's group (``meeting_id``); past
measures are mostly done and followed up, recent ones ongoing or awaiting their follow-up,
and a few lie ahead. Every district also has its police presence of the month, with hours.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sspf_desk.domain import ActionStatus, MeetingStatus, MeetingType, Sector
from sspf_desk.domain.group_level import MeasureKind, SiteKind
from sspf_desk.services import demo_data as words
from sspf_desk.services import demo_group_level_texts as texts
from sspf_desk.services.demo_consent import DemoRandom
from sspf_desk.services.demo_facts import Records

Row = dict[str, Any]
TABLES = ("group_site", "group_observation", "group_measure")
#: The demo's period: two years up to the day before the reference day.
PERIOD_DAYS = 730
SITES_PER_DISTRICT = 4
#: Measures per observation.
MEASURE_SHARE = 0.25
#: Share of the measures planned just after a held meeting of the district (and agreed there).
AGREED_SHARE = 0.45
_SEASON = (0.6, 0.6, 0.8, 1.0, 1.2, 1.3, 0.9, 1.2, 1.1, 1.0, 0.8, 0.6)
_SECTOR_WEIGHTS: dict[SiteKind, tuple[float, float, float, float]] = {
    SiteKind.PLACE: (0.15, 0.25, 0.35, 0.25),
    SiteKind.GROUP: (0.2, 0.3, 0.25, 0.25),
}
_SECTORS = (Sector.SCHOOL, Sector.SOCIAL_SERVICES, Sector.POLICE, Sector.LEISURE)
_KIND_WEIGHTS: dict[MeasureKind, float] = {
    MeasureKind.POLICE_PRESENCE: 0.3,
    MeasureKind.FIELD_WALK: 0.2,
    MeasureKind.SAFETY_WALK: 0.1,
    MeasureKind.LEISURE_ACTIVITY: 0.15,
    MeasureKind.NEIGHBOURHOOD_WATCH: 0.08,
    MeasureKind.INFORMATION: 0.1,
    MeasureKind.OTHER: 0.07,
}


@dataclass(frozen=True)
class _Site:
    """A generated site and what its observations follow."""

    id: str
    district: int
    kind: SiteKind
    area: str
    heat: float
    trend: float
    last_day: date


def district_areas(district: int, districts: int) -> tuple[str, ...]:
    """The areas of a district (the same split as the demo's young persons and rosters)."""
    return tuple(a for i, a in enumerate(words.AREAS) if i % districts == district)


def operational_title(district: int, districts: int) -> str:
    """The title of a district's operational group (as ``demo_operational`` names it)."""
    roster = words.AREAS[district % len(words.AREAS)] if districts > 1 else ""
    return f"Operativ SSPF-grupp {roster}".strip()


def build(
    gen: DemoRandom, reference: date, records: Records, districts: int, observations: int
) -> dict[str, list[Row]]:
    """Return the sites', observations' and measures' rows, keyed by table."""
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    start = reference - timedelta(days=PERIOD_DAYS)
    sites = _sites(gen, start, reference, districts, out)
    _observations(gen, start, sites, observations, out)
    held = _held_meetings(records, districts)
    _measures(gen, reference, sites, held, round(observations * MEASURE_SHARE), out)
    return out


def _sites(
    gen: DemoRandom, start: date, reference: date, districts: int, out: dict[str, list[Row]]
) -> list[_Site]:
    """Four sites per district in its areas (the first district also one no longer followed)."""
    rng = gen.rng
    sites: list[_Site] = []
    for district in range(districts):
        areas = district_areas(district, districts)
        picks = [(district + k) % len(texts.SITES) for k in range(SITES_PER_DISTRICT)]
        if district == 0:
            picks.append(SITES_PER_DISTRICT % len(texts.SITES))
        for number, template in enumerate(picks):
            kind, name, pattern, description = texts.SITES[template]
            area = areas[number % len(areas)]
            active = number < SITES_PER_DISTRICT
            last_day = reference - timedelta(days=1 if active else PERIOD_DAYS // 2)
            site = _Site(
                gen.new_id(),
                district,
                kind,
                area,
                heat=rng.uniform(0.5, 2.0),
                trend=rng.uniform(-0.4, 0.8),
                last_day=last_day,
            )
            sites.append(site)
            created = gen.timestamp_on(start - timedelta(days=rng.randrange(1, 60)))
            out["group_site"].append(
                {
                    "id": site.id,
                    "name": name.format(area=area),
                    "kind": kind.value,
                    "area": area,
                    "time_pattern": pattern,
                    "description": description.format(area=area),
                    "active": active,
                    "created_at": created,
                    "updated_at": created
                    if active
                    else gen.timestamp_on(last_day + timedelta(days=7)),
                }
            )
    return sites


def _pick(rng: Any, weights: list[float]) -> int:
    """An index chosen with the given weights."""
    return int(rng.choices(range(len(weights)), weights=weights)[0])


def _observations(
    gen: DemoRandom, start: date, sites: list[_Site], count: int, out: dict[str, list[Row]]
) -> None:
    """``count`` observations spread over the sites by their heat, on seasonal days."""
    rng = gen.rng
    heats = [site.heat for site in sites]
    for _ in range(count):
        site = sites[_pick(rng, heats)]
        day = _seasonal_day(rng, start, site)
        sector = _SECTORS[_pick(rng, list(_SECTOR_WEIGHTS[site.kind]))]
        out["group_observation"].append(
            {
                "id": gen.new_id(),
                "site_id": site.id,
                "observed_on": day.isoformat(),
                "sector": sector.value,
                "text": rng.choice(texts.OBSERVATIONS[sector]),
                "created_at": gen.timestamp_on(day),
            }
        )


def _seasonal_day(rng: Any, start: date, site: _Site) -> date:
    """A day in the site's period, more often in the busy months and as its trend goes."""
    span = (site.last_day - start).days + 1
    top = max(_SEASON) * (1 + max(site.trend, 0.0))
    while True:
        offset = rng.randrange(span)
        day = start + timedelta(days=offset)
        weight = _SEASON[day.month - 1] * (1 + site.trend * offset / span)
        if rng.random() * top <= weight:
            return day


def _held_meetings(records: Records, districts: int) -> list[list[tuple[date, str]]]:
    """Per district, its operational group's held (not planned) meetings by day."""
    titles = {operational_title(d, districts): d for d in range(districts)}
    held: list[list[tuple[date, str]]] = [[] for _ in range(districts)]
    for row in records.get("meeting", []):
        district = titles.get(row["title"])
        if (
            district is not None
            and row["meeting_type"] == MeetingType.OPERATIONAL_GROUP.value
            and row["status"] != MeetingStatus.PLANNED.value
        ):
            held[district].append((date.fromisoformat(row["held_on"]), row["id"]))
    for days in held:
        days.sort()
    return held


def _measure_kinds(rng: Any, count: int) -> list[MeasureKind]:
    """Every kind at least once (when ``count`` allows), the rest by weight."""
    kinds = list(_KIND_WEIGHTS)
    rng.shuffle(kinds)
    weights = list(_KIND_WEIGHTS.values())
    extra = [list(_KIND_WEIGHTS)[_pick(rng, weights)] for _ in range(count - len(kinds))]
    return (kinds + extra)[:count]


def _measures(
    gen: DemoRandom,
    reference: date,
    sites: list[_Site],
    held: list[list[tuple[date, str]]],
    count: int,
    out: dict[str, list[Row]],
) -> None:
    """``count`` measures at the active sites, many agreed at a held meeting of the district."""
    rng = gen.rng
    start = reference - timedelta(days=PERIOD_DAYS)
    active = [site for site in sites if site.last_day >= reference - timedelta(days=1)]
    heats = [site.heat for site in active]
    for kind in _measure_kinds(rng, count):
        site = active[_pick(rng, heats)]
        meetings = held[site.district]
        agreed: tuple[date, str] | None = None
        if meetings and rng.random() < AGREED_SHARE:
            agreed = rng.choice(meetings)
            planned = agreed[0] + timedelta(days=rng.randrange(1, 15))
        else:
            planned = start + timedelta(days=rng.randrange(14, PERIOD_DAYS + 45))
            index = bisect.bisect_right(meetings, (planned, "~")) - 1
            if index >= 0 and (planned - meetings[index][0]).days <= 21 and rng.random() < 0.5:
                agreed = meetings[index]
        out["group_measure"].append(_measure_row(gen, reference, site, kind, planned, agreed))
    _monthly_presence(gen, reference, active, held, out)


def _monthly_presence(
    gen: DemoRandom,
    reference: date,
    active: list[_Site],
    held: list[list[tuple[date, str]]],
    out: dict[str, list[Row]],
) -> None:
    """Each district's police presence of the month at one of its sites (by heat), with hours.

    Police presence is planned month by month, agreed at the latest meeting of the district's
    group when there was one in the three weeks before.
    """
    rng = gen.rng
    start = reference - timedelta(days=PERIOD_DAYS)
    month = date(start.year, start.month, 1)
    while month <= reference:
        for district, meetings in enumerate(held):
            sites = [site for site in active if site.district == district]
            if not sites:
                continue
            site = sites[_pick(rng, [site.heat for site in sites])]
            planned = month + timedelta(days=rng.randrange(0, 28))
            index = bisect.bisect_right(meetings, (planned, "~")) - 1
            recent = index >= 0 and (planned - meetings[index][0]).days <= 21
            agreed = meetings[index] if recent else None
            row = _measure_row(gen, reference, site, MeasureKind.POLICE_PRESENCE, planned, agreed)
            row["description"] = texts.MONTHLY_PRESENCE
            out["group_measure"].append(row)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _measure_row(
    gen: DemoRandom,
    reference: date,
    site: _Site,
    kind: MeasureKind,
    planned: date,
    agreed: tuple[date, str] | None,
) -> Row:
    """One measure's row; ``agreed`` is the day and id of the meeting that agreed it."""
    rng = gen.rng
    sector, responsible, description, hours_range = texts.MEASURES[kind]
    yesterday = reference - timedelta(days=1)
    age = (reference - planned).days
    roll = rng.random()
    if age <= 0:
        status = ActionStatus.PLANNED
    elif age <= 14:
        status = (ActionStatus.DONE, ActionStatus.ONGOING, ActionStatus.PLANNED)[
            0 if roll < 0.4 else (1 if roll < 0.8 else 2)
        ]
    else:
        status = (
            ActionStatus.DONE
            if roll < 0.85
            else (ActionStatus.CANCELLED if roll < 0.92 else ActionStatus.ONGOING)
        )
    done_on = (
        min(planned + timedelta(days=rng.randrange(0, 4)), yesterday)
        if status is ActionStatus.DONE
        else None
    )
    hours: float | None = None
    if done_on is not None and hours_range is not None and rng.random() < 0.9:
        hours = round(rng.uniform(*hours_range) * 2) / 2
    follow_up_on = planned + timedelta(days=rng.randrange(14, 43))
    followed_up = done_on is not None and follow_up_on < reference - timedelta(days=7)
    follow_up = rng.choice(texts.FOLLOW_UPS) if followed_up and rng.random() < 0.9 else ""
    if agreed is not None:
        created_day = agreed[0]
    else:
        created_day = min(planned - timedelta(days=rng.randrange(1, 10)), yesterday)
    created = gen.timestamp_on(created_day)
    last_change = done_on if done_on is not None else created_day
    return {
        "id": gen.new_id(),
        "site_id": site.id,
        "kind": kind.value,
        "description": description,
        "sector": sector.value,
        "responsible": responsible.format(area=site.area),
        "planned_on": planned.isoformat(),
        "done_on": None if done_on is None else done_on.isoformat(),
        "status": status.value,
        "hours": hours,
        "meeting_id": None if agreed is None else agreed[1],
        "follow_up_on": follow_up_on.isoformat(),
        "follow_up": follow_up,
        "created_at": created,
        "updated_at": created if last_change == created_day else gen.timestamp_on(last_change),
    }
