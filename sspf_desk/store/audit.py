"""The audit trail inside the vault: automatic for personal-data rows, hash-chained.

Every insert, update and delete of a ``user``, ``young_person``, ``related_person`` or
``person_link`` row made through an ORM session of the store is recorded in the same
transaction (who, what, which record, the names of the changed fields — never the
values — and when). Services add "view" and "export" entries explicitly.

Each entry stores the previous entry's hash and its own SHA-256 over a canonical
encoding of ``(seq, prev_hash, at, actor, action, entity_type, entity_id, fields)``.
The head (last seq and hash) is kept in the ``meta`` table, updated in the same
transaction, so removing the newest entries is detected too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, event, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from sspf_desk.domain import AuditAction, AuditEntry
from sspf_desk.domain.users import SYSTEM_ACTOR
from sspf_desk.store.base import Base
from sspf_desk.store.changes import tracker
from sspf_desk.store.models import AUDITED_RECORDS, AuditEntryRecord, MetaRecord

GENESIS_HASH = "0" * 64
HEAD_SEQ_KEY = "audit.head_seq"
HEAD_HASH_KEY = "audit.head_hash"
ACTOR_KEY = "sspf.actor"
_CHAIN_TAG = "sspf-audit-v1"
_IGNORED_FIELDS = frozenset({"created_at", "updated_at"})
_AUDITED_TABLES = frozenset(record.__tablename__ for record in AUDITED_RECORDS)
_AUDIT_TABLE: Table = Base.metadata.tables[AuditEntryRecord.__tablename__]
_META_TABLE: Table = Base.metadata.tables[MetaRecord.__tablename__]


@dataclass(frozen=True, slots=True, order=True)
class PendingEntry:
    """An entry about to be appended (seq, time and hashes are added by ``append``)."""

    entity_type: str
    entity_id: str
    action: AuditAction
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Result of verifying the audit chain.

    Attributes:
        ok: Every entry is intact, in order, and the head matches the newest entry.
        entries: Number of entries found.
        first_bad_seq: The first sequence number that is missing, altered or out of
            place (``None`` when ok).
    """

    ok: bool
    entries: int
    first_bad_seq: int | None


