"""The peers: the same SQLAlchemy schema and code on SQLCipher and on plain SQLite files.

The SQLCipher peer is what a knowledgeable engineer would pick instead of our vault:
``sqlcipher3`` (a benchmark-only extra, never a dependency of the app) behind SQLAlchemy,
default SQLCipher 4 settings, rollback journal with ``synchronous=FULL`` (durable like our
save; WAL's -wal/-shm pair is unsafe in synced folders, DESIGN.md §2), the same pragmas as
the app. The key is given raw (``x'…'``) so opening excludes SQLCipher's passphrase KDF,
as the app's open excludes ours. A :class:`FileDatabase` lets the app's own ``Store`` and
services run unchanged on such a file, so edits, audit entries and list queries are the
very same code on both sides.
"""

from __future__ import annotations

import hashlib
import importlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, and_, create_engine, event, false, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from sspf_desk.domain import Relationship, YoungPerson
from sspf_desk.domain.text import SearchQuery, swedish_sort_key
from sspf_desk.services.person_rows import YoungPersonRow, make_row
from sspf_desk.store.engine import PRAGMAS, MemoryDatabase
from sspf_desk.store.models import PersonLinkRecord, UserRecord, YoungPersonRecord
from sspf_desk.store.repositories import young_person_listing
from sspf_desk.store.uow import Store

RAW_KEY_HEX = hashlib.sha256(b"sspf-desk benchmark sqlcipher key").hexdigest()
KEY_PRAGMA = f"PRAGMA key = \"x'{RAW_KEY_HEX}'\""

Connect = Callable[[], Any]


def sqlcipher_module() -> Any:
    """Import ``sqlcipher3.dbapi2`` (raises ImportError when it is not installed)."""
    return importlib.import_module("sqlcipher3.dbapi2")


def sqlcipher_missing() -> str | None:
    """Return why the SQLCipher peer cannot run here, or None when it can."""
    try:
        module = sqlcipher_module()
    except ImportError:
        return "not available (pip install -e '.[bench]' installs sqlcipher3-binary)"
    with closing(module.connect(":memory:")) as connection:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    return None if row and row[0] else "not available (sqlcipher3 without SQLCipher)"


def sqlcipher_version() -> str | None:
    """SQLCipher and its SQLite version, or None when sqlcipher3 is missing."""
    if sqlcipher_missing() is not None:
        return None
    with closing(sqlcipher_module().connect(":memory:")) as connection:
        cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
        lite = connection.execute("SELECT sqlite_version()").fetchone()[0]
    return f"SQLCipher {cipher} (SQLite {lite})"


def export_to_sqlcipher(plain: Path, target: Path) -> None:
    """Write a SQLCipher copy of the plain SQLite file ``plain`` (raw key :data:`KEY_PRAGMA`)."""
    module = sqlcipher_module()
    with closing(module.connect(str(plain), isolation_level=None)) as connection:
        connection.execute(
            f"ATTACH DATABASE ? AS encrypted KEY \"x'{RAW_KEY_HEX}'\"", (str(target),)
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")


def _sqlcipher_connect(path: Path) -> Connect:
    def connect() -> Any:
        connection = sqlcipher_module().connect(
            str(path), check_same_thread=False, isolation_level=None
        )
        connection.execute(KEY_PRAGMA)
        return connection

    return connect


def _sqlite_connect(path: Path) -> Connect:
    def connect() -> Any:
        return sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)

    return connect


def _on_connect(dbapi_connection: Any, _record: object) -> None:
    """The app's pragmas, durable rollback journal, and BEGIN left to SQLAlchemy."""
    dbapi_connection.isolation_level = None
    for pragma in (*PRAGMAS, "PRAGMA journal_mode=DELETE", "PRAGMA synchronous=FULL"):
        dbapi_connection.execute(pragma).fetchall()


def _emit_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def file_engine(kind: str, path: Path) -> Engine:
    """An engine on one file connection: ``kind`` is "sqlcipher" or "sqlite"."""
    connect = _sqlcipher_connect(path) if kind == "sqlcipher" else _sqlite_connect(path)
    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _emit_begin)
    return engine


class FileDatabase:
    """Stands in for ``MemoryDatabase`` so the app's ``Store`` runs on a file engine.

    A file database persists itself when it commits, so ``serialize`` hands over nothing.
    """

    def __init__(self, engine: Engine) -> None:
        """Wrap ``engine`` and open its connection."""
        self.engine = engine
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
        self._dbapi = raw

    def total_changes(self) -> int:
        """Rows changed since the connection was opened."""
        return int(getattr(self._dbapi, "total_changes", 0))

    def serialize(self) -> bytes:
        """Nothing to hand over: the commit already wrote the file."""
        return b""

    def close(self) -> None:
        """Close the file connection."""
        self.engine.dispose()


def file_store(kind: str, path: Path) -> Store:
    """The app's ``Store`` over a SQLCipher or plain SQLite file."""
    database = FileDatabase(file_engine(kind, path))
    return Store(cast(MemoryDatabase, database))


def select_any_slot() -> Any:
    """A query for the key slot id of the (first) user."""
    return select(UserRecord.slot_id).order_by(UserRecord.created_at).limit(1)


def _guardian_counts() -> Any:
    return (
        select(PersonLinkRecord.young_person_id, func.count().label("n"))
        .where(PersonLinkRecord.relationship == Relationship.GUARDIAN)
        .group_by(PersonLinkRecord.young_person_id)
        .subquery()
    )


def _order(row: YoungPersonRow) -> tuple[str, str, str]:
    return swedish_sort_key(row.last_name), swedish_sort_key(row.first_name), row.id


def list_sql(session: Session) -> list[YoungPersonRow]:
    """The list as an app without an index shows it: the app's own query, rows, Swedish order.

    Same SQL (``repositories.young_person_listing``) and row view-models as the app, sorted
    the same way, but no search text is built: a peer app searches in SQL.
    """
    rows = [make_row(person, count) for person, count in young_person_listing(session)]
    rows.sort(key=_order)
    return rows


def search_sql(session: Session, text: str) -> list[YoungPersonRow]:
    """The search a knowledgeable engineer writes in SQL: ``LIKE '%word%'`` per word.

    Every word must occur in the first or last name, or (unless the identity is
    protected) in the id number digits, school, class or area. SQLite's LIKE folds ASCII
    case only, so "ostlund" does not find "Östlund" here (the app's search does). Rows
    come back ordered by last and first name, built into the same row view-models.
    """
    table = YoungPersonRecord.__table__
    columns = table.c
    guardians = _guardian_counts()
    names = [name for name in YoungPerson.__dataclass_fields__]
    query = select(*(columns[name] for name in names), func.coalesce(guardians.c.n, 0))
    query = query.outerjoin(guardians, guardians.c.young_person_id == columns.id)
    for term in SearchQuery.parse(text).terms:
        visible = or_(
            func.replace(columns.id_number, "-", "").contains(term, autoescape=True),
            columns.school.contains(term, autoescape=True),
            columns.school_class.contains(term, autoescape=True),
            columns.area.contains(term, autoescape=True),
        )
        query = query.where(
            or_(
                columns.first_name.contains(term, autoescape=True),
                columns.last_name.contains(term, autoescape=True),
                and_(columns.protected_identity == false(), visible),
            )
        )
    query = query.order_by(columns.last_name, columns.first_name)
    rows: list[YoungPersonRow] = []
    for row in session.execute(query):
        values = dict(zip(names, row, strict=False))
        rows.append(make_row(YoungPerson(**values), int(row[-1])))
    return rows
