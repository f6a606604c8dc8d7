"""The SQLite database of an open vault, held only in memory.

The image (the bytes of a SQLite file) is deserialized into a ``:memory:`` connection;
SQLAlchemy reaches it through ``creator=`` and a ``StaticPool`` so every thread sees the
same database. Plaintext never touches the disk: temp b-trees stay in memory, deleted
content is zeroed, and the database is only ever written out by ``serialize()``.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from sspf_desk.errors import BugError
from sspf_desk.store.errors import InconsistentDatabaseError

log = logging.getLogger(__name__)

PRAGMAS = (
    "PRAGMA temp_store=MEMORY",
    "PRAGMA secure_delete=ON",
    "PRAGMA foreign_keys=ON",
)


def _apply_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Pool "connect" hook: mandatory pragmas, and hand BEGIN over to SQLAlchemy."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _emit_begin(connection: Any) -> None:
    """Engine "begin" hook: emit our own BEGIN (SQLAlchemy's pysqlite recipe)."""
    connection.exec_driver_sql("BEGIN")


class MemoryDatabase:
    """One in-memory SQLite database and the SQLAlchemy engine bound to it.

    Never call ``engine.dispose()``: the pool would drop the only connection and with it
    every change made since the image was loaded.
    """

    def __init__(self, image: bytes | bytearray | None = None) -> None:
        """Load ``image`` (``None`` or empty for a brand-new database)."""
        self._image = image or None
        self._connection: sqlite3.Connection | None = None
        self.engine: Engine = create_engine(
            "sqlite://", creator=self._connect, poolclass=StaticPool
        )
        event.listen(self.engine, "connect", _apply_pragmas)
        event.listen(self.engine, "begin", _emit_begin)
        with self.engine.connect():
            pass
        self._image = None

    def _connect(self) -> sqlite3.Connection:
        """Create the single DBAPI connection (refuses a second one)."""
        if self._connection is not None:
            raise BugError("the in-memory database was asked to reconnect")
        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        if self._image is not None:
            try:
                connection.deserialize(self._image)
                connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            except (sqlite3.DatabaseError, MemoryError, OverflowError) as exc:
                connection.close()
                raise InconsistentDatabaseError() from exc
        self._connection = connection
        return connection

    @property
    def dbapi(self) -> sqlite3.Connection:
        """The stdlib connection (for serialize, change counters and pragmas)."""
        if self._connection is None:
            raise BugError("the in-memory database is closed")
        return self._connection

    def total_changes(self) -> int:
        """Rows inserted, updated or deleted since the database was opened."""
        return self.dbapi.total_changes

    def serialize(self) -> bytes:
        """Return the committed database image (needs a schema: an empty one cannot serialize).

        Raises:
            BugError: If a transaction is open: SQLite would include its uncommitted pages.
        """
        connection = self.dbapi
        if connection.in_transaction:
            raise BugError("serialize() while a transaction is open")
        return connection.serialize()

    def quick_check(self) -> tuple[str, ...]:
        """Run ``PRAGMA quick_check`` and ``foreign_key_check``; return the problems found."""
        problems = list(self._page_problems())
        if problems:
            return tuple(problems)
        try:
            fk_rows = self.dbapi.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return (type(exc).__name__,)
        return tuple(f"foreign key: {row[0]} rowid {row[1]}" for row in fk_rows)

    def _page_problems(self) -> tuple[str, ...]:
        """Run ``PRAGMA quick_check`` (b-tree structure, page by page); return its problems."""
        try:
            rows = self.dbapi.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return (type(exc).__name__,)
        return tuple(str(row[0]) for row in rows if row[0] != "ok")

    def ensure_consistent(self) -> None:
        """Raise :class:`InconsistentDatabaseError` unless ``PRAGMA quick_check`` is clean.

        This runs on every open (DESIGN.md §2). The foreign key check is left to
        :meth:`quick_check` (``sspf-desk check``): foreign keys are enforced on every
        write and the image is authenticated chunk by chunk, while scanning every
        reference of a large vault doubled the open (78 MB image: ~110 ms more).
        """
        problems = self._page_problems()
        if problems:
            log.error("database quick_check failed: %d problem(s)", len(problems))
            raise InconsistentDatabaseError()

    def close(self) -> None:
        """Close the connection, freeing the plaintext pages (the engine is unusable after)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
