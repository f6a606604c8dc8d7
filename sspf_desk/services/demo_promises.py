"""Demo medborgarlöften: one promise per year of the demo period for Demokommun.

Called by ``demo.generate`` after the group level, with the same seeded generator. Each
promise has activities of every counting kind: police presence counted by its hours, safety
walks and field walks in one area counted by number, the operational group's mapping
meetings counted by meetings held, and neighbourhood-watch start-up meetings and a safety
survey recorded by hand as progress entries. Targets follow what the demo itself holds (the
pace of the year so far, times a factor per activity), so the follow-up shows a mix of
*Ja*, *Delvis* and *Nej*. Signatories are fictitious public officials.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sspf_desk.domain import ActionStatus, MeetingStatus, MeetingType
from sspf_desk.domain.group_level import MeasureKind
from sspf_desk.domain.promises import ActivityCounting, Signatory
from sspf_desk.services import demo_data as words
from sspf_desk.services.demo_consent import DemoRandom
from sspf_desk.services.demo_facts import Records
from sspf_desk.services.demo_people import staff_name
from sspf_desk.store.models_promises import encode_focus_areas, encode_signatories

Row = dict[str, Any]
TABLES = ("citizen_promise", "promise_activity", "promise_progress")
MUNICIPALITY = words.MUNICIPALITY
POLICE_AREA = "Lokalpolisområde Demokommun"
FOCUS_AREAS = (
    "Trygg offentlig miljö",
    "Tidiga insatser för barn och unga",
    "Boende som tar ansvar för sitt område",
)
SIGNATORY_TITLES = (
    "Kommunstyrelsens ordförande",
    "Kommundirektör",
    "Lokalpolisområdeschef, Lokalpolisområde Demokommun",
)
PROBLEM = (
    "Lägesbilden för {year} visar att unga samlas kvällstid på torg och vid köpcentret, att "
    "boende och elever upplever vissa platser som otrygga och att yngre ungdomar dras in i "
    "grupper där narkotika och skadegörelse förekommer."
)
EFFECTS = (
    "Fler boende och unga ska känna sig trygga i sitt område, färre unga ska dras in i "
    "kriminalitet och fler boende ska vara delaktiga i det trygghetsskapande arbetet."
)


@dataclass(frozen=True)
class _Plan:
    """An activity of the demo promise and how its target is set."""

    title: str
    owner: str
    unit: str
    focus: int
    counting: ActivityCounting
    factor: float
    meeting_type: MeetingType | None = None
    measure_kind: MeasureKind | None = None
    area: str = ""


def _nice(value: float) -> float:
    """A target as a planner would write it: 5s below 100, 50s below 1 000, then 100s."""
    if value <= 0:
        return 4.0
    step = 1 if value < 20 else (5 if value < 100 else (50 if value < 1000 else 100))
    return float(max(step, math.ceil(value / step) * step))


class _Counts:
    """What the demo document counts for a period (as the promise follow-up will)."""

    def __init__(self, records: Records, out: dict[str, list[Row]]) -> None:
        areas = {row["id"]: row["area"] for row in out.get("group_site", [])}
        self.measures: list[tuple[date, MeasureKind, float, str]] = [
            (
                date.fromisoformat(row["done_on"]),
                MeasureKind(row["kind"]),
                float(row["hours"] or 0.0),
                areas.get(row["site_id"], ""),
            )
            for row in out.get("group_measure", [])
            if row["status"] == ActionStatus.DONE.value and row["done_on"] is not None
        ]
        self.meetings = [
            (date.fromisoformat(row["held_on"]), MeetingType(row["meeting_type"]))
            for row in records.get("meeting", [])
            if row["status"] != MeetingStatus.PLANNED.value
        ]

    def result(self, plan: _Plan, start: date, end: date) -> float:
        """The automatic count of ``plan`` over ``start``–``end``."""
        if plan.counting is ActivityCounting.MEETINGS:
            held = [day for day, kind in self.meetings if kind is plan.meeting_type]
            return float(sum(1 for day in held if start <= day <= end))
        found = [
            hours
            for day, kind, hours, area in self.measures
            if start <= day <= end
            and kind is plan.measure_kind
            and (not plan.area or area == plan.area)
        ]
        return float(sum(found) if plan.counting is ActivityCounting.MEASURE_HOURS else len(found))

    def busiest_area(self, kind: MeasureKind) -> str:
        """The area with most measures of ``kind`` done (ties: Swedish word-list order)."""
        counted = Counter(area for _, found, _, area in self.measures if found is kind and area)
        return max(sorted(counted), key=lambda area: counted[area], default="")


def _plans(counts: _Counts) -> list[_Plan]:
    """The activities of each year's promise."""
    area = counts.busiest_area(MeasureKind.FIELD_WALK)
    plans = [
        _Plan(
            "Synlig polisnärvaro på platser som upplevs otrygga",
            "Lokalpolisområde Demokommun",
            "timmar",
            0,
            ActivityCounting.MEASURE_HOURS,
            0.8,
            measure_kind=MeasureKind.POLICE_PRESENCE,
        ),
        _Plan(
            "Trygghetsvandringar med boende och fastighetsägare",
            "Kommunens trygghetssamordnare",
            "tillfällen",
            0,
            ActivityCounting.MEASURES,
            1.2,
            measure_kind=MeasureKind.SAFETY_WALK,
        ),
        _Plan(
            "Kartläggning av unga i riskzon i SSPF:s operativa grupp",
            "SSPF-samordnaren",
            "möten",
            1,
            ActivityCounting.MEETINGS,
            0.9,
            meeting_type=MeetingType.OPERATIONAL_GROUP,
        ),
        _Plan(
            "Uppstartsmöten för grannsamverkan",
            "Polisen och kommunens trygghetssamordnare",
            "möten",
            2,
            ActivityCounting.MANUAL,
            1.0,
        ),
        _Plan(
            "Trygghetsenkät till elever och boende",
            "Kommunens trygghetssamordnare",
            "enkäter",
            1,
            ActivityCounting.MANUAL,
            1.0,
        ),
    ]
    if area:
        plans.insert(
            2,
            _Plan(
                f"Fältvandringar i {area}",
                "Socialtjänsten, fältgruppen",
                "tillfällen",
                1,
                ActivityCounting.MEASURES,
                1.5,
                measure_kind=MeasureKind.FIELD_WALK,
                area=area,
            ),
        )
    return plans


