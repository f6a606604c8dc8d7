"""Builders of domain records for the domain tests (defaults overridable by keyword)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from sspf_desk.domain import (
    ActionItem,
    ActionStatus,
    Case,
    CaseStatus,
    Concern,
    ConcernLevel,
    ConcernOutcome,
    Consent,
    ConsenterRole,
    ConsentForm,
    GroundRecord,
    InformationCategory,
    LegalGround,
    Party,
    ReportCheckpoint,
    Sector,
    Urgency,
)

STAMP = datetime(2025, 1, 1, tzinfo=UTC)
ALL_CATEGORIES = tuple(InformationCategory)
SSPF_SECTORS = (Sector.SCHOOL, Sector.SOCIAL_SERVICES, Sector.POLICE, Sector.LEISURE)


def consent(**changes: object) -> Consent:
    """A written guardian consent for all four sectors and every category, 2025."""
    base = Consent(
        id="c1",
        young_person_id="yp",
        consenter_role=ConsenterRole.GUARDIAN,
        consenter_related_person_id="g1",
        parties=tuple(Party(sector) for sector in SSPF_SECTORS),
        categories=ALL_CATEGORIES,
        purpose="Samverkan kring stöd i skolan",
        form=ConsentForm.WRITTEN,
        valid_from=date(2025, 1, 1),
        valid_to=date(2025, 12, 31),
        signed_attachment_id=None,
        withdrawn_on=None,
        withdrawal_how="",
        created_at=STAMP,
        updated_at=STAMP,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def ground(**changes: object) -> GroundRecord:
    """A duty-to-inform record to the police for all of 2025."""
    base = GroundRecord(
        id="r1",
        young_person_id="yp",
        recipient=Party(Sector.POLICE),
        ground=LegalGround.DUTY_TO_INFORM,
        valid_from=date(2025, 1, 1),
        valid_to=date(2025, 12, 31),
        categories=ALL_CATEGORIES,
        justification="Begäran från polisen enligt uppgiftsskyldigheten.",
        decided_by="Samordnare",
        created_at=STAMP,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def case(**changes: object) -> Case:
    """An open case in the mapping status."""
    base = Case(
        id="case1",
        young_person_id="yp",
        status=CaseStatus.MAPPING,
        opened_on=date(2025, 1, 10),
        closed_on=None,
        closing_reason=None,
        outcome="",
        created_at=STAMP,
        updated_at=STAMP,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def item(**changes: object) -> ActionItem:
    """A planned item of case1 with a deadline and a follow-up date."""
    base = ActionItem(
        id="i1",
        case_id="case1",
        what="Anpassad studiegång",
        sector=Sector.SCHOOL,
        responsible="Mentor",
        start_on=date(2025, 2, 1),
        deadline=date(2025, 3, 1),
        status=ActionStatus.PLANNED,
        follow_up_on=date(2025, 3, 15),
        created_at=STAMP,
        updated_at=STAMP,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def concern(**changes: object) -> Concern:
    """A pending individual-level concern from school."""
    base = Concern(
        id="k1",
        received_on=date(2025, 2, 1),
        source_sector=Sector.SCHOOL,
        reporter_role="Mentor",
        level=ConcernLevel.INDIVIDUAL,
        young_person_id="yp",
        area="",
        group_description="",
        risk_codes=("high_absence",),
        observation="Har inte varit i skolan på tre veckor.",
        assessment="",
        urgency=Urgency.NORMAL,
        report=ReportCheckpoint(),
        outcome=ConcernOutcome.PENDING,
        outcome_on=None,
        outcome_reason="",
        case_id=None,
        created_at=STAMP,
        updated_at=STAMP,
    )
    return replace(base, **changes)  # type: ignore[arg-type]
