"""Table model of the meetings list on the Möten page.

Read-only rows of ``MeetingRow`` (newest first, as the service lists them): date, time,
type, title, place, status and the number of agenda items (with how many name a young
person). ``SORT_ROLE`` gives a sortable value per column for the page's proxy.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt

from sspf_desk.domain import MeetingStatus
from sspf_desk.services.meeting_rows import MeetingRow
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.pages.texts import day_text, enum_text

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 80
"""Role giving the meeting's id (``str``) for any column."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 81
"""Role giving a sortable value (str or int) for the column."""


class MeetingColumn(IntEnum):
    """The columns of the meetings table."""

    DATE = 0
    TIME = 1
    TYPE = 2
    TITLE = 3
    PLACE = 4
    STATUS = 5
    ITEMS = 6


def time_text(row: MeetingRow) -> str:
    """The start time as ``HH:MM`` (empty when not set)."""
    return row.starts_at.strftime("%H:%M") if row.starts_at is not None else ""


class MeetingsModel(RowTableModel[MeetingRow]):
    """Read-only table over the meetings."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``MeetingColumn`` order."""
        return (
            QCoreApplication.translate("MeetingsModel", "Date"),
            QCoreApplication.translate("MeetingsModel", "Time"),
            QCoreApplication.translate("MeetingsModel", "Type"),
            QCoreApplication.translate("MeetingsModel", "Title"),
            QCoreApplication.translate("MeetingsModel", "Place"),
            QCoreApplication.translate("MeetingsModel", "Status"),
            QCoreApplication.translate("MeetingsModel", "Agenda items"),
        )

    def _row_key(self, row: MeetingRow) -> str:
        return row.id

    def set_rows(self, rows: Sequence[MeetingRow]) -> None:
        """Replace every row (a model reset)."""
        self._reset_rows(rows)

    def clear(self) -> None:
        """Drop every row."""
        self._reset_rows(())

    @staticmethod
    def _items_text(row: MeetingRow) -> str:
        if not row.named_count:
            return str(row.item_count)
        return (
            QCoreApplication.translate("MeetingsModel", "%1 (%2 named)")
            .replace("%1", str(row.item_count))
            .replace("%2", str(row.named_count))
        )

    def _text(self, row: MeetingRow, column: int) -> str:
        status = enum_text(row.status)
        if row.version > 1:
            status = (
                QCoreApplication.translate("MeetingsModel", "%1 (version %2)")
                .replace("%1", status)
                .replace("%2", str(row.version))
            )
        texts = (
            day_text(row.held_on),
            time_text(row),
            enum_text(row.meeting_type),
            row.title,
            row.place,
            status,
            self._items_text(row),
        )
        return texts[column]

    def _sort_key(self, row: MeetingRow, column: int) -> object:
        if column == MeetingColumn.DATE:
            return f"{row.held_on.isoformat()} {time_text(row)}"
        if column == MeetingColumn.STATUS:
            return list(MeetingStatus).index(row.status)
        if column == MeetingColumn.ITEMS:
            return row.item_count
        return self._text(row, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, the meeting id and the sort keys."""
        row = self.row_for_index(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == MEETING_ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        return None
