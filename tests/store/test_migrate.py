"""Alembic migrations on the in-memory image."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from sspf_desk.store import NewerSchemaError, Store, head_revision
from sspf_desk.store.base import Base
from sspf_desk.store.migrate import MIGRATIONS_DIR, current_revision

EXTRA_REVISION = '''"""Test-only revision: one extra table."""

import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("extra", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("extra")
'''


class Calls:
    """Counts before_upgrade calls."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def newer_scripts(tmp_path: Path) -> Path:
    """A copy of the package's migrations with one more (test) revision on top."""
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    revision = EXTRA_REVISION.format(head=head_revision())
    (target / "versions" / "r9000_extra.py").write_text(revision, encoding="utf-8")
    return target


def test_empty_database_migrates_to_head_without_backup() -> None:
    store = Store.open()
    calls = Calls()
    result = store.migrate(calls)
    assert calls.count == 0
    assert result.brand_new
    assert result.from_revision is None
    assert result.to_revision == head_revision()
    with store.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        assert current_revision(connection) == head_revision()
    assert {"user", "young_person", "related_person", "person_link", "audit_entry", "meta"} <= (
        tables
    )


def test_migrations_match_the_models() -> None:
    store = Store.open()
    store.migrate()
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_current_image_is_not_backed_up() -> None:
    store = Store.open()
    store.migrate()
    loaded = Store.open(store.serialize())
    calls = Calls()
    result = loaded.migrate(calls)
    assert calls.count == 0
    assert not result.changed


def test_older_image_is_backed_up_then_upgraded(newer_scripts: Path) -> None:
    store = Store.open()
    store.migrate()
    calls = Calls()
    result = store.migrate(calls, script_location=newer_scripts)
    assert calls.count == 1
    assert (result.from_revision, result.to_revision) == (head_revision(), "9000")
    assert result.changed and not result.brand_new
    with store.engine.connect() as connection:
        assert "extra" in inspect(connection).get_table_names()


def test_backup_failure_stops_the_upgrade(newer_scripts: Path) -> None:
    store = Store.open()
    store.migrate()

    def failing_backup() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        store.migrate(failing_backup, script_location=newer_scripts)
    with store.engine.connect() as connection:
        assert current_revision(connection) == head_revision()


def test_newer_revision_is_refused(newer_scripts: Path) -> None:
    store = Store.open()
    store.migrate(script_location=newer_scripts)
    loaded = Store.open(store.serialize())
    calls = Calls()
    with pytest.raises(NewerSchemaError) as info:
        loaded.migrate(calls)
    assert calls.count == 0
    assert info.value.exit_code == 6
    assert info.value.message() == "Valvet är skapat med en nyare version av SSPF Desk."


def test_unknown_revision_string_is_refused() -> None:
    store = Store.open()
    store.migrate()
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'zzzz'"))
    with pytest.raises(NewerSchemaError):
        store.migrate()


def test_migrations_ship_as_python_files() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "__init__.py").is_file()
    assert (MIGRATIONS_DIR / "versions" / "__init__.py").is_file()
    assert sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("r*.py"))
