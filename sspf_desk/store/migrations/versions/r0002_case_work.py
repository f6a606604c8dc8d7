"""Case work: risk categories, concerns, consents, legal grounds, disclosures, cases, plans.

Also the attachment metadata and the vault-wide settings. Seeds ``risk_category`` with
the domain's default list.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

from sspf_desk.domain import DEFAULT_RISK_CATEGORIES

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

ID = 36
TEXT = 200
ENUM = 32
CODE = 64


def _id() -> sa.Column[str]:
    """The UUID string primary key column."""
    return sa.Column("id", sa.String(ID), nullable=False)


def _created() -> sa.Column[datetime]:
    """created_at (naive UTC)."""
    return sa.Column("created_at", sa.DateTime(), nullable=False)


def _timestamps() -> list[sa.Column[datetime]]:
    """created_at / updated_at (naive UTC)."""
    return [_created(), sa.Column("updated_at", sa.DateTime(), nullable=False)]


def _ref(name: str, *, nullable: bool = False) -> sa.Column[str]:
    """A UUID string column referring to another table."""
    return sa.Column(name, sa.String(ID), nullable=nullable)


def _enum(name: str, *, nullable: bool = False) -> sa.Column[str]:
    """A StrEnum value column."""
    return sa.Column(name, sa.String(ENUM), nullable=nullable)


def _short(name: str) -> sa.Column[str]:
    """A required short free-text column."""
    return sa.Column(name, sa.String(TEXT), nullable=False)


def _text(name: str) -> sa.Column[str]:
    """A required long free-text column."""
    return sa.Column(name, sa.Text(), nullable=False)


def _date(name: str, *, nullable: bool = True) -> sa.Column[object]:
    """A date column."""
    return sa.Column(name, sa.Date(), nullable=nullable)


def _position() -> sa.Column[int]:
    """The order of a child row within its parent."""
    return sa.Column("position", sa.Integer(), nullable=False)


def _fk(table: str, column: str, target: str, ondelete: str | None) -> sa.ForeignKeyConstraint:
    """A named foreign key ``table.column`` → ``target.id`` (or ``target.code``)."""
    remote = "code" if target == "risk_category" else "id"
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.{remote}"],
        name=f"fk_{table}_{column}_{target}",
        ondelete=ondelete,
    )


def _index(table: str, *columns: str, name: str | None = None) -> None:
    """Create an index named like the models' naming convention."""
    op.create_index(name or f"ix_{table}_{columns[0]}", table, list(columns))


