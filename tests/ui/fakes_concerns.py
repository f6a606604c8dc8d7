"""Fakes of the concern service and the person search for the Orosignaler/Översikt UI tests."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from typing import Generic, Protocol, TypeVar

from sspf_desk.domain import (
    DEFAULT_RISK_CATEGORIES,
    Concern,
    ConcernInput,
    ConcernLevel,
    ConcernOutcome,
    ReportCheckpoint,
    RiskCategory,
    Sector,
    Urgency,
    YoungPerson,
    YoungPersonInput,
    validate_concern,
)
from sspf_desk.domain.overview import (
    ExpiringConsentRow,
    FollowUpRow,
    MissingConsentRow,
    OverdueActionRow,
    PendingConcernRow,
    concerns_awaiting,
    reports_unanswered,
)
from sspf_desk.domain.text import SearchQuery, SearchText
from sspf_desk.errors import ValidationError
from sspf_desk.services.concern_rows import ConcernFilter, ConcernRow
from sspf_desk.services.person_rows import YoungPersonRow, make_row

R = TypeVar("R")

#: One category no longer offered for new concerns.
RETIRED = RiskCategory("old_category", "Gammal kategori", False, 99)
CATEGORIES = (*DEFAULT_RISK_CATEGORIES, RETIRED)


class FakePersonSearch:
    """Young persons to choose from; ``create_young_person`` adds one."""

    def __init__(self, notify: Callable[[], None] | None = None) -> None:
        self.people: dict[str, YoungPerson] = {}
        self._notify = notify or (lambda: None)

    def add(self, first: str, last: str, **extra: object) -> YoungPerson:
        """Store a person built from a few fields."""
        values: dict[str, object] = {"first_name": first, "last_name": last}
        values.update(extra)
        return self._stored(YoungPersonInput(**values))  # type: ignore[arg-type]

    def _stored(self, data: YoungPersonInput) -> YoungPerson:
        from tests.ui.fakes import stored_person  # here: tests.ui.fakes imports this module

        person = stored_person(data)
        self.people[person.id] = person
        return person

    def search_young_persons(self, text: str) -> list[YoungPersonRow]:
        """Rows whose name, number or school contain every word."""
        query = SearchQuery.parse(text)
        found = []
        for person in self.people.values():
            digits = "" if person.protected_identity else (person.id_number or "")
            hay = SearchText.of(person.first_name, person.last_name, digits.replace("-", ""))
            if query.matches(hay):
                found.append(make_row(person, 0))
        return found

    def create_young_person(self, data: YoungPersonInput) -> YoungPerson:
        """Store a new person."""
        person = self._stored(data)
        self._notify()
        return person

    def name(self, person_id: str) -> str:
        """First and last name."""
        person = self.people[person_id]
        return f"{person.first_name} {person.last_name}"


class PeopleSource(Protocol):
    """Where the fake finds the names of young persons."""

    @property
    def people(self) -> Mapping[str, YoungPerson]:
        """Young persons by id."""
        ...


@dataclass
class Calls:
    """What the fake concern service was asked to do."""

    created: list[ConcernInput]
    updated: list[tuple[str, ConcernInput]]
    outcomes: list[tuple[str, ConcernOutcome, date | None, str]]
    viewed: list[str]


class FakeConcerns:
    """In-memory concern service applying the domain's validation, like the real one."""

    def __init__(self, persons: FakePersonSearch, notify: Callable[[], None] | None = None) -> None:
        self.persons = persons
        self.concerns: dict[str, Concern] = {}
        self.calls = Calls([], [], [], [])
        self.cases: dict[str, str] = {}
        self._notify = notify or (lambda: None)

    def _check(self, data: ConcernInput) -> None:
        codes = {c.code for c in CATEGORIES if c.active}
        errors = validate_concern(data, today=date.today(), known_risk_codes=codes)
        if errors:
            raise ValidationError(errors)

    def list_risk_categories(self, *, include_inactive: bool = False) -> list[RiskCategory]:
        """The default categories (plus a retired one when asked)."""
        return [c for c in CATEGORIES if include_inactive or c.active]

    def _row(self, concern: Concern) -> ConcernRow:
        person_id = concern.young_person_id
        person = self.persons.people.get(person_id) if person_id else None
        labels = {c.code: c.label for c in CATEGORIES}
        return ConcernRow(
            id=concern.id,
            received_on=concern.received_on,
            source_sector=concern.source_sector,
            reporter_role=concern.reporter_role,
            level=concern.level,
            young_person_id=person_id,
            young_person_name=f"{person.first_name} {person.last_name}" if person else "",
            protected_identity=bool(person and person.protected_identity),
            area=concern.area,
            group_description=concern.group_description,
            risk_codes=concern.risk_codes,
            risk_labels=tuple(labels[code] for code in concern.risk_codes),
            urgency=concern.urgency,
            report_status=concern.report.status,
            outcome=concern.outcome,
            outcome_on=concern.outcome_on,
            case_id=concern.case_id,
        )

    def list_concerns(self, criteria: ConcernFilter | None = None) -> list[ConcernRow]:
        """Rows meeting ``criteria``, newest first."""
        criteria = criteria or ConcernFilter()
        rows = [self._row(c) for c in self.concerns.values()]
        query = SearchQuery.parse(criteria.text)
        rows = [
            r
            for r in rows
            if r.matches(criteria)
            and query.matches(SearchText.of(r.young_person_name, r.area, r.group_description))
        ]
        return sorted(rows, key=lambda r: r.received_on, reverse=True)

    def get_concern(self, concern_id: str) -> Concern:
        """One concern (a view)."""
        self.calls.viewed.append(concern_id)
        return self.concerns[concern_id]

    def _store(self, data: ConcernInput, concern_id: str, case_id: str | None) -> Concern:
        now = datetime.now(UTC)
        concern = Concern(
            id=concern_id,
            **{f.name: getattr(data, f.name) for f in fields(ConcernInput)},
            case_id=case_id,
            created_at=now,
            updated_at=now,
        )
        self.concerns[concern_id] = concern
        self._notify()
        return concern

    def create_concern(self, data: ConcernInput) -> Concern:
        """Validate and store."""
        self.calls.created.append(data)
        self._check(data)
        return self._store(data, str(uuid.uuid4()), None)

    def update_concern(self, concern_id: str, data: ConcernInput) -> Concern:
        """Validate and replace."""
        self.calls.updated.append((concern_id, data))
        self._check(data)
        return self._store(data, concern_id, self.concerns[concern_id].case_id)

    def set_outcome(
        self, concern_id: str, outcome: ConcernOutcome, on: date | None, reason: str = ""
    ) -> str | None:
        """Decide; an SSPF case gets a case id."""
        self.calls.outcomes.append((concern_id, outcome, on, reason))
        old = self.concerns[concern_id]
        data = replace(old.to_input(), outcome=outcome, outcome_on=on, outcome_reason=reason)
        self._check(data)
        case_id = None
        if outcome is ConcernOutcome.SSPF_CASE:
            case_id = self.cases.setdefault(concern_id, f"case-{len(self.cases) + 1}")
        self._store(data, concern_id, case_id)
        return case_id

    def add(self, **fields: object) -> Concern:
        """Store a concern directly (test data), without validation."""
        values: dict[str, object] = {
            "received_on": date(2025, 3, 1),
            "source_sector": Sector.SCHOOL,
            "reporter_role": "mentor",
            "level": ConcernLevel.INDIVIDUAL,
            "young_person_id": None,
            "area": "",
            "group_description": "",
            "risk_codes": (),
            "observation": "Hög frånvaro sedan januari.",
            "assessment": "",
            "urgency": Urgency.NORMAL,
        }
        values["report"] = fields.pop("report", ReportCheckpoint())
        values.update(fields)
        case_id = values.pop("case_id", None)
        data = ConcernInput(**values)  # type: ignore[arg-type]
        return self._store(data, str(uuid.uuid4()), case_id)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Item(Generic[R]):
    """An overview row with its young person's name (same shape as the service's)."""

    row: R
    young_person_name: str
    protected_identity: bool = False


