"""Which column of a list feeds which field: ``ColumnMapping`` and its JSON file.

The file format is specified in ``docs/list-import.md``. A column is named by its title
(compared case-insensitively, spaces collapsed) or by its number (1 = the first column).
``defaults`` give a value for a field whose column is not mapped or whose cell is empty.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sspf_desk.domain import ConcernLevel, ConcernOutcome, ReportStatus, Sector, Urgency
from sspf_desk.errors import KnownError
from sspf_desk.services.import_cells import (
    CellError,
    parse_custody,
    parse_date,
    parse_gender,
    parse_yes_no,
)
from sspf_desk.services.import_choices import (
    LEVELS,
    OUTCOMES,
    REPORT_STATUSES,
    SECTORS,
    URGENCIES,
    parse_choice,
)
from sspf_desk.services.import_fields import (
    FieldKind,
    FieldSpec,
    ImportTarget,
    field_spec,
    guess_columns,
)
from sspf_desk.services.import_table import ImportTable

MAPPING_FORMAT = "sspf-desk-list-mapping"
MAPPING_VERSION = 1
MAX_MAPPING_BYTES = 1024 * 1024

ColumnRef = str | int


class MappingError(KnownError):
    """The mapping does not fit the list, or the mapping file is malformed."""

    exit_code = 2
    message_sv = "Kolumnmappningen går inte att använda: {reason}"
    message_en = "The column mapping cannot be used: {reason}"


@dataclass(frozen=True)
class ColumnMapping:
    """Target, field → column, and fixed default values.

    Attributes:
        target: What the rows become.
        columns: Field key → column title or 1-based column number.
        defaults: Field key → value used when the column is unmapped or the cell empty.
        sheet: Worksheet of an XLSX file (``None``: the first).
        header_row: Line number of the header row (``None``: found automatically).
    """

    target: ImportTarget
    columns: dict[str, ColumnRef] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None
    header_row: int | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the JSON document of this mapping (see docs/list-import.md)."""
        document: dict[str, Any] = {
            "format": MAPPING_FORMAT,
            "version": MAPPING_VERSION,
            "target": str(self.target),
            "columns": dict(self.columns),
        }
        if self.defaults:
            document["defaults"] = dict(self.defaults)
        if self.sheet is not None:
            document["sheet"] = self.sheet
        if self.header_row is not None:
            document["header_row"] = self.header_row
        return document

    def dumps(self) -> str:
        """Serialise as indented UTF-8 JSON text."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, document: object) -> ColumnMapping:
        """Build a mapping from a parsed JSON document.

        Raises:
            MappingError: Wrong format, unknown target or field, or a bad value.
        """
        if not isinstance(document, Mapping):
            raise MappingError(reason="filen är inte ett JSON-objekt.")
        if document.get("format", MAPPING_FORMAT) != MAPPING_FORMAT:
            raise MappingError(reason="fel formatnamn.")
        version = document.get("version", MAPPING_VERSION)
        if not isinstance(version, int) or isinstance(version, bool) or version > MAPPING_VERSION:
            raise MappingError(reason="okänd formatversion.")
        try:
            target = ImportTarget(document.get("target", ""))
        except ValueError:
            raise MappingError(reason="okänt mål (target).") from None
        mapping = cls(
            target=target,
            columns=_columns(document.get("columns")),
            defaults=_defaults(document.get("defaults", {})),
            sheet=_optional_str(document.get("sheet"), "sheet"),
            header_row=_optional_int(document.get("header_row"), "header_row"),
        )
        mapping.check_fields()
        return mapping

    @classmethod
    def load(cls, path: Path) -> ColumnMapping:
        """Read a mapping file.

        Raises:
            MappingError: Unreadable or malformed file.
        """
        try:
            if path.stat().st_size > MAX_MAPPING_BYTES:
                raise MappingError(reason="mappningsfilen är för stor.")
            document = json.loads(path.read_text(encoding="utf-8-sig"))
        except OSError:
            raise MappingError(
                reason="mappningsfilen finns inte eller går inte att läsa."
            ) from None
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise MappingError(reason="mappningsfilen är inte giltig JSON.") from None
        return cls.from_json(document)

    @classmethod
    def guess(cls, table: ImportTable, target: ImportTarget) -> ColumnMapping:
        """Propose a mapping from the table's column titles (by column number)."""
        columns: dict[str, ColumnRef] = dict(guess_columns(target, table.headers))
        return cls(target=target, columns=columns, sheet=table.sheet)

    def check_fields(self) -> None:
        """Check that every field is known and every default can be read.

        Raises:
            MappingError: The first problem found.
        """
        for key in (*self.columns, *self.defaults):
            if field_spec(self.target, key) is None:
                raise MappingError(reason=f"okänt fält {key!r}.")
        for key, value in self.defaults.items():
            spec = field_spec(self.target, key)
            if spec is not None and not default_is_valid(spec, value):
                raise MappingError(
                    reason=f"standardvärdet för fältet {spec.label} går inte att tolka."
                )

    def resolve(self, table: ImportTable) -> dict[str, int]:
        """Return field → column index (0-based) in ``table``.

        Raises:
            MappingError: A column is missing or ambiguous, or required fields are unmapped.
        """
        self.check_fields()
        problems = self.missing_requirements()
        if problems:
            raise MappingError(reason=problems[0])
        folded = [_fold(header) for header in table.headers]
        resolved: dict[str, int] = {}
        for key, ref in self.columns.items():
            label = _label(self.target, key)
            if isinstance(ref, int):
                if not 1 <= ref <= len(table.headers):
                    raise MappingError(
                        reason=f"kolumnnumret för fältet {label} finns inte i listan."
                    )
                resolved[key] = ref - 1
                continue
            matches = [i for i, header in enumerate(folded) if header == _fold(ref)]
            if not matches:
                raise MappingError(
                    reason=f"kolumnen för fältet {label} finns inte i listans rubrikrad."
                )
            if len(matches) > 1:
                raise MappingError(
                    reason=f"rubriken för fältet {label} finns i flera kolumner; "
                    "ange kolumnens nummer."
                )
            resolved[key] = matches[0]
        return resolved

    def missing_requirements(self) -> list[str]:
        """Swedish sentences naming what must be mapped before a preview is possible."""
        provided = set(self.columns) | set(self.defaults)
        problems: list[str] = []
        if self.target is ImportTarget.YOUNG_PERSON:
            if not ({"first_name", "last_name"} <= provided or "name" in provided):
                problems.append("koppla kolumner till Förnamn och Efternamn, eller till Namn.")
            if not provided & {"id_number", "birth_date"}:
                problems.append("koppla en kolumn till Personnummer eller Födelsedatum.")
        if self.target is ImportTarget.CONCERN:
            for key, label in (
                ("received_on", "Datum"),
                ("source_sector", "Sektor (källa)"),
                ("observation", "Iakttagelse (fakta)"),
            ):
                if key not in provided:
                    problems.append(f"koppla en kolumn till {label}.")
            if not provided & {"id_number", "area", "group_description"}:
                problems.append("koppla en kolumn till Personnummer, Område eller Grupp.")
        return problems


