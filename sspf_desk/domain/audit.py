"""Audit trail entries: who did what to which record, and when (never the values)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sspf_desk.domain.enums import AuditAction


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One link of the hash-chained audit trail.

    Attributes:
        seq: Position in the chain, starting at 1.
        at: When (UTC).
        actor: User id, ``"recovery"`` or ``"system"``.
        action: Insert, update, delete, view or export.
        entity_type: Table name of the record, e.g. ``"young_person"``.
        entity_id: Id of the record.
        fields: Names of the changed fields (for updates; empty otherwise).
        prev_hash: Hash of the previous entry (64 zeros for the first).
        hash: SHA-256 over the canonical encoding of this entry.
    """

    seq: int
    at: datetime
    actor: str
    action: AuditAction
    entity_type: str
    entity_id: str
    fields: tuple[str, ...]
    prev_hash: str
    hash: str
