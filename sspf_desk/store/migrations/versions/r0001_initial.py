"""Initial schema: users, young persons, related persons, links, audit trail, meta.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

ID = 36
NAME = 100
TEXT = 200
ENUM = 32
ID_NUMBER = 13


def _id() -> sa.Column[str]:
    """The UUID string primary key."""
    return sa.Column("id", sa.String(ID), nullable=False)


def _timestamps() -> list[sa.Column[datetime]]:
    """created_at / updated_at (naive UTC)."""
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _text(name: str) -> sa.Column[str]:
    """A required short free-text column."""
    return sa.Column(name, sa.String(TEXT), nullable=False)


def upgrade() -> None:
    """Create the initial tables."""
    op.create_table(
        "user",
        _id(),
        sa.Column("name", sa.String(NAME), nullable=False),
        sa.Column("role", sa.String(ENUM), nullable=False),
        sa.Column("slot_id", sa.String(64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_user"),
        sa.UniqueConstraint("slot_id", name="uq_user_slot_id"),
    )
    op.create_table(
        "young_person",
        _id(),
        sa.Column("first_name", sa.String(NAME), nullable=False),
        sa.Column("last_name", sa.String(NAME), nullable=False),
        sa.Column("id_number", sa.String(ID_NUMBER), nullable=True),
        sa.Column("id_kind", sa.String(ENUM), nullable=False),
        sa.Column("protected_identity", sa.Boolean(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(ENUM), nullable=False),
        _text("school"),
        _text("school_class"),
        _text("area"),
        _text("home_municipality"),
        _text("interpreter_language"),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_young_person"),
        sa.UniqueConstraint("id_number", name="uq_young_person_id_number"),
    )
    op.create_index("ix_young_person_name", "young_person", ["last_name", "first_name"])
    op.create_table(
        "related_person",
        _id(),
        sa.Column("first_name", sa.String(NAME), nullable=False),
        sa.Column("last_name", sa.String(NAME), nullable=False),
        sa.Column("id_number", sa.String(ID_NUMBER), nullable=True),
        _text("phone"),
        _text("email"),
        _text("address"),
        sa.Column("protected_address", sa.Boolean(), nullable=False),
        _text("interpreter_language"),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_related_person"),
    )
    op.create_index("ix_related_person_name", "related_person", ["last_name", "first_name"])
    op.create_index("ix_related_person_id_number", "related_person", ["id_number"])
    op.create_table(
        "person_link",
        _id(),
        sa.Column("young_person_id", sa.String(ID), nullable=False),
        sa.Column("related_person_id", sa.String(ID), nullable=False),
        sa.Column("relationship", sa.String(ENUM), nullable=False),
        sa.Column("custody_type", sa.String(ENUM), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_person_link"),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_person.id"],
            name="fk_person_link_young_person_id_young_person",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["related_person_id"],
            ["related_person.id"],
            name="fk_person_link_related_person_id_related_person",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "young_person_id",
            "related_person_id",
            name="uq_person_link_young_person_id_related_person_id",
        ),
    )
    op.create_index("ix_person_link_related_person_id", "person_link", ["related_person_id"])
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("entity_type", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entry"),
    )
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"])
    op.create_index("ix_audit_entry_entity", "audit_entry", ["entity_type", "entity_id"])
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )


def downgrade() -> None:
    """Drop every table (only used by tests of the migration machinery)."""
    for table in ("meta", "audit_entry", "person_link", "related_person", "young_person", "user"):
        op.drop_table(table)
