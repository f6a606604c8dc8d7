"""Table model of the actions (åtgärder) of one agenda item, in the item editor.

Rows are ``ActionItemInput`` values as the item holds them (an item's actions are saved
with the item; those about a young person with an open case also reach the case's action
plan). Columns: what, responsible, sector, deadline, status and follow-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt

from sspf_desk.domain import ActionItemInput
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.pages.texts import day_text, enum_text


class ActionColumn(IntEnum):
    """The columns of the actions table."""

    WHAT = 0
    RESPONSIBLE = 1
    SECTOR = 2
    DEADLINE = 3
    STATUS = 4
    FOLLOW_UP = 5


class MeetingActionsModel(RowTableModel[ActionItemInput]):
    """Read-only table over the actions of one agenda item."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``ActionColumn`` order."""
        return (
            QCoreApplication.translate("MeetingActionsModel", "Action"),
            QCoreApplication.translate("MeetingActionsModel", "Responsible"),
            QCoreApplication.translate("MeetingActionsModel", "Sector"),
            QCoreApplication.translate("MeetingActionsModel", "Deadline"),
            QCoreApplication.translate("MeetingActionsModel", "Status"),
            QCoreApplication.translate("MeetingActionsModel", "Follow-up"),
        )

    def set_rows(self, rows: Sequence[ActionItemInput]) -> None:
        """Replace every row (a model reset)."""
        self._reset_rows(rows)

    def actions(self) -> tuple[ActionItemInput, ...]:
        """Every action, in order."""
        return tuple(self._rows)

    @staticmethod
    def _text(action: ActionItemInput, column: int) -> str:
        texts = (
            action.what,
            action.responsible,
            enum_text(action.sector),
            day_text(action.deadline),
            enum_text(action.status),
            day_text(action.follow_up_on),
        )
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts (the full text as a tooltip: long actions are cut in the table)."""
        action = self.row_for_index(index)
        if action is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text(action, index.column())
        return None
