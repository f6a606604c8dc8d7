"""What a unit of work changed: tables, and the rows where they are known.

Hooks fill a :class:`ChangeTracker` kept in ``session.info`` while the transaction runs;
after the commit the store hands listeners the frozen :class:`CommitInfo`. Rows written
through ORM objects are known by id; bulk statements (import) only name their table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

_KEY = "sspf.changes"


@dataclass(frozen=True, slots=True)
class CommitInfo:
    """The changes of one committed unit of work.

    Attributes:
        tables: Every table written to.
        rows: ``(table, id)`` of rows written through ORM objects; a row that refers to
            a young person (``young_person_id``) also adds ``("young_person", that id)``.
        bulk_tables: Tables written by bulk statements, whose rows are not known.
    """

    tables: frozenset[str] = frozenset()
    rows: frozenset[tuple[str, str]] = frozenset()
    bulk_tables: frozenset[str] = frozenset()

    def ids(self, table: str) -> frozenset[str] | None:
        """Ids of the changed rows of ``table``, or ``None`` if they are not all known."""
        if table in self.bulk_tables:
            return None
        return frozenset(row_id for name, row_id in self.rows if name == table)


@dataclass(slots=True)
class ChangeTracker:
    """Collects the changes of a running unit of work."""

    tables: set[str] = field(default_factory=set)
    rows: set[tuple[str, str]] = field(default_factory=set)
    bulk_tables: set[str] = field(default_factory=set)

    def add_row(self, table: str, row_id: str) -> None:
        """Note one changed row."""
        self.tables.add(table)
        self.rows.add((table, row_id))

    def add_bulk(self, table: str) -> None:
        """Note a bulk change of a table (rows unknown)."""
        self.tables.add(table)
        self.bulk_tables.add(table)

    def freeze(self) -> CommitInfo:
        """Return the immutable summary."""
        return CommitInfo(frozenset(self.tables), frozenset(self.rows), frozenset(self.bulk_tables))


def tracker(session: Session) -> ChangeTracker:
    """The tracker of ``session`` (created on first use)."""
    found = session.info.get(_KEY)
    if not isinstance(found, ChangeTracker):
        found = ChangeTracker()
        session.info[_KEY] = found
    return found
