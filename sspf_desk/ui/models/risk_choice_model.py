"""Checkable list model of risk categories for the concern form.

One row per category (by position), checked when the concern has it. Inactive categories
are listed only when the concern already has them, marked as no longer offered.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sspf_desk.domain import RiskCategory

Index = QModelIndex | QPersistentModelIndex

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving the category's code (``str``)."""


class RiskChoiceModel(QAbstractListModel):
    """The risk categories a concern may have, each with a check box."""

    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: list[RiskCategory] = []
        self._checked: set[str] = set()

    def set_categories(self, categories: Sequence[RiskCategory], checked: Collection[str]) -> None:
        """Offer the active ``categories`` plus inactive ones in ``checked`` (a reset)."""
        self.beginResetModel()
        chosen = set(checked)
        self._categories = sorted(
            (c for c in categories if c.active or c.code in chosen),
            key=lambda c: (c.position, c.label),
        )
        known = {c.code for c in self._categories}
        self._checked = chosen & known
        self.endResetModel()
        self.checked_changed.emit()

    def checked_codes(self) -> tuple[str, ...]:
        """Codes of the checked categories, in list order."""
        return tuple(c.code for c in self._categories if c.code in self._checked)

    def offered_codes(self) -> frozenset[str]:
        """Codes of every category listed (active ones and those the concern keeps)."""
        return frozenset(c.code for c in self._categories)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of categories (0 under any valid parent)."""
        return 0 if parent.isValid() else len(self._categories)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Label, check state or code of a category."""
        if not index.isValid() or not 0 <= index.row() < len(self._categories):
            return None
        category = self._categories[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if category.active:
                return category.label
            return QCoreApplication.translate("RiskChoiceModel", "%1 (no longer offered)").replace(
                "%1", category.label
            )
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = category.code in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == CODE_ROLE:
            return category.code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Categories can be checked and selected."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check or uncheck a category."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._categories):
            return False
        code = self._categories[index.row()].code
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(str(value)))
        if state == Qt.CheckState.Checked:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def set_checked(self, code: str, checked: bool) -> None:
        """Check or uncheck the category ``code`` (if listed)."""
        for row, category in enumerate(self._categories):
            if category.code == code:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.setData(self.index(row), state, Qt.ItemDataRole.CheckStateRole)
                return
