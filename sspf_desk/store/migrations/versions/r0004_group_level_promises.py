"""Group and area level (sites, observations, measures) and medborgarlöften.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

ID = 36
TEXT = 200
ENUM = 32


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


def _float(name: str, *, nullable: bool = False) -> sa.Column[float]:
    """A floating-point amount column (targets, hours)."""
    return sa.Column(name, sa.Float(), nullable=nullable)


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    """A named foreign key ``table.column`` → ``target.id``."""
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    """The primary key on ``id``."""
    return sa.PrimaryKeyConstraint("id", name=f"pk_{table}")


def _index(table: str, *columns: str, name: str | None = None) -> None:
    """Create an index named like the models' naming convention."""
    op.create_index(name or f"ix_{table}_{columns[0]}", table, list(columns))


def _create_group_level() -> None:
    """group_site, group_observation, group_measure."""
    op.create_table(
        "group_site",
        _short("name"),
        _enum("kind"),
        _short("area"),
        _short("time_pattern"),
        _text("description"),
        sa.Column("active", sa.Boolean(), nullable=False),
        _id(),
        *_timestamps(),
        _pk("group_site"),
    )
    _index("group_site", "area")
    op.create_table(
        "group_observation",
        _id(),
        _ref("site_id"),
        _date("observed_on", nullable=False),
        _enum("sector"),
        _text("text"),
        _created(),
        _pk("group_observation"),
        _fk("group_observation", "site_id", "group_site", "CASCADE"),
    )
    for column in ("site_id", "observed_on"):
        _index("group_observation", column)
    op.create_table(
        "group_measure",
        _ref("site_id"),
        _enum("kind"),
        _text("description"),
        _enum("sector"),
        _short("responsible"),
        _date("planned_on"),
        _date("done_on"),
        _enum("status"),
        _float("hours", nullable=True),
        _ref("meeting_id", nullable=True),
        _date("follow_up_on"),
        _text("follow_up"),
        _id(),
        *_timestamps(),
        _pk("group_measure"),
        _fk("group_measure", "site_id", "group_site", "CASCADE"),
        _fk("group_measure", "meeting_id", "meeting", "SET NULL"),
    )
    for column in ("site_id", "kind", "done_on", "meeting_id"):
        _index("group_measure", column)


def _create_promises() -> None:
    """citizen_promise, promise_activity, promise_progress."""
    op.create_table(
        "citizen_promise",
        sa.Column("year", sa.Integer(), nullable=False),
        _short("municipality"),
        _short("police_area"),
        _short("title"),
        _text("problem"),
        _text("focus_areas"),
        _text("effects"),
        _text("signatories"),
        _id(),
        *_timestamps(),
        _pk("citizen_promise"),
    )
    _index("citizen_promise", "year")
    op.create_table(
        "promise_activity",
        _ref("promise_id"),
        sa.Column("position", sa.Integer(), nullable=False),
        _short("title"),
        _short("owner"),
        _short("unit"),
        _short("focus_area"),
        _short("area"),
        _float("target"),
        _enum("counting"),
        _enum("meeting_type", nullable=True),
        _enum("measure_kind", nullable=True),
        _id(),
        *_timestamps(),
        _pk("promise_activity"),
        _fk("promise_activity", "promise_id", "citizen_promise", "CASCADE"),
    )
    _index("promise_activity", "promise_id")
    _index(
        "promise_activity",
        "promise_id",
        "position",
        name="ix_promise_activity_promise_position",
    )
    op.create_table(
        "promise_progress",
        _id(),
        _ref("activity_id"),
        _date("on_day", nullable=False),
        _float("amount"),
        _text("note"),
        _created(),
        _pk("promise_progress"),
        _fk("promise_progress", "activity_id", "promise_activity", "CASCADE"),
    )
    _index("promise_progress", "activity_id")


def upgrade() -> None:
    """Create the group-level and medborgarlöfte tables."""
    _create_group_level()
    _create_promises()


def downgrade() -> None:
    """Drop the group-level and medborgarlöfte tables (only used by tests of the machinery)."""
    for table in (
        "promise_progress",
        "promise_activity",
        "citizen_promise",
        "group_measure",
        "group_observation",
        "group_site",
    ):
        op.drop_table(table)
