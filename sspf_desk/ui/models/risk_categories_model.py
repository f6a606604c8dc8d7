"""Table model of the configurable risk categories (for the vault settings dialog).

Read-only rows of ``RiskCategory`` in their list order; inactive ones are greyed and say
so in their own column (they stay on old concerns but are not offered for new ones).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from sspf_desk.domain import RiskCategory
from sspf_desk.ui.models.persons_model import Index

CODE_ROLE = Qt.ItemDataRole.UserRole + 40
"""Role giving the category's code (``str``) for any column."""


class RiskColumn(IntEnum):
    """The columns of the risk categories table."""

    LABEL = 0
    ACTIVE = 1


class RiskCategoriesModel(QAbstractTableModel):
    """Read-only table over the risk categories, by position."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RiskCategory] = []

    def set_rows(self, rows: Sequence[RiskCategory]) -> None:
        """Replace every row (a model reset), ordered by position."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda c: (c.position, c.label))
        self.endResetModel()

    def row_at(self, row: int) -> RiskCategory:
        """Return the category shown in ``row``."""
        return self._rows[row]

    def row_of(self, code: str) -> int | None:
        """Return the row of ``code``, if shown."""
        return next((n for n, c in enumerate(self._rows) if c.code == code), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of categories (0 under any valid parent)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of columns (0 under any valid parent)."""
        return 0 if parent.isValid() else len(RiskColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(RiskColumn)
        ):
            return (
                QCoreApplication.translate("RiskCategoriesModel", "Risk category"),
                QCoreApplication.translate("RiskCategoriesModel", "In use for new concerns"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The label, whether it is offered, the code; inactive rows greyed."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        category = self._rows[index.row()]
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
