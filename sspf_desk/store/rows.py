"""Table-level access for export and import: every row of every table, JSON-ready.

``iter_rows`` yields each row of a table as ``{column: value}`` with JSON types only
(dates, times of day and timestamps as ISO text, enums as their values). ``insert_rows``
takes the same shape back and inserts it verbatim — ids, timestamps and audit hashes included —
with bulk statements that bypass the automatic audit hooks, so an imported audit trail
and its ``meta`` head stay a valid chain. Record the import itself with
``audit.record(session, AuditAction.IMPORT, ...)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, time
from enum import StrEnum

from sqlalchemy import Column, Date, Enum, Table, Time, delete, func, insert, select
from sqlalchemy.orm import Session

from sspf_desk.errors import UsageError
from sspf_desk.store import models  # noqa: F401  (registers the tables)
from sspf_desk.store.base import Base, UtcDateTime
from sspf_desk.store.changes import tracker

JsonScalar = str | int | float | bool | None
RowValues = Mapping[str, JsonScalar]
_BATCH = 1000
#: Tables that a brand-new database already fills (seeded by a migration, e.g. the default
#: risk categories): an import replaces their rows rather than adding to them.
SEEDED_TABLES = frozenset({"risk_category"})


def table_names() -> tuple[str, ...]:
    """All tables in dependency order (a parent before the tables referring to it)."""
    return tuple(table.name for table in Base.metadata.sorted_tables)


def _table(name: str) -> Table:
    """Look up a table by name or raise a usage error."""
    table = Base.metadata.tables.get(name)
    if table is None:
        raise UsageError(f"Okänd tabell: {name}.")
    return table


def _dump(value: object) -> JsonScalar:
    """Convert one stored value to a JSON scalar."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return str(value)


def _load(column: Column[object], value: JsonScalar) -> object:
    """Convert one JSON scalar back to the column's Python type."""
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, UtcDateTime):
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).astimezone(UTC)
    if isinstance(column_type, Date):
        return date.fromisoformat(str(value))
    if isinstance(column_type, Time):
        return time.fromisoformat(str(value))
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    return value


def iter_rows(session: Session, table_name: str) -> Iterator[dict[str, JsonScalar]]:
    """Yield every row of a table, ordered by primary key, with JSON-ready values."""
    table = _table(table_name)
    columns = list(table.columns)
    query = select(table).order_by(*table.primary_key.columns)
    for row in session.execute(query).yield_per(_BATCH):
        yield {column.name: _dump(value) for column, value in zip(columns, row, strict=True)}


def count_rows(session: Session, table_name: str) -> int:
    """Return the number of rows in a table."""
    table = _table(table_name)
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def delete_rows(session: Session, table_name: str) -> int:
    """Delete every row of a table (not audited; for replacing seeded rows on import)."""
    table = _table(table_name)
    count = count_rows(session, table_name)
    session.execute(delete(table))
    return count


def insert_rows(session: Session, table_name: str, rows: Iterable[RowValues]) -> int:
    """Insert rows verbatim (values as produced by ``iter_rows``); returns the count.

    Missing nullable columns become NULL and missing columns with a default get it;
    unknown columns are refused. Not audited: record the import explicitly.

    Raises:
        UsageError: For an unknown table or column.
    """
    table = _table(table_name)
    by_name = {column.name: column for column in table.columns}
    batch: list[dict[str, object]] = []
    total = 0
    for values in rows:
        unknown = set(values) - set(by_name)
        if unknown:
            raise UsageError(f"Okänd kolumn i {table_name}: {', '.join(sorted(unknown))}.")
        batch.append({name: _load(by_name[name], value) for name, value in values.items()})
        if len(batch) >= _BATCH:
            total += _flush(session, table, batch)
    total += _flush(session, table, batch)
    return total


def _flush(session: Session, table: Table, batch: list[dict[str, object]]) -> int:
    """Insert a batch grouped by key set (one executemany per shape) and clear it."""
    shapes: dict[frozenset[str], list[dict[str, object]]] = {}
    for row in batch:
        shapes.setdefault(frozenset(row), []).append(row)
    for group in shapes.values():
        session.execute(insert(table), group)
    count = len(batch)
    batch.clear()
    if count:
        tracker(session).add_bulk(table.name)
    return count
