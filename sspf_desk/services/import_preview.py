"""The preview of a list import: every row read, checked and given an action.

Pure (no storage, no Qt): the service passes in the identity numbers already in the
vault. Nothing is written here; ``ListImportService.commit`` writes the rows whose
action is ``create``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sspf_desk.services.import_concerns import read_concern_row
from sspf_desk.services.import_fields import ImportTarget, field_label, field_specs
from sspf_desk.services.import_mapping import ColumnMapping
from sspf_desk.services.import_persons import read_person_row
from sspf_desk.services.import_rows import ImportContext, ImportRecord, RowResult
from sspf_desk.services.import_table import ImportTable

DUPLICATE_IN_VAULT = "Det finns redan en ungdom med det personnumret i valvet."
DUPLICATE_IN_LIST = "Samma personnummer som rad {line} i listan."
CONCERN_IN_VAULT = "En likadan orosignal (datum, sektor, vem och iakttagelse) finns redan i valvet."
CONCERN_IN_LIST = "Samma orosignal som rad {line} i listan."


@dataclass(frozen=True, slots=True)
class _Duplicates:
    """Where a target's duplicate message goes, and its texts."""

    field: str
    in_vault: str
    in_list: str


_DUPLICATES = {
    ImportTarget.YOUNG_PERSON: _Duplicates("id_number", DUPLICATE_IN_VAULT, DUPLICATE_IN_LIST),
    ImportTarget.CONCERN: _Duplicates("observation", CONCERN_IN_VAULT, CONCERN_IN_LIST),
}


class RowAction(StrEnum):
    """What happens to a row on commit."""

    CREATE = "create"
    SKIP = "skip"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row of the list as it will be imported.

    Attributes:
        line_no: Line number in the file (as the spreadsheet shows it).
        values: Field key → the text read (a default shown where it was used).
        errors: Field key → Swedish message (empty for a row to create).
        action: ``create``, ``skip`` (errors) or ``duplicate``.
        record: What commit writes (``None`` unless the action is ``create``).
    """

    line_no: int
    values: Mapping[str, str]
    errors: Mapping[str, str]
    action: RowAction
    record: ImportRecord | None = None


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """Every row of a list with its checks; nothing has been written.

    Attributes:
        target: What the rows become.
        fields: The fields that take part (mapped or defaulted), in display order.
        rows: One entry per non-empty data row, in file order.
    """

    target: ImportTarget
    fields: tuple[str, ...]
    rows: tuple[PreviewRow, ...]

    def count(self, action: RowAction) -> int:
        """Number of rows with ``action``."""
        return sum(1 for row in self.rows if row.action is action)

    def reason(self, row: PreviewRow) -> str:
        """Why a row is skipped: ``"Label: message"`` per problem (Swedish, no cell content)."""
        return " ".join(
            f"{field_label(self.target, key)}: {message}" for key, message in row.errors.items()
        )

    def skipped(self) -> list[tuple[int, str]]:
        """``(line_no, reason)`` of every row that will not be imported."""
        return [
            (row.line_no, self.reason(row))
            for row in self.rows
            if row.action is not RowAction.CREATE
        ]

    def planned(self) -> dict[str, int]:
        """Records a commit would create, per record type (guardians counted per row)."""
        counts: Counter[str] = Counter()
        for row in self.rows:
            if row.record is not None and row.action is RowAction.CREATE:
                counts.update(row.record.planned())
        return dict(counts)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did (or, for a dry run, would do).

    Attributes:
        target: What the rows became.
        rows: Number of data rows read.
        created: Records created per record type (``young_person``, ``related_person``,
            ``person_link``, …).
        skipped: ``(line_no, reason)`` per row not imported, reasons in Swedish.
        dry_run: True when nothing was written.
    """

    target: ImportTarget
    rows: int
    created: dict[str, int]
    skipped: list[tuple[int, str]] = field(default_factory=list)
    dry_run: bool = False


def dry_run_summary(preview: ImportPreview) -> ImportSummary:
    """The summary of a preview that is not committed."""
    return ImportSummary(
        target=preview.target,
        rows=len(preview.rows),
        created=preview.planned(),
        skipped=preview.skipped(),
        dry_run=True,
    )


RowReader = Callable[[Mapping[str, str], Mapping[str, str], ImportContext], RowResult]
_READERS: dict[ImportTarget, RowReader] = {
    ImportTarget.YOUNG_PERSON: read_person_row,
    ImportTarget.CONCERN: read_concern_row,
}


def build_preview(
    table: ImportTable,
    mapping: ColumnMapping,
    *,
    existing_keys: Collection[str],
    today: date,
    context: ImportContext | None = None,
) -> ImportPreview:
    """Read, check and classify every row of ``table``.

    Args:
        table: The list.
        mapping: Which column feeds which field.
        existing_keys: Duplicate keys already in the vault (identity numbers of young
            persons; see ``import_concerns.concern_key`` for concerns).
        today: Reference date for "not in the future" checks and the century of
            10-digit identity numbers.
        context: The vault's lookups for the row readers (``today`` is used without one).

    Raises:
        MappingError: The mapping does not fit the table.
    """
    columns = mapping.resolve(table)
    reader = _READERS[mapping.target]
    duplicates = _DUPLICATES[mapping.target]
    context = context or ImportContext(today)
    used = set(columns) | set(mapping.defaults)
    fields = tuple(spec.key for spec in field_specs(mapping.target) if spec.key in used)
    claimed: dict[str, int] = {}
    rows: list[PreviewRow] = []
    for table_row in table.rows:
        cells = {key: table_row.cells[index] for key, index in columns.items()}
        result = reader(cells, mapping.defaults, context)
        action = RowAction.SKIP if result.errors else RowAction.CREATE
        errors = result.errors
        if result.key is not None:
            if result.key in existing_keys:
                errors = {duplicates.field: duplicates.in_vault, **errors}
                action = RowAction.DUPLICATE
            elif result.key in claimed:
                message = duplicates.in_list.format(line=claimed[result.key])
                action, errors = RowAction.DUPLICATE, {duplicates.field: message, **errors}
            elif action is RowAction.CREATE:
                claimed[result.key] = table_row.line_no
        record = result.record if action is RowAction.CREATE else None
        rows.append(PreviewRow(table_row.line_no, result.values, errors, action, record))
    return ImportPreview(mapping.target, fields, tuple(rows))
