"""Table model of the items of one action plan (åtagandeplan), for the case tab.

Read-only rows of ``ActionItem``; ``set_rows(items, today)`` replaces them. An overdue
item (planned or ongoing after its deadline, the domain's ``is_overdue``) stands out: a
light red background on the whole row, the deadline in bold, and "overdue" added to the
status text, so the state does not rest on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sspf_desk.domain import ActionItem, is_overdue
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.record.texts import enum_label, format_day

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 20
"""Role giving the item's id (``str``) for any column."""
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 21
"""Role giving whether the row's item is overdue (``bool``)."""

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#8a0012")


class ItemColumn(IntEnum):
    """The columns of the items table."""

    WHAT = 0
    SECTOR = 1
    RESPONSIBLE = 2
    START = 3
    DEADLINE = 4
    STATUS = 5
    FOLLOW_UP = 6


class ActionItemsModel(RowTableModel[ActionItem]):
    """Read-only table over the items of one action plan, overdue rows highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overdue: list[bool] = []

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``ItemColumn`` order."""
        return (
            QCoreApplication.translate("ActionItemsModel", "What"),
            QCoreApplication.translate("ActionItemsModel", "Sector"),
            QCoreApplication.translate("ActionItemsModel", "Responsible"),
            QCoreApplication.translate("ActionItemsModel", "Start"),
            QCoreApplication.translate("ActionItemsModel", "Deadline"),
            QCoreApplication.translate("ActionItemsModel", "Status"),
            QCoreApplication.translate("ActionItemsModel", "Follow-up"),
        )

    def set_rows(self, items: Sequence[ActionItem], today: date, *, overdue: bool = True) -> None:
        """Replace every row; ``today`` decides which items are overdue (if ``overdue``)."""
        with self._resetting():
            self._rows = list(items)
            self._overdue = [overdue and is_overdue(item, today) for item in self._rows]

    def clear(self) -> None:
        """Drop every row."""
        self.set_rows((), date.today())

    def overdue_count(self) -> int:
        """How many items are overdue."""
        return sum(self._overdue)

    def _text(self, item: ActionItem, column: int, overdue: bool) -> str:
        status = enum_label(item.status)
        if overdue:
            status = QCoreApplication.translate("ActionItemsModel", "%1 – overdue").replace(
                "%1", status
            )
        texts = (
            item.what,
            enum_label(item.sector),
            item.responsible,
            format_day(item.start_on),
            format_day(item.deadline),
            status,
            format_day(item.follow_up_on),
        )
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, the item id, and the overdue highlighting."""
        item = self.row_for_index(index)
        if item is None:
            return None
        overdue = self._overdue[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, index.column(), overdue)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = (
                QCoreApplication.translate("ActionItemsModel", "Overdue: the deadline has passed.")
                if overdue
                else ""
            )
            return tip or self._text(item, index.column(), overdue) or None
        values: dict[int, object] = {ITEM_ID_ROLE: item.id, OVERDUE_ROLE: overdue}
        if overdue:
            values.update(self._highlight(index.column()))
        return values.get(role)

    @staticmethod
    def _highlight(column: int) -> dict[int, object]:
        """Background, text colour and (deadline, status) bold font of an overdue row."""
        values: dict[int, object] = {
            Qt.ItemDataRole.BackgroundRole: QBrush(OVERDUE_BACKGROUND),
            Qt.ItemDataRole.ForegroundRole: QBrush(OVERDUE_FOREGROUND),
        }
        if column in (ItemColumn.DEADLINE, ItemColumn.STATUS):
            font = QFont()
            font.setBold(True)
            values[Qt.ItemDataRole.FontRole] = font
        return values
