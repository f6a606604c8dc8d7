"""Meetings and bekymringssamtal: series, meetings, attendance, agenda, actions, versions, talks.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

ID = 36
TEXT = 200
ENUM = 32
ACTOR = 64


def _id() -> sa.Column[str]:
    """The UUID string primary key column."""
    return sa.Column("id", sa.String(ID), nullable=False)


def _timestamps() -> list[sa.Column[datetime]]:
    """created_at / updated_at (naive UTC)."""
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


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


def _time(name: str, *, nullable: bool = True) -> sa.Column[object]:
    """A time-of-day column."""
    return sa.Column(name, sa.Time(), nullable=nullable)


def _int(name: str) -> sa.Column[int]:
    """A required integer column (positions, numbers, versions)."""
    return sa.Column(name, sa.Integer(), nullable=False)


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


def _create_meetings() -> None:
    """meeting_series, meeting, meeting_attendee, meeting_version."""
    op.create_table(
        "meeting_series",
        _enum("meeting_type"),
        _short("title"),
        _short("place"),
        _date("first_on", nullable=False),
        _int("interval_weeks"),
        _time("starts_at", nullable=False),
        _time("ends_at"),
        _id(),
        *_timestamps(),
        _pk("meeting_series"),
    )
    op.create_table(
        "meeting",
        _enum("meeting_type"),
        _short("title"),
        _date("held_on", nullable=False),
        _time("starts_at"),
        _time("ends_at"),
        _short("place"),
        _ref("series_id", nullable=True),
        _short("chair"),
        _short("secretary"),
        _short("approver"),
        _enum("status"),
        _int("version"),
        _date("approved_on"),
        sa.Column("approved_by", sa.String(ACTOR), nullable=False),
        _id(),
        *_timestamps(),
        _pk("meeting"),
        _fk("meeting", "series_id", "meeting_series", "SET NULL"),
    )
    for column in ("meeting_type", "held_on", "series_id", "status"):
        _index("meeting", column)
    op.create_table(
        "meeting_attendee",
        _id(),
        _ref("meeting_id"),
        _int("position"),
        _short("name"),
        _enum("sector"),
        _short("organisation"),
        _short("role"),
        _enum("status", nullable=True),
        _ref("young_person_id", nullable=True),
        _pk("meeting_attendee"),
        _fk("meeting_attendee", "meeting_id", "meeting", "CASCADE"),
        _fk("meeting_attendee", "young_person_id", "young_person", "SET NULL"),
    )
    _index("meeting_attendee", "young_person_id")
    _index(
        "meeting_attendee",
        "meeting_id",
        "position",
        name="ix_meeting_attendee_meeting_position",
    )
    op.create_table(
        "meeting_version",
        _id(),
        _ref("meeting_id"),
        _int("number"),
        _text("reason"),
        sa.Column("reopened_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(ACTOR), nullable=False),
        _text("snapshot"),
        _pk("meeting_version"),
        _fk("meeting_version", "meeting_id", "meeting", "CASCADE"),
    )
    _index("meeting_version", "meeting_id", "number", name="ix_meeting_version_meeting_number")


def _create_agenda() -> None:
    """agenda_item and meeting_action."""
    op.create_table(
        "agenda_item",
        _id(),
        _ref("meeting_id"),
        _int("number"),
        _enum("section"),
        _short("title"),
        _ref("young_person_id", nullable=True),
        _enum("visibility"),
        _text("notes"),
        _text("decisions"),
        _ref("carried_from_item_id", nullable=True),
        _date("follow_up_on"),
        _pk("agenda_item"),
        _fk("agenda_item", "meeting_id", "meeting", "CASCADE"),
        _fk("agenda_item", "young_person_id", "young_person", "SET NULL"),
        _fk("agenda_item", "carried_from_item_id", "agenda_item", "SET NULL"),
    )
    _index("agenda_item", "young_person_id")
    _index("agenda_item", "carried_from_item_id")
    _index("agenda_item", "meeting_id", "number", name="ix_agenda_item_meeting_number")
    op.create_table(
        "meeting_action",
        _id(),
        _ref("agenda_item_id"),
        _int("position"),
        _text("what"),
        _enum("sector"),
        _short("responsible"),
        _date("start_on"),
        _date("deadline"),
        _enum("status"),
        _date("follow_up_on"),
        _ref("action_item_id", nullable=True),
        _pk("meeting_action"),
        _fk("meeting_action", "agenda_item_id", "agenda_item", "CASCADE"),
        _fk("meeting_action", "action_item_id", "action_item", "SET NULL"),
    )
    _index("meeting_action", "action_item_id")
    _index(
        "meeting_action",
        "agenda_item_id",
        "position",
        name="ix_meeting_action_item_position",
    )


def _create_talks() -> None:
    """concern_talk, concern_talk_participant, concern_talk_agreement."""
    op.create_table(
        "concern_talk",
        _ref("young_person_id"),
        _date("held_on", nullable=False),
        _short("place"),
        _short("called_by"),
        _text("reason"),
        _text("risk_factors"),
        _text("protective_factors"),
        _text("information_given"),
        _date("follow_up_on"),
        _enum("report_status"),
        _short("report_agency"),
        _short("report_reporter"),
        _date("report_reported_on"),
        _short("report_reference"),
        sa.Column("report_feedback_received", sa.Boolean(), nullable=False),
        _date("report_feedback_on"),
        _enum("legal_ground", nullable=True),
        _short("consent_reference"),
        _ref("meeting_id", nullable=True),
        _id(),
        *_timestamps(),
        _pk("concern_talk"),
        _fk("concern_talk", "young_person_id", "young_person", "CASCADE"),
        _fk("concern_talk", "meeting_id", "meeting", "SET NULL"),
    )
    for column in ("young_person_id", "held_on", "meeting_id"):
        _index("concern_talk", column)
    op.create_table(
        "concern_talk_participant",
        _id(),
        _ref("talk_id"),
        _int("position"),
        _short("name"),
        _enum("role"),
        _short("title"),
        _pk("concern_talk_participant"),
        _fk("concern_talk_participant", "talk_id", "concern_talk", "CASCADE"),
    )
    _index(
        "concern_talk_participant",
        "talk_id",
        "position",
        name="ix_concern_talk_participant_talk_position",
    )
    op.create_table(
        "concern_talk_agreement",
        _id(),
        _ref("talk_id"),
        _int("position"),
        _text("what"),
        _short("responsible"),
        _pk("concern_talk_agreement"),
        _fk("concern_talk_agreement", "talk_id", "concern_talk", "CASCADE"),
    )
    _index(
        "concern_talk_agreement",
        "talk_id",
        "position",
        name="ix_concern_talk_agreement_talk_position",
    )


def upgrade() -> None:
    """Create the meeting and concern-talk tables."""
    _create_meetings()
    _create_agenda()
    _create_talks()


def downgrade() -> None:
    """Drop the meeting and concern-talk tables (only used by tests of the machinery)."""
    for table in (
        "concern_talk_agreement",
        "concern_talk_participant",
        "concern_talk",
        "meeting_action",
        "agenda_item",
        "meeting_version",
        "meeting_attendee",
        "meeting",
        "meeting_series",
    ):
        op.drop_table(table)
