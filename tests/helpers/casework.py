"""Factories for case-work service tests: inputs and a store with all services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    ConcernInput,
    ConcernLevel,
    ConsenterRole,
    ConsentForm,
    ConsentInput,
    CustodyType,
    InformationCategory,
    Party,
    RelatedPersonInput,
    Relationship,
    ReportCheckpoint,
    Sector,
    Urgency,
)
from sspf_desk.services.cases import CaseService
from sspf_desk.services.concerns import ConcernService
from sspf_desk.services.consent import ConsentService
from sspf_desk.services.overview import OverviewService
from sspf_desk.services.persons import PersonService
from sspf_desk.store import Store
from tests.helpers.store import new_store
from tests.helpers.workspace import young_input

TODAY = date(2025, 6, 1)
ALL_SSPF = (
    Party(Sector.SCHOOL),
    Party(Sector.SOCIAL_SERVICES),
    Party(Sector.POLICE),
    Party(Sector.LEISURE),
)
SCHOOL_INFO = (InformationCategory.SCHOOL, InformationCategory.FAMILY)


@dataclass
class Services:
    """A migrated in-memory store with every case-work service on a fixed clock."""

    store: Store
    persons: PersonService
    concerns: ConcernService
    consents: ConsentService
    cases: CaseService
    overview: OverviewService

    def young(self, first: str = "Ada", last: str = "Berg", **extra: object) -> str:
        """Add a young person (born 2010-02-15 unless given); return the id."""
        extra.setdefault("birth_date", date(2010, 2, 15))
        return self.persons.create_young_person(young_input(first, last, **extra)).id

    def guardian(
        self, young_id: str, first: str = "Eva", custody: CustodyType = CustodyType.JOINT
    ) -> str:
        """Add a guardian with ``custody``; return the related person's id."""
        related = self.persons.add_related_person(
            young_id, RelatedPersonInput(first, "Berg"), Relationship.GUARDIAN, custody
        )
        return related.id


def services(*, actor: str = "user-1", today: date = TODAY) -> Services:
    """Build the services over a fresh store."""
    store = new_store(actor=actor)[0]
    concerns = ConcernService(store, today=lambda: today)
    return Services(
        store=store,
        persons=PersonService(store, today=lambda: today),
        concerns=concerns,
        consents=ConsentService(store, today=lambda: today),
        cases=CaseService(store, today=lambda: today),
        overview=OverviewService(store, concerns.list_concerns, today=lambda: today),
    )


def concern_input(young_id: str | None = None, **extra: object) -> ConcernInput:
    """An individual concern (or selective when ``young_id`` is None) received 2025-05-20."""
    values: dict[str, object] = {
        "received_on": date(2025, 5, 20),
        "source_sector": Sector.SCHOOL,
        "reporter_role": "Mentor",
        "level": ConcernLevel.INDIVIDUAL if young_id else ConcernLevel.SELECTIVE,
        "young_person_id": young_id,
        "area": "" if young_id else "Centrum",
        "group_description": "",
        "risk_codes": ("high_absence",),
        "observation": "Har inte varit i skolan på två veckor.",
        "assessment": "Oro för skolgången.",
        "urgency": Urgency.NORMAL,
        "report": ReportCheckpoint(),
    }
    values.update(extra)
    return ConcernInput(**values)  # type: ignore[arg-type]


def consent_input(
    young_id: str,
    related_id: str | None = None,
    *,
    parties: tuple[Party, ...] = ALL_SSPF,
    **extra: object,
) -> ConsentInput:
    """A written consent by the young person (or by ``related_id`` as guardian)."""
    values: dict[str, object] = {
        "young_person_id": young_id,
        "consenter_role": ConsenterRole.GUARDIAN if related_id else ConsenterRole.YOUNG_PERSON,
        "consenter_related_person_id": related_id,
        "parties": parties,
        "categories": SCHOOL_INFO,
        "purpose": "Samverkan kring skolgång och fritid.",
        "form": ConsentForm.WRITTEN,
        "valid_from": date(2025, 5, 1),
        "valid_to": date(2026, 4, 30),
    }
    values.update(extra)
    return ConsentInput(**values)  # type: ignore[arg-type]


def item_input(**extra: object) -> ActionItemInput:
    """A planned action item."""
    values: dict[str, object] = {
        "what": "Läxhjälp två gånger i veckan",
        "sector": Sector.SCHOOL,
        "responsible": "Mentor",
        "start_on": date(2025, 5, 25),
        "deadline": date(2025, 8, 31),
        "status": ActionStatus.PLANNED,
        "follow_up_on": date(2025, 6, 15),
    }
    values.update(extra)
    return ActionItemInput(**values)  # type: ignore[arg-type]
