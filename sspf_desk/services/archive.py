"""The versioned JSON export of a vault's content, and its import into an empty vault.

The document (specified in ``docs/export-format.md``) holds every content table row by
row, ordered by primary key, values as JSON scalars. Accounts (bound to the vault's key
slots), the audit trail and internal bookkeeping are not content and stay in the vault.
Export → import → export gives the same document, byte for byte when written with
``dump_document``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Protocol

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from sspf_desk.domain import AuditAction
from sspf_desk.errors import KnownError, UsageError
from sspf_desk.store import audit
from sspf_desk.store.rows import (
    SEEDED_TABLES,
    count_rows,
    delete_rows,
    insert_rows,
    iter_rows,
    table_names,
)
from sspf_desk.store.uow import Store

FORMAT_NAME = "sspf-desk-export"
FORMAT_VERSION = 1
#: Tables that are not content: accounts, the audit trail, bookkeeping.
SYSTEM_TABLES = frozenset({"user", "audit_entry", "meta", "alembic_version"})
#: Record types whose export is written to the audit trail, one entry per record.
_AUDITED_EXPORTS = ("young_person", "related_person")


class ArchiveFormatError(KnownError):
    """The file is not a (readable) SSPF Desk export."""

    exit_code = 4
    message_sv = "Filen är inte en läsbar export från SSPF Desk: {reason}"
    message_en = "The file is not a readable SSPF Desk export: {reason}"


class ArchiveVersionError(KnownError):
    """The export was made by a newer version of SSPF Desk."""

    exit_code = 6
    message_sv = "Exporten är gjord med en nyare version av SSPF Desk (formatversion {version})."
    message_en = "The export was made by a newer version of SSPF Desk (format version {version})."


class VaultNotEmptyError(KnownError):
    """Import only goes into an empty vault."""

    exit_code = 2
    message_sv = "Valvet är inte tomt; en export kan bara läsas in i ett tomt valv."
    message_en = "The vault is not empty; an export can only be imported into an empty vault."


class HasStore(Protocol):
    """Anything that exposes the open store (the Workspace does)."""

    @property
    def store(self) -> Store:
        """The open store."""


Document = dict[str, Any]


def content_tables() -> tuple[str, ...]:
    """Content tables in dependency order (parents first)."""
    return tuple(name for name in table_names() if name not in SYSTEM_TABLES)


def export_document(workspace: HasStore) -> Document:
    """Return the whole content as an export document; the export is audited."""
    with workspace.store.unit_of_work() as session:
        records = {name: list(iter_rows(session, name)) for name in content_tables()}
        for entity in _AUDITED_EXPORTS:
            for row in records.get(entity, ()):
                audit.record_export(session, entity, str(row["id"]), ("archive",))
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "records": records}


def dump_document(document: Document) -> bytes:
    """Serialise a document canonically (sorted keys, UTF-8, two-space indent)."""
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def load_document(path: Path) -> Document:
    """Read and structurally check an export file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(detail=f"Det gick inte att läsa {path}.") from exc
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArchiveFormatError(reason="ogiltig JSON") from exc
    validate_document(document)
    return document  # type: ignore[no-any-return]


def validate_document(document: object) -> None:
    """Check the shape of an export document (not the data itself).

    Raises:
        ArchiveFormatError: Wrong format name, structure or an unknown table.
        ArchiveVersionError: A newer format version.
    """
    if not isinstance(document, Mapping) or document.get("format") != FORMAT_NAME:
        raise ArchiveFormatError(reason="formatnamnet saknas")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ArchiveFormatError(reason="formatversion saknas")
    if version > FORMAT_VERSION:
        raise ArchiveVersionError(version=version)
    records = document.get("records")
    if not isinstance(records, Mapping):
        raise ArchiveFormatError(reason="posterna saknas")
    known = set(content_tables())
    for name, rows in records.items():
        if name not in known:
            raise ArchiveFormatError(reason=f"okänd posttyp {name!r}")
        if not isinstance(rows, list) or not all(_is_flat_row(row) for row in rows):
            raise ArchiveFormatError(reason=f"posterna av typen {name!r} har fel form")


def _is_flat_row(row: object) -> bool:
    """A row is an object whose values are JSON scalars."""
    return isinstance(row, Mapping) and all(
        value is None or isinstance(value, str | int | float | bool) for value in row.values()
    )


class ImportRefusedError(KnownError):
    """A row breaks the database's rules (reported by record type only, never content)."""

    exit_code = 4
    message_sv: ClassVar[str] = (
        "Importen avbröts och ingenting lästes in: en post av typen {table} är ogiltig "
        "eller krockar med en annan post."
    )
    message_en: ClassVar[str] = (
        "The import was stopped and nothing was imported: a record of type {table} is "
        "invalid or conflicts with another record."
    )


def import_document(workspace: HasStore, document: Document) -> dict[str, int]:
    """Insert a validated document into an empty vault in one transaction.

    Returns:
        The number of records imported per record type.

    Raises:
        VaultNotEmptyError: The vault already holds content (seeded defaults such as the
            risk categories do not count; the document's rows replace them).
        ArchiveFormatError, ArchiveVersionError: See ``validate_document``.
    """
    validate_document(document)
    records: Mapping[str, list[Mapping[str, Any]]] = document["records"]
    counts: dict[str, int] = {}
    with workspace.store.unit_of_work() as session:
        unseeded = (name for name in content_tables() if name not in SEEDED_TABLES)
        if any(count_rows(session, name) for name in unseeded):
            raise VaultNotEmptyError()
        # Rows of a table may refer to rows of the same table (an agenda item carried over
        # from another): check the foreign keys once all rows are in, not row by row.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        for name in content_tables():
            if name in SEEDED_TABLES and name in records:
                delete_rows(session, name)  # the document's list replaces the defaults
            rows = records.get(name, [])
            counts[name] = _insert_table(session, name, rows)
            if counts[name]:
                audit.record(session, AuditAction.IMPORT, name, "*", (f"count={counts[name]}",))
        broken = session.execute(text("PRAGMA foreign_key_check")).first()
        if broken is not None:
            raise ImportRefusedError(table=str(broken[0]))
    return counts


def _insert_table(session: Session, name: str, rows: list[Mapping[str, Any]]) -> int:
    """Insert one table's rows; map database refusals to a message without personal data."""
    try:
        return insert_rows(session, name, rows)
    except (IntegrityError, StatementError, ValueError, TypeError):
        # The driver's message may quote the offending values: never pass it on.
        raise ImportRefusedError(table=name) from None
