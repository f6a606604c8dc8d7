"""Concerns (orosignaler), their mandatory-report checkpoint and the risk categories.

Validation lives in :mod:`sspf_desk.domain.concern_rules`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sspf_desk.domain.enums import ConcernLevel, ConcernOutcome, ReportStatus, Sector, Urgency


@dataclass(frozen=True, slots=True)
class RiskCategory:
    """One entry of the configurable list of risk categories.

    Attributes:
        code: Stable snake_case code (stored on concerns; never changes).
        label: Swedish display label.
        active: Inactive categories stay on old concerns but are not offered for new ones.
        position: Sort order in lists.
    """

    code: str
    label: str
    active: bool
    position: int


def _seed(*entries: tuple[str, str]) -> tuple[RiskCategory, ...]:
    """Build the default list, numbering positions from 1."""
    return tuple(
        RiskCategory(code=code, label=text, active=True, position=index)
        for index, (code, text) in enumerate(entries, start=1)
    )


#: The categories a new vault starts with (DOMAIN.md §4: Kungälv, Kinda, Mjölby, Lidköping,
#: Göteborg, Socialstyrelsen and the team's additions).
DEFAULT_RISK_CATEGORIES: tuple[RiskCategory, ...] = _seed(
    ("high_absence", "Hög frånvaro/skolk"),
    ("aggressive_behaviour", "Aggressivt beteende"),
    ("criminal_peers", "Kriminella kamrater"),
    ("own_crime", "Egen brottslighet"),
    ("own_substance_use", "Alkohol/droger (egen användning)"),
    ("peer_substance_use", "Alkohol/droger (kamrater)"),
    ("risky_environments", "Riskfyllda miljöer"),
    ("no_meaningful_leisure", "Saknar meningsfull fritid"),
    ("gang_recruitment", "Rekrytering till kriminella nätverk"),
    ("weapons", "Vapen"),
    ("violence_perpetrator", "Våld (utövare)"),
    ("violence_victim", "Våld (utsatt)"),
    ("threats", "Hot"),
    ("sexual_exploitation", "Sexuell exploatering"),
    ("honour_oppression", "Hedersrelaterat våld och förtryck"),
    ("violent_extremism", "Våldsbejakande extremism"),
    ("online_risks", "Risker på nätet"),
    ("crime_victim", "Utsatt för brott"),
    ("mental_ill_health", "Psykisk ohälsa"),
    ("domestic_violence", "Våld i hemmet"),
    ("motor_disorder", "Motorrelaterad störning"),
)


@dataclass(frozen=True, slots=True)
class ReportCheckpoint:
    """Does the concern call for an orosanmälan (report to social services), and what was done.

    Attributes:
        status: Unanswered, not needed, made, or made by someone else.
        agency: The agency that made the report.
        reporter: The person who made it (the duty is personal).
        reported_on: When it was made.
        reference: Social services' reference number, if known.
        feedback_received: Whether social services gave feedback to the reporter.
        feedback_on: When the feedback came.
    """

    status: ReportStatus = ReportStatus.UNANSWERED
    agency: str = ""
    reporter: str = ""
    reported_on: date | None = None
    reference: str = ""
    feedback_received: bool = False
    feedback_on: date | None = None


@dataclass(frozen=True, slots=True)
class ConcernInput:
    """The editable fields of a concern.

    Attributes:
        received_on: When the concern reached SSPF.
        source_sector: Where it came from.
        reporter_role: The reporter's role (e.g. "mentor"), never a name of a third party.
        level: Individual (about a young person) or selective (area/group, no person fields).
        young_person_id: The young person (individual level only).
        area: Place or area (both levels; required at selective level unless a group is).
        group_description: The group, without names (selective level only).
        risk_codes: Codes of :class:`RiskCategory` entries.
        observation: What was observed (facts).
        assessment: The reporter's or coordinator's assessment, kept apart from facts.
        urgency: How soon it needs attention.
        report: The mandatory-report checkpoint.
        outcome: The coordinator's decision.
        outcome_on: When it was decided.
        outcome_reason: Short reason (required when not suitable or referred).
    """

    received_on: date
    source_sector: Sector
    reporter_role: str
    level: ConcernLevel
    young_person_id: str | None
    area: str
    group_description: str
    risk_codes: tuple[str, ...]
    observation: str
    assessment: str
    urgency: Urgency
    report: ReportCheckpoint
    outcome: ConcernOutcome = ConcernOutcome.PENDING
    outcome_on: date | None = None
    outcome_reason: str = ""


@dataclass(frozen=True, slots=True)
class Concern:
    """A concern as stored; ``case_id`` links the case it became, if any."""

    id: str
    received_on: date
    source_sector: Sector
    reporter_role: str
    level: ConcernLevel
    young_person_id: str | None
    area: str
    group_description: str
    risk_codes: tuple[str, ...]
    observation: str
    assessment: str
    urgency: Urgency
    report: ReportCheckpoint
    outcome: ConcernOutcome
    outcome_on: date | None
    outcome_reason: str
    case_id: str | None
    created_at: datetime
    updated_at: datetime

    def to_input(self) -> ConcernInput:
        """Return the editable fields (e.g. to pre-fill a form)."""
        return ConcernInput(
            received_on=self.received_on,
            source_sector=self.source_sector,
            reporter_role=self.reporter_role,
            level=self.level,
            young_person_id=self.young_person_id,
            area=self.area,
            group_description=self.group_description,
            risk_codes=self.risk_codes,
            observation=self.observation,
            assessment=self.assessment,
            urgency=self.urgency,
            report=self.report,
            outcome=self.outcome,
            outcome_on=self.outcome_on,
            outcome_reason=self.outcome_reason,
        )
