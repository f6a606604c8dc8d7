"""Bring an open database to the newest schema with the package's Alembic revisions.

Revisions live in ``sspf_desk/store/migrations/versions`` and are written by hand.
``migrate`` runs them on the store's own connection (no ``alembic.ini``, no new engine)
and asks the caller to back up the vault first whenever an existing, older database
is about to change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from sspf_desk.store.errors import NewerSchemaError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_PACKAGE_MIGRATIONS = MIGRATIONS_DIR  # what is cached, even if MIGRATIONS_DIR is repointed


@dataclass(frozen=True, slots=True)
class MigrationResult:
    """What ``migrate`` did.

    Attributes:
        from_revision: Schema revision found (``None`` for a brand-new database).
        to_revision: Schema revision now (the head).
        brand_new: The database was empty; no backup was asked for.
    """

    from_revision: str | None
    to_revision: str
    brand_new: bool

    @property
    def changed(self) -> bool:
        """Whether any revision was applied."""
        return self.from_revision != self.to_revision


def _config(script_location: Path, connection: Connection | None = None) -> Config:
    """An in-memory Alembic config pointing at ``script_location``."""
    config = Config()
    config.set_main_option("script_location", str(script_location).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _read_revisions(script_location: Path) -> tuple[str, frozenset[str]]:
    """Parse the revision scripts: the head and every known revision."""
    script = ScriptDirectory.from_config(_config(script_location))
    head = script.get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no migrations found")
    return head, frozenset(rev.revision for rev in script.walk_revisions())


@cache
def _package_revisions() -> tuple[str, frozenset[str]]:
    """The package's own revisions, parsed once per process (they never change at run time)."""
    return _read_revisions(_PACKAGE_MIGRATIONS)


def _revisions(script_location: Path) -> tuple[str, frozenset[str]]:
    """The head and known revisions at ``script_location`` (cached for the package's own)."""
    if script_location == _PACKAGE_MIGRATIONS:
        return _package_revisions()
    return _read_revisions(script_location)


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    """Return the newest revision this program knows."""
    return _revisions(script_location)[0]


def current_revision(connection: Connection) -> str | None:
    """Return the revision stamped in the database (``None`` if never migrated)."""
    return MigrationContext.configure(connection).get_current_revision()


def migrate(
    engine: Engine,
    before_upgrade: Callable[[], None],
    *,
    script_location: Path = MIGRATIONS_DIR,
) -> MigrationResult:
    """Upgrade the database to the head revision.

    Args:
        engine: The store's engine (its single in-memory connection).
        before_upgrade: Called once before an existing, older database is changed
            (the caller backs up the encrypted vault); not called for a brand-new or
            already current database.
        script_location: Folder with ``env.py`` and ``versions/`` (tests pass a copy).

    Returns:
        The revisions before and after.

    Raises:
        NewerSchemaError: The database carries a revision this program does not know.
    """
    head, known = _revisions(script_location)
    with engine.connect() as connection:
        current = current_revision(connection)
        brand_new = current is None and not inspect(connection).get_table_names()
    if current is not None and current not in known:
        log.error("database schema revision is newer than this program (head %s)", head)
        raise NewerSchemaError()
    if current == head:
        return MigrationResult(from_revision=current, to_revision=head, brand_new=False)
    if not brand_new:
        log.info("database schema %s is older than %s; backing up before upgrading", current, head)
        before_upgrade()
    with engine.begin() as connection:
        command.upgrade(_config(script_location, connection), "head")
    log.info("database schema upgraded from %s to %s", current, head)
    return MigrationResult(from_revision=current, to_revision=head, brand_new=brand_new)
