"""Reading a list (CSV or XLSX) into a header and rows of cell texts.

CSV: UTF-8 (with or without BOM), falling back to Windows-1252 (what Excel writes on
Swedish Windows); the delimiter (``;``, ``,`` or tab) is the one that splits the first
lines into the same number of columns. XLSX: openpyxl in read-only mode, values only
(formulas give their cached result); spreadsheet dates become ``YYYY-MM-DD``.

The header row is the first row with at least two filled cells (a title line above the
table is skipped) unless ``header_row`` says otherwise. Completely empty rows are left
out; every row keeps its line number in the file, as the spreadsheet shows it.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from sspf_desk.errors import KnownError
from sspf_desk.services.import_cells import cell_text

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_FILE_BYTES = 64 * 1024 * 1024
_DELIMITERS = (";", ",", "\t")
_SNIFF_LINES = 20
_MIN_HEADER_CELLS = 2
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})


class ListFileError(KnownError):
    """The list file cannot be read (never quotes its content)."""

    exit_code = 2
    message_sv = "Listan kunde inte läsas: {reason}"
    message_en = "The list could not be read: {reason}"


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: its line number in the file and one text per header column."""

    line_no: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportTable:
    """A list as read from a file.

    Attributes:
        headers: Column titles (``"Kolumn 3"`` for an empty title).
        rows: Data rows, each padded or cut to ``len(headers)`` cells.
        header_line: Line number of the header row.
        sheets: Worksheet names of an XLSX file (empty for CSV).
        sheet: The worksheet read (``None`` for CSV).
    """

    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    header_line: int = 1
    sheets: tuple[str, ...] = ()
    sheet: str | None = None


def read_table(
    path: Path, *, sheet: str | None = None, header_row: int | None = None
) -> ImportTable:
    """Read a CSV or XLSX file (chosen by its suffix).

    Args:
        path: The file.
        sheet: Worksheet of an XLSX file (default: the first one).
        header_row: Line number of the header row (default: found as described above).

    Raises:
        ListFileError: Unreadable, unsupported, too large, or no header row.
    """
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ListFileError(reason="det gamla Excelformatet .xls stöds inte; spara som .xlsx.")
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise ListFileError(reason="filen måste vara .csv eller .xlsx.")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ListFileError(reason="filen är för stor.")
        if suffix in XLSX_SUFFIXES:
            return _read_xlsx(path, sheet, header_row)
        return table_from_csv_bytes(path.read_bytes(), header_row=header_row)
    except OSError:
        raise ListFileError(reason="filen finns inte eller går inte att öppna.") from None


def decode_csv(data: bytes) -> str:
    """Decode UTF-8 (BOM optional), falling back to Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """Return the delimiter (``;``, ``,`` or tab) that splits the first lines most evenly.

    A candidate scores when the sampled lines split into the same number (> 1) of columns;
    among those the most columns wins; ties prefer ``;`` (Swedish Excel), then ``,``.
    """
    sample = [line for line in text.splitlines()[: _SNIFF_LINES * 2] if line.strip()]
    sample = sample[:_SNIFF_LINES]
    best, best_score = ";", (-1, -1)
    for delimiter in _DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        if not widths or max(widths) < _MIN_HEADER_CELLS:
            continue
        consistent = sum(1 for width in widths if width == widths[0])
        score = (consistent, widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def table_from_csv_bytes(data: bytes, *, header_row: int | None = None) -> ImportTable:
    """Build a table from the bytes of a CSV file (see the module docstring)."""
    text = decode_csv(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        return build_table(enumerate(reader, start=1), header_row=header_row)
    except csv.Error:
        raise ListFileError(
            reason="CSV-filen har fel form (t.ex. ett citattecken saknas)."
        ) from None


def _read_xlsx(path: Path, sheet: str | None, header_row: int | None) -> ImportTable:
    """Read one worksheet of an XLSX file."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it does not know
            workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError):
        raise ListFileError(reason="filen är inte en läsbar Excelfil (.xlsx).") from None
    try:
        names = tuple(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise ListFileError(reason="bladet finns inte i Excelfilen.")
        name = sheet if sheet is not None else names[0]
        worksheet = workbook[name]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows = (
                (line_no, row)
                for line_no, row in enumerate(worksheet.iter_rows(values_only=True), start=1)
            )
            table = build_table(rows, header_row=header_row)
    finally:
        workbook.close()
    return ImportTable(table.headers, table.rows, table.header_line, names, name)


def build_table(
    rows: Iterable[tuple[int, Sequence[object]]], *, header_row: int | None = None
) -> ImportTable:
    """Turn numbered raw rows into a table: find the header, drop empty rows, pad cells.

    Raises:
        ListFileError: No header row, too many rows or columns.
    """
    headers: tuple[str, ...] | None = None
    header_line = 0
    data: list[TableRow] = []
    for line_no, raw in rows:
        cells = [cell_text(value) for value in raw[: MAX_COLUMNS + 1]]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if headers is None:
            if _is_header(line_no, cells, header_row):
                headers, header_line = _headers(cells), line_no
            continue
        if len(data) >= MAX_ROWS:
            raise ListFileError(reason=f"listan har fler än {MAX_ROWS} rader.")
        width = len(headers)
        data.append(TableRow(line_no, tuple(cells[:width]) + ("",) * (width - len(cells))))
    if headers is None:
        raise ListFileError(reason="ingen rubrikrad med minst två kolumner hittades.")
    return ImportTable(headers, tuple(data), header_line)


def _is_header(line_no: int, cells: list[str], header_row: int | None) -> bool:
    """Whether this non-empty row is the header row."""
    if header_row is not None:
        return line_no >= header_row
    return sum(1 for cell in cells if cell) >= _MIN_HEADER_CELLS


def _headers(cells: list[str]) -> tuple[str, ...]:
    """Column titles; an empty title becomes "Kolumn N"."""
    if len(cells) > MAX_COLUMNS:
        raise ListFileError(reason=f"listan har fler än {MAX_COLUMNS} kolumner.")
    return tuple(cell or f"Kolumn {index}" for index, cell in enumerate(cells, start=1))
