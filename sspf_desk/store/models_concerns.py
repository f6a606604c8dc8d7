"""Tables of concerns (orosignaler) and the configurable risk categories.

A concern's risk categories are rows of ``concern_risk`` (in the order chosen); its
mandatory-report checkpoint is flattened into ``report_*`` columns of ``concern``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, orm
from sqlalchemy.orm import Mapped, mapped_column

from sspf_desk.domain import (
    Concern,
    ConcernInput,
    ConcernLevel,
    ConcernOutcome,
    ReportCheckpoint,
    ReportStatus,
    RiskCategory,
    Sector,
    Urgency,
)
from sspf_desk.store.base import ID_LENGTH, Base, Timestamps, enum_type

CODE_LENGTH = 64
LABEL_LENGTH = 200
SHORT_TEXT_LENGTH = 200


class RiskCategoryRecord(Base):
    """One entry of the risk category list (seeded by the r0002 migration)."""

    __tablename__ = "risk_category"

    code: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)
    label: Mapped[str] = mapped_column(String(LABEL_LENGTH))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    def to_domain(self) -> RiskCategory:
        """Return the domain object."""
        return RiskCategory(
            code=self.code, label=self.label, active=self.active, position=self.position
        )

    @classmethod
    def from_domain(cls, category: RiskCategory) -> RiskCategoryRecord:
        """Build a record from a domain object."""
        return cls(
            code=category.code,
            label=category.label,
            active=category.active,
            position=category.position,
        )


class ConcernRiskRecord(Base):
    """A risk category marked on a concern."""

    __tablename__ = "concern_risk"
    __table_args__ = (Index("ix_concern_risk_code", "code"),)

    concern_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("concern.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(
        String(CODE_LENGTH), ForeignKey("risk_category.code"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class ReportColumns:
    """Mixin: reads and writes the mandatory-report checkpoint (orosanmälan) of a record.

    The record declares the ``report_*`` columns itself (so every table keeps its column
    order); this mixin only converts between them and :class:`ReportCheckpoint`. Used by
    concerns and bekymringssamtal.
    """

    if TYPE_CHECKING:
        report_status: Mapped[ReportStatus]
        report_agency: Mapped[str]
        report_reporter: Mapped[str]
        report_reported_on: Mapped[date | None]
        report_reference: Mapped[str]
        report_feedback_received: Mapped[bool]
        report_feedback_on: Mapped[date | None]

    def apply_report(self, report: ReportCheckpoint) -> None:
        """Copy the mandatory-report checkpoint onto the ``report_*`` columns."""
        self.report_status = report.status
        self.report_agency = report.agency
        self.report_reporter = report.reporter
        self.report_reported_on = report.reported_on
        self.report_reference = report.reference
        self.report_feedback_received = report.feedback_received
        self.report_feedback_on = report.feedback_on

    @property
    def report(self) -> ReportCheckpoint:
        """The mandatory-report checkpoint as a value object."""
        return ReportCheckpoint(
            status=self.report_status,
            agency=self.report_agency,
            reporter=self.report_reporter,
            reported_on=self.report_reported_on,
            reference=self.report_reference,
            feedback_received=self.report_feedback_received,
            feedback_on=self.report_feedback_on,
        )


class ConcernRecord(ReportColumns, Timestamps, Base):
    """A concern about a young person (individual level) or an area/group (selective)."""

    __tablename__ = "concern"
    __table_args__ = (
        Index("ix_concern_received_on", "received_on"),
        Index("ix_concern_outcome", "outcome"),
        Index("ix_concern_report_status", "report_status"),
    )

    received_on: Mapped[date] = mapped_column(Date)
    source_sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    reporter_role: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    level: Mapped[ConcernLevel] = mapped_column(enum_type(ConcernLevel))
    young_person_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("young_person.id", ondelete="CASCADE"), index=True
    )
    area: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    group_description: Mapped[str] = mapped_column(Text, default="")
    observation: Mapped[str] = mapped_column(Text)
    assessment: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[Urgency] = mapped_column(enum_type(Urgency))
    report_status: Mapped[ReportStatus] = mapped_column(enum_type(ReportStatus))
    report_agency: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    report_reporter: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    report_reported_on: Mapped[date | None] = mapped_column(Date)
    report_reference: Mapped[str] = mapped_column(String(SHORT_TEXT_LENGTH), default="")
    report_feedback_received: Mapped[bool] = mapped_column(Boolean, default=False)
    report_feedback_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[ConcernOutcome] = mapped_column(enum_type(ConcernOutcome))
    outcome_on: Mapped[date | None] = mapped_column(Date)
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("sspf_case.id", ondelete="SET NULL"), index=True
    )

    risks: Mapped[list[ConcernRiskRecord]] = orm.relationship(
        cascade="all, delete-orphan",
        order_by=ConcernRiskRecord.position,
        passive_deletes=True,
    )

    @property
    def risk_codes(self) -> tuple[str, ...]:
        """The codes of the concern's risk categories, in their chosen order."""
        return tuple(risk.code for risk in self.risks)

    def apply(self, data: ConcernInput) -> bool:
        """Copy validated fields onto the record; return whether the risk codes changed."""
        self.received_on = data.received_on
        self.source_sector = data.source_sector
        self.reporter_role = data.reporter_role
        self.level = data.level
        self.young_person_id = data.young_person_id
        self.area = data.area
        self.group_description = data.group_description
        self.observation = data.observation
        self.assessment = data.assessment
        self.urgency = data.urgency
        self.apply_report(data.report)
        self.outcome = data.outcome
        self.outcome_on = data.outcome_on
        self.outcome_reason = data.outcome_reason
        return self.set_risk_codes(data.risk_codes)

    def set_risk_codes(self, codes: tuple[str, ...]) -> bool:
        """Replace the risk categories (kept in order); return whether anything changed."""
        if self.risk_codes == codes:
            return False
        by_code = {risk.code: risk for risk in self.risks}
        kept = []
        for position, code in enumerate(codes):
            risk = by_code.pop(code, None) or ConcernRiskRecord(code=code)
            risk.position = position
            kept.append(risk)
        self.risks = kept
        return True

    def to_domain(self) -> Concern:
        """Return the domain object."""
        return Concern(
            id=self.id,
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
            case_id=self.case_id,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )

    @classmethod
    def from_domain(cls, concern: Concern) -> ConcernRecord:
        """Build a record from a domain object (id, case link and timestamps kept)."""
        record = cls(
            id=concern.id,
            case_id=concern.case_id,
            created_at=concern.created_at,
            updated_at=concern.updated_at,
        )
        record.apply(concern.to_input())
        return record
