"""Bringing in existing lists (CSV or XLSX): read, map, preview, then commit in one go.

The flow, shared by the command line and the GUI wizard::

    table = service.read_table(path)                      # header + rows of cell texts
    mapping = ColumnMapping.guess(table, target)          # or ColumnMapping.load(json)
    preview = service.preview(table, mapping)             # per-row checks; nothing written
    summary = service.commit(preview)                     # ONE unit of work

Rows whose identity number is already in the vault, or repeated in the list, are
duplicates and skipped; rows with errors are skipped; the summary lists both by line
number with Swedish reasons that never repeat cell contents. A guardian whose identity
number is already in the vault (a sibling's guardian) is linked, not created again.
Every row written is audited by the store, and the import itself once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sspf_desk.domain import AuditAction
from sspf_desk.services.import_choices import choice_key
from sspf_desk.services.import_concerns import UNKNOWN_PERSON, ConcernImport, concern_key
from sspf_desk.services.import_fields import ImportTarget
from sspf_desk.services.import_mapping import ColumnMapping, MappingError
from sspf_desk.services.import_persons import GuardianImport, PersonImport
from sspf_desk.services.import_preview import (
    DUPLICATE_IN_VAULT,
    ImportPreview,
    ImportSummary,
    PreviewRow,
    RowAction,
    build_preview,
    dry_run_summary,
)
from sspf_desk.services.import_rows import ImportContext
from sspf_desk.services.import_table import ImportTable, ListFileError, read_table
from sspf_desk.store import audit
from sspf_desk.store.base import new_id
from sspf_desk.store.models import PersonLinkRecord, RelatedPersonRecord, YoungPersonRecord
from sspf_desk.store.models_concerns import ConcernRecord
from sspf_desk.store.repo_concerns import list_risk_categories
from sspf_desk.store.uow import Store

log = logging.getLogger(__name__)

_IN_CHUNK = 500

__all__ = [
    "ColumnMapping",
    "ImportPreview",
    "ImportSummary",
    "ImportTable",
    "ImportTarget",
    "ListFileError",
    "ListImportService",
    "MappingError",
    "PreviewRow",
    "RowAction",
    "dry_run_summary",
]


class ListImportService:
    """Use cases of the list import (no Qt; one unit of work per method)."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Import into ``store``; ``today`` is the clock used by validation."""
        self._store = store
        self._today = today

    def read_table(
        self, path: Path, *, sheet: str | None = None, header_row: int | None = None
    ) -> ImportTable:
        """Read a CSV or XLSX file (see ``services.import_table``).

        Raises:
            ListFileError: Unreadable, unsupported or empty file.
        """
        return read_table(path, sheet=sheet, header_row=header_row)

    def guess_mapping(self, table: ImportTable, target: ImportTarget) -> ColumnMapping:
        """Propose a mapping from the table's column titles."""
        return ColumnMapping.guess(table, target)

    def preview(self, table: ImportTable, mapping: ColumnMapping) -> ImportPreview:
        """Check every row against the rules and the vault; nothing is written.

        Raises:
            MappingError: The mapping does not fit the table.
        """
        mapping.resolve(table)
        today = self._today()
        with self._store.unit_of_work() as session:
            if mapping.target is ImportTarget.CONCERN:
                context = ImportContext(today, _person_ids(session), _risk_categories(session))
                existing = _existing_concern_keys(session)
            else:
                context, existing = ImportContext(today), _existing_id_numbers(session)
        return build_preview(table, mapping, existing_keys=existing, today=today, context=context)

    def commit(self, preview: ImportPreview) -> ImportSummary:
        """Write every row whose action is ``create``, all in one unit of work.

        Rows that became duplicates since the preview (someone added the person) are
        skipped and reported like the others.
        """
        if preview.target is ImportTarget.CONCERN:
            return self._commit_concerns(preview)
        skipped = preview.skipped()
        created = {"young_person": 0, "related_person": 0, "person_link": 0}
        rows = [row for row in preview.rows if row.action is RowAction.CREATE and row.record]
        with self._store.unit_of_work() as session:
            existing = _existing_id_numbers(session)
            guardians = _GuardianPool(session, _guardian_ids(rows))
            for row in rows:
                record = row.record
                assert isinstance(record, PersonImport)
                if record.person.id_number in existing:
                    skipped.append((row.line_no, f"Personnummer: {DUPLICATE_IN_VAULT}"))
                    continue
                _add_person(session, record, guardians, created)
            if created["young_person"]:
                audit.record(
                    session,
                    AuditAction.IMPORT,
                    "young_person",
                    "*",
                    ("source=list", f"count={created['young_person']}"),
                )
        skipped.sort()
        log.info("list import: %d young persons created", created["young_person"])
        return ImportSummary(preview.target, len(preview.rows), created, skipped)

    def _commit_concerns(self, preview: ImportPreview) -> ImportSummary:
        """Write the concerns to create in one unit of work (persons must still exist)."""
        skipped = preview.skipped()
        created = {"concern": 0}
        with self._store.unit_of_work() as session:
            persons = set(_person_ids(session).values())
            for row in preview.rows:
                record = row.record
                if row.action is not RowAction.CREATE or not isinstance(record, ConcernImport):
                    continue
                person = record.data.young_person_id
                if person is not None and person not in persons:
                    skipped.append((row.line_no, f"Personnummer: {UNKNOWN_PERSON}"))
                    continue
                concern = ConcernRecord(id=new_id())
                concern.apply(record.data)
                session.add(concern)
                created["concern"] += 1
            if created["concern"]:
                audit.record(
                    session,
                    AuditAction.IMPORT,
                    "concern",
                    "*",
                    ("source=list", f"count={created['concern']}"),
                )
        skipped.sort()
        log.info("list import: %d concerns created", created["concern"])
        return ImportSummary(preview.target, len(preview.rows), created, skipped)


