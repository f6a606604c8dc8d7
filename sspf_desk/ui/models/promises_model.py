"""Table model of the Medborgarlöften page's promise list: one row per promise, newest first.

``PromisesModel`` shows the service's promise rows read-only: the year, the heading, the
municipality, the local police area and the number of activities.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt

from sspf_desk.domain.text import swedish_sort_key
from sspf_desk.services.promise_rows import PromiseRow
from sspf_desk.ui.models.base import Index, RowTableModel

PROMISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving the promise's id (``str``) for any column."""


class PromiseColumn(IntEnum):
    """The columns of the promise list, in display order."""

    YEAR = 0
    TITLE = 1
    MUNICIPALITY = 2
    POLICE_AREA = 3
    ACTIVITIES = 4


class PromisesModel(RowTableModel[PromiseRow]):
    """Read-only list of promises, the newest year first (then by heading)."""

    def _header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("PromisesModel", "Year"),
            QCoreApplication.translate("PromisesModel", "Promise"),
            QCoreApplication.translate("PromisesModel", "Municipality"),
            QCoreApplication.translate("PromisesModel", "Local police area"),
            QCoreApplication.translate("PromisesModel", "Activities"),
        )

    def _row_key(self, row: PromiseRow) -> str:
        return row.id

    def set_rows(self, rows: Sequence[PromiseRow]) -> None:
        """Replace every row (sorted newest year first)."""
        self._reset_rows(sorted(rows, key=lambda r: (-r.year, swedish_sort_key(r.title))))

    def clear(self) -> None:
        """Drop every row."""
        self._reset_rows(())

    @staticmethod
    def _text(row: PromiseRow, column: int) -> str:
        texts = (
            str(row.year),
            row.title,
            row.municipality,
            row.police_area,
            str(row.activities),
        )
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, the promise's id, numbers aligned right."""
        row = self.row_for_index(index)
        if row is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text(row, index.column()) or None
        if role == PROMISE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == PromiseColumn.ACTIVITIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
