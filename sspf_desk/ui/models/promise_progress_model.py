"""Table model of one activity's progress entries (date, amount with unit, note), by date.

The Medborgarlöften page shows it under the activities for the chosen activity; entries
are edited in the progress form, never in the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt

from sspf_desk.domain.promises import Progress
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.models.promise_activities_model import amount_text
from sspf_desk.ui.pages.texts import day_text

PROGRESS_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving the progress entry's id (``str``) for any column."""


class ProgressColumn(IntEnum):
    """The columns of the progress table, in display order."""

    DATE = 0
    AMOUNT = 1
    NOTE = 2


class PromiseProgressModel(RowTableModel[Progress]):
    """Read-only table of progress entries, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unit = ""

    def _header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("PromiseProgressModel", "Date"),
            QCoreApplication.translate("PromiseProgressModel", "Done"),
            QCoreApplication.translate("PromiseProgressModel", "Note"),
        )

    def _row_key(self, row: Progress) -> str:
        return row.id

    def set_rows(self, rows: Sequence[Progress], unit: str = "") -> None:
        """Replace every row; amounts are shown with ``unit``."""
        with self._resetting():
            self._unit = unit
            self._rows = sorted(rows, key=lambda p: (p.data.on, p.created_at))

    def clear(self) -> None:
        """Drop every row."""
        self._reset_rows(())

    def total(self) -> float:
        """The sum of every entry's amount."""
        return sum(row.data.amount for row in self._rows)

    def _text(self, row: Progress, column: int) -> str:
        texts = (
            day_text(row.data.on),
            amount_text(row.data.amount, self._unit),
            " ".join(row.data.note.split()),  # one line in the table
        )
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts (the whole note as tooltip), the entry's id, amounts aligned right."""
        row = self.row_for_index(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = row.data.note if column == ProgressColumn.NOTE else self._text(row, column)
            return text or None
        if role == PROGRESS_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ProgressColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