def default_is_valid(spec: FieldSpec, value: str) -> bool:
    """Whether ``value`` is an acceptable fixed value for the field."""
    readers: dict[FieldKind, Callable[[str], object]] = {
        FieldKind.CUSTODY: parse_custody,
        FieldKind.GENDER: parse_gender,
        FieldKind.YES_NO: parse_yes_no,
        FieldKind.DATE: parse_date,
        FieldKind.SECTOR: lambda text: parse_choice(text, SECTORS, Sector),
        FieldKind.URGENCY: lambda text: parse_choice(text, URGENCIES, Urgency),
        FieldKind.LEVEL: lambda text: parse_choice(text, LEVELS, ConcernLevel),
        FieldKind.REPORT_STATUS: lambda text: parse_choice(text, REPORT_STATUSES, ReportStatus),
        FieldKind.OUTCOME: lambda text: parse_choice(text, OUTCOMES, ConcernOutcome),
    }
    reader = readers.get(spec.kind)
    try:
        if reader is not None:
            reader(value)
    except CellError:
        return False
    return True


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _label(target: ImportTarget, key: str) -> str:
    spec = field_spec(target, key)
    return spec.label if spec is not None else key


def _columns(value: object) -> dict[str, ColumnRef]:
    if not isinstance(value, Mapping):
        raise MappingError(reason="”columns” måste vara ett objekt.")
    columns: dict[str, ColumnRef] = {}
    for key, ref in value.items():
        if (
            isinstance(ref, bool)
            or not isinstance(ref, str | int)
            or (isinstance(ref, str) and not ref.strip())
        ):
            raise MappingError(reason="en kolumn anges med sin rubrik (text) eller sitt nummer.")
        columns[str(key)] = ref
    return columns


def _defaults(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
        raise MappingError(reason="”defaults” måste vara ett objekt med textvärden.")
    return {str(key): str(item) for key, item in value.items()}


def _optional_str(value: object, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise MappingError(reason=f"”{name}” måste vara en text.")


def _optional_int(value: object, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise MappingError(reason=f"”{name}” måste vara ett radnummer (1 eller mer).")