@dataclass(frozen=True)
class OverviewData:
    """The overview blocks (same shape as ``services.overview.Overview``)."""

    day: date
    follow_ups_due: tuple[Item[FollowUpRow], ...] = ()
    consents_expiring: tuple[Item[ExpiringConsentRow], ...] = ()
    missing_consent: tuple[Item[MissingConsentRow], ...] = ()
    overdue_actions: tuple[Item[OverdueActionRow], ...] = ()
    concerns_awaiting: tuple[Item[PendingConcernRow], ...] = ()
    reports_unanswered: tuple[Item[PendingConcernRow], ...] = ()


class FakeOverview:
    """Overview of the fake concerns (domain rules) plus blocks a test sets directly."""

    def __init__(self, concerns: FakeConcerns) -> None:
        self.concerns = concerns
        self.extra = OverviewData(day=date.today())
        self.calls = 0

    def _named(self, rows: list[PendingConcernRow]) -> tuple[Item[PendingConcernRow], ...]:
        people = self.concerns.persons.people
        items = []
        for row in rows:
            person = people.get(row.young_person_id or "")
            name = f"{person.first_name} {person.last_name}" if person else ""
            items.append(Item(row, name, bool(person and person.protected_identity)))
        return tuple(items)

    def overview(self, day: date | None = None) -> OverviewData:
        """The blocks on ``day``."""
        self.calls += 1
        stored = list(self.concerns.concerns.values())
        return replace(
            self.extra,
            day=day or date.today(),
            concerns_awaiting=self._named(concerns_awaiting(stored)),
            reports_unanswered=self._named(reports_unanswered(stored)),
        )
