"""Table models of a young person's cases and of one case's status trail (for the record).

``CasesModel`` shows ``CaseRow`` view-models (newest first, as the service gives them);
``CaseEventsModel`` shows the ``CaseEvent`` trail of one case — opening, each change of
status, closing and reopening with their reasons — oldest first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from sspf_desk.domain import CaseEvent
from sspf_desk.services.case_rows import CaseRow
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.record.texts import enum_label, format_day

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 60
"""Role giving the case's id (``str``) for any column."""


class CaseColumn(IntEnum):
    """The columns of the cases table."""

    OPENED = 0
    STATUS = 1
    ITEMS = 2
    FOLLOW_UP = 3
    CLOSED = 4


class CasesModel(RowTableModel[CaseRow]):
    """Read-only table over a young person's cases."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``CaseColumn`` order."""
        return (
            QCoreApplication.translate("CasesModel", "Opened"),
            QCoreApplication.translate("CasesModel", "Status"),
            QCoreApplication.translate("CasesModel", "Open actions"),
            QCoreApplication.translate("CasesModel", "Next follow-up"),
            QCoreApplication.translate("CasesModel", "Closed"),
        )

    def _row_key(self, row: CaseRow) -> str:
        return row.id

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        """Replace every row (a model reset)."""
        self._reset_rows(rows)

    @staticmethod
    def _text(row: CaseRow, column: int) -> str:
        items = str(row.open_items)
        if row.overdue_items and not row.is_closed:
            items = (
                QCoreApplication.translate("CasesModel", "%1 (%2 overdue)")
                .replace("%1", items)
                .replace("%2", str(row.overdue_items))
            )
        closed = ""
        if row.closed_on is not None:
            reason = enum_label(row.closing_reason) if row.closing_reason is not None else ""
            closed = (
                f"{format_day(row.closed_on)} – {reason}" if reason else format_day(row.closed_on)
            )
        texts = (
            format_day(row.opened_on),
            enum_label(row.status),
            items,
            format_day(row.next_follow_up),
            closed,
        )
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts and the case id; overdue counts in red, closed cases grey."""
        row = self.row_for_index(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_closed:
                return QBrush(QColor("#6b6b6b"))
            if index.column() == CaseColumn.ITEMS and row.overdue_items:
                return QBrush(QColor("#b00020"))
        return None


class CaseEventsModel(RowTableModel[CaseEvent]):
    """Read-only table over the status trail of one case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: Mapping[str, str] = {}

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles."""
        return (
            QCoreApplication.translate("CasesModel", "When"),
            QCoreApplication.translate("CasesModel", "Change"),
            QCoreApplication.translate("CasesModel", "Reason"),
            QCoreApplication.translate("CasesModel", "By"),
        )

    def set_rows(self, rows: Sequence[CaseEvent], names: Mapping[str, str]) -> None:
        """Replace every row (oldest first); ``names`` maps user ids to display names."""
        with self._resetting():
            self._rows = list(rows)  # the service's order: oldest first
            self._names = dict(names)

    def _text(self, event: CaseEvent, column: int) -> str:
        when = event.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if event.from_status is None:
            change = QCoreApplication.translate("CasesModel", "Opened: %1").replace(
                "%1", enum_label(event.to_status)
            )
        else:
            change = f"{enum_label(event.from_status)} → {enum_label(event.to_status)}"
        actor = self._names.get(
            event.actor, QCoreApplication.translate("CasesModel", "Unknown user")
        )
        return (when, change, event.reason, actor)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts."""
        event = self.row_for_index(index)
        if event is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text(event, index.column()) or None
        return None