def format_time(at: datetime) -> str:
    """Canonical UTC text of a timestamp (microseconds, ``Z``)."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(seq: int, prev_hash: str, body: Sequence[str]) -> str:
    """SHA-256 (hex) over the canonical JSON encoding of one entry.

    Args:
        seq: Position in the chain.
        prev_hash: Hash of the previous entry.
        body: ``(at, actor, action, entity_type, entity_id, fields)`` as stored.
    """
    encoded = json.dumps(
        [_CHAIN_TAG, seq, prev_hash, *body], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _read_head(connection: Connection) -> tuple[int, str]:
    """Return the head (last seq, last hash) recorded in ``meta``."""
    rows = connection.execute(
        select(_META_TABLE.c.key, _META_TABLE.c.value).where(
            _META_TABLE.c.key.in_((HEAD_SEQ_KEY, HEAD_HASH_KEY))
        )
    ).all()
    values = {str(key): str(value) for key, value in rows}
    return int(values.get(HEAD_SEQ_KEY, "0")), values.get(HEAD_HASH_KEY, GENESIS_HASH)


def _write_meta(connection: Connection, key: str, value: str) -> None:
    """Insert or replace one meta value (portable upsert)."""
    result = connection.execute(
        update(_META_TABLE).where(_META_TABLE.c.key == key).values(value=value)
    )
    if result.rowcount == 0:
        connection.execute(insert(_META_TABLE).values(key=key, value=value))


def append(
    connection: Connection,
    actor: str,
    entries: Sequence[PendingEntry],
    *,
    at: datetime | None = None,
) -> int:
    """Append entries to the chain on ``connection`` (inside the caller's transaction).

    Returns:
        The seq of the last entry appended (the head).
    """
    seq, prev_hash = _read_head(connection)
    if not entries:
        return seq
    when = format_time(at or datetime.now(UTC))
    rows: list[dict[str, object]] = []
    for entry in entries:
        seq += 1
        fields = ",".join(entry.fields)
        body = (when, actor, str(entry.action), entry.entity_type, entry.entity_id, fields)
        digest = entry_hash(seq, prev_hash, body)
        rows.append(
            {
                "seq": seq,
                "at": when,
                "actor": actor,
                "action": str(entry.action),
                "entity_type": entry.entity_type,
                "entity_id": entry.entity_id,
                "fields": fields,
                "prev_hash": prev_hash,
                "hash": digest,
            }
        )
        prev_hash = digest
    connection.execute(insert(_AUDIT_TABLE), rows)
    _write_meta(connection, HEAD_SEQ_KEY, str(seq))
    _write_meta(connection, HEAD_HASH_KEY, prev_hash)
    return seq


def record(
    session: Session,
    action: AuditAction,
    entity_type: str,
    entity_id: str,
    fields: Iterable[str] = (),
) -> None:
    """Append one explicit entry (view, export, import, …) in the session's transaction."""
    actor = str(session.info.get(ACTOR_KEY, SYSTEM_ACTOR))
    entry = PendingEntry(entity_type, entity_id, action, tuple(sorted(fields)))
    append(session.connection(), actor, [entry])
    tracker(session).tables.add(AuditEntryRecord.__tablename__)


def record_view(session: Session, entity_type: str, entity_id: str) -> None:
    """Record that the current user looked at a record."""
    record(session, AuditAction.VIEW, entity_type, entity_id)


def record_export(
    session: Session, entity_type: str, entity_id: str, fields: Iterable[str] = ()
) -> None:
    """Record that a record left the program (PDF, file, printout); ``fields`` = what."""
    record(session, AuditAction.EXPORT, entity_type, entity_id, fields)


def _changed_fields(obj: object) -> tuple[str, ...]:
    """Names of the column attributes whose value changed in this flush."""
    state = inspect(obj)
    names = []
    for attr in state.mapper.column_attrs:
        if attr.key in _IGNORED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if history.added and list(history.added) != list(history.deleted):
            names.append(attr.key)
    return tuple(sorted(names))


def _pending_from_flush(session: Session) -> list[PendingEntry]:
    """Collect the entries describing what this flush wrote to audited tables."""
    changes = tracker(session)
    pending: list[PendingEntry] = []
    groups = (
        (AuditAction.INSERT, session.new),
        (AuditAction.UPDATE, session.dirty),
        (AuditAction.DELETE, session.deleted),
    )
    for action, objects in groups:
        for obj in objects:
            table = getattr(obj, "__tablename__", "")
            fields: tuple[str, ...] = ()
            if action is AuditAction.UPDATE:
                fields = _changed_fields(obj)
                if not fields:
                    continue
            changes.add_row(table, str(getattr(obj, "id", "")))
            owner = getattr(obj, "young_person_id", None)
            if isinstance(owner, str):
                changes.add_row("young_person", owner)
            if table in _AUDITED_TABLES:
                pending.append(PendingEntry(table, str(getattr(obj, "id", "")), action, fields))
    return sorted(pending)


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    """Session hook: append entries for the rows this flush inserted, updated, deleted."""
    pending = _pending_from_flush(session)
    if pending:
        actor = str(session.info.get(ACTOR_KEY, SYSTEM_ACTOR))
        append(session.connection(), actor, pending)
        tracker(session).tables.add(AuditEntryRecord.__tablename__)


def _on_execute(state: ORMExecuteState) -> None:
    """Session hook: note the table of bulk INSERT/UPDATE/DELETE statements (not audited)."""
    if state.is_insert or state.is_update or state.is_delete:
        name = getattr(getattr(state.statement, "table", None), "name", None)
        if isinstance(name, str):
            tracker(state.session).add_bulk(name)


def install_hooks(factory: sessionmaker[Session]) -> None:
    """Attach the audit and change-tracking hooks to every session of ``factory``."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)


def _to_entry(row: AuditEntryRecord) -> AuditEntry:
    """Convert a stored row to the domain object."""
    return AuditEntry(
        seq=row.seq,
        at=datetime.strptime(row.at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC),
        actor=row.actor,
        action=AuditAction(row.action),
        entity_type=row.entity_type,
        entity_id=row.entity_id,
        fields=tuple(row.fields.split(",")) if row.fields else (),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def list_entries(
    session: Session,
    *,
    entity_type: str | None = None,
    entity_id: str | None = None,
    limit: int | None = None,
) -> list[AuditEntry]:
    """Return audit entries, newest first, optionally for one record."""
    query = select(AuditEntryRecord).order_by(AuditEntryRecord.seq.desc())
    if entity_type is not None:
        query = query.where(AuditEntryRecord.entity_type == entity_type)
    if entity_id is not None:
        query = query.where(AuditEntryRecord.entity_id == entity_id)
    if limit is not None:
        query = query.limit(limit)
    return [_to_entry(row) for row in session.scalars(query)]


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain and check order, links, hashes and the recorded head."""
    connection = session.connection()
    expected_seq, prev_hash, count = 1, GENESIS_HASH, 0
    columns = _AUDIT_TABLE.c
    rows = connection.execute(select(_AUDIT_TABLE).order_by(columns.seq))
    for row in rows:
        count += 1
        body = (row.at, row.actor, row.action, row.entity_type, row.entity_id, row.fields)
        digest = entry_hash(row.seq, row.prev_hash, body)
        if row.seq != expected_seq or row.prev_hash != prev_hash or row.hash != digest:
            return ChainReport(ok=False, entries=count, first_bad_seq=min(row.seq, expected_seq))
        expected_seq, prev_hash = row.seq + 1, row.hash
    head_seq, head_hash = _read_head(connection)
    if head_seq != expected_seq - 1 or head_hash != prev_hash:
        return ChainReport(ok=False, entries=count, first_bad_seq=expected_seq)
    return ChainReport(ok=True, entries=count, first_bad_seq=None)
