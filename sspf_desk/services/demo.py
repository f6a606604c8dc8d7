"""Synthetic but realistic Swedish demo data, as an export document.

``generate(size, seed)`` builds the same document for the same arguments (ids, names,
identity numbers, dates and timestamps all come from the seeded generator and a fixed
reference date), so ``sspf-desk demo`` gives the same content every time. The document
is imported with ``archive.import_document``. Every person is fictitious; identity numbers
have a valid format and check digit, phone numbers are from the range reserved for fiction
(070-174 06 05 – 070-174 06 99) and e-mail addresses use the reserved ``.test`` domain.
Each later capability extends ``generate`` for the records it adds.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sspf_desk.domain import CustodyType, Gender, IdKind, Relationship
from sspf_desk.services import demo_casework, demo_group_level, demo_meetings, demo_promises
from sspf_desk.services import demo_data as words
from sspf_desk.services.archive import FORMAT_NAME, FORMAT_VERSION, Document

DEMO_USER_NAME = "Demo Samordnare"
#: Ages and record dates are relative to this day, so the content never depends on "today".
REFERENCE_DAY = date(2026, 9, 1)


@dataclass(frozen=True)
class DemoSize:
    """How many records of each kind a reference size holds (DESIGN.md §6)."""

    young_persons: int
    concerns: int
    actions: int
    meetings: int
    agenda_items: int
    #: Operational groups (one per district, each with its own steering group).
    districts: int

    @property
    def concern_talks(self) -> int:
        """About one bekymringssamtal per ten young persons."""
        return self.young_persons // 10

    @property
    def group_observations(self) -> int:
        """Observations at group and area level: about six per five young persons."""
        return self.young_persons * 6 // 5


SIZES = {
    "small": DemoSize(50, concerns=300, actions=300, meetings=20, agenda_items=200, districts=1),
    "medium": DemoSize(
        500, concerns=5000, actions=3000, meetings=200, agenda_items=2000, districts=2
    ),
    "large": DemoSize(
        5000, concerns=50000, actions=30000, meetings=2000, agenda_items=20000, districts=12
    ),
}

Row = dict[str, Any]


def luhn_digit(digits: str) -> int:
    """Return the Luhn check digit for the nine digits YYMMDDNNN."""
    total = 0
    for index, char in enumerate(digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return (10 - total % 10) % 10


class _Generator:
    """Holds the seeded random source and what must stay unique."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used_numbers: set[str] = set()

    def new_id(self) -> str:
        """A UUID4 string from the seeded source."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def timestamp(self, max_days_back: int) -> str:
        """A creation time in UTC within ``max_days_back`` days before the reference day."""
        start = datetime(REFERENCE_DAY.year, REFERENCE_DAY.month, REFERENCE_DAY.day, tzinfo=UTC)
        moment = start - timedelta(
            days=self.rng.randrange(max_days_back), seconds=self.rng.randrange(8 * 3600)
        )
        return moment.isoformat().replace("+00:00", "Z")

    def timestamp_on(self, day: date) -> str:
        """A UTC timestamp during office hours (07–17) of ``day``."""
        moment = datetime(day.year, day.month, day.day, 7, tzinfo=UTC) + timedelta(
            seconds=self.rng.randrange(10 * 3600)
        )
        return moment.isoformat().replace("+00:00", "Z")

    def birth_date(self, min_age: int, max_age: int) -> date:
        """A birth date giving an age in [min_age, max_age] on the reference day."""
        latest = REFERENCE_DAY.replace(year=REFERENCE_DAY.year - min_age)
        span = (max_age - min_age + 1) * 365 - 1
        return latest - timedelta(days=self.rng.randrange(span))

    def identity_number(self, born: date, *, female: bool, coordination: bool = False) -> str:
        """A unique, check-digit-valid personnummer (or samordningsnummer) as YYYYMMDD-NNNC."""
        day = born.day + (60 if coordination else 0)
        while True:
            serial = self.rng.randrange(1, 100) * 10 + self.rng.choice(
                (0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9)
            )
            nine = f"{born:%y%m}{day:02d}{serial:03d}"
            number = f"{born.year:04d}{born:%m}{day:02d}-{serial:03d}{luhn_digit(nine)}"
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def phone(self) -> str:
        """A mobile number from the range reserved for fiction."""
        return f"070-174 06 {self.rng.randrange(5, 100):02d}"


def generate(size: str = "small", seed: int = 1) -> Document:
    """Return the demo content for a reference size as an export document."""
    plan = SIZES[size]
    gen = _Generator(seed)
    young: list[Row] = []
    related: list[Row] = []
    links: list[Row] = []
    for _ in range(plan.young_persons):
        person = _young_person(gen)
        young.append(person)
        for guardian, relationship, custody in _family(gen, person):
            related.append(guardian)
            links.append(
                {
                    "id": gen.new_id(),
                    "young_person_id": person["id"],
                    "related_person_id": guardian["id"],
                    "relationship": relationship.value,
                    "custody_type": custody.value,
                    "created_at": person["created_at"],
                    "updated_at": person["created_at"],
                }
            )
    records = {"young_person": young, "related_person": related, "person_link": links}
    casework = demo_casework.CaseworkPlan(concerns=plan.concerns, actions=plan.actions)
    records.update(demo_casework.build(gen, REFERENCE_DAY, young, links, casework))
    meetings = demo_meetings.MeetingPlan(
        meetings=plan.meetings,
        agenda_items=plan.agenda_items,
        concern_talks=plan.concern_talks,
        districts=plan.districts,
    )
    for name, rows in demo_meetings.build(gen, REFERENCE_DAY, records, meetings).items():
        records[name] = sorted(rows, key=lambda row: str(row["id"]))
    group_level = demo_group_level.build(
        gen, REFERENCE_DAY, records, plan.districts, plan.group_observations
    )
    demo_promises.build(gen, REFERENCE_DAY, records, group_level)
    for name, rows in group_level.items():
        records[name] = sorted(rows, key=lambda row: str(row["id"]))
    for name in ("young_person", "related_person", "person_link"):
        records[name].sort(key=lambda row: row["id"])
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "records": records}


def _young_person(gen: _Generator) -> Row:
    """One young person aged 10–18 with school, class and area."""
    rng = gen.rng
    female = rng.random() < 0.45
    born = gen.birth_date(10, 18)
    protected = rng.random() < 0.01
    coordination = not protected and rng.random() < 0.03
    number = (
        None if protected else gen.identity_number(born, female=female, coordination=coordination)
    )
    kind = (
        IdKind.NONE
        if protected
        else (IdKind.SAMORDNINGSNUMMER if coordination else IdKind.PERSONNUMMER)
    )
    created = gen.timestamp(700)
    age = REFERENCE_DAY.year - born.year
    classes = [c for c in words.SCHOOL_CLASSES if c[0].isdigit() and int(c[0]) <= age - 6]
    return {
        "id": gen.new_id(),
        "first_name": rng.choice(words.FIRST_NAMES_FEMALE if female else words.FIRST_NAMES_MALE),
        "last_name": rng.choice(words.LAST_NAMES),
        "id_number": number,
        "id_kind": kind.value,
        "protected_identity": protected,
        "birth_date": born.isoformat(),
        "gender": (Gender.FEMALE if female else Gender.MALE).value,
        "school": rng.choice(words.SCHOOLS),
        "school_class": rng.choice(classes or list(words.SCHOOL_CLASSES[-10:])),
        "area": rng.choice(words.AREAS),
        "home_municipality": "Demokommun",
        "interpreter_language": "",
        "created_at": created,
        "updated_at": created,
    }


def _family(gen: _Generator, child: Row) -> list[tuple[Row, Relationship, CustodyType]]:
    """Two related persons: joint guardians, or a sole guardian and a parent or relative."""
    roll = gen.rng.random()
    surname = str(child["last_name"])
    protected = bool(child["protected_identity"])
    first = _adult(gen, surname, female=True, protected=protected)
    second = _adult(gen, surname if roll < 0.6 else None, female=False, protected=protected)
    if roll < 0.8:
        return [
            (first, Relationship.GUARDIAN, CustodyType.JOINT),
            (second, Relationship.GUARDIAN, CustodyType.JOINT),
        ]
    if roll < 0.95:
        return [
            (first, Relationship.GUARDIAN, CustodyType.SOLE),
            (second, Relationship.PARENT, CustodyType.NONE),
        ]
    return [
        (first, Relationship.GUARDIAN, CustodyType.SOLE),
        (second, Relationship.OTHER, CustodyType.NONE),
    ]


def _adult(gen: _Generator, surname: str | None, *, female: bool, protected: bool) -> Row:
    """A parent-aged related person with contact details."""
    rng = gen.rng
    first = rng.choice(words.FIRST_NAMES_FEMALE if female else words.FIRST_NAMES_MALE)
    last = surname or rng.choice(words.LAST_NAMES)
    born = gen.birth_date(30, 56)
    number = gen.identity_number(born, female=female) if rng.random() < 0.9 else None
    mail_name = f"{first}.{last}".lower().translate(str.maketrans("åäöé", "aaoe"))
    created = gen.timestamp(700)
    return {
        "id": gen.new_id(),
        "first_name": first,
        "last_name": last,
        "id_number": number,
        "phone": gen.phone(),
        "email": f"{mail_name}@exempel.test",
        "address": "" if protected else f"{rng.choice(words.STREETS)} {rng.randrange(1, 80)}",
        "protected_address": protected,
        "interpreter_language": (
            rng.choice(words.INTERPRETER_LANGUAGES) if rng.random() < 0.08 else ""
        ),
        "created_at": created,
        "updated_at": created,
    }