def build(gen: DemoRandom, reference: date, records: Records, out: dict[str, list[Row]]) -> None:
    """Append one promise per year of the demo period (the reference year and the one
    before), its activities and progress entries, to ``out``; ``out`` holds the group level."""
    for table in TABLES:
        out.setdefault(table, [])
    counts = _Counts(records, out)
    plans = _plans(counts)
    for year in (reference.year - 1, reference.year):
        _promise(gen, reference, year, plans, counts, out)


def _promise(
    gen: DemoRandom,
    reference: date,
    year: int,
    plans: list[_Plan],
    counts: _Counts,
    out: dict[str, list[Row]],
) -> None:
    """Append one year's promise, its activities and their progress entries to ``out``."""
    rng = gen.rng
    promise_id = gen.new_id()
    signed = date(year - 1, 11, rng.randrange(10, 28))
    stamp = gen.timestamp_on(signed)
    out["citizen_promise"].append(
        {
            "id": promise_id,
            "year": year,
            "municipality": MUNICIPALITY,
            "police_area": POLICE_AREA,
            "title": f"Medborgarlöfte {year} – Tryggare tillsammans i {MUNICIPALITY}",
            "problem": PROBLEM.format(year=year - 1),
            "focus_areas": encode_focus_areas(FOCUS_AREAS),
            "effects": EFFECTS,
            "signatories": _signatories(gen),
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    start = date(year, 1, 1)
    end = min(date(year, 12, 31), reference - timedelta(days=1))
    elapsed = ((end - start).days + 1) / ((date(year, 12, 31) - start).days + 1)
    for position, plan in enumerate(plans):
        activity_id = gen.new_id()
        if plan.counting is ActivityCounting.MANUAL:
            target, entries = _manual(rng, plan, year, end)
        else:
            target, entries = _nice(counts.result(plan, start, end) / elapsed * plan.factor), []
        out["promise_activity"].append(
            {
                "id": activity_id,
                "promise_id": promise_id,
                "position": position,
                "title": plan.title,
                "owner": plan.owner,
                "unit": plan.unit,
                "focus_area": FOCUS_AREAS[plan.focus],
                "area": plan.area,
                "target": target,
                "counting": plan.counting.value,
                "meeting_type": None if plan.meeting_type is None else plan.meeting_type.value,
                "measure_kind": None if plan.measure_kind is None else plan.measure_kind.value,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        for day, amount, note in entries:
            out["promise_progress"].append(
                {
                    "id": gen.new_id(),
                    "activity_id": activity_id,
                    "on_day": day.isoformat(),
                    "amount": amount,
                    "note": note,
                    "created_at": gen.timestamp_on(day),
                }
            )


_Entry = tuple[date, float, str]
_NEIGHBOURHOOD_NOTES = (
    "Uppstartsmöte i flerbostadsområde; cirka 20 hushåll deltog",
    "Uppstartsmöte i villaområde tillsammans med bostadsbolaget",
    "Informationsmöte och uppstart av ny grannsamverkansgrupp",
)
_SURVEY_NOTE = "Enkäten besvarad av elever i årskurs 7–9 och boende"


def _manual(rng: Any, plan: _Plan, year: int, end: date) -> tuple[float, list[_Entry]]:
    """A hand-recorded activity's target and its progress entries up to ``end``."""
    if plan.unit == "enkäter":  # one survey in the autumn
        day = date(year, 10, rng.randrange(1, 29))
        return 1.0, [(day, 1.0, _SURVEY_NOTE)] if day <= end else []
    target = float(6 + rng.randrange(0, 3))
    entries: list[_Entry] = []
    for first in (date(year, 2, 1), date(year, 4, 15), date(year, 9, 1), date(year, 10, 15)):
        day = first + timedelta(days=rng.randrange(0, 40))
        if day <= end and rng.random() < 0.85:
            entries.append((day, float(rng.choice((1, 1, 2))), rng.choice(_NEIGHBOURHOOD_NOTES)))
    return target, sorted(entries)


def _signatories(gen: DemoRandom) -> str:
    """The promise's signatories (fictitious officials) as stored."""
    return encode_signatories(
        tuple(Signatory(staff_name(gen), title) for title in SIGNATORY_TITLES)
    )
