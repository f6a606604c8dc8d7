"""Shared plumbing of the read-only table models: one flat list of immutable row objects.

``RowTableModel[RowT]`` keeps the rows and answers what every such table answers alike —
row and column counts (0 under a valid parent: the tables are flat), translated horizontal
headers, a row by number, by index or by key — and brackets a replacement of the rows in a
model reset. A subclass gives its header titles, its ``data()`` and its public ``set_rows``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat, read-only table over a list of ``RowT``, one row object per table row.

    Subclasses implement ``_header_titles`` and ``data``; ``_column_count`` when counting
    the titles is costly, and ``_row_key`` when ``row_of`` should find rows by a key.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def _header_titles(self) -> Sequence[str]:
        """Translated column titles, in column order (asked for again on every look-up)."""
        raise NotImplementedError

    def _column_count(self) -> int:
        """Number of columns: by default one per header title."""
        return len(self._header_titles())

    def _row_key(self, row: RowT) -> str:
        """The key ``row_of`` looks a row up by (e.g. its id)."""
        raise NotImplementedError

    @contextmanager
    def _resetting(self) -> Iterator[None]:
        """Bracket replacing ``_rows`` (and any state kept beside them) in a model reset."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()

    def _reset_rows(self, rows: Iterable[RowT]) -> None:
        """Replace every row (a model reset)."""
        with self._resetting():
            self._rows = list(rows)

    def row_at(self, row: int) -> RowT:
        """Return the row object shown in ``row``."""
        return self._rows[row]

    def row_for_index(self, index: Index) -> RowT | None:
        """Return the row object of ``index``, or None when it is invalid or out of range."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def row_of(self, key: str) -> int | None:
        """Return the first row whose ``_row_key`` is ``key``, or None."""
        return next((n for n, row in enumerate(self._rows) if self._row_key(row) == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of rows (0 under any valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of columns (0 under any valid parent)."""
        return 0 if parent.isValid() else self._column_count()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Translated column titles; row headers are not shown."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self._column_count()
        ):
            return self._header_titles()[section]
        return None
