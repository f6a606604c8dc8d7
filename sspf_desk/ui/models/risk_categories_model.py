"""Table model of the configurable risk categories (for the vault settings dialog).

Read-only rows of ``RiskCategory`` in their list order; inactive ones are greyed and say
so in their own column (they stay on old concerns but are not offered for new ones).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from sspf_desk.domain import RiskCategory
from sspf_desk.ui.models.base import Index, RowTableModel

CODE_ROLE = Qt.ItemDataRole.UserRole + 40
"""Role giving the category's code (``str``) for any column."""


class RiskColumn(IntEnum):
    """The columns of the risk categories table."""

    LABEL = 0
    ACTIVE = 1


class RiskCategoriesModel(RowTableModel[RiskCategory]):
    """Read-only table over the risk categories, by position; ``row_of`` finds a code."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``RiskColumn`` order."""
        return (
            QCoreApplication.translate("RiskCategoriesModel", "Risk category"),
            QCoreApplication.translate("RiskCategoriesModel", "In use for new concerns"),
        )

    def _row_key(self, row: RiskCategory) -> str:
        return row.code

    def set_rows(self, rows: Sequence[RiskCategory]) -> None:
        """Replace every row (a model reset), ordered by position."""
        self._reset_rows(sorted(rows, key=lambda c: (c.position, c.label)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The label, whether it is offered, the code; inactive rows greyed."""
        category = self.row_for_index(index)
        if category is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == RiskColumn.LABEL:
                return category.label
            return (
                QCoreApplication.translate("RiskCategoriesModel", "Yes")
                if category.active
                else QCoreApplication.translate("RiskCategoriesModel", "No (inactive)")
            )
        if role == CODE_ROLE:
            return category.code
        if role == Qt.ItemDataRole.ForegroundRole and not category.active:
            return QBrush(QColor("#6b6b6b"))
        return None
