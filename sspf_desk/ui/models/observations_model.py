"""Table model of one site's observations for the site dialog's "Iakttagelser" tab.

Rows are ``Observation`` objects as the service lists them (newest first): the day, the
sector that saw it and the text (its first line in the cell, the whole text as tooltip).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt

from sspf_desk.domain.group_level import Observation
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.pages.texts import day_text, enum_text

OBSERVATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving the observation's id (``str``) for any column."""


class ObservationColumn(IntEnum):
    """The columns of the observations table."""

    OBSERVED_ON = 0
    SECTOR = 1
    TEXT = 2


def first_line(text: str) -> str:
    """The first non-empty line of ``text`` (cells stay one line high)."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class ObservationsModel(RowTableModel[Observation]):
    """Read-only table of a site's observations."""

    def _header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ObservationsModel", "Date"),
            QCoreApplication.translate("ObservationsModel", "Sector"),
            QCoreApplication.translate("ObservationsModel", "Observation"),
        )

    def _row_key(self, row: Observation) -> str:
        return row.id

    def set_rows(self, rows: Sequence[Observation]) -> None:
        """Replace every row."""
        self._reset_rows(rows)

    def clear(self) -> None:
        """Drop every row."""
        self._reset_rows(())

    @staticmethod
    def _text(row: Observation, column: int) -> str:
        data = row.data
        texts = (day_text(data.observed_on), enum_text(data.sector), first_line(data.text))
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, the whole text as tooltip, the observation's id."""
        row = self.row_for_index(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.data.text if column == ObservationColumn.TEXT else self._text(row, column)
        if role == OBSERVATION_ID_ROLE:
            return row.id
        return None
