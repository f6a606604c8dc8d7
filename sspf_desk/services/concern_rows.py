"""Row view-models of the concern list and its filter (light: imports only the domain).

The GUI may import this module directly; it pulls in neither the store nor the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sspf_desk.domain import ConcernLevel, ConcernOutcome, ReportStatus, Sector, Urgency


@dataclass(frozen=True, slots=True)
class ConcernFilter:
    """Which concerns a list shows; every given criterion must hold.

    Attributes:
        outcome: Only concerns with this outcome (e.g. pending = awaiting a decision).
        level: Only individual or only selective concerns.
        report_status: Only concerns whose orosanmälan checkpoint has this status.
        young_person_id: Only the concerns about this young person.
        text: Words that must all occur in the young person's name (or id number digits,
            unless the identity is protected), area, group, reporter role, risk
            categories or observation (case-insensitive, Swedish folding).
    """

    outcome: ConcernOutcome | None = None
    level: ConcernLevel | None = None
    report_status: ReportStatus | None = None
    young_person_id: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class ConcernRow:
    """One concern in the list view.

    Attributes:
        id: The concern's id.
        received_on: When it reached SSPF.
        source_sector: Where it came from.
        reporter_role: The reporter's role.
        level: Individual or selective.
        young_person_id: The young person (None at selective level).
        young_person_name: First and last name ("" at selective level).
        protected_identity: The young person has a protected identity (show no more than
            the name).
        area: The concern's area (selective level, or given at individual level).
        group_description: The group (selective level).
        risk_codes: Codes of the risk categories, in their chosen order.
        risk_labels: Their Swedish labels, same order.
        urgency: How soon it needs attention.
        report_status: The orosanmälan checkpoint's status.
        outcome: The coordinator's decision.
        outcome_on: When it was decided.
        case_id: The case it became, if any.
    """

    id: str
    received_on: date
    source_sector: Sector
    reporter_role: str
    level: ConcernLevel
    young_person_id: str | None
    young_person_name: str
    protected_identity: bool
    area: str
    group_description: str
    risk_codes: tuple[str, ...]
    risk_labels: tuple[str, ...]
    urgency: Urgency
    report_status: ReportStatus
    outcome: ConcernOutcome
    outcome_on: date | None
    case_id: str | None

    def matches(self, criteria: ConcernFilter) -> bool:
        """Whether the row meets the filter's non-text criteria."""
        return (
            (criteria.outcome is None or self.outcome is criteria.outcome)
            and (criteria.level is None or self.level is criteria.level)
            and (criteria.report_status is None or self.report_status is criteria.report_status)
            and (
                criteria.young_person_id is None or self.young_person_id == criteria.young_person_id
            )
        )
