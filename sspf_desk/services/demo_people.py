"""The people of the demo meetings: each district's operational group, the steering group,
the network contacts, and the young persons and guardians as family attendees.

:class:`World` also holds what the meeting builders need from the document: the cases'
timelines, the plans' items and THE sharing rule over the document's facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sspf_desk.domain import Attendee, InformationCategory, Sector
from sspf_desk.services import demo_data as words
from sspf_desk.services import demo_meeting_texts as texts
from sspf_desk.services.demo_consent import DemoRandom
from sspf_desk.services.demo_facts import (
    CaseTimeline,
    Decider,
    Records,
    age_rules,
    case_timelines,
    custodial_guardians,
    sharing_facts,
)

Row = dict[str, Any]
#: The information categories the gate asks THE rule about: none, only that the young person
#: is named (as the meeting service's gate does).
GATE_CATEGORIES: frozenset[InformationCategory] = frozenset()


@dataclass(frozen=True)
class Roster:
    """One district's operational group (in list order) and its network contacts."""

    name: str
    school: str
    members: tuple[Attendee, ...]
    mentors: tuple[str, ...]
    social_workers: tuple[str, ...]

    def member(self, role: str) -> Attendee:
        return next(a for a in self.members if a.role == role)


def staff_name(gen: DemoRandom) -> str:
    rng = gen.rng
    first = rng.choice(words.FIRST_NAMES_FEMALE + words.FIRST_NAMES_MALE)
    return f"{first} {rng.choice(words.LAST_NAMES)}"


def _roster(gen: DemoRandom, index: int, districts: int) -> Roster:
    area = words.AREAS[index % len(words.AREAS)]
    school = words.SCHOOLS[index % len(words.SCHOOLS)]
    members = tuple(
        Attendee(
            name=staff_name(gen),
            sector=Sector(sector),
            role=role,
            organisation=organisation.format(school=school, area=area),
        )
        for sector, role, organisation in texts.OPERATIONAL_ROSTER
    )
    return Roster(
        name=area if districts > 1 else "",
        school=school,
        members=members,
        mentors=tuple(staff_name(gen) for _ in range(3)),
        social_workers=tuple(staff_name(gen) for _ in range(2)),
    )


class World:
    """The document's people, cases and THE rule, as the meeting builders need them."""

    def __init__(self, gen: DemoRandom, reference: date, records: Records, districts: int):
        self.gen, self.reference = gen, reference
        self.persons = {p["id"]: p for p in records["young_person"]}
        self.related = {p["id"]: p for p in records["related_person"]}
        self.guardians = custodial_guardians(records)
        self.names: dict[str, tuple[str, ...]] = {
            pid: (p["first_name"], p["last_name"]) for pid, p in self.persons.items()
        }
        self.decider = Decider(sharing_facts(records), age_rules(records), GATE_CATEGORIES)
        self.timelines = case_timelines(records)
        self.cases_of: dict[str, list[CaseTimeline]] = defaultdict(list)
        for timeline in self.timelines:
            self.cases_of[timeline.person_id].append(timeline)
        self.plan_items: dict[str, list[Row]] = defaultdict(list)
        for row in records["action_item"]:
            self.plan_items[row["case_id"]].append(row)
        areas = {area: i % districts for i, area in enumerate(words.AREAS)}
        self.district = {pid: areas.get(p["area"], 0) for pid, p in self.persons.items()}
        self.rosters = [_roster(gen, i, districts) for i in range(districts)]
        self.chiefs = tuple(
            Attendee(name=staff_name(gen), sector=Sector(sector), role=role, organisation=org)
            for sector, role, org in texts.STEERING_ROSTER
        )

    def staff(self, person_id: str) -> tuple[Attendee, Attendee, Attendee]:
        """Police, social services and school staff of the person's district."""
        roster = self.rosters[self.district[person_id]]
        social = Attendee(
            roster.social_workers[0],
            Sector.SOCIAL_SERVICES,
            "socialsekreterare",
            None,
            "Socialtjänsten",
        )
        return roster.member("kommunpolis"), social, roster.member("skolkurator")

    def family(self, person_id: str) -> list[Attendee]:
        """The young person and the custodial guardians as family attendees."""
        person = self.persons[person_id]
        found = [
            Attendee(
                name=f"{person['first_name']} {person['last_name']}",
                sector=Sector.OTHER,
                role="den unge",
                young_person_id=person_id,
            )
        ]
        for related_id in self.guardians.get(person_id, []):
            guardian = self.related[related_id]
            found.append(
                Attendee(
                    name=f"{guardian['first_name']} {guardian['last_name']}",
                    sector=Sector.GUARDIAN,
                    role="vårdnadshavare",
                    young_person_id=person_id,
                )
            )
        return found