def _existing_id_numbers(session: Session) -> frozenset[str]:
    """Identity numbers of the young persons already in the vault."""
    query = select(YoungPersonRecord.id_number).where(YoungPersonRecord.id_number.is_not(None))
    return frozenset(value for value in session.scalars(query) if value)


def _person_ids(session: Session) -> dict[str, str]:
    """Identity number → id of every young person that has one."""
    query = select(YoungPersonRecord.id_number, YoungPersonRecord.id).where(
        YoungPersonRecord.id_number.is_not(None)
    )
    return {number: person_id for number, person_id in session.execute(query) if number}


def _risk_categories(session: Session) -> dict[str, str]:
    """Folded label and code of every active risk category → code."""
    found: dict[str, str] = {}
    for category in list_risk_categories(session, include_inactive=False):
        found[choice_key(category.code)] = category.code
        found[choice_key(category.label)] = category.code
    return found


def _existing_concern_keys(session: Session) -> frozenset[str]:
    """Duplicate keys of the concerns in the vault (see ``import_concerns.concern_key``)."""
    columns = (
        ConcernRecord.received_on,
        ConcernRecord.source_sector,
        ConcernRecord.young_person_id,
        ConcernRecord.area,
        ConcernRecord.group_description,
        ConcernRecord.observation,
    )
    return frozenset(concern_key(*row) for row in session.execute(select(*columns)))


def _guardian_ids(rows: Iterable[PreviewRow]) -> set[str]:
    """Identity numbers of every guardian in ``rows``."""
    found: set[str] = set()
    for row in rows:
        if isinstance(row.record, PersonImport):
            found.update(g.fields.id_number for g in row.record.guardians if g.fields.id_number)
    return found


class _GuardianPool:
    """Related persons by identity number: those in the vault and those created now."""

    def __init__(self, session: Session, id_numbers: Collection[str]) -> None:
        self._by_id: dict[str, RelatedPersonRecord] = {}
        wanted = sorted(id_numbers)
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            query = select(RelatedPersonRecord).where(RelatedPersonRecord.id_number.in_(chunk))
            for record in session.scalars(query):
                if record.id_number is not None:
                    self._by_id.setdefault(record.id_number, record)

    def get_or_create(self, guardian: GuardianImport) -> tuple[RelatedPersonRecord, bool]:
        """The record to link (an existing one, or a new one and ``True``)."""
        id_number = guardian.fields.id_number
        if id_number is not None and id_number in self._by_id:
            return self._by_id[id_number], False
        record = RelatedPersonRecord(id=new_id())
        record.apply(guardian.fields)
        if id_number is not None:
            self._by_id[id_number] = record
        return record, True


def _add_person(
    session: Session, data: PersonImport, guardians: _GuardianPool, created: dict[str, int]
) -> None:
    """Add one young person with the row's guardians and their links."""
    person = YoungPersonRecord(id=new_id())
    person.apply(data.person)
    session.add(person)
    created["young_person"] += 1
    for guardian in data.guardians:
        related, new = guardians.get_or_create(guardian)
        if new:
            session.add(related)
            created["related_person"] += 1
        session.add(
            PersonLinkRecord(  # by id: assigning the objects would load each guardian's links
                young_person_id=person.id,
                related_person_id=related.id,
                relationship=guardian.relationship,
                custody_type=guardian.custody,
            )
        )
        created["person_link"] += 1