def _create_settings_and_categories() -> None:
    """vault_setting and risk_category (seeded)."""
    op.create_table(
        "vault_setting",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_vault_setting"),
    )
    categories = op.create_table(
        "risk_category",
        sa.Column("code", sa.String(CODE), nullable=False),
        sa.Column("label", sa.String(TEXT), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_risk_category"),
    )
    op.bulk_insert(
        categories,
        [
            {"code": c.code, "label": c.label, "active": c.active, "position": c.position}
            for c in DEFAULT_RISK_CATEGORIES
        ],
    )


def _create_cases() -> None:
    """sspf_case, case_event, action_plan, action_item."""
    op.create_table(
        "sspf_case",
        _ref("young_person_id"),
        _enum("status"),
        _date("opened_on", nullable=False),
        _date("closed_on"),
        _enum("closing_reason", nullable=True),
        _text("outcome"),
        _id(),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_sspf_case"),
        _fk("sspf_case", "young_person_id", "young_person", "CASCADE"),
    )
    _index("sspf_case", "young_person_id")
    _index("sspf_case", "status")
    op.create_table(
        "case_event",
        _id(),
        _ref("case_id"),
        sa.Column("at", sa.DateTime(), nullable=False),
        _enum("from_status", nullable=True),
        _enum("to_status"),
        _text("reason"),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_case_event"),
        _fk("case_event", "case_id", "sspf_case", "CASCADE"),
    )
    _index("case_event", "case_id", "at", name="ix_case_event_case_at")
    op.create_table(
        "action_plan",
        _ref("case_id"),
        _text("goals"),
        _text("strengths"),
        _id(),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_action_plan"),
        sa.UniqueConstraint("case_id", name="uq_action_plan_case_id"),
        _fk("action_plan", "case_id", "sspf_case", "CASCADE"),
    )
    op.create_table(
        "action_item",
        _ref("case_id"),
        _text("what"),
        _enum("sector"),
        _short("responsible"),
        _date("start_on"),
        _date("deadline"),
        _enum("status"),
        _date("follow_up_on"),
        _id(),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_action_item"),
        _fk("action_item", "case_id", "sspf_case", "CASCADE"),
    )
    _index("action_item", "case_id")
    _index("action_item", "deadline")
    _index("action_item", "follow_up_on")


def _create_concerns() -> None:
    """concern and concern_risk."""
    op.create_table(
        "concern",
        _date("received_on", nullable=False),
        _enum("source_sector"),
        _short("reporter_role"),
        _enum("level"),
        _ref("young_person_id", nullable=True),
        _short("area"),
        _text("group_description"),
        _text("observation"),
        _text("assessment"),
        _enum("urgency"),
        _enum("report_status"),
        _short("report_agency"),
        _short("report_reporter"),
        _date("report_reported_on"),
        _short("report_reference"),
        sa.Column("report_feedback_received", sa.Boolean(), nullable=False),
        _date("report_feedback_on"),
        _enum("outcome"),
        _date("outcome_on"),
        _text("outcome_reason"),
        _ref("case_id", nullable=True),
        _id(),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_concern"),
        _fk("concern", "young_person_id", "young_person", "CASCADE"),
        _fk("concern", "case_id", "sspf_case", "SET NULL"),
    )
    for column in ("received_on", "outcome", "report_status", "young_person_id", "case_id"):
        _index("concern", column)
    op.create_table(
        "concern_risk",
        _ref("concern_id"),
        sa.Column("code", sa.String(CODE), nullable=False),
        _position(),
        sa.PrimaryKeyConstraint("concern_id", "code", name="pk_concern_risk"),
        _fk("concern_risk", "concern_id", "concern", "CASCADE"),
        _fk("concern_risk", "code", "risk_category", None),
    )
    _index("concern_risk", "code")


def _category_table(table: str, parent: str, parent_column: str) -> None:
    """A child table of information categories (ordered) of ``parent``."""
    op.create_table(
        table,
        _ref(parent_column),
        _enum("category"),
        _position(),
        sa.PrimaryKeyConstraint(parent_column, "category", name=f"pk_{table}"),
        _fk(table, parent_column, parent, "CASCADE"),
    )


def _create_consents() -> None:
    """attachment, consent (+ parties, categories)."""
    op.create_table(
        "attachment",
        _ref("young_person_id", nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("blob_name", sa.String(32), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        _id(),
        _created(),
        sa.PrimaryKeyConstraint("id", name="pk_attachment"),
        sa.UniqueConstraint("blob_name", name="uq_attachment_blob_name"),
        _fk("attachment", "young_person_id", "young_person", "CASCADE"),
    )
    _index("attachment", "young_person_id")
    op.create_table(
        "consent",
        _ref("young_person_id"),
        _enum("consenter_role"),
        _ref("consenter_related_person_id", nullable=True),
        _text("purpose"),
        _enum("form"),
        _date("valid_from", nullable=False),
        _date("valid_to"),
        _ref("signed_attachment_id", nullable=True),
        _date("withdrawn_on"),
        _text("withdrawal_how"),
        _id(),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_consent"),
        _fk("consent", "young_person_id", "young_person", "CASCADE"),
        _fk("consent", "consenter_related_person_id", "related_person", "SET NULL"),
        _fk("consent", "signed_attachment_id", "attachment", "SET NULL"),
    )
    for column in ("young_person_id", "consenter_related_person_id", "valid_to"):
        _index("consent", column)
    op.create_table(
        "consent_party",
        _ref("consent_id"),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        _enum("sector"),
        _short("organisation"),
        sa.PrimaryKeyConstraint("consent_id", "position", name="pk_consent_party"),
        _fk("consent_party", "consent_id", "consent", "CASCADE"),
    )
    _category_table("consent_category", "consent", "consent_id")


def _create_grounds_and_disclosures() -> None:
    """ground_record (+ categories), disclosure (+ categories, consents)."""
    op.create_table(
        "ground_record",
        _ref("young_person_id"),
        _enum("recipient_sector"),
        _short("recipient_organisation"),
        _enum("ground"),
        _date("valid_from", nullable=False),
        _date("valid_to", nullable=False),
        _text("justification"),
        _short("decided_by"),
        _id(),
        _created(),
        sa.PrimaryKeyConstraint("id", name="pk_ground_record"),
        _fk("ground_record", "young_person_id", "young_person", "CASCADE"),
    )
    _index("ground_record", "young_person_id")
    _category_table("ground_record_category", "ground_record", "ground_record_id")
    op.create_table(
        "disclosure",
        _ref("young_person_id"),
        _enum("recipient_sector"),
        _short("recipient_organisation"),
        _date("disclosed_on", nullable=False),
        _enum("ground"),
        _ref("ground_record_id", nullable=True),
        _text("context"),
        _id(),
        _created(),
        sa.PrimaryKeyConstraint("id", name="pk_disclosure"),
        _fk("disclosure", "young_person_id", "young_person", "CASCADE"),
        _fk("disclosure", "ground_record_id", "ground_record", "SET NULL"),
    )
    _index("disclosure", "young_person_id")
    _category_table("disclosure_category", "disclosure", "disclosure_id")
    op.create_table(
        "disclosure_consent",
        _ref("disclosure_id"),
        _ref("consent_id"),
        _position(),
        sa.PrimaryKeyConstraint("disclosure_id", "consent_id", name="pk_disclosure_consent"),
        _fk("disclosure_consent", "disclosure_id", "disclosure", "CASCADE"),
        _fk("disclosure_consent", "consent_id", "consent", "CASCADE"),
    )
    _index("disclosure_consent", "consent_id")


def upgrade() -> None:
    """Create the case-work tables and seed the risk categories."""
    _create_settings_and_categories()
    _create_cases()
    _create_concerns()
    _create_consents()
    _create_grounds_and_disclosures()


def downgrade() -> None:
    """Drop the case-work tables (only used by tests of the migration machinery)."""
    for table in (
        "disclosure_consent",
        "disclosure_category",
        "disclosure",
        "ground_record_category",
        "ground_record",
        "consent_category",
        "consent_party",
        "consent",
        "attachment",
        "concern_risk",
        "concern",
        "action_item",
        "action_plan",
        "case_event",
        "sspf_case",
        "risk_category",
        "vault_setting",
    ):
        op.drop_table(table)
